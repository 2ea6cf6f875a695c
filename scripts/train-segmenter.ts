/**
 * `npm run train:segmenter`: train the word segmenter and write models/segmenter/.
 *   1. with --assoc only: syllable-pair association (bucketed PMI) from the raw ViMs articles (no
 *      labels). Off by default: ViMs is research-use only, so nothing derived from it ships;
 *   2. averaged perceptron on UD-VTB train, scored on dev after every epoch → the best epoch count;
 *      treebank pair counts are jackknifed over FOLDS folds (each sentence sees only other folds');
 *   3. the shipped model: the same on train+dev for that many epochs, counts from train+dev.
 * The test split is never read here. Deterministic: fixed seed, sorted file order, no clocks.
 *   Both training sets get name-augmented copies (src/segment/augment.ts).
 * Options: --dev (stop after step 2), --assoc (step 1), --no-names (no augmentation).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { B, Featurizer, forcedStart, I, MAX_FEATURES, type PairBuckets } from '../src/segment/features.ts';
import { dictionaryLexicon, unitKey } from '../src/segment/lexicon.ts';
import { hashString, mix, syllableForm } from '../src/segment/keys.ts';
import { encodeModel, labelUnits, type ModelMeta } from '../src/segment/model.ts';
import { makeUnits, scanUnits, PUNCT, SYL, MIXED, type Units } from '../src/segment/units.ts';
import { augmentNames } from '../src/segment/augment.ts';
import { readConllu, emptyScore, prf, scoreSpans, type GoldSentence } from '../src/segment/treebank.ts';
import { tokensFromLabels, MODEL_DIR } from '../src/segment/words.ts';
import type { Token } from '../src/core/layers.ts';
import { ROOT, SHARED } from '../bench/lib.ts';

const VTB = join(SHARED, 'data', 'UD_Vietnamese-VTB');
const VIMS = join(SHARED, 'data', 'ViMs', 'original');
const TABLE_BITS = 20;
const MAX_EPOCHS = 25;
const SEED = 20240611;
const MIN_PAIR_COUNT = 3;
const FOLDS = 5;
const args = new Set(process.argv.slice(2));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataCommit(): string {
  const m = /Commit\s*:\s*([0-9a-f]{40})/.exec(readFileSync(join(VTB, 'SOURCE.txt'), 'utf8'));
  if (!m) throw new Error('no commit in UD_Vietnamese-VTB/SOURCE.txt');
  return m[1]!;
}

interface Example {
  text: string;
  units: Units;
  gold: Uint8Array;
  words: GoldSentence['words'];
  /** jackknife fold: the treebank pair statistics this sentence is featurised with leave its fold out */
  fold: number;
}

function example(s: GoldSentence, fold: number): Example {
  const units = makeUnits(64);
  scanUnits(s.text, 0, s.text.length, units);
  const starts = new Set(s.words.map((w) => w.start));
  const gold = new Uint8Array(units.n);
  for (let i = 0; i < units.n; i++) gold[i] = starts.has(units.start[i]!) ? B : I;
  return { text: s.text, units, gold, words: s.words, fold };
}

/** Real sentences, fold i mod FOLDS; then their name-augmented copies, in the fold of their original. */
function dataset(gold: GoldSentence[], rand: () => number): { real: Example[]; copies: Example[] } {
  const real = gold.map((s, i) => example(s, i % FOLDS));
  const copies = args.has('--no-names') ? [] : augmentNames(gold, rand).map(({ copy, of }) => example(copy, real[of]!.fold));
  return { real, copies };
}

const band = (c: number) => (c === 0 ? 0 : c === 1 ? 1 : c <= 3 ? 2 : c <= 9 ? 3 : 4);

/**
 * Treebank statistics of adjacent lexical units: how often a pair is written inside one word and
 * across a word boundary, as bucket 1 + 5·band(inside) + band(across). `leaveOut` ≥ 0 skips that
 * fold (jackknifing: a sentence never sees counts of its own words, so the model learns how far
 * counts from OTHER sentences can be trusted, as they will be on new text).
 */
