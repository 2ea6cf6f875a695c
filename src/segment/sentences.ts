/**
 * Sentence splitting for Vietnamese news, inside one block at a time (a sentence never crosses a
 * block, and every block with text is at least one sentence: headlines and captions have no final
 * punctuation). A boundary is a run of . ! ? … (plus closing quotes/brackets) followed by white
 * space and something that can start a sentence. Everything is one linear scan: 10 MB lines exist.
 */
import type { Doc } from '../core/doc.ts';
import type { Sentence } from '../core/layers.ts';
import type { Span } from '../core/span.ts';

// Titles and abbreviations that precede a name or a number, so a period after them never ends a
// sentence ("PGS. TS. Nguyễn", "TP. Hồ Chí Minh", "Mr. Smith"). Lower-cased, without the dot.
export const NO_BREAK_AFTER: ReadonlySet<string> = new Set([
  'tp', 'tt', 'tx', 'ts', 'pgs', 'gs', 'ths', 'th.s', 'bs', 'bsckii', 'bscki', 'ks', 'cn', 'ncs', 'lg', 'ls', 'nxb',
  'pgs.ts', 'gs.ts', 'gs.tskh', 'tskh', 'pgs.tskh', 'ts.bs', 'ths.bs', 'ttưt', 'ttnd', 'nsnd', 'nsưt', 'đ/c', 'q', 'p', 'h',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'tr', 'gen', 'lt', 'col', 'sgt', 'capt', 'rev', 'hon',
  'inc', 'co', 'corp', 'ltd',
]);
const OPENERS = '“"‘«(['; // may open a sentence
const CLOSERS = '”"’»)]\''; // may trail the final punctuation
const TERMINAL = /[.!?…]+/g;
const LIST_MARKER = /^(?:[-–—•*+]|\d{1,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)])$/;
/** A quoted or bracketed stretch longer than this is treated as unbalanced, not as one sentence. */
const MAX_EMBEDDED = 1500;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f';
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

const LEFT_DQ = 0x201c, RIGHT_DQ = 0x201d, DQ = 0x22, LEFT_PAREN = 0x28, RIGHT_PAREN = 0x29, LEFT_GUILLEMET = 0xab, RIGHT_GUILLEMET = 0xbb;

/**
 * Quoted (“…”, "…") and bracketed stretches that sit inside a larger sentence: text before the
 * opener on the same sentence, or a reporting clause after the closer (`"A. B.", ông X nói.`).
 * Boundaries inside them are not sentence ends. Returned as sorted, non-overlapping spans.
 */
function embeddedRegions(text: string, from: number, to: number): Span[] {
  const regions: Span[] = [];
  let open = -1;
  // the closers of the open quote or bracket, as char codes (one of them, or the same one twice):
  // this looks at every character, and a one-character string of a Vietnamese letter is a new string
  let closeA = 0, closeB = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === LEFT_DQ || c === DQ || c === LEFT_PAREN || c === LEFT_GUILLEMET) {
        open = i;
        closeA = c === LEFT_PAREN ? RIGHT_PAREN : c === LEFT_GUILLEMET ? RIGHT_GUILLEMET : RIGHT_DQ;
        closeB = c === LEFT_PAREN || c === LEFT_GUILLEMET ? closeA : DQ;
      }
      continue;
    }
    if (i - open > MAX_EMBEDDED) {
      i = open; // unbalanced: give up on this opener, rescan after it
      open = -1;
      continue;
    }
    if (c === closeA || c === closeB) {
      if (isEmbedded(text, from, to, open, i)) regions.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return regions;
}

function isEmbedded(text: string, from: number, to: number, open: number, close: number): boolean {
  // Something other than a sentence end right before the opener: `nói: “…”`, `rằng "…"`.
  let j = open - 1;
  while (j >= from && isSpace(text[j])) j--;
  if (j >= from && !/[.!?…]/.test(text[j]!)) return true;
  // A reporting clause right after the closer: `…", ông X nói.`
  let k = close + 1;
  while (k < to && isSpace(text[k])) k++;
  return k < to && (text[k] === ',' || text[k] === ':' || text[k] === ';' || isLower(text[k]) || text[k] === '–' || text[k] === '-');
}

