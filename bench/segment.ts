/**
 * `npm run bench:segment`: speed of sentence splitting (MB/s of UTF-8 text) and word segmentation
 * (syllables/s) on the ViMs article bodies, one core (CPU time), after warm-up. Also the model's load time.
 */
import { readFileSync } from 'node:fs';
import { splitSpan } from '../src/segment/sentences.ts';
import { segmentSpan, segmenterMeta } from '../src/segment/words.ts';
import type { Token } from '../src/core/layers.ts';
import { countSyllables, row, vimsFiles } from './lib.ts';

const files = vimsFiles();
const texts = files.map((f) => {
  const t = readFileSync(f, 'utf8');
  return t.slice(Math.max(0, t.indexOf('\nContent:') + 1));
});
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const syllables = texts.reduce((n, t) => n + countSyllables(t), 0);

const t0 = performance.now();
segmenterMeta();
const loadMs = performance.now() - t0;

function sentencesOf(text: string) {
  const out = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push(...splitSpan(text, at, at + line.length));
    at += line.length + 1;
  }
  return out;
}

/**
 * Best of `runs` passes after one warm-up, in CPU milliseconds of this process (user + system):
 * one core's work, and steadier than wall time on a machine shared with other jobs.
 */
function best(runs: number, fn: () => void): number {
  fn();
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    min = Math.min(min, (d.user + d.system) / 1000);
  }
  return min;
}

const sentences = texts.map(sentencesOf);
const splitMs = best(5, () => {
  for (const t of texts) sentencesOf(t);
});
let tokens = 0;
const segMs = best(5, () => {
  tokens = 0;
  texts.forEach((t, i) => {
    const out: Token[] = [];
    for (const s of sentences[i]!) segmentSpan(t, s.start, s.end, out);
    tokens += out.length;
  });
});

const mbps = bytes / 1e6 / (splitMs / 1000);
const sps = syllables / (segMs / 1000);
console.log(`segment bench: ${texts.length} ViMs articles, ${(bytes / 1e6).toFixed(1)} MB, ${syllables} syllables, ${tokens} tokens`);
row('sentence splitting', `${mbps.toFixed(1)} MB/s`, '≥ 2 MB/s', mbps >= 2);
row('word segmentation', `${Math.round(sps).toLocaleString('en')} syl/s`, '≥ 500,000 syl/s', sps >= 500_000);
row('model load (lazy, once)', `${loadMs.toFixed(0)} ms`);
