/**
 * `npm run fuzz [-- --count N --seed S --timeout-ms T]`: a bounded fuzz run of random and mutated inputs
 * (from the bundled seeds and, when present, ViMs) through decode → clean → annotate → story.
 * Each input runs in a worker with a time bound: a hang is reported and the worker replaced.
 * A crash is an exception other than a clear per-file error, or a dossier whose evidence is invalid.
 */
import { Worker } from 'node:worker_threads';
import { fuzzInput } from './mutate.ts';
import { FUZZ_NAMES, fuzzCorpus } from './corpus.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const count = arg('count', 10_000);
const seed = arg('seed', 1);
const timeoutMs = arg('timeout-ms', 10_000);

const { corpus, withVims } = fuzzCorpus();
console.log(`fuzz: ${count} inputs, seed ${seed}, ${corpus.length} base articles${withVims ? '' : ' (ViMs absent: seeds only)'}, ${timeoutMs} ms bound per input`);
const tally = { ok: 0, reported: 0, crash: 0, hang: 0 };
const crashes: string[] = [];
let slowest = 0;

function newWorker(): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url));
}

let worker = newWorker();
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const bytes = fuzzInput(i, corpus, seed);
  const name = FUZZ_NAMES[i % FUZZ_NAMES.length]!;
  const result = await new Promise<{ outcome: string; detail: string; ms: number } | 'hang'>((resolve) => {
    const timer = setTimeout(() => resolve('hang'), timeoutMs);
    worker.once('message', (m) => { clearTimeout(timer); resolve(m); });
    worker.postMessage({ i, name, bytes });
  });
  if (result === 'hang') {
    tally.hang++;
    crashes.push(`#${i} (${name}, ${bytes.length} bytes): no answer within ${timeoutMs} ms`);
    await worker.terminate();
    worker = newWorker();
    continue;
  }
  tally[result.outcome as 'ok' | 'reported' | 'crash']++;
  slowest = Math.max(slowest, result.ms);
  if (result.outcome === 'crash') crashes.push(`#${i} (${name}, ${bytes.length} bytes): ${result.detail}`);
  if ((i + 1) % 1000 === 0) process.stderr.write(`  ${i + 1}/${count}\n`);
}
await worker.terminate();
const secs = (performance.now() - t0) / 1000;
console.log(`done in ${secs.toFixed(1)} s: ${tally.ok} analysed, ${tally.reported} reported as per-file errors, ${tally.crash} crashes, ${tally.hang} hangs; slowest input ${slowest.toFixed(0)} ms`);
for (const c of crashes.slice(0, 20)) console.log(`  ${c}`);
process.exitCode = tally.crash + tally.hang > 0 ? 1 : 0;
