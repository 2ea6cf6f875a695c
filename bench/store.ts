/**
 * Store benchmark: ingest every ViMs article into each store (embedded PGlite in a temp dir; a
 * PostgreSQL server when --db or NIENBIEU_TEST_PG is given, in a throwaway database) and time
 * accent-blind search. Prints documents/s (end to end, and of the store's own transactions) and
 * search latency p50/p95.
 *
 *   npm run bench:store [-- --limit N] [-- --db postgres://user:pass@host/db] [-- --only pglite|postgres]
 *
 * Peak RSS is per process: run each store alone with --only to see its own. A new PGlite cluster is
 * created by a short-lived child process (src/store/pglite-cluster.ts), whose memory is not counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../src/store/store.ts';
import type { Driver } from '../src/store/sql.ts';
import { Ingester } from '../src/store/ingest.ts';
import { peakRssMb, row, vimsFiles } from './lib.ts';

const QUERIES = [
  'trieu tien', 'ha noi', 'viet nam', 'doi tuyen', 'chinh phu', 'bao lu', 'gia vang', 'covid', 'hoc sinh',
  'tai nan giao thong', 'Đà Nẵng', 'tổng thống', 'kinh te', 'xuat khau', 'bong da', 'Thủ tướng Chính phủ',
  'cong an', 'benh vien', 'my', 'trung quoc',
];
const SEARCH_ROUNDS = 10;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** The store's driver with the time spent inside its transactions added up. */
function timedDriver(db: Driver): { driver: Driver; ms: () => number } {
  let ms = 0;
  return {
    driver: {
      ...db, query: db.query.bind(db), exec: db.exec.bind(db), close: db.close.bind(db),
      transaction: async (fn) => {
        const t0 = performance.now();
        try {
          return await db.transaction(fn);
        } finally {
          ms += performance.now() - t0;
        }
      },
    },
    ms: () => ms,
  };
}

async function benchStore(label: string, store: Store, files: string[]): Promise<void> {
  console.log(`\n${label} (${store.db.location})`);
  const timed = timedDriver(store.db);
  const ingester = new Ingester(timed.driver);
  const t0 = performance.now();
  const report = await ingester.ingestPaths(files, {
    onProgress: (done, total) => { if (process.stderr.isTTY) process.stderr.write(`\r  ingest ${done}/${total}`); },
  });
  const wall = (performance.now() - t0) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\r');
  const counts = await store.counts();
  row('documents stored / stories', `${counts.documents} / ${counts.stories}`);
  row('errors', String(report.errors.length));
  row('ingest, end to end (read+analyse+store)', `${(report.added.length / wall).toFixed(1)} docs/s`);
  row('store transactions only', `${(report.added.length / (timed.ms() / 1000)).toFixed(1)} docs/s`);
  row('store share of ingest time', `${((timed.ms() / 1000 / wall) * 100).toFixed(1)} %`);

  const t1 = performance.now();
  const again = await store.ingester.ingestPaths(files);
  row('re-ingest of stored files (skipped)', `${(again.unchanged / ((performance.now() - t1) / 1000)).toFixed(1)} docs/s`);

  const latencies: number[] = [];
  let hits = 0;
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      const r = await store.search(q, 20);
      latencies.push(performance.now() - t);
      if (round === 0) hits += r.hits.length;
    }
  }
  row(`search latency p50 (${latencies.length} queries)`, `${quantile(latencies, 0.5).toFixed(1)} ms`);
  row('search latency p95', `${quantile(latencies, 0.95).toFixed(1)} ms`);
  const cpu = process.cpuUsage(cpu0);
  // wall-clock latency depends on what else the machine runs; CPU time does not (PGlite runs in this process)
  row(`search CPU of this process per query${store.db.kind === 'postgres' ? ' (server not counted)' : ''}`, `${((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(1)} ms`);
  row('hits per query (top 20)', (hits / QUERIES.length).toFixed(1));
}

async function main(): Promise<void> {
  const limit = Number(arg('--limit') ?? Infinity);
  const files = vimsFiles().slice(0, limit);
  console.log(`bench:store — ${files.length} ViMs articles, ${QUERIES.length} search queries × ${SEARCH_ROUNDS}`);

  const only = arg('--only');
  if (only && only !== 'pglite' && only !== 'postgres') throw new Error('--only must be pglite or postgres');
  if (only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'nb-bench-store-'));
    const t0 = performance.now();
    const embedded = await Store.open({ data: dir });
    row('\nPGlite: new store opened (initdb in a child process)', `${((performance.now() - t0) / 1000).toFixed(1)} s`);
    try {
      await benchStore('PGlite (embedded)', embedded, files);
    } finally {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const server = only === 'pglite' ? undefined : arg('--db') ?? process.env.NIENBIEU_TEST_PG;
  if (!server) {
    if (only !== 'pglite') console.log('\nPostgreSQL: skipped (give --db postgres://… or set NIENBIEU_TEST_PG; the role needs CREATEDB)');
  } else {
    // a throwaway database beside the given one, so that the bench never touches stored data
    const { default: pg } = await import('pg');
    const name = `nb_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const store = await Store.open({ db: url.toString() });
    try {
      await benchStore('PostgreSQL server', store, files);
    } finally {
      await store.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  row(`\npeak RSS${only ? ` (${only} only)` : ''}`, `${peakRssMb().toFixed(0)} MB`);
}

await main();
