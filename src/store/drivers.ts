import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { Driver, Sql } from './sql.ts';
import { dataDirError, ensureFreeSpace, holdDataDirLock, makeDataDir } from './location.ts';
import { createCluster } from './pglite-cluster.ts';

/**
 * Server settings of the embedded store. PostgreSQL's defaults size a shared server (128 MB of
 * shared buffers, 64 MB for maintenance); inside PGlite every buffer lives in the WASM heap, which
 * never shrinks. NIENBIEU_PGLITE_SETTINGS ("name=value name=value") overrides or adds settings.
 */
export const PGLITE_SETTINGS: Record<string, string> = {
  // pages beyond these are read back from the data directory through the OS page cache, which is
  // shared and reclaimable; measured on 1,944 ViMs articles: peak RSS 684 MB → 486 MB (bench:store)
  shared_buffers: '16MB',
  maintenance_work_mem: '16MB',
};

export function pgliteSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  const settings = { ...PGLITE_SETTINGS };
  for (const pair of (env.NIENBIEU_PGLITE_SETTINGS ?? '').split(/[\s,]+/).filter(Boolean)) {
    const m = /^([a-z_]+)=([\w.]+)$/.exec(pair);
    if (!m) throw new Error(`NIENBIEU_PGLITE_SETTINGS: expected name=value, got ${JSON.stringify(pair)}`);
    settings[m[1]!] = m[2]!;
  }
  return Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
}

/**
 * A new cluster is built beside `pgdata` and renamed into place when complete, so a `kill -9` during
 * its creation leaves no half-made cluster that every later open would fail on (only a scratch
 * directory, removed on the next open; we hold the data-directory lock, so none is in use).
 */
async function createClusterAtomically(dir: string, pgdata: string, startParams: string[]): Promise<void> {
  for (const name of readdirSync(dir).filter((n) => n.startsWith('pgdata.creating-'))) {
    try {
      rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort: a killed run's orphaned creator may still be writing there; it is only scratch
    }
  }
  const scratch = `${pgdata}.creating-${process.pid}`;
  try {
    await createCluster(scratch, startParams);
    renameSync(scratch, pgdata);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Embedded PostgreSQL (WASM) in `dir`: one process at a time, guarded by a lock file. */
export async function openPglite(dir: string): Promise<Driver> {
  makeDataDir(dir);
  const release = holdDataDirLock(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pgdata = join(dir, 'pgdata');
    const fresh = !existsSync(pgdata);
    const startParams = [...PGlite.defaultStartParams, ...pgliteSettings()];
    const failed = (e: unknown) => {
      // a cluster whose creation failed (e.g. disk full) would fail every later open: start over next time
      if (fresh) rmSync(pgdata, { recursive: true, force: true });
      return dataDirError(dir, e);
    };
    if (fresh) await createClusterAtomically(dir, pgdata, startParams).catch((e: unknown) => { throw failed(e); });
    const db = new PGlite(pgdata, { startParams });
    await db.waitReady.catch((e: unknown) => { throw failed(e); });
    const wrap = (q: { query: typeof db.query }): Sql => ({
      async query<T>(text: string, params?: unknown[]) {
        return (await q.query<T>(text, params)).rows;
      },
    });
    return {
      kind: 'pglite',
      location: dir,
      ...wrap(db),
      // PGlite queues every query and transaction behind one lock, so a transaction is never interleaved.
      transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
        return db.transaction((tx) => fn(wrap(tx)));
      },
      async exec(text: string) {
        await db.exec(text);
      },
      preflight: () => ensureFreeSpace(dir),
      async close() {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** A PostgreSQL server; `url` is a postgres:// connection string. */
export async function openPostgres(url: string, maxConnections = 8): Promise<Driver> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  pool.on('error', () => undefined); // an idle client that drops is replaced on next use
  const wrap = (q: { query: Pool['query'] }): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query(text, params as unknown[])).rows as T[];
    },
  });
  await pool.query('SELECT 1'); // fail early with the server's own message
  return {
    kind: 'postgres',
    location: redactUrl(url),
    ...wrap(pool),
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client as unknown as { query: Pool['query'] }));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async exec(text: string) {
      await pool.query(text);
    },
    // the server reports its own full disk as an error and rolls the transaction back
    preflight: () => undefined,
    async close() {
      await pool.end();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable url)';
  }
}
