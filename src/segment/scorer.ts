/**
 * Labelling with a trained model, fast. A unit's score is the sum of the weights of the ~50
 * features `Featurizer.collect` lists; summing them one by one means ~50 hashes and ~50 reads at
 * random places of the 2 MB weight table per syllable, and those reads were most of the
 * segmenter's time. Most templates read only a few small values (shapes, lexicon bits, labels),
 * so their summed weights are memoised in small dense tables indexed by those values; the
 * templates of one unit form (its unigrams at each window position, its crossings of lexicon
 * words, its longest-matching labels) are summed once per form id (see Featurizer), and those of
 * a pair of neighbouring forms (bigrams, key × shape, part of speech × key) once per pair while
 * the pair stays in a small direct-mapped table. Only the other n-grams are still hashed per
 * unit, and read from a compact copy of the weights. The sums are integers (int16 weights), so
 * every score — and every label — is exactly the one `labelUnits` computes
 * (test/segment-scorer.test.ts).
 */
import { B, Featurizer, forcedStart, I, NO_SUMS, P_KEY, P_SUMS, PAIR_STRIDE } from './features.ts';
import { f1, f2, f3 } from './keys.ts';
import type { SparseWeights } from './model.ts';
import type { Units } from './units.ts';

/**
 * Summed weights of some templates that read only a few small values, by those values packed
 * into an index (bit fields of the given widths, first field highest), filled on first use. A cell
 * holds the sum plus FILLED, so a fresh (zeroed, untouched) table needs no initialising pass.
 */
class Memo {
  readonly cells: Int32Array;
  constructor(
    private readonly widths: readonly number[],
    private readonly features: (v: number[]) => number[],
  ) {
    this.cells = new Int32Array(1 << widths.reduce((a, b) => a + b, 0));
  }

  /** The sum for index x, computed and stored (x's cell was 0). */
  fill(x: number, w: SparseWeights): number {
    const v: number[] = [];
    let rest = x;
    for (let k = this.widths.length - 1; k >= 0; k--) {
      v[k] = rest & ((1 << this.widths[k]!) - 1);
      rest >>= this.widths[k]!;
    }
    let sum = 0;
    for (const h of this.features(v)) sum += w.get(h);
    this.cells[x] = sum + FILLED;
    return sum;
  }
}

/** `a` if it is still valid (not `fresh`) and holds `length` cells, else a zeroed or grown copy. */
function sized(a: Int32Array<ArrayBuffer>, length: number, fresh: boolean): Int32Array<ArrayBuffer> {
  if (!fresh && a.length >= length) return a;
  const b = new Int32Array(Math.max(a.length, 2 * length));
  if (!fresh) b.set(a);
  return b;
}

/** Added to memoised sums (each far below 2^29 in magnitude): a stored cell is never 0. */
const FILLED = 1 << 30;

// Per-form record (Featurizer form ids): slot 0 is 1 once filled, then the weights of the
// templates that read only the form's key.
const STRIDE = 16;
const S0 = 1, S1 = 2, N1 = 3, S2 = 4, N2 = 5; // unigram at each window position (templates 1-5)
const Y1_S0 = 6; // template 29, previous label 0 / 1
const S1_CROSS = 8, S0_CROSS = 10; // templates 37, 38: lexicon word across the boundary 0 / 1
const S1_F = 12, S0_B = 14; // templates 39, 40: forward / backward longest-matching label 0 / 1
const HASHED = 5; // per-unit hashed features, at most

// the scorer's cells of a pair (Featurizer.pairCells): the summed weights of the templates that
// read only the pair, by the pair's place in a unit's window
const P_S1S0 = P_SUMS; // templates 6, 35, 36, 51, 52 (32, 33): the pair ends at the unit
const P_S0N1 = P_SUMS + 1, P_S2S1 = P_SUMS + 2, P_N1N2 = P_SUMS + 3; // templates 7, 8, 9

