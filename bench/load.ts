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
  const where = db ? ['--db', db] : ['--data', mkdtempSync(join(tmpdir(), 'nb-bench-load-'))];
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
    const targets: [string, string, (() => string)?][] = [
      ['/api/stories', '/api/stories'],
      ['/api/stories/:id', `/api/stories/${encodeURIComponent(stories[0]!.id)}`],
      ['/api/search?q=trieu+tien', '/api/search?q=trieu+tien'],
      ['/api/search, a new query each time', '/api/search?q=trieu+tien', freshSearch],
    ];
    console.log(`bench:load — ${connections} concurrent clients × ${duration} s per endpoint on ${url} (${db ? 'PostgreSQL' : 'PGlite'} store, ${corpus === SEEDS ? 'seed story' : corpus}, ${words.length} search words)`);
    let failures = 0;
    for (const [label, path, next] of targets) {
      const r = await autocannon({
        url: `${url}${path}`, connections, duration,
        ...(next ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) }] } : {}),
      });
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
