/**
 * Load: `nienbieu serve` over a store holding the seed story (or --ingest DIR), then 100 concurrent
 * clients on loopback for a bounded run per endpoint (autocannon). Prints requests/s, latency p50/p99
 * and errors (target 0). Repeated reads are answered from the server's cache; the last target sends a
 * new search every request (two words of the corpus), so it measures the store's own search path.
 *
 *   npm run bench:load [-- --connections 100] [-- --duration 10] [-- --db postgres://…] [-- --ingest DIR]
 *
 * Only loopback: the server listens on 127.0.0.1 and the clients connect there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, row } from './lib.ts';

const BIN = join(ROOT, 'bin', 'nienbieu.js');
const WARM_UP_S = 2;
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

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  socket: number;
  timeouts: number;
  non2xx: number;
}

/** Seconds the next run lasts: the warm-up, then the measured duration. */
let measuring = WARM_UP_S;
/** A client that has no answer after this long counts a timeout (autocannon's default). */
const TIMEOUT_MS = 10_000;

async function withAutocannon(url: string, connections: number): Promise<Measured> {
  const r = await autocannon({ url, connections, duration: measuring, timeout: TIMEOUT_MS / 1000 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, socket: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

/**
 * `connections` keep-alive clients (Node's own), each sending `next()` as soon as its previous answer
 * arrived. Used where every request differs: autocannon's per-request setupRequest loses a few
 * requests that never reach the server (they surface as 10 s timeouts while the server, counting
 * what it received, answered everything within 100 ms), which would measure autocannon, not us.
 */
async function withNodeClient(base: string, next: () => string, connections: number): Promise<Measured> {
  const { hostname, port } = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const m: Measured = { rps: 0, p50: 0, p99: 0, socket: 0, timeouts: 0, non2xx: 0 };
  const get = (path: string) => new Promise<void>((resolve) => {
    const t0 = performance.now();
    const req = http.get({ hostname, port, path, agent, timeout: TIMEOUT_MS }, (res) => {
      if (res.statusCode! < 200 || res.statusCode! > 299) m.non2xx++;
      res.resume().on('end', () => { latencies.push(performance.now() - t0); resolve(); });
    });
    let timedOut = false;
    req.on('timeout', () => { timedOut = true; m.timeouts++; req.destroy(); });
    req.on('error', () => { if (!timedOut) m.socket++; resolve(); });
  });
  const end = performance.now() + measuring * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) await get(next());
  }));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { ...m, rps: latencies.length / measuring, p50: at(0.5), p99: at(0.99) };
}

/** Distinct words (3+ letters) of up to 20 stored documents, for queries the cache has not seen. */
async function corpusWords(url: string, storyIds: string[]): Promise<string[]> {
  const docIds: string[] = [];
  for (const id of storyIds.slice(0, 20)) {
    const { story } = (await (await fetch(`${url}/api/stories/${encodeURIComponent(id)}`)).json()) as { story: { documents: string[] } };
    docIds.push(...story.documents);
  }
  const words = new Set<string>();
  for (const id of docIds.slice(0, 20)) {
    const { text } = (await (await fetch(`${url}/api/documents/${id}`)).json()) as { text: string };
    for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 3) words.add(w);
  }
  return [...words];
}

async function main(): Promise<void> {
  const connections = Number(arg('--connections', '100'));
  const duration = Number(arg('--duration', '10'));
  const db = process.argv.includes('--db') ? arg('--db', '') : undefined;
  const scratch = db ? null : mkdtempSync(join(tmpdir(), 'nb-bench-load-'));
  const where = scratch ? ['--data', scratch] : ['--db', db!];
  const corpus = arg('--ingest', SEEDS);
  const ingest = spawnSync(process.execPath, [BIN, 'ingest', corpus, '-q', ...where], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);

  const { child, url } = await serve(where);
  try {
    const { stories } = (await (await fetch(`${url}/api/stories`)).json()) as { stories: { id: string }[] };
    const words = await corpusWords(url, stories.map((s) => s.id));
    let n = 0;
    // every request a query not asked before (up to words² of them): a pair of corpus words
    const freshSearch = () => {
      const q = `${words[n % words.length]} ${words[Math.floor(n / words.length) % words.length]}`;
      n++;
      return `/api/search?q=${encodeURIComponent(q)}`;
    };
    const targets: [string, () => Promise<Measured>][] = [
      ['/api/stories', () => withAutocannon(`${url}/api/stories`, connections)],
      ['/api/stories/:id', () => withAutocannon(`${url}/api/stories/${encodeURIComponent(stories[0]!.id)}`, connections)],
      ['/api/search?q=trieu+tien', () => withAutocannon(`${url}/api/search?q=trieu+tien`, connections)],
      ['/api/search, a new query each time', () => withNodeClient(url, freshSearch, connections)],
    ];
    console.log(`bench:load — ${connections} concurrent clients × ${duration} s per endpoint (after ${WARM_UP_S} s of warm-up) on ${url} (${db ? 'PostgreSQL' : 'PGlite'} store, ${corpus === SEEDS ? 'seed story' : corpus}, ${words.length} search words)`);
    let failures = 0;
    for (const [label, run] of targets) {
      // not counted: the first seconds of a fresh server include JIT compilation and lazily loaded code
      await run().then(() => undefined, () => undefined);
      measuring = duration;
      const r = await run();
      measuring = WARM_UP_S;
      const errors = r.socket + r.timeouts + r.non2xx;
      failures += errors;
      row(`${label} requests/s`, r.rps.toFixed(0));
      row(`${label} latency p50 / p99`, `${r.p50} / ${r.p99} ms`);
      row(`${label} errors`, `${errors} (${r.socket} socket, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)`, '0', errors === 0);
    }
    if (failures) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once('exit', done));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