/** The white-space-delimited word ending at `end` (exclusive), at most 24 chars back. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && end - i < 24 && !isSpace(text[i - 1])) i--;
  return text.slice(i, end);
}

function canStartSentence(text: string, k: number): boolean {
  const c = text[k];
  if (c === undefined) return false;
  if (isUpper(c) || isDigit(c) || OPENERS.includes(c)) return true;
  // a dash or bullet opening a list item or a credit ("- Ảnh: KCNA")
  return (c === '-' || c === '–' || c === '—' || c === '•') && isSpace(text[k + 1]);
}

/** Is the period that ends `word` part of an abbreviation or an initial rather than a sentence end? */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[“"‘«(\[]+/, '').slice(0, -1); // drop the final '.'
  if (!bare) return false;
  if (NO_BREAK_AFTER.has(bare.toLowerCase())) return true;
  // A single capital (an initial: "J. Biden") or dotted capitals ("U.S.", "T.Ư.").
  return /^\p{Lu}$/u.test(bare) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(bare);
}

/** The longest LIST_MARKER match ("XVIII)"). */
const MAX_LIST_MARKER = 7;
const TRIMMED = /\s/; // what String.prototype.trim removes

/** Is text[start, end), trimmed, a list marker? Without slicing the whole stretch (this runs at every boundary). */
function isListMarker(text: string, start: number, end: number): boolean {
  while (start < end && TRIMMED.test(text[start]!)) start++;
  while (end > start && TRIMMED.test(text[end - 1]!)) end--;
  return end - start <= MAX_LIST_MARKER && LIST_MARKER.test(text.slice(start, end));
}

/**
 * Stretches of a block that never share a sentence: separated by a blank line, or by a line break
 * that opens a list item ("- …", "• …", "1. …").
 */
function hardPieces(text: string, from: number, to: number): Span[] {
  const pieces: Span[] = [];
  let start = from;
  let nl = text.indexOf('\n', from);
  while (nl >= 0 && nl < to) {
    let k = nl + 1;
    while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
    let w = k;
    while (w < to && !isSpace(text[w])) w++;
    if (text[k] === '\n' || (w < to && LIST_MARKER.test(text.slice(k, w)))) {
      pieces.push({ start, end: nl });
      start = nl + 1;
    }
    nl = text.indexOf('\n', nl + 1);
  }
  pieces.push({ start, end: to });
  return pieces;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

function splitPiece(text: string, from: number, to: number, out: Span[]): void {
  const regions = embeddedRegions(text, from, to);
  let r = 0;
  let start = from;
  TERMINAL.lastIndex = from;
  for (let m = TERMINAL.exec(text); m && m.index < to; m = TERMINAL.exec(text)) {
    const punct = m.index;
    let end = Math.min(punct + m[0].length, to);
    while (end < to && CLOSERS.includes(text[end]!)) end++;
    if (end >= to) break; // the piece's end closes the last sentence anyway
    if (!isSpace(text[end])) continue; // 11.000, TP.HCM, 3.5, `B.",`
    while (r < regions.length && regions[r]!.end <= punct) r++;
    const region = regions[r];
    if (region && region.start <= punct && end <= region.end) continue; // inside an embedded quote
    let k = end;
    while (k < to && isSpace(text[k])) k++;
    if (k >= to) break;
    if (!text.slice(end, k).includes('\n')) {
      if (!canStartSentence(text, k)) continue; // "tương hỗ... có thể", "v.v. và"
      if (m[0] === '.' && isAbbreviation(wordBefore(text, from, punct + 1))) continue;
      if (isListMarker(text, start, end)) continue; // "1. Nội dung"
    }
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, to, out);
}

/** Sentence spans inside text[from, to), trimmed; at least one when the stretch has text. */
export function splitSpan(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const p of hardPieces(text, from, to)) splitPiece(text, p.start, p.end, out);
  return out;
}

/** Sentences of every annotated block (content plus datelines, bylines and credits), in order. */
export function splitSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.annotatedBlocks()) for (const s of splitSpan(doc.text, b.start, b.end)) out.push(s);
  return out;
}
