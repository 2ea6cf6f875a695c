/**
 * What a document is about, as weighted terms for story clustering: its segmented words (title words
 * count three times: the title names the event), its entities by canonical identity (so "Mátxcơva", "Moskva"
 * and "Moscow" are one feature) and the exact days it mentions; plus the day it was published.
 *
 * Terms are integer ids of a Vocabulary (vocabulary.ts); counts and vectors are parallel typed arrays in
 * the order the terms first occur in the document, so that every sum over them is taken in one order.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention, Timex } from '../core/layers.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import { matchKey } from '../text/fold.ts';
import { isSpace } from '../text/space.ts';
import { COUNTABLE, EMPTY, FUNCTION, Vocabulary } from './vocabulary.ts';

/** The title names the event: its words count as this many body mentions (tuned on ViMs clusters 1–150). */
const TITLE_WEIGHT = 3;

/** A document's raw term counts: term ids (first occurrence first) and their counts. */
export interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
}

/** A unit TF-IDF vector: term ids and weights, strongest terms only. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Word key of a token's text: matching key with spaces as "_". Memoised: the regex normalisation is
 * most of the cost of a document's features and a pile repeats a small vocabulary. The memo is
 * dropped when it grows past a bound, so a hostile pile cannot make it grow without limit.
 */
const keyMemo = new Map<string, string>();
const KEY_MEMO_MAX = 200_000;
function wordKey(raw: string): string {
  let key = keyMemo.get(raw);
  if (key === undefined) {
    if (keyMemo.size >= KEY_MEMO_MAX) keyMemo.clear();
    key = matchKey(raw).replace(/\s+/g, '_');
    keyMemo.set(raw, key);
  }
  return key;
}

/**
 * Per UTF-16 code unit: 1 for the characters that keep two tokens adjacent words (space, tab, line feed,
 * carriage return, and JavaScript's \s beyond ASCII). One table lookup rather than comparisons that
 * only a rare gap reaches: V8 deoptimised the counting loop the first time one did.
 */
const GAP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpace(c) && c !== 11 && c !== 12) GAP[c] = 1;

/** True when text[from, to) is only spaces (two tokens are adjacent words). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (GAP[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** Scratch per-id accumulator shared by all calls (single-threaded; never reentrant). */
let acc = new Float64Array(1 << 16);
const touched: number[] = [];

/**
 * Room in `acc` for ids below `ids`. Taken once per document, for the ids it can usually add, so that
 * growing is not first met deep inside the counting loop (V8 then threw its optimised code away).
 */
function reserveAcc(ids: number): void {
  if (ids <= acc.length) return;
  const bigger = new Float64Array(Math.max(ids, acc.length * 2));
  bigger.set(acc);
  acc = bigger;
}

function bump(id: number, n: number): void {
  if (id >= acc.length) reserveAcc(id + 1);
  if (acc[id] === 0) touched.push(id);
  acc[id]! += n;
}
function drain(): TermCounts {
  const ids = new Int32Array(touched.length);
  const counts = new Float64Array(touched.length);
  for (let i = 0; i < ids.length; i++) {
    const id = touched[i]!;
    ids[i] = id;
    counts[i] = acc[id]!;
    acc[id] = 0;
  }
  touched.length = 0;
  return { ids, counts };
}

const DAY_TERM = /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/;

/** Raw term counts of one document. Prefixes keep the three kinds apart: words bare, `@` entities, `#` days. */
export function termCounts(doc: Doc, vocab: Vocabulary): TermCounts {
  // Three loops in three functions: each is compiled on its own with its own type feedback, so a first
  // entity or timex shape does not throw away (and recompile) the optimised token loop.
  // A token adds at most a word and a pair id (but for words with "+", which bump makes room for).
  reserveAcc(vocab.size + 2 * doc.layers.tokens.length + doc.layers.entities.length + doc.layers.timexes.length);
  countWords(doc, vocab);
  countEntities(doc.layers.entities, vocab);
  countDays(doc.layers.timexes, vocab);
  return drain();
}

/** Token classes of `tokenWeight` besides a word's weight (1 or TITLE_WEIGHT). */
const PUNCT = -1; // punctuation: the next word starts no pair
const SKIP = 0; // a word outside the content blocks: neither counted nor breaking a pair

/** Scratch per-token spans and classes of `classifyTokens` (single-threaded; never reentrant). */
let tokenStart = new Int32Array(4096);
let tokenEnd = new Int32Array(4096);
let tokenWeight = new Int8Array(4096);

/**
 * Spans and classes of a document's tokens into the scratch arrays; returns how many tokens to count
 * (the tokens after the last block are not). Token objects come in two shapes (with and without `punct`);
 * reading them in this small loop, once, keeps the counting loop on typed arrays: with the objects in it,
 * V8 compiled the counting loop again for every shape and path it had not yet seen (5–12 times a run).
 */