export class Scorer {
  private readonly weights: SparseWeights;
  private recs = new Int32Array(0);
  /** where a pair that cannot be memoised is summed */
  private readonly scratch = new Int32Array(PAIR_STRIDE);
  /** Featurizer.formResets when `recs` was last cleared */
  private resets = -1;
  // memoised sums (template numbers as in Featurizer.collect)
  private readonly shapes3 = new Memo([5, 5, 5], ([t1, t0, u1]) => [f2(14, t1!, t0!), f2(15, t0!, u1!), f3(17, t1!, t0!, u1!)]);
  private readonly shapes2 = new Memo([5, 5, 5], ([t2, t1, t0]) => [f3(16, t2!, t1!, t0!)]);
  private readonly spans = new Memo([15], ([span]) => [f1(18, span!)]);
  private readonly cross = new Memo([3, 5, 8], ([len, lists, pos]) => [f1(19, len!), f2(42, lists!, len!), f2(49, pos!, len!)]);
  private readonly startsEnds = new Memo([6, 6], ([starts, ends]) => [f1(20, starts! << 1), f1(21, ends! << 1)]);
  private readonly fbShapes = new Memo([1, 1, 3, 10], ([f, b, len, tt]) => [f1(22, f!), f1(23, b!), f2(24, f!, b!), f3(25, f!, b!, tt!), f2(26, len!, tt!)]);
  private readonly lists = new Memo([5, 5, 5], ([cross, end, start]) => [f2(43, end!, start!), f3(44, cross!, end!, start!)]);
  private readonly seenShapes = new Memo([8, 10], ([seen, tt]) => [f1(45, seen!), f2(47, seen!, tt!)]);
  private readonly seenCross = new Memo([8, 3], ([seen, len]) => [f2(46, seen!, len!)]);
  private readonly pos = new Memo([8, 8], ([pos1, pos0]) => [f2(48, pos1!, pos0!)]);
  private readonly wordPos = new Memo([8, 8], ([end, start]) => [f2(50, end!, start!)]);
  private readonly labels = new Memo([1, 1, 2, 10], ([y2, y1, fb, tt]) => [f1(27, y1!), f2(28, y1!, y2!), f3(30, y1!, tt! >> 5, tt! & 31), f2(31, y1!, fb!)]);
  private readonly hashed = new Int32Array(HASHED);
  // per unit of the current sentence: score without the label templates; the label memo's index
  // without the labels; the key-by-label weight (template 29) for a previous label I and B;
  // whether a lexicon word crosses the boundary before it
  private fixed = new Int32Array(0);
  private dyn = new Int32Array(0);
  private y0 = new Int32Array(0);
  private y1 = new Int32Array(0);
  private crosses = new Uint8Array(0);

  constructor(weights: SparseWeights, private readonly f: Featurizer) {
    this.weights = weights;
  }

  /** Label units [0, u.n) B or I, as `labelUnits` would; the featurizer must be prepared for them. */
  label(u: Units, out: Uint8Array): void {
    const n = u.n;
    this.ensure(n);
    this.unitTemplates(u, n);
    this.keyTemplates(n);
    this.pairTemplates(n);
    const { fixed, dyn, y0, y1 } = this;
    const labels = this.labels.cells;
    let l1 = B;
    let l2 = B;
    for (let i = 0; i < n; i++) {
      let y = B;
      if (!forcedStart(u, i)) {
        const x = dyn[i]! | (l2 << 13) | (l1 << 12);
        const m = labels[x]!;
        const sum = m ? m - FILLED : this.labels.fill(x, this.weights);
        y = fixed[i]! + sum + (l1 === B ? y1[i]! : y0[i]!) > 0 ? B : I;
      }
      out[i] = y;
      l2 = l1;
      l1 = y;
    }
  }

  private ensure(n: number): void {
    if (this.fixed.length >= n) return;
    const cap = Math.max(64, n * 2);
    this.fixed = new Int32Array(cap);
    this.dyn = new Int32Array(cap);
    this.y0 = new Int32Array(cap);
    this.y1 = new Int32Array(cap);
    this.crosses = new Uint8Array(cap);
  }

