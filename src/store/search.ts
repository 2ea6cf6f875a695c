/** Accent-blind search helpers: fold the query like the stored copy, and cut a snippet around the hit. */
import type { Span } from '../core/span.ts';
import { foldDiacritics } from '../text/fold.ts';

/** The words of a query, folded: "Triều Tiên!" → ["trieu", "tien"]. */
export function queryTerms(q: string): string[] {
  return [...new Set(foldDiacritics(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 16);
}

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

/** Where `needle` first occurs as whole words in `text` within `spans`, in `text` offsets. */
function findIn(text: string, spans: Span[], needle: string): Span | null {
  for (const b of spans) {
    const { folded, at } = foldWithOffsets(text.slice(b.start, b.end));
    const i = findWord(folded, needle);
    if (i >= 0) return { start: b.start + at(i), end: b.start + at(i + needle.length) };
  }
  return null;
}

/** A snippet of `text` around the query's best hit inside `within` (the article content). */
export function snippet(text: string, within: Span[], terms: string[], width = 220): Snippet {
  const spans = within.length ? within : [{ start: 0, end: text.length }];
  let match: Span | null = null;
  for (const needle of terms.length > 1 ? [terms.join(' '), ...terms] : terms) {
    if ((match = findIn(text, spans, needle))) break;
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