function classifyTokens(doc: Doc): number {
  const blocks = doc.layers.blocks;
  const tokens = doc.layers.tokens;
  if (tokenStart.length < tokens.length) {
    tokenStart = new Int32Array(tokens.length * 2);
    tokenEnd = new Int32Array(tokens.length * 2);
    tokenWeight = new Int8Array(tokens.length * 2);
  }
  let bi = -1;
  // the current block: where it starts and ends, whether it is content, the weight of its words
  let blockStart = 0;
  let blockEnd = -1;
  let content = false;
  let weight = 1;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const start = tok.start;
    tokenStart[t] = start;
    tokenEnd[t] = tok.end;
    if (tok.punct === true) {
      tokenWeight[t] = PUNCT;
      continue;
    }
    if (start >= blockEnd) {
      do bi++;
      while (bi < blocks.length && blocks[bi]!.end <= start);
      const block = blocks[bi];
      if (!block) return t;
      blockStart = block.start;
      blockEnd = block.end;
      content = CONTENT_ROLES.has(block.role);
      weight = block.role === 'title' ? TITLE_WEIGHT : 1;
    }
    tokenWeight[t] = content && blockStart <= start ? weight : SKIP;
  }
  return tokens.length;
}

/** Content words and adjacent word pairs (title words count TITLE_WEIGHT times). */
function countWords(doc: Doc, vocab: Vocabulary): void {
  const n = classifyTokens(doc);
  const text = doc.text;
  const starts = tokenStart;
  const ends = tokenEnd;
  const weights = tokenWeight;
  let prev = -1; // word id of the previous token, -1 after punctuation
  let prevFlags = 0;
  let prevEnd = -1;
  for (let t = 0; t < n; t++) {
    const weight = weights[t]!;
    if (weight === PUNCT) {
      prev = -1;
      continue;
    }
    if (weight === SKIP) continue;
    const start = starts[t]!;
    const key = vocab.word(text, start, ends[t]!, wordKey);
    const flags = vocab.flags(key);
    // Single digits and lone letters say nothing about the story.
    if (flags & COUNTABLE) bump(key, weight);
    // Adjacent word pairs ("giá xăng", "cá chết") name the event more precisely than either word.
    if (prev >= 0 && !(prevFlags & EMPTY) && !(prevFlags & flags & FUNCTION) && onlySpaces(text, prevEnd, start)) {
      bump(vocab.pair(prev, key), weight);
    }
    prev = key;
    prevFlags = flags;
    prevEnd = ends[t]!;
  }
}

function countEntities(entities: readonly EntityMention[], vocab: Vocabulary): void {
  for (let i = 0; i < entities.length; i++) bump(vocab.entity(entities[i]!.canonical, matchKey), 1);
}

/** Days mentioned, by month and day only: "ngày 19/5" is the same day whether or not its year was resolved. */
function countDays(timexes: readonly Timex[], vocab: Vocabulary): void {
  for (let i = 0; i < timexes.length; i++) {
    const m = DAY_TERM.exec(timexes[i]!.value);
    if (m) bump(vocab.id(`#${m[1]}`), 1);
  }
}

/** Raw term counts of one document keyed by term string (what the store logs for replay). */
export function docTermCounts(doc: Doc): Map<string, number> {
  const vocab = new Vocabulary();
  const c = termCounts(doc, vocab);
  return new Map(Array.from(c.ids, (id, i) => [vocab.term(id), c.counts[i]!]));
}

/** Term counts keyed by string → ids of `vocab` (interned), in the map's order. */
export function internCounts(counts: ReadonlyMap<string, number>, vocab: Vocabulary): TermCounts {
  for (const [t, n] of counts) bump(vocab.id(t), n);
  return drain();
}

