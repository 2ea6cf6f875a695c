import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Featurizer, type PairStats } from '../src/segment/features.ts';
import { hashString, mix, syllableForm } from '../src/segment/keys.ts';
import { dictionaryLexicon } from '../src/segment/lexicon.ts';
import { decodeModel, labelUnits, SparseWeights, type ModelMeta } from '../src/segment/model.ts';
import { Scorer } from '../src/segment/scorer.ts';
import { makeUnits, scanUnits, SYL } from '../src/segment/units.ts';
import { MODEL_DIR } from '../src/segment/words.ts';
import { SEEDS } from './helpers/shared.ts';

const model = decodeModel(JSON.parse(readFileSync(join(MODEL_DIR, 'segmenter.json'), 'utf8')) as ModelMeta, readFileSync(join(MODEL_DIR, 'segmenter.bin.gz')));
const seedLines = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'))
  .filter((l) => l.trim());
const hostile = ['', '   ', '\u0000\u0001 abc \uFFFF \uD800', '!!! ... --- ???', 'TP.HCM, TP. Hà Nội, https://vnexpress.net/a.html. 18/11/2022 22:05 3,5% COVID-19 Jong-un'];

/** Labels of each line by the fast scorer and by summing Featurizer.collect's weights, side by side. */
function compare(weights: Int16Array, mask: number, stats: PairStats, lines: string[]): number {
  const f = new Featurizer(dictionaryLexicon(), stats);
  const scorer = new Scorer(SparseWeights.fromDense(weights), f);
  const u = makeUnits(16);
  let units = 0;
  for (const line of lines) {
    u.n = 0;
    scanUnits(line, 0, line.length, u);
    f.prepare(line, u);
    const fast = new Uint8Array(u.n);
    const slow = new Uint8Array(u.n);
    scorer.label(u, fast);
    labelUnits(weights, mask, f, u, slow);
    assert.deepEqual(fast, slow, line.slice(0, 80));
    units += u.n;
  }
  return units;
}

/** A weight table where every feature counts: random int16 everywhere, so any template the scorer sums wrongly flips labels. */
function randomWeights(bits: number, seed: number): Int16Array {
  const w = new Int16Array(1 << bits);
  let x = seed;
  for (let i = 0; i < w.length; i++) {
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5;
    w[i] = ((x >>> 8) % 2001) - 1000;
  }
  return w;
}

test('the fast scorer labels the seed articles exactly as the shipped model does, feature by feature', () => {
  assert.ok(compare(model.weights, model.mask, model.stats, [...seedLines, ...hostile]) > 3000);
});

test('the fast scorer matches on a random dense model, with and without association features', () => {
  const w = randomWeights(16, 7);
  compare(w, (1 << 16) - 1, model.stats, seedLines);
  const assoc = new Map<number, number>();
  for (const line of seedLines.slice(0, 40)) {
    const words = line.split(/\s+/);
    for (let i = 1; i < words.length; i++) assoc.set(mix(hashString(syllableForm(words[i - 1]!)), hashString(syllableForm(words[i]!))), 1 + (i % 9));
  }
  compare(w, (1 << 16) - 1, { assoc, treebank: model.stats.treebank }, seedLines);
});

test('sparse weights read like the dense table, and the decoded model carries both', () => {
  for (let i = 0; i < 1 << 20; i += 13) assert.equal(model.sparse.get(i), model.weights[i]);
  const w = randomWeights(12, 3).map((v) => (v % 3 === 0 ? v : 0));
  const sparse = SparseWeights.fromDense(w);
  for (let i = 0; i < 1 << 13; i++) assert.equal(sparse.get(i * 7919), w[(i * 7919) & ((1 << 12) - 1)]);
});

test('forms: past the limit the ids are reset between sentences, and one huge sentence grows the table; keys stay right', () => {
  const letters = 'bcdghklmnpqrstvx';
  const word = (i: number) => Array.from({ length: 5 }, (_, k) => letters[(i >> (4 * k)) & 15]).join('') + 'a';
  const sentence = (from: number, n: number) => Array.from({ length: n }, (_, i) => word(from + i)).join(' ');
  const lines = [...Array.from({ length: 30 }, (_, k) => sentence(k * 1000, 1000)), sentence(0, 40_000), ...seedLines.slice(0, 20)];
  const f = new Featurizer(dictionaryLexicon(), model.stats);
  const u = makeUnits(16);
  const before = f.formResets;
  for (const line of lines) {
    u.n = 0;
    scanUnits(line, 0, line.length, u);
    f.prepare(line, u);
    for (let i = 0; i < u.n; i += 97) if (u.kind[i] === SYL) assert.equal(f.key[i + 2], hashString(syllableForm(line.slice(u.start[i], u.end[i]))));
  }
  assert.ok(f.formResets > before);
  compare(model.weights, model.mask, model.stats, lines);
});
