/**
 * Splitting a story that holds two events. Centroid clustering joins an article to the story it is most
 * like, so two events on one topic (a runway breaks up; days later it is repaired) can end up in one
 * story with a centroid that sits between them. Each batch story is therefore bisected and the cut kept
 * only when the two parts are clearly apart:
 *
 * 1. Similarity of two articles: cosine of their TF-IDF vectors × a date discount with a low floor
 *    (an event and its follow-up a week later are two events when their words also differ).
 * 2. Spectral bisection (Shi & Malik 2000): the articles ordered by the second eigenvector of the
 *    normalised similarity matrix, found by power iteration.
 * 3. A sweep over that order picks the cut with the lowest separation ratio — the mean similarity across
 *    the cut over the geometric mean of the mean similarities within each part. The ratio does not depend
 *    on the scale of the cosines, which falls as a pile gets smaller (a pile's own IDF discounts the words
 *    its story shares), so one threshold fits five articles and ten thousand.
 * The parts are bisected again until no cut passes. A part is never smaller than two articles: a lone
 * outlier is the join threshold's business, not this pass's.
 */
import type { SparseVector } from './features.ts';
import { dateFactor } from './incremental.ts';

/** A cut is kept when the parts' cross similarity is below this fraction of their inner similarity; tuned on ViMs clusters 1–150. */
export const SPLIT_RATIO = 0.3;
/** Date discount floor between two articles of a story being split (joining uses DATE_FLOOR). */
const SPLIT_DATE_FLOOR = 0.2;
const MIN_PART = 2;
/** Larger stories are left whole: the pass is quadratic in a story's size (and such a story is a topic, not an event). */
const MAX_DOCS = 1500;
const POWER_ITERATIONS = 60;

/** Dense scratch by term id for `similarities` (zero outside a call). */
let dense = new Float64Array(1 << 16);

function scatter(v: SparseVector, value: (w: number) => number): void {
  for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]!] = value(v.weights[i]!);
}

/** Dot product of `v` with the scattered vector, summed in `v`'s term order. */
function dotDense(v: SparseVector): number {
  let dot = 0;
  for (let i = 0; i < v.ids.length; i++) dot += v.weights[i]! * dense[v.ids[i]!]!;
  return dot;
}

/**
 * Dense similarity matrix of a story's articles (zero diagonal). Each cosine is summed over the shorter
 * vector's terms against the longer one scattered into a dense array.
 */
function similarities(vectors: SparseVector[], days: (number | null)[]): Float64Array {
  const k = vectors.length;
  let maxId = 0;
  for (const v of vectors) for (const id of v.ids) if (id > maxId) maxId = id;
  if (maxId >= dense.length) dense = new Float64Array(maxId + 1);
  const w = new Float64Array(k * k);
  const set = (i: number, j: number, dot: number) => {
    const d = days[i]!;
    const s = dot * dateFactor(days[j]!, d, d, SPLIT_DATE_FLOOR);
    w[i * k + j] = s;
    w[j * k + i] = s;
  };
  for (let x = 0; x < k; x++) {
    const vx = vectors[x]!;
    scatter(vx, (v) => v);
    for (let y = 0; y < k; y++) {
      if (y === x) continue;
      const vy = vectors[y]!;
      // the pair (i, j), i < j, is summed over i when i is not longer than j, else over j
      if (y > x ? vy.ids.length < vx.ids.length : vy.ids.length <= vx.ids.length) set(Math.min(x, y), Math.max(x, y), dotDense(vy));
    }
    scatter(vx, () => 0);
  }
  return w;
}

/** Indices ordered by the Fiedler vector of the normalised similarity D^-½ W D^-½. */
function spectralOrder(w: Float64Array, k: number): number[] {
  const sq = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    let d = 0;
    for (let j = 0; j < k; j++) d += w[i * k + j]!;
    sq[i] = Math.sqrt(d + 1e-12);
    total += d + 1e-12;
  }
  // The first eigenvector (eigenvalue 1) is √d; iterate on (M + I)/2, whose eigenvalues are ≥ 0, with it projected out.
  const top = Float64Array.from(sq, (x) => x / Math.sqrt(total));
  let v = Float64Array.from({ length: k }, (_, i) => Math.sin(i + 1));
  const next = new Float64Array(k);
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    let proj = 0;
    for (let i = 0; i < k; i++) proj += v[i]! * top[i]!;
    for (let i = 0; i < k; i++) v[i] = v[i]! - proj * top[i]!;
    let norm = 0;
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += (w[i * k + j]! / sq[j]!) * v[j]!;
      next[i] = (s / sq[i]! + v[i]!) / 2;
      norm += next[i]! * next[i]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < k; i++) v[i] = next[i]! / norm;
  }
  // A typed array: a plain array would switch between small-integer and double elements from one
  // story to the next, and V8 deoptimised this function on every switch.
  const f = new Float64Array(k);
  const order: number[] = [];
  for (let i = 0; i < k; i++) {
    f[i] = v[i]! / sq[i]!;
    order.push(i);
  }
  return order.sort((a, b) => f[a]! - f[b]! || a - b);
}

/** The best cut of `order` (as a prefix length) and its separation ratio; O(k²). */
function bestCut(w: Float64Array, k: number, order: number[]): { cut: number; ratio: number } {
  const inA = new Uint8Array(k);
  let within = 0; // sum over all pairs, then split as articles move to part A
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) within += w[i * k + j]!;
  let a = 0;
  let cross = 0;
  let b = within;
  let best = { cut: -1, ratio: Infinity };
  for (let c = 1; c < k - MIN_PART + 1; c++) {
    const x = order[c - 1]!;
    let toA = 0;
    let toB = 0;
    for (let j = 0; j < k; j++) {
      if (j === x) continue;
      if (inA[j]) toA += w[x * k + j]!;
      else toB += w[x * k + j]!;
    }
    inA[x] = 1;
    a += toA;
    b -= toB;
    cross += toB - toA;
    const na = c;
    const nb = k - c;
    if (na < MIN_PART || nb < MIN_PART) continue;
    const meanA = a / ((na * (na - 1)) / 2);
    const meanB = b / ((nb * (nb - 1)) / 2);
    const ratio = meanA > 0 && meanB > 0 ? cross / (na * nb) / Math.sqrt(meanA * meanB) : Infinity;
    if (ratio < best.ratio) best = { cut: c, ratio };
  }
  return best;
}

/**
 * The events of one story: groups of indices into `vectors` (unit TF-IDF vectors) and `days`
 * (publication days), one group when the story does not split.
 */
export function splitStory(vectors: SparseVector[], days: (number | null)[], ratio = SPLIT_RATIO): number[][] {
  const out: number[][] = [];
  const stack: number[][] = [vectors.map((_, i) => i)];
  while (stack.length) {
    const part = stack.pop()!;
    const k = part.length;
    if (k < 2 * MIN_PART || k > MAX_DOCS) {
      out.push(part);
      continue;
    }
    const w = similarities(part.map((i) => vectors[i]!), part.map((i) => days[i]!));
    const order = spectralOrder(w, k);
    const cut = bestCut(w, k, order);
    if (cut.cut < 0 || cut.ratio >= ratio) {
      out.push(part);
      continue;
    }
    stack.push(order.slice(cut.cut).map((i) => part[i]!), order.slice(0, cut.cut).map((i) => part[i]!));
  }
  return out.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
