/**
 * Load: `nienbieu serve` over a store holding the seed story, then 100 concurrent clients on loopback
 * for a bounded run per endpoint (autocannon). Prints requests/s, latency p50/p99 and errors (target 0).
 *
 *   npm run bench:load [-- --connections 100] [-- --duration 10] [-- --db postgres://…]
 *
 * Only loopback: the server listens on 127.0.0.1 and the clients connect there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, row } from './lib.ts';

const BIN = join(ROOT, 'bin', 'nienbieu.js');
const SEEDS = join(ROOT, 'examples', 'seeds');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
}

/** Start the server; resolves with its URL once it says where it listens. */
function serve(where: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...where], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`nienbieu serve exited (${code}): ${err}`)));
  });
}

async function main(): Promise<void> {
  const connections = Number(arg('--connections', '100'));
  const duration = Number(arg('--duration', '10'));
  const db = process.argv.includes('--db') ? arg('--db', '') : undefined;
  const where = db ? ['--db', db] : ['--data', mkdtempSync(join(tmpdir(), 'nb-bench-load-'))];
  const ingest = spawnSync(process.execPath, [BIN, 'ingest', SEEDS, '-q', ...where], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);

  const { child, url } = await serve(where);
  try {
    const { stories } = (await (await fetch(`${url}/api/stories`)).json()) as { stories: { id: string }[] };
    const targets = [
      ['/api/stories', '/api/stories'],
      ['/api/stories/:id', `/api/stories/${encodeURIComponent(stories[0]!.id)}`],
      ['/api/search?q=trieu+tien', '/api/search?q=trieu+tien'],
    ] as const;
    console.log(`bench:load — ${connections} concurrent clients × ${duration} s per endpoint on ${url} (${db ? 'PostgreSQL' : 'PGlite'} store, seed story)`);
    let failures = 0;
    for (const [label, path] of targets) {
      const r = await autocannon({ url: `${url}${path}`, connections, duration });
      const errors = r.errors + r.timeouts + r.non2xx;
      failures += errors;
      row(`${label} requests/s`, r.requests.average.toFixed(0));
      row(`${label} latency p50 / p99`, `${r.latency.p50} / ${r.latency.p99} ms`);
      row(`${label} errors`, `${errors} (${r.errors} socket, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)`, '0', errors === 0);
    }
    if (failures) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
