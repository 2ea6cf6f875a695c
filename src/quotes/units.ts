/**
 * The text a quote finder reads: syllable tokens of one block, the quotation-mark pairs in it, and
 * sentence units that never cut a quotation (a quote may run over several sentences). Everything
 * here is one left-to-right pass over the block.
 */

export interface Tok {
  s: number;
  e: number;
  /** lower-case NFC form */
  low: string;
  /** a word (letters/digits), not punctuation */
  w: boolean;
  /** starts with an upper-case letter */
  cap: boolean;
  /** index of the quotation region the token lies in, or -1 */
  q: number;
}

/** A pair of quotation marks: `open`/`close` are the offsets of the marks themselves. */
export interface QuoteRegion {
  open: number;
  close: number;
  /** true when the block ended before a closing mark (a quote running over paragraphs) */
  unclosed: boolean;
}

export interface Unit {
  /** first and one-past-last token index */
  a: number;
  b: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»', '‟']);
const OPEN_SINGLE = new Set(['‘']);
const CLOSE_SINGLE = new Set(['’']);
export const QUOTE_CHARS = /["“”„‟«»‘’']/g;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/**
 * Pair quotation marks in `text[from, to)`. Straight quotes are opening or closing by what surrounds
 * them; single quotes count only outside double ones and not inside words (apostrophes).
 */
export function findQuoteRegions(text: string, from: number, to: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let dOpen = -1;
  let sOpen = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const isDouble = c === '"' || OPEN_DOUBLE.has(c) || CLOSE_DOUBLE.has(c);
    const isSingle = c === "'" || OPEN_SINGLE.has(c) || CLOSE_SINGLE.has(c);
    if (!isDouble && !isSingle) continue;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const canOpen = OPEN_DOUBLE.has(c) || OPEN_SINGLE.has(c) || ((c === '"' || c === "'") && (isSpace(prev) || prev === '(' || prev === ':' || prev === '-' || prev === '—') && !isSpace(next));
    const canClose = CLOSE_DOUBLE.has(c) || CLOSE_SINGLE.has(c) || ((c === '"' || c === "'") && !isSpace(prev) && (isSpace(next) || !isWordChar(next)));
    if (isDouble) {
      if (dOpen < 0) {
        if (canOpen || !canClose) dOpen = i;
      } else if (canClose || !canOpen) {
        if (i - dOpen > 1) out.push({ open: dOpen, close: i, unclosed: false });
        dOpen = -1;
        sOpen = -1;
      }
    } else if (dOpen < 0) {
      if (isWordChar(prev) && isWordChar(next)) continue; // apostrophe
      if (sOpen < 0) {
        if (canOpen) sOpen = i;
      } else if (canClose) {
        if (i - sOpen > 1) out.push({ open: sOpen, close: i, unclosed: false });
        sOpen = -1;
      }
    }
  }
  if (dOpen >= 0) {
    let end = to;
    while (end > dOpen + 1 && isSpace(text[end - 1])) end--;
    if (end - dOpen > 20) out.push({ open: dOpen, close: end, unclosed: true });
  }
  return out.sort((a, b) => a.open - b.open);
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-.'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_RE = /\p{Lu}/u;

/** Syllable and punctuation tokens of `text[from, to)`, each marked with its quotation region. */
export function tokenize(text: string, from: number, to: number, regions: QuoteRegion[]): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  let r = 0;
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = from + m.index;
    const raw = m[0];
    const w = raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw);
    while (r < regions.length && regions[r]!.close < s) r++;
    const reg = regions[r];
    const q = reg && s > reg.open && s < reg.close ? r : -1;
    out.push({ s, e: s + raw.length, low: raw.normalize('NFC').toLowerCase(), w, cap: w && UPPER_RE.test(raw[0]!), q });
  }
  return out;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);

/**
 * Sentence units: split after . ! ? … when a capital, digit or opening quote follows, never inside
 * a quotation and never after a single capital initial ("Kurt M. Campbell").
 */
export function splitUnits(toks: Tok[], regions: QuoteRegion[]): Unit[] {
  const out: Unit[] = [];
  const opens = new Set(regions.map((r) => r.open));
  let a = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!TERMINATORS.has(t.low)) continue;
    if (t.q >= 0) {
      // inside a quotation: a unit may end only where the quotation closes right after the terminator
      const reg = regions[t.q]!;
      const nx = toks[i + 1];
      if (!nx || nx.s !== reg.close) continue;
    }
    let j = i + 1;
    while (j < toks.length && (TERMINATORS.has(toks[j]!.low) || (CLOSERS.has(toks[j]!.low) && toks[j]!.q < 0 && !opens.has(toks[j]!.s)))) j++;
    const next = toks[j];
    if (!next) break;
    const prev = toks[i - 1];
    if (prev && prev.w && prev.low.length === 1 && prev.cap && t.low === '.') continue;
    if (!(next.cap || /^\p{N}/u.test(next.low) || OPEN_DOUBLE.has(next.low) || next.low === '"')) continue;
    out.push({ a, b: j });
    a = j;
    i = j - 1;
  }
  if (a < toks.length) out.push({ a, b: toks.length });
  return out;
}
