/**
 * What a document is about, as weighted terms for story clustering: its segmented words (title words
 * count three times: the title names the event), its entities by canonical identity (so "Mátxcơva", "Moskva"
 * and "Moscow" are one feature) and the exact days it mentions; plus the day it was published.
 */
import type { Doc } from '../core/doc.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import { matchKey } from '../text/fold.ts';
import { FUNCTION_SYLLABLES } from './sentences.ts';

/** The title names the event: its words count as this many body mentions (tuned on ViMs clusters 1–150). */
const TITLE_WEIGHT = 3;

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

/** True when text[from, to) is only spaces (two tokens are adjacent words). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && !(c > 127 && /\s/.test(text[i]!))) return false;
  }
  return true;
}

/** Raw term counts of one document. Prefixes keep the three kinds apart: words bare, `@` entities, `#` days. */
export function docTermCounts(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, n: number) => counts.set(t, (counts.get(t) ?? 0) + n);
  const blocks = doc.layers.blocks;
  let bi = 0;
  let prev = '';
  let prevEnd = -1;
  for (const tok of doc.layers.tokens) {
    if (tok.punct) {
      prev = '';
      continue;
    }
    while (bi < blocks.length && blocks[bi]!.end <= tok.start) bi++;
    const block = blocks[bi];
    if (!block || block.start > tok.start || !CONTENT_ROLES.has(block.role)) continue;
    const key = wordKey(doc.text.slice(tok.start, tok.end));
    const weight = block.role === 'title' ? TITLE_WEIGHT : 1;
    // Single digits and lone letters say nothing about the story.
    if (key.length >= 2 && !FUNCTION_SYLLABLES.has(key)) add(key, weight);
    // Adjacent word pairs ("giá xăng", "cá chết") name the event more precisely than either word.
    if (prev && !(FUNCTION_SYLLABLES.has(prev) && FUNCTION_SYLLABLES.has(key)) && onlySpaces(doc.text, prevEnd, tok.start)) add(`${prev}+${key}`, weight);
    prev = key;
    prevEnd = tok.end;
  }
  for (const e of doc.layers.entities) add(`@${matchKey(e.canonical)}`, 1);
  // Days mentioned, by month and day only: "ngày 19/5" is the same day whether or not its year was resolved.
  for (const t of doc.layers.timexes) {
    const m = /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/.exec(t.value);
    if (m) add(`#${m[1]}`, 1);
  }
  return counts;
}

/** Days since 1970-01-01 of a YYYY-MM-DD… value, or null. */
export function dayNumber(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** The day a document was published (or the earliest it can have been), for the date prior. */
export function publishedDay(doc: Doc): number | null {
  const p = doc.meta.published;
  return dayNumber(p.value) ?? dayNumber(p.earliest);
}

/** Term weights of one kind of feature relative to words. */
const KIND_WEIGHT = { word: 1, entity: 1.5, day: 0.7 } as const;
/** Terms kept per document vector: enough to describe an article, few enough for fast scoring. */
export const TERMS_PER_DOC = 80;

/**
 * Empty pseudo-documents added to the IDF's document count: in a small pile (a user's five articles of
 * one story) the story's own words are in most documents, and a plain IDF would discount exactly them.
 * Grammar words are dropped by list instead (FUNCTION_SYLLABLES), which does not depend on pile size.
 */
const PSEUDO_DOCS = 100;

export type SparseVector = Map<string, number>;

/**
 * Log-scaled TF × IDF, L2-normalised, truncated to the strongest terms (ties by term, so the result does
 * not depend on the order of `counts`). `df` and `n` are the document frequencies and document count the
 * IDF is taken from.
 */
export function tfidfVector(counts: Map<string, number>, df: ReadonlyMap<string, number>, n: number): SparseVector {
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [term, c] of counts) {
    const kind = term[0] === '@' ? KIND_WEIGHT.entity : term[0] === '#' ? KIND_WEIGHT.day : KIND_WEIGHT.word;
    const idf = Math.log((n + PSEUDO_DOCS) / ((df.get(term) ?? 0) + 1));
    if (idf <= 0) continue;
    terms.push(term);
    weights.push(kind * (1 + Math.log(c)) * idf);
  }
  // The weight of the TERMS_PER_DOC-th strongest term, found with a native numeric sort instead of sorting the terms.
  const cutoff = weights.length > TERMS_PER_DOC ? Float64Array.from(weights).sort()[weights.length - TERMS_PER_DOC]! : -Infinity;
  const top: [string, number][] = [];
  const tied: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (weights[i]! > cutoff) top.push([terms[i]!, weights[i]!]);
    else if (weights[i] === cutoff) tied.push(terms[i]!);
  }
  tied.sort();
  for (const t of tied.slice(0, TERMS_PER_DOC - top.length)) top.push([t, cutoff]);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return new Map(top.map(([t, w]) => [t, w / norm]));
}