function treebankPairs(data: Example[], leaveOut: number): PairBuckets {
  const counts = new Map<number, number>(); // inside · 2^16 + across
  for (const e of data) {
    if (e.fold === leaveOut) continue;
    const { units, text, gold } = e;
    for (let i = 1; i < units.n; i++) {
      const a = units.kind[i - 1], b = units.kind[i];
      if ((a !== SYL && a !== MIXED) || (b !== SYL && b !== MIXED)) continue;
      const pk = mix(unitKey(text.slice(units.start[i - 1], units.end[i - 1])), unitKey(text.slice(units.start[i], units.end[i])));
      counts.set(pk, (counts.get(pk) ?? 0) + (gold[i] === I ? 0x10000 : 1));
    }
  }
  const out: PairBuckets = new Map();
  for (const [pk, c] of counts) out.set(pk, 1 + 5 * band(c >>> 16) + band(c & 0xffff));
  return out;
}

/** One featuriser per jackknife fold (training) and one with the counts of all the data (evaluation, shipping). */
function featurizers(real: Example[], assoc: PairBuckets): { folds: Featurizer[]; all: Featurizer; pairs: PairBuckets } {
  const folds = Array.from({ length: FOLDS }, (_, k) => new Featurizer(lexicon, { assoc, treebank: treebankPairs(real, k) }));
  const pairs = treebankPairs(real, -1);
  return { folds, all: new Featurizer(lexicon, { assoc, treebank: pairs }), pairs };
}

/** Bucketed PMI of adjacent syllable pairs in raw ViMs text: bucket = 1 + 4·pmi band + count band. */
function associations(): { pairs: PairBuckets; units: number } {
  const pairs: PairBuckets = new Map();
  if (!args.has('--assoc') || !existsSync(VIMS)) return { pairs, units: 0 };
  const uni = new Map<number, number>();
  const bi = new Map<number, number>();
  const u = makeUnits(4096);
  let total = 0;
  for (const c of readdirSync(VIMS).sort()) {
    const dir = join(VIMS, c, 'original');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const body = text.slice(Math.max(0, text.indexOf('\nContent:') + 1));
      u.n = 0;
      scanUnits(body, 0, body.length, u);
      let prev = 0;
      for (let i = 0; i < u.n; i++) {
        const kind = u.kind[i];
        if (kind !== SYL && kind !== MIXED) {
          prev = 0;
          continue;
        }
        const k = hashString(syllableForm(body.slice(u.start[i], u.end[i])));
        uni.set(k, (uni.get(k) ?? 0) + 1);
        total++;
        if (prev) {
          const pk = mix(prev, k);
          bi.set(pk, (bi.get(pk) ?? 0) * 1 + 1);
          pairKeys.set(pk, [prev, k]);
        }
        prev = k;
      }
    }
  }
  for (const [pk, n] of [...bi].sort((a, b) => a[0] - b[0])) {
    if (n < MIN_PAIR_COUNT) continue;
    const [a, b] = pairKeys.get(pk)!;
    const pmi = Math.log2((n * total) / (uni.get(a)! * uni.get(b)!));
    const band = Math.max(0, Math.min(15, Math.floor(pmi) + 2));
    const countBand = n < 10 ? 0 : n < 50 ? 1 : n < 300 ? 2 : 3;
    pairs.set(pk, 1 + band * 4 + countBand);
  }
  return { pairs, units: total };
}
const pairKeys = new Map<number, [number, number]>();

class Perceptron {
  readonly w = new Float32Array(1 << TABLE_BITS);
  private readonly acc = new Float64Array(1 << TABLE_BITS);
  private c = 1;
  private readonly mask = (1 << TABLE_BITS) - 1;
  private readonly feats = new Int32Array(MAX_FEATURES);

  /** One pass over the examples in the given order (greedy decoding with predicted history). */
  epoch(data: Example[], order: number[], fs: Featurizer[]): void {
    const { w, acc, mask, feats } = this;
    for (const e of order.map((i) => data[i]!)) {
      const f = fs[e.fold]!;
      f.prepare(e.text, e.units);
      let y1 = B;
      let y2 = B;
      for (let i = 0; i < e.units.n; i++) {
        let y: number = B;
        if (!forcedStart(e.units, i)) {
          const k = f.collect(i, y1, y2, feats);
          let score = 0;
          for (let j = 0; j < k; j++) score += w[feats[j]! & mask]!;
          y = score > 0 ? B : I;
          if (y !== e.gold[i]) {
            const d = e.gold[i] === B ? 1 : -1;
            for (let j = 0; j < k; j++) {
              const x = feats[j]! & mask;
              w[x] += d;
              acc[x] += this.c * d;
            }
          }
          this.c++;
        }
        y2 = y1;
        y1 = y;
      }
    }
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.acc[i]! / this.c;
    return out;
  }
}