/** Days since 1970-01-01 of a YYYY-MM-DD… value, or null. */
export function dayNumber(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/**
 * A document's publication value and the earliest day it can be from. Every corpus stage reads them
 * through these two functions: a pile's metadata objects come in several shapes, and V8 learns them
 * once here (each stage reading them itself deoptimised its code for every shape it had not yet met).
 */
export function publishedValue(doc: Doc): string | null {
  return doc.meta.published.value;
}

export function publishedEarliest(doc: Doc): string | null {
  return doc.meta.published.earliest;
}

/** Publication order (undated last), then id. */
export function byPublished(a: Doc, b: Doc): number {
  return (publishedValue(a) ?? '9999').localeCompare(publishedValue(b) ?? '9999') || a.id.localeCompare(b.id);
}

/** The day a document was published (or the earliest it can have been), for the date prior. */
export function publishedDay(doc: Doc): number | null {
  return dayNumber(publishedValue(doc)) ?? dayNumber(publishedEarliest(doc));
}

/** Terms kept per document vector: enough to describe an article, few enough for fast scoring. */
export const TERMS_PER_DOC = 80;

/**
 * Empty pseudo-documents added to the IDF's document count: in a small pile (a user's five articles of
 * one story) the story's own words are in most documents, and a plain IDF would discount exactly them;
 * and the first article of an empty running index still gets a non-zero vector (log((1+1)/(1+1)) = 0).
 * Grammar words are dropped by list instead (FUNCTION_SYLLABLES), which does not depend on pile size.
 */
export const PSEUDO_DOCS = 100;

/** Document frequencies by term id; grows with the vocabulary. */
export class DocFrequencies {
  counts = new Int32Array(1024);
  n = 0;
  /** IDF by term id, valid where `idfAt` equals the document count it was taken at */
  private idfs = new Float64Array(1024);
  private idfAt = new Int32Array(1024).fill(-1);

  /** log((n + PSEUDO_DOCS) / (df + 1)), remembered until the next document is counted. */
  idf(id: number): number {
    if (id >= this.idfs.length) this.reserve(id);
    if (this.idfAt[id] === this.n) return this.idfs[id]!;
    this.idfAt[id] = this.n;
    return (this.idfs[id] = Math.log((this.n + PSEUDO_DOCS) / (this.counts[id]! + 1)));
  }

  get(id: number): number {
    return id < this.counts.length ? this.counts[id]! : 0;
  }

  /** Count one more document with these terms. */
  add(terms: TermCounts): void {
    this.n++;
    for (const id of terms.ids) {
      this.reserve(id);
      this.counts[id]!++;
    }
  }

  /** Set saved frequencies (StoryIndex.fromJSON). */
  load(entries: [number, number][], n: number): void {
    this.n = n;
    for (const [id, c] of entries) {
      this.reserve(id);
      this.counts[id] = c;
    }
  }

  private reserve(id: number): void {
    if (id < this.counts.length) return;
    const size = Math.max(id + 1, this.counts.length * 2);
    const counts = new Int32Array(size);
    counts.set(this.counts);
    this.counts = counts;
    const idfs = new Float64Array(size);
    idfs.set(this.idfs);
    this.idfs = idfs;
    const idfAt = new Int32Array(size).fill(-1);
    idfAt.set(this.idfAt);
    this.idfAt = idfAt;
  }
}

// Room for the terms of a long article from the start: growing first happened after V8 had optimised
// tfidfVector, which then threw its code away.
let scratchWeights = new Float64Array(1 << 14);
let scratchSort = new Float64Array(1 << 14);

/**
 * Log-scaled TF × IDF, L2-normalised, truncated to the strongest terms (ties by term string, so the
 * result does not depend on the order of the counts).
 */
export function tfidfVector(c: TermCounts, df: DocFrequencies, vocab: Vocabulary): SparseVector {
  const m = c.ids.length;
  if (scratchWeights.length < m) {
    scratchWeights = new Float64Array(m * 2);
    scratchSort = new Float64Array(m * 2);
  }
  const weights = scratchWeights;
  for (let i = 0; i < m; i++) {
    const id = c.ids[i]!;
    const idf = df.idf(id);
    // idf ≤ 0 cannot happen (df ≤ n), but a non-positive weight must never enter a vector.
    weights[i] = idf > 0 ? vocab.kind(id) * (1 + Math.log(c.counts[i]!)) * idf : -Infinity;
  }
  // The weight of the TERMS_PER_DOC-th strongest term, selected without sorting.
  let cutoff = 0;
  if (m > TERMS_PER_DOC) {
    const copy = scratchSort.subarray(0, m);
    copy.set(weights.subarray(0, m));
    cutoff = select(copy, m - TERMS_PER_DOC);
  }
  if (!(cutoff > 0)) cutoff = 0;
  let kept = 0;
  let tiedCount = 0;
  for (let i = 0; i < m; i++) {
    if (weights[i]! > cutoff) kept++;
    else if (weights[i] === cutoff) tiedCount++;
  }
  const tied = tiedCount && kept < TERMS_PER_DOC ? tiedTerms(c, weights, cutoff, TERMS_PER_DOC - kept, vocab) : NO_TIES;
  const size = kept + tied.length;
  const ids = new Int32Array(size);
  const out = new Float64Array(size);
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (weights[i]! > cutoff) {
      ids[k] = c.ids[i]!;
      out[k++] = weights[i]!;
    }
  }
  for (const i of tied) {
    ids[k] = c.ids[i]!;
    out[k++] = cutoff;
  }
  let norm2 = 0;
  for (let i = 0; i < size; i++) norm2 += out[i]! * out[i]!;
  const norm = Math.sqrt(norm2) || 1;
  for (let i = 0; i < size; i++) out[i] = out[i]! / norm;
  return { ids, weights: out };
}

const NO_TIES: readonly number[] = [];

/**
 * Positions of the terms weighing exactly `cutoff`, the first `room` of them by term string. A function
 * of its own: a first document with ties no longer throws away the optimised `tfidfVector`.
 */
function tiedTerms(c: TermCounts, weights: Float64Array, cutoff: number, room: number, vocab: Vocabulary): number[] {
  const tied: number[] = [];
  for (let i = 0; i < c.ids.length; i++) if (weights[i] === cutoff) tied.push(i);
  tied.sort((a, b) => vocab.compare(c.ids[a]!, c.ids[b]!));
  tied.length = Math.min(tied.length, room);
  return tied;
}

/** The k-th smallest value of `a` (0-based; Hoare's quickselect, reorders `a`). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

