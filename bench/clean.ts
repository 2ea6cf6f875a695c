/**
 * `npm run bench:clean`: decode + read + clean throughput on every ViMs article, one core, files
 * already in memory (disk speed is not ours to measure). Target ≥ 2,000 documents/s.
 * Times are CPU time of this process (user + system), so that other work on a shared machine does
 * not count against us; wall-clock time is printed beside the total.
 */
import { readFileSync } from 'node:fs';
import { readFileDrafts } from '../src/ingest/index.ts';
import { cleanDrafts } from '../src/clean/index.ts';
import { decodeBytes } from '../src/decode/index.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';
import { vimsFiles, peakRssMb, row } from './lib.ts';

const files = vimsFiles();
const bytes = files.map((f) => readFileSync(f));
const mb = bytes.reduce((n, b) => n + b.length, 0) / 1e6;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function once() {
  const t0 = cpuMs();
  for (const b of bytes) decodeBytes(b);
  const t1 = cpuMs();
  const w0 = performance.now();
  const drafts: ArticleDraft[] = [];
  bytes.forEach((b, i) => drafts.push(...readFileDrafts(files[i]!, b).drafts));
  const t2 = cpuMs();
  cleanDrafts(drafts);
  const t3 = cpuMs();
  return { decode: t1 - t0, read: t2 - t1, clean: t3 - t2, wall: performance.now() - w0, docs: drafts.length };
}

once(); // warm-up: JIT, regex compilation, caches
const runs = [once(), once(), once()].sort((a, b) => a.read + a.clean - (b.read + b.clean));
const r = runs[1]!;
const perS = (ms: number) => (r.docs / (ms / 1000)).toFixed(0);
console.log(`clean: ${r.docs} ViMs documents, ${mb.toFixed(1)} MB (median of 3 runs after a warm-up)`);
row('decode only', `${perS(r.decode)} doc/s`);
row('decode + parse (readFileDrafts)', `${perS(r.read)} doc/s`);
row('clean (cleanDrafts, whole batch)', `${perS(r.clean)} doc/s`);
row('decode + parse + clean (CPU time)', `${perS(r.read + r.clean)} doc/s`, '≥ 2000 doc/s', r.docs / ((r.read + r.clean) / 1000) >= 2000);
row('decode + parse + clean (wall clock)', `${perS(r.wall)} doc/s`, 'on a shared machine: see CPU time');
row('peak RSS', `${peakRssMb().toFixed(0)} MB`);
