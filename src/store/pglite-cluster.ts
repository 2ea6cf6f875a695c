/**
 * Creating a new embedded cluster (initdb) in a short-lived child process. PGlite runs initdb in a
 * second WASM instance and copies the result through an in-memory tarball; that peaks near 800 MB
 * and keeps ~400 MB referenced for the rest of the process. In a child, the memory is returned the
 * moment the cluster is on disk, and the store process itself never holds it.
 */
import { execFile } from 'node:child_process';

/** Longest a cluster creation may take (it is seconds; a full disk can make PGlite hang instead of failing). */
const CREATE_TIMEOUT_MS = 180_000;

/** Prefixes the child's error report on stderr (PGlite may log before it). */
const MARK = 'nienbieu-cluster-error:';

const CHILD = `
const MARK = ${JSON.stringify(MARK)};
const [pglite, pgdata, params] = process.argv.slice(1);
try {
  const { PGlite } = await import(pglite);
  const db = new PGlite(pgdata, { startParams: JSON.parse(params) });
  await db.waitReady;
  await db.close();
} catch (e) {
  process.stderr.write('\\n' + MARK + JSON.stringify({ name: e?.name, code: e?.code, errno: e?.errno, message: String(e?.message ?? e) }));
  process.exit(1);
}`;

/** The error the child reported, shaped like the one PGlite would have thrown in this process. */
export interface ClusterError {
  name?: string;
  code?: string;
  errno?: number;
  message: string;
}

export function createCluster(pgdata: string, startParams: string[]): Promise<void> {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', CHILD, pglite, pgdata, JSON.stringify(startParams)],
      { timeout: CREATE_TIMEOUT_MS, maxBuffer: 1 << 20 }, (err, _stdout, stderr) => {
        if (!err) return resolve();
        const at = stderr.lastIndexOf(MARK);
        const reported: ClusterError = at >= 0 ? JSON.parse(stderr.slice(at + MARK.length)) as ClusterError
          : { message: err.killed ? `creating the database cluster took over ${CREATE_TIMEOUT_MS / 1000} s` : (stderr.trim() || err.message).slice(0, 2000) };
        reject(Object.assign(new Error(reported.message), reported));
      });
  });
}