  /** `fixed` = unit i's templates other than the key-only and label ones; `dyn` = its label memo index. */
  private unitTemplates(u: Units, n: number): void {
    const { f, fixed, dyn, crosses, hashed } = this;
    const { key, shape, hasAssoc } = f;
    const { dir, vals, mask } = this.weights;
    const bias = this.weights.get(41);
    const shapes3 = this.shapes3.cells, shapes2 = this.shapes2.cells, spans = this.spans.cells, cross = this.cross.cells;
    const startsEnds = this.startsEnds.cells, lists = this.lists.cells, fbShapes = this.fbShapes.cells;
    const seenShapes = this.seenShapes.cells, seenCross = this.seenCross.cells, pos = this.pos.cells, wordPos = this.wordPos.cells;
    for (let i = 0; i < n; i++) {
      fixed[i] = 0;
      crosses[i] = 0;
      if (forcedStart(u, i)) continue;
      const p = i + 2;
      const s0 = key[p]!, s1 = key[p - 1]!, s2 = key[p - 2]!, n1 = key[p + 1]!, n2 = key[p + 2]!;
      const t0 = shape[p]!, t1 = shape[p - 1]!, t2 = shape[p - 2]!, u1 = shape[p + 1]!;
      const c = f.context(i);
      const { crossLen, f: fw, b: bw, seen } = c;
      const tt = (t1 << 5) | t0;
      crosses[i] = crossLen > 0 ? 1 : 0;
      dyn[i] = (((fw << 1) | bw) << 10) | tt;
      // hashed per unit: the n-grams that are not pairs (10-13), association × crossing length (34)
      hashed[0] = f2(10, s1, n1);
      hashed[1] = f3(11, s2, s1, s0);
      hashed[2] = f3(12, s1, s0, n1);
      hashed[3] = f3(13, s0, n1, n2);
      let k = 4;
      if (hasAssoc) hashed[k++] = f2(34, c.pair, crossLen);
      let sum = bias;
      // SparseWeights.get inline and without a branch (whether a weight is zero is a coin toss the
      // CPU would mispredict; this way the table reads of all the features overlap)
      for (let j = 0; j < k; j++) {
        const h = hashed[j]! & mask;
        const word = dir[(h >> 5) << 1]!;
        const bit = h & 31;
        let x = word & ((1 << bit) - 1);
        x -= (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0f0f0f0f;
        sum += vals[dir[((h >> 5) << 1) + 1]! + (Math.imul(x, 0x01010101) >>> 24)]! * ((word >>> bit) & 1);
      }
      // memoised: shapes (14-17), lexicon words around the boundary (18-21, 42-44, 49), longest
      // matching (22-26), treebank pair counts (45-47), parts of speech (48, 50)
      let x = (t1 << 10) | (t0 << 5) | u1;
      let v = shapes3[x]!;
      sum += v ? v - FILLED : this.shapes3.fill(x, this.weights);
      x = (t2 << 10) | tt;
      v = shapes2[x]!;
      sum += v ? v - FILLED : this.shapes2.fill(x, this.weights);
      x = c.span;
      v = spans[x]!;
      sum += v ? v - FILLED : this.spans.fill(x, this.weights);
      x = (crossLen << 13) | (c.crossLists << 8) | c.crossPos;
      v = cross[x]!;
      sum += v ? v - FILLED : this.cross.fill(x, this.weights);
      x = ((c.starts >> 1) << 6) | (c.ends >> 1);
      v = startsEnds[x]!;
      sum += v ? v - FILLED : this.startsEnds.fill(x, this.weights);
      x = (c.crossLists << 10) | (c.endLists << 5) | c.startLists;
      v = lists[x]!;
      sum += v ? v - FILLED : this.lists.fill(x, this.weights);
      x = (fw << 14) | (bw << 13) | (crossLen << 10) | tt;
      v = fbShapes[x]!;
      sum += v ? v - FILLED : this.fbShapes.fill(x, this.weights);
      x = (seen << 10) | tt;
      v = seenShapes[x]!;
      sum += v ? v - FILLED : this.seenShapes.fill(x, this.weights);
      x = (seen << 3) | crossLen;
      v = seenCross[x]!;
      sum += v ? v - FILLED : this.seenCross.fill(x, this.weights);
      x = (c.pos1 << 8) | c.pos0;
      v = pos[x]!;
      sum += v ? v - FILLED : this.pos.fill(x, this.weights);
      x = (c.endPos << 8) | c.startPos;
      v = wordPos[x]!;
      sum += v ? v - FILLED : this.wordPos.fill(x, this.weights);
      fixed[i] = sum;
    }
  }

  /** Add each form's templates (1-5, 29, 37-40) to the units whose window holds it. */
  private keyTemplates(n: number): void {
    const { f, fixed, y0, y1, crosses } = this;
    const fresh = this.resets !== f.formResets;
    this.resets = f.formResets;
    this.recs = sized(this.recs, f.formCapacity * STRIDE, fresh);
    const { recs } = this;
    const { formId, key } = f;
    const { fmm, bmm } = f;
    for (let p = 0; p < n + 4; p++) {
      const id = formId[p]!;
      const o = id * STRIDE;
      if (recs[o] === 0) this.fillRecord(o, key[p]!);
      const i = p - 2;
      if (i >= 0 && i < n) {
        fixed[i] += recs[o + S0]! + recs[o + S0_CROSS + crosses[i]!]! + recs[o + S0_B + bmm[i]!]!;
        y0[i] = recs[o + Y1_S0]!;
        y1[i] = recs[o + Y1_S0 + 1]!;
      }
      if (i + 1 >= 0 && i + 1 < n) fixed[i + 1] += recs[o + S1]! + recs[o + S1_CROSS + crosses[i + 1]!]! + recs[o + S1_F + fmm[i + 1]!]!;
      if (i - 1 >= 0 && i - 1 < n) fixed[i - 1] += recs[o + N1]!;
      if (i + 2 < n) fixed[i + 2] += recs[o + S2]!;
      if (i - 2 >= 0 && i - 2 < n) fixed[i - 2] += recs[o + N2]!;
    }
  }

  /** Add each pair's templates (6-9, 35, 36, 51, 52, 32, 33) to the units whose window holds it. */
  private pairTemplates(n: number): void {
    const { f, fixed } = this;
    const { formId, pairAt, pairCells } = f;
    for (let p = 1; p < n + 4; p++) {
      let cells = pairCells;
      let o = pairAt[p]!;
      if (o < 0 || cells[o + P_KEY] !== ((formId[p - 1]! << 15) | formId[p]!)) {
        // not memoised, or its cell went to a later pair of the sentence
        cells = this.scratch;
        o = 0;
        this.fillPair(cells, o, p);
      } else if (cells[o + P_S1S0] === NO_SUMS) this.fillPair(cells, o, p);
      // the pair is (s1, s0) of unit p - 2, (s0, n1) of p - 3, (s2, s1) of p - 1, (n1, n2) of p - 4
      if (p - 2 >= 0 && p - 2 < n) fixed[p - 2] += cells[o + P_S1S0]!;
      if (p - 3 >= 0 && p - 3 < n) fixed[p - 3] += cells[o + P_S0N1]!;
      if (p - 1 < n) fixed[p - 1] += cells[o + P_S2S1]!;
      if (p - 4 >= 0) fixed[p - 4] += cells[o + P_N1N2]!;
    }
  }

  /** The sums of the pair of forms at padded positions p - 1, p (unit p - 2 is the second) into cells[o…]. */
  private fillPair(cells: Int32Array, o: number, p: number): void {
    const { f, weights } = this;
    const s1 = f.key[p - 1]!, s0 = f.key[p]!, t1 = f.shape[p - 1]!, t0 = f.shape[p]!;
    const i = p - 2;
    let sum = weights.get(f2(6, s1, s0)) + weights.get(f2(35, s1, t0)) + weights.get(f2(36, t1, s0)) + weights.get(f2(51, f.posAlone(i - 1), s0)) + weights.get(f2(52, s1, f.posAlone(i)));
    if (f.hasAssoc) {
      const pair = f.assocAt(i);
      sum += weights.get(f1(32, pair)) + weights.get(f2(33, pair, (t1 << 5) | t0));
    }
    cells[o + P_S1S0] = sum;
    cells[o + P_S0N1] = weights.get(f2(7, s1, s0));
    cells[o + P_S2S1] = weights.get(f2(8, s1, s0));
    cells[o + P_N1N2] = weights.get(f2(9, s1, s0));
  }

  private fillRecord(o: number, key: number): void {
    const { recs, weights } = this;
    recs[o] = 1;
    recs[o + S0] = weights.get(f1(1, key));
    recs[o + S1] = weights.get(f1(2, key));
    recs[o + N1] = weights.get(f1(3, key));
    recs[o + S2] = weights.get(f1(4, key));
    recs[o + N2] = weights.get(f1(5, key));
    for (let v = 0; v < 2; v++) {
      recs[o + Y1_S0 + v] = weights.get(f2(29, v, key));
      recs[o + S1_CROSS + v] = weights.get(f2(37, key, v));
      recs[o + S0_CROSS + v] = weights.get(f2(38, key, v));
      recs[o + S1_F + v] = weights.get(f2(39, key, v));
      recs[o + S0_B + v] = weights.get(f2(40, key, v));
    }
  }
}
