import { openSync, writeSync, closeSync, readFileSync, unlinkSync, mkdirSync, statfsSync } from 'node:fs';
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
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw dataDirError(dir, e);
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(`the data directory ${dir} is in use by process ${pid}; stop it, or use a PostgreSQL server (--db postgres://…) to share a store between processes`);
      }
      unlinkSync(path);
    }
  }
  throw new Error(`cannot take the lock on ${dir}`);
}

/** A store that cannot take writes now (disk full, read-only): the ingest stops instead of failing file by file. */
export class StoreUnavailableError extends Error {}

/** Why a file-system error stops the embedded store, in words a user can act on. */
function explain(dir: string, code: string | undefined, raw: string): string {
  switch (code) {
    case 'EROFS':
      return `the data directory ${dir} is on a read-only file system; the embedded store writes its journal even to read, so mount it read-write or copy it somewhere writable`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in the data directory ${dir}; give this user write access or choose another --data`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `no space left on the disk holding the data directory ${dir}; free some space, then run the same command again (what was stored is kept)`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `the data directory ${dir} is (or is inside) a file, not a directory; choose another --data`;
    default:
      return `cannot use the data directory ${dir}: ${raw}`;
  }
}

/** Emscripten's errno numbers (PGlite's file system errors carry only these). */
const WASM_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 29: 'EIO', 44: 'ENOENT', 51: 'ENOSPC', 54: 'ENOTDIR', 63: 'EPERM', 69: 'EROFS' };

/** A file-system error (Node's or PGlite's) as a StoreUnavailableError with a clear message. */
export function dataDirError(dir: string, e: unknown): Error {
  const err = e as { code?: string; errno?: number; message?: string; name?: string };
  const code = err?.code ?? (err?.name === 'ErrnoError' && typeof err.errno === 'number' ? WASM_ERRNO[err.errno] : undefined);
  if (!code) return e instanceof Error ? e : new Error(`cannot use the data directory ${dir}: ${String(err?.message ?? JSON.stringify(e))}`);
  return new StoreUnavailableError(explain(dir, code, err?.message ?? code));
}

/** Create the data directory, or say clearly why it cannot be one. */
export function makeDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw dataDirError(dir, e);
  }
}

/**
 * Free space the embedded store wants before a write: PostgreSQL may need a new 16 MB WAL segment at
 * any commit, and PGlite does not survive running out of space mid-write (its query never returns),
 * so we refuse before the disk is full. Configurable with NIENBIEU_MIN_FREE_MB.
 */
export function minFreeBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.NIENBIEU_MIN_FREE_MB);
  return (Number.isFinite(mb) && mb >= 0 && env.NIENBIEU_MIN_FREE_MB !== '' ? mb : 64) * 1024 * 1024;
}

export function ensureFreeSpace(dir: string): void {
  const need = minFreeBytes();
  if (need === 0) return;
  const fs = statfsSync(dir);
  const free = Number(fs.bavail) * Number(fs.bsize);
  if (free < need) {
    throw new StoreUnavailableError(`only ${(free / 2 ** 20).toFixed(1)} MB free on the disk holding the data directory ${dir}; the embedded store needs ${(need / 2 ** 20).toFixed(0)} MB free to write safely (NIENBIEU_MIN_FREE_MB). Free some space, then run the same command again: what was stored is kept`);
  }
}