function evaluate(weights: Float32Array, data: Example[], f: Featurizer): number {
  const score = emptyScore();
  const mask = (1 << TABLE_BITS) - 1;
  let labels = new Uint8Array(256);
  for (const e of data) {
    f.prepare(e.text, e.units);
    if (labels.length < e.units.n) labels = new Uint8Array(e.units.n * 2);
    labelUnits(weights, mask, f, e.units, labels);
    const toks: Token[] = [];
    tokensFromLabels(e.units, labels, toks);
    scoreSpans(e.words, toks, score);
  }
  return prf(score).f1;
}

function train(data: Example[], epochs: number, fs: { folds: Featurizer[]; all: Featurizer }, dev?: Example[]): { weights: Float32Array; best: number; bestF1: number } {
  const p = new Perceptron();
  const rand = mulberry32(SEED);
  const order = data.map((_, i) => i);
  let best = epochs;
  let bestF1 = -1;
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    p.epoch(data, order, fs.folds);
    if (dev) {
      const f1 = evaluate(p.averaged(), dev, fs.all);
      console.log(`  epoch ${String(ep).padStart(2)}  dev F1 ${(f1 * 100).toFixed(2)}`);
      if (f1 > bestF1) [best, bestF1] = [ep, f1];
    }
  }
  return { weights: p.averaged(), best, bestF1 };
}

if (!existsSync(join(VTB, 'vi_vtb-ud-train.conllu'))) {
  console.log(`skipped: needs ${VTB}`);
  process.exit(0);
}
const lexicon = dictionaryLexicon();
console.log(`lexicon: ${lexicon.size} words from ${lexicon.source}`);
const assoc = associations();
console.log(`association: ${assoc.pairs.size} syllable pairs from ${assoc.units} ViMs units`);
const trainGold = readConllu(join(VTB, 'vi_vtb-ud-train.conllu'));
const devGold = readConllu(join(VTB, 'vi_vtb-ud-dev.conllu'));
// Name-augmented copies join the training data only (dev is scored on the real sentences).
const train1 = dataset(trainGold, mulberry32(SEED + 1));
const dev1 = dataset(devGold, mulberry32(SEED + 2));
console.log(`name augmentation: ${train1.copies.length} + ${dev1.copies.length} sentence copies`);

console.log(`train (${train1.real.length} sentences) → dev (${dev1.real.length})`);
const dev = train([...train1.real, ...train1.copies], MAX_EPOCHS, featurizers(train1.real, assoc.pairs), dev1.real);
console.log(`best: ${dev.best} epochs, dev F1 ${(dev.bestF1 * 100).toFixed(2)}`);
if (args.has('--dev')) process.exit(0);

// The shipped model: train + dev, folds over the concatenation (each copy in its original's fold).
const both = dataset([...trainGold, ...devGold], mulberry32(SEED + 3));
const fs = featurizers(both.real, assoc.pairs);
const all = [...both.real, ...both.copies];
console.log(`shipping: train+dev (${all.length} sentences), ${dev.best} epochs`);
const final = train(all, dev.best, fs);
const { bin, scale, kept } = encodeModel(final.weights, { assoc: assoc.pairs, treebank: fs.pairs }, 1e-3);
const meta: ModelMeta = {
  format: 'nienbieu.segmenter/2',
  tableBits: TABLE_BITS,
  scale,
  epochs: dev.best,
  trainedOn: ['vi_vtb-ud-train.conllu', 'vi_vtb-ud-dev.conllu'],
  data: {
    name: 'UD_Vietnamese-VTB', commit: dataCommit(), licence: 'CC BY-SA 4.0',
    sentences: both.real.length, units: both.real.reduce((n, e) => n + e.units.n, 0),
  },
  nameAugmentedCopies: both.copies.length,
  lexicon: { source: lexicon.source, sha256: lexicon.sha256, words: lexicon.size },
  association: assoc.pairs.size ? { source: 'ViMs original articles (raw text, no labels)', pairs: assoc.pairs.size, units: assoc.units } : null,
  treebankPairs: { folds: FOLDS, pairs: fs.pairs.size },
  nonZeroWeights: kept,
  devF1: Math.round(dev.bestF1 * 10000) / 100,
  seed: SEED,
};
mkdirSync(MODEL_DIR, { recursive: true });
writeFileSync(join(MODEL_DIR, 'segmenter.bin.gz'), bin);
writeFileSync(join(MODEL_DIR, 'segmenter.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`wrote ${join(MODEL_DIR, 'segmenter.bin.gz')} (${(bin.length / 1024).toFixed(0)} KB, ${kept} weights) in ${ROOT}`);
