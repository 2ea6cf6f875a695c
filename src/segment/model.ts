/**
 * The word model: a hashed weight table for a binary averaged perceptron (score > 0 → unit starts a
 * word) plus the syllable-pair statistics it was trained with (raw-text association, treebank
 * counts). Stored as one gzipped binary (sparse: only non-zero weights, quantised to 16 bits;
 * then each pair table) and a JSON metadata file.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { B, Featurizer, forcedStart, I, MAX_FEATURES, type PairBuckets, type PairStats } from './features.ts';
import type { Units } from './units.ts';
import { IntTable } from './inttable.ts';

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

/**
 * The weight table without its zeros: a bit per index saying which are non-zero, the count of
 * non-zero weights before each 32-bit word of bits, and the non-zero weights in index order
 * (~350 KB instead of 2 MB, so the lookups scorer.ts cannot memoise mostly stay in the CPU cache).
 */
export class SparseWeights {
  private constructor(
    /** per 32 indices: their bits, then the count of non-zero weights before them */
    readonly dir: Int32Array,
    readonly vals: Int16Array,
    readonly mask: number,
  ) {}

  /** From ascending indices of the non-zero weights and their values, in a table of 2^bits. */
  static fromSorted(idx: Int32Array, vals: Int16Array, bits: number): SparseWeights {
    const dir = new Int32Array(Math.max(2, 1 << (bits - 4)));
    let k = 0;
    for (let word = 0; word < dir.length >> 1; word++) {
      dir[2 * word + 1] = k;
      for (; k < idx.length && idx[k]! >> 5 === word; k++) dir[2 * word] |= 1 << (idx[k]! & 31);
    }
    const padded = new Int16Array(vals.length + 1); // a zero past the end, where a branch-free read of an absent index may land
    padded.set(vals);
    return new SparseWeights(dir, padded, (1 << bits) - 1);
  }

  static fromDense(dense: Int16Array): SparseWeights {
    const idx: number[] = [];
    for (let i = 0; i < dense.length; i++) if (dense[i]) idx.push(i);
    return SparseWeights.fromSorted(Int32Array.from(idx), Int16Array.from(idx, (i) => dense[i]!), Math.log2(dense.length));
  }

  /** dense[h & mask] (the scorer's hot loop repeats this body inline) */
  get(h: number): number {
    const i = h & this.mask;
    const word = this.dir[(i >> 5) << 1]!;
    const bit = 1 << (i & 31);
    if (!(word & bit)) return 0;
    let x = word & (bit - 1); // the non-zero weights before i in its word: a population count
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    return this.vals[this.dir[((i >> 5) << 1) + 1]! + (Math.imul(x, 0x01010101) >>> 24)]!;
  }
}

export interface Model {
  meta: ModelMeta;
  /** quantised weights (times meta.scale): only their sign of sum matters for labelling */
  weights: Int16Array;
  /** the same weights, compact (for scorer.ts) */
  sparse: SparseWeights;
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
export function encodeModel(weights: Float32Array, stats: { assoc: PairBuckets; treebank: PairBuckets }, minAbs: number): { bin: Buffer; scale: number; kept: number } {
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

/** Reads the unsigned LEB128 varints and little-endian int16s `encodeModel` writes. */
class ByteReader {
  p = 0;
  constructor(private readonly b: Uint8Array) {}

  varint(): number {
    const { b } = this;
    let v = 0;
    for (let scale = 1; ; scale *= 128) {
      const c = b[this.p++]!;
      v += (c & 0x7f) * scale; // not a shift: pair keys reach 2^30 and more
      if (c < 0x80) return v;
    }
  }

  /** A table from the ascending keys (delta-coded) and then one byte per key. */
  pairs(): IntTable {
    const np = this.varint();
    const flat = new Int32Array(2 * np);
    let key = 0;
    for (let k = 0; k < np; k++) flat[2 * k] = key += this.varint();
    for (let k = 0; k < np; k++) flat[2 * k + 1] = this.b[this.p++]!;
    return IntTable.fromPairs(flat);
  }
}

export function decodeModel(meta: ModelMeta, bin: Uint8Array): Model {
  const b = gunzipSync(bin);
  const r = new ByteReader(b);
  const nw = r.varint();
  const idx = new Int32Array(nw);
  const vals = new Int16Array(nw);
  let at = 0;
  for (let k = 0; k < nw; k++) idx[k] = at += r.varint();
  for (let k = 0, p = r.p; k < nw; k++, p += 2) vals[k] = b[p]! | (b[p + 1]! << 8);
  r.p += 2 * nw;
  const assoc = r.pairs();
  const treebank = r.pairs();
  let dense: Int16Array | undefined;
  return {
    meta,
    // only training, tests and the reference labeller read the dense table: built when first asked for
    get weights() {
      if (!dense) {
        dense = new Int16Array(1 << meta.tableBits);
        for (let k = 0; k < nw; k++) dense[idx[k]!] = vals[k]!;
      }
      return dense;
    },
    sparse: SparseWeights.fromSorted(idx, vals, meta.tableBits),
    mask: (1 << meta.tableBits) - 1,
    stats: { assoc, treebank },
  };
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
