/**
 * `npm run bench:cluster`: story clustering at 10,000 documents on one core. The 1,945 ViMs articles are
 * analysed once, then repeated with small perturbations (about 10% of words and a few entities dropped,
 * publication shifted by up to two days) until there are 10,000 distinct documents. Prints batch
 * clustering time, the incremental `StoryIndex.add` latency with 10,000 stored (p50/p95 over 300 further
 * additions), and the size and time of a `toJSON` round trip, against the targets.
 */
import { analyze } from '../src/pipeline.ts';
import { Doc } from '../src/core/doc.ts';
import { clusterStories } from '../src/corpus/cluster.ts';
import { findDuplicates } from '../src/corpus/dedupe.ts';
import { StoryIndex } from '../src/corpus/incremental.ts';
import { vimsFiles, row, peakRssMb } from './lib.ts';

const TOTAL = 10_000;
const EXTRA = 300;

/** Deterministic pseudo-random numbers, so every run measures the same pile. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function shiftDay(value: string | null, days: number): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const t = Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function perturb(doc: Doc, copy: number, rand: () => number): Doc {
  // A marker after the last block changes the content id without moving any span.
  const d = new Doc(`${doc.text}\n#${copy}`, { ...doc.meta, path: `${doc.meta.path}#${copy}` }, doc.layers.blocks);
  const shift = Math.floor(rand() * 3);
  const p = doc.meta.published;
  d.meta.published = { ...p, value: shiftDay(p.value, shift), earliest: shiftDay(p.earliest, shift), latest: shiftDay(p.latest, shift) };
  d.layers.sentences = doc.layers.sentences;
  d.layers.tokens = doc.layers.tokens.filter(() => rand() > 0.1);
  d.layers.entities = doc.layers.entities.filter(() => rand() > 0.05);
  d.layers.timexes = doc.layers.timexes;
  return d;
}

const base = analyze(vimsFiles()).docs;
const rand = rng(42);
const docs: Doc[] = [...base];
for (let copy = 1; docs.length < TOTAL + EXTRA; copy++) for (const d of base) if (docs.length < TOTAL + EXTRA) docs.push(perturb(d, copy, rand));
const pile = docs.slice(0, TOTAL);
const later = docs.slice(TOTAL);
console.log(`clustering bench: ${base.length} ViMs documents repeated with perturbations → ${pile.length} documents (+${later.length} added incrementally)`);

// CPU seconds of this process beside wall seconds: on a shared machine the wall clock includes waiting for a core.
const cpuS = (from: NodeJS.CpuUsage) => { const u = process.cpuUsage(from); return (u.user + u.system) / 1e6; };
let t0 = performance.now();
let c0 = process.cpuUsage();
const groups = clusterStories(pile);
const batchS = (performance.now() - t0) / 1000;
const batchCpu = cpuS(c0);
row('batch clusterStories, 10,000 docs (wall)', `${batchS.toFixed(2)} s`, '< 30 s', batchS < 30);
row('batch clusterStories, 10,000 docs (CPU)', `${batchCpu.toFixed(2)} s`, '< 30 s', batchCpu < 30);
row('stories found', String(groups.length));

t0 = performance.now();
c0 = process.cpuUsage();
const dups = findDuplicates(pile);
row('findDuplicates, 10,000 docs (wall / CPU)', `${((performance.now() - t0) / 1000).toFixed(2)} / ${cpuS(c0).toFixed(2)} s`);
row('duplicate pairs (copies are near-duplicates)', String(dups.length));

const index = new StoryIndex();
t0 = performance.now();
for (const d of pile) index.add(d);
row('incremental fill, 10,000 adds', `${((performance.now() - t0) / 1000).toFixed(2)} s`);
const times: number[] = [];
for (const d of later) {
  const s = performance.now();
  index.add(d);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const p95 = times[Math.floor(times.length * 0.95)]!;
row('incremental add p50 (10,000 stored)', `${times[Math.floor(times.length / 2)]!.toFixed(2)} ms`);
row('incremental add p95 (10,000 stored)', `${p95.toFixed(2)} ms`, '< 20 ms', p95 < 20);

t0 = performance.now();
const json = JSON.stringify(index.toJSON());
const restored = StoryIndex.fromJSON(JSON.parse(json));
row('toJSON + fromJSON round trip', `${(performance.now() - t0).toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB`);
row('restored index size', String(restored.size));
row('peak RSS', `${peakRssMb().toFixed(0)} MB`);
