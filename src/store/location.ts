import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the embedded store lives: --data, else $NIENBIEU_DATA, else the per-user data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NIENBIEU_DATA) return env.NIENBIEU_DATA;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'nienbieu');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'nienbieu');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'nienbieu');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database belongs to one process at a time (two would corrupt it), so we hold a
 * lock file with our pid. A lock left by a process that died is taken over. Returns the release.
 */
export function holdDataDirLock(dir: string): () => void {
  const path = join(dir, 'nienbieu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        try { unlinkSync(path); } catch { /* already gone */ }
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(`the data directory ${dir} is in use by process ${pid}; stop it, or use a PostgreSQL server (--db postgres://…) to share a store between processes`);
      }
      unlinkSync(path);
    }
  }
  throw new Error(`cannot take the lock on ${dir}`);
}
