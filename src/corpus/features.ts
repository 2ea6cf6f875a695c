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
    const key = matchKey(doc.text.slice(tok.start, tok.end)).replace(/\s+/g, '_');
    const weight = block.role === 'title' ? TITLE_WEIGHT : 1;
    // Single digits and lone letters say nothing about the story.
    if (key.length >= 2 && !FUNCTION_SYLLABLES.has(key)) add(key, weight);
    // Adjacent word pairs ("giá xăng", "cá chết") name the event more precisely than either word.
    if (prev && !(FUNCTION_SYLLABLES.has(prev) && FUNCTION_SYLLABLES.has(key)) && /^\s*$/.test(doc.text.slice(prevEnd, tok.start))) add(`${prev}+${key}`, weight);
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
 * Log-scaled TF × IDF, L2-normalised, truncated to the strongest terms.
 * `df` and `n` are the document frequencies and document count the IDF is taken from.
 */
export function tfidfVector(counts: Map<string, number>, df: (term: string) => number, n: number): SparseVector {
  const weighted: [string, number][] = [];
  for (const [term, c] of counts) {
    const kind = term[0] === '@' ? KIND_WEIGHT.entity : term[0] === '#' ? KIND_WEIGHT.day : KIND_WEIGHT.word;
    const idf = Math.log((n + PSEUDO_DOCS) / (df(term) + 1));
    if (idf <= 0) continue;
    weighted.push([term, kind * (1 + Math.log(c)) * idf]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, TERMS_PER_DOC);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return new Map(top.map(([t, w]) => [t, w / norm]));
}
