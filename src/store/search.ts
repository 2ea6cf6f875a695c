/** Accent-blind search helpers: fold the query like the stored copy, and cut a snippet around the hit. */
import type { Span } from '../core/span.ts';
import { foldDiacritics } from '../text/fold.ts';

/** Words longer than this are not indexed (PostgreSQL refuses lexemes over 2 KB; real words are short). */
const MAX_WORD = 100;
/** PostgreSQL keeps positions 1…16383 and at most 256 of them per lexeme. */
const MAX_POS = 16383;
const MAX_POSITIONS = 256;

/** Folded text → its words, the same way for documents and queries. */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w && w.length <= MAX_WORD);
}

/** The words of a query, folded: "Triều Tiên!" → ["trieu", "tien"]. */
export function queryTerms(q: string): string[] {
  return [...new Set(words(foldDiacritics(q)))].slice(0, 16);
}

const quoteLexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A tsvector literal of folded title (weight A) and body words, with positions for cover-density ranking. */
export function tsvectorLiteral(foldedTitle: string, foldedBody: string): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  const add = (text: string, weight: string) => {
    for (const w of words(text)) {
      pos = Math.min(pos + 1, MAX_POS);
      let list = positions.get(w);
      if (!list) positions.set(w, (list = []));
      if (list.length < MAX_POSITIONS) list.push(`${pos}${weight}`);
    }
  };
  add(foldedTitle, 'A');
  add(foldedBody, '');
  return [...positions].map(([w, ps]) => `${quoteLexeme(w)}:${ps.join(',')}`).join(' ');
}

/** A tsquery literal requiring every term. */
export const tsqueryLiteral = (terms: string[]) => terms.map(quoteLexeme).join(' & ');

/** A tsquery literal of the terms as one phrase (adjacent, in order), optionally only in weight `weight` (A: the title). */
export const tsphraseLiteral = (terms: string[], weight = '') => terms.map((t) => `${quoteLexeme(t)}${weight ? `:${weight}` : ''}`).join(' <-> ');

/**
 * `text` folded, with the offset in `text` of every folded character. Folding keeps the length for
 * Vietnamese (one precomposed letter → one base letter); the slow path handles anything that does not.
 */
export function foldWithOffsets(text: string): { folded: string; at: (i: number) => number } {
  const fast = foldDiacritics(text);
  if (fast.length === text.length) return { folded: fast, at: (i) => i };
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldDiacritics(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(text.length);
  return { folded: parts.join(''), at: (j) => offsets[Math.min(j, offsets.length - 1)]! };
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** The first whole-word occurrence of `needle` in folded `hay` from `from`, or -1. */
function findWord(hay: string, needle: string, from = 0): number {
  let i = hay.indexOf(needle, from);
  while (i >= 0 && (isWordChar(hay[i - 1]) || isWordChar(hay[i + needle.length]))) i = hay.indexOf(needle, i + 1);
  return i;
}

export interface Snippet {
  text: string;
  /** hits inside `text` */
  marks: Span[];
  /** the best hit in the document's text (the phrase when it occurs, else the first word found) */
  match: Span | null;
}

/** Where `needle` first occurs as whole words in `text` within `spans` (folded lazily, once each), in `text` offsets. */
function findIn(text: string, spans: Span[], folds: ReturnType<typeof foldWithOffsets>[], needle: string): Span | null {
  for (let k = 0; k < spans.length; k++) {
    const b = spans[k]!;
    const { folded, at } = (folds[k] ??= foldWithOffsets(text.slice(b.start, b.end)));
    const i = findWord(folded, needle);
    if (i >= 0) return { start: b.start + at(i), end: b.start + at(i + needle.length) };
  }
  return null;
}

/** A snippet of `text` around the query's best hit inside `within` (the article content). */
export function snippet(text: string, within: Span[], terms: string[], width = 220): Snippet {
  const spans = within.length ? within : [{ start: 0, end: text.length }];
  const folds: ReturnType<typeof foldWithOffsets>[] = [];
  let match: Span | null = null;
  for (const needle of terms.length > 1 ? [terms.join(' '), ...terms] : terms) {
    if ((match = findIn(text, spans, folds, needle))) break;
  }
  const home = (match && spans.find((b) => b.start <= match!.start && match!.end <= b.end)) ?? spans[0]!;
  let s = Math.max(home.start, (match?.start ?? home.start) - Math.floor(width / 3));
  while (s > home.start && isWordChar(text[s - 1])) s--;
  const end = Math.min(home.end, s + width);
  const prefix = s > home.start ? '…' : '';
  const piece = text.slice(s, end);
  const { folded, at } = foldWithOffsets(piece);
  const marks: Span[] = [];
  for (const t of terms) {
    for (let i = findWord(folded, t); i >= 0; i = findWord(folded, t, i + t.length)) {
      marks.push({ start: prefix.length + at(i), end: prefix.length + at(i + t.length) });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: `${prefix}${piece}${end < home.end ? '…' : ''}`, marks, match };
}
