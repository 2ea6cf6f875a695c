/**
 * The word model: a hashed weight table for a binary averaged perceptron (score > 0 → unit starts a
 * word) plus the syllable-pair statistics it was trained with (raw-text association, treebank
 * counts). Stored as one gzipped binary (sparse: only non-zero weights, quantised to 16 bits;
 * then each pair table) and a JSON metadata file.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { B, Featurizer, forcedStart, I, MAX_FEATURES, type PairBuckets, type PairStats } from './features.ts';
import type { Units } from './units.ts';

export interface ModelMeta {
  format: 'nienbieu.segmenter/2';
  /** log2 of the weight table size */
  tableBits: number;
  /** multiply stored int16 weights by this */
  scale: number;
  epochs: number;
  trainedOn: string[];
  data: { name: string; commit: string; licence: string; sentences: number; units: number };
  /** generated copies of training sentences with foreign names (src/segment/augment.ts) */
  nameAugmentedCopies: number;
  lexicon: { source: string; sha256: string; words: number };
  association: { source: string; pairs: number; units: number } | null;
  /** syllable pairs with treebank counts (inside a word / across a boundary), jackknifed in training */
  treebankPairs: { folds: number; pairs: number };
  nonZeroWeights: number;
  devF1?: number;
  seed: number;
}

export interface Model {
  meta: ModelMeta;
  /** quantised weights (times meta.scale): only their sign of sum matters for labelling */
  weights: Int16Array;
  mask: number;
  stats: PairStats;
}

class ByteWriter {
  buf = new Uint8Array(1 << 16);
  n = 0;
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  varint(v: number): void {
    this.room(5);
    while (v >= 0x80) {
      this.buf[this.n++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.n++] = v;
  }
  int16(v: number): void {
    this.room(2);
    this.buf[this.n++] = v & 0xff;
    this.buf[this.n++] = (v >> 8) & 0xff;
  }
  byte(v: number): void {
    this.room(1);
    this.buf[this.n++] = v;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

function writePairs(out: ByteWriter, pairs: PairBuckets): void {
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  out.varint(keys.length);
  let prev = 0;
  for (const k of keys) {
    out.varint(k - prev);
    prev = k;
  }
  for (const k of keys) out.byte(pairs.get(k)!);
}

/** Serialise weights (only those with |w| ≥ minAbs) and pair statistics. Returns the gzipped binary and the count kept. */
export function encodeModel(weights: Float32Array, stats: PairStats, minAbs: number): { bin: Buffer; scale: number; kept: number } {
  let max = 0;
  for (const w of weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max / 32767 || 1;
  const idx: number[] = [];
  for (let i = 0; i < weights.length; i++) if (Math.abs(weights[i]!) >= minAbs && Math.round(weights[i]! / scale) !== 0) idx.push(i);
  const out = new ByteWriter();
  out.varint(idx.length);
  let prev = 0;
  for (const i of idx) {
    out.varint(i - prev);
    prev = i;
  }
  for (const i of idx) out.int16(Math.round(weights[i]! / scale));
  writePairs(out, stats.assoc);
  writePairs(out, stats.treebank);
  return { bin: gzipSync(out.bytes(), { level: 9 }), scale, kept: idx.length };
}

export function decodeModel(meta: ModelMeta, bin: Uint8Array): Model {
  const b = gunzipSync(bin);
  let p = 0;
  const varint = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const c = b[p++]!;
      v += (c & 0x7f) * 2 ** shift;
      if (c < 0x80) return v;
      shift += 7;
    }
  };
  const weights = new Int16Array(1 << meta.tableBits);
  const nw = varint();
  const idx = new Int32Array(nw);
  let at = 0;
  for (let k = 0; k < nw; k++) idx[k] = at += varint();
  for (let k = 0; k < nw; k++) {
    const v = b[p]! | (b[p + 1]! << 8);
    p += 2;
    weights[idx[k]!] = v;
  }
  const readPairs = (): PairBuckets => {
    const np = varint();
    const keys = new Int32Array(np);
    let key = 0;
    for (let k = 0; k < np; k++) keys[k] = key += varint();
    const pairs: PairBuckets = new Map();
    for (let k = 0; k < np; k++) pairs.set(keys[k]!, b[p++]!);
    return pairs;
  };
  const assoc = readPairs();
  const treebank = readPairs();
  return { meta, weights, mask: (1 << meta.tableBits) - 1, stats: { assoc, treebank } };
}

const feats = new Int32Array(MAX_FEATURES);

/** Label every unit B or I, greedily left to right (the previous labels are features). */
export function labelUnits(weights: Float32Array | Int16Array, mask: number, f: Featurizer, u: Units, out: Uint8Array): void {
  let y1 = B;
  let y2 = B;
  for (let i = 0; i < u.n; i++) {
    let y: number;
    if (forcedStart(u, i)) y = B;
    else {
      const k = f.collect(i, y1, y2, feats);
      let score = 0;
      for (let j = 0; j < k; j++) score += weights[feats[j]! & mask]!;
      y = score > 0 ? B : I;
    }
    out[i] = y;
    y2 = y1;
    y1 = y;
  }
}
