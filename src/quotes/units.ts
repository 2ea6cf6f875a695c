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
// one shared object for findQuoteRegions (V8 compiles a regexp to native code only after it has run a few times)
const MARKS = /["“”„‟«»‘’']/g;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR_RE.test(c);

/**
 * Pair quotation marks in `text[from, to)`. Straight quotes are opening or closing by what surrounds
 * them; single quotes count only outside double ones and not inside words (apostrophes).
 */
export function findQuoteRegions(text: string, from: number, to: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let dOpen = -1;
  let sOpen = -1;
  const marks = MARKS;
  marks.lastIndex = from;
  for (let found = marks.exec(text); found && found.index < to; found = marks.exec(text)) {
    const i = found.index;
    const c = found[0];
    const isDouble = c === '"' || OPEN_DOUBLE.has(c) || CLOSE_DOUBLE.has(c);
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

const UPPER_RE = /\p{Lu}/u;
/** - . ' ’ inside a word: "Jean-Pierre", "11.000" */
const isJoiner = (c: number) => c === 45 || c === 46 || c === 39 || c === 0x2019;

/** Letters, digits and combining marks; a fast path for the Latin ranges Vietnamese uses. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_CHAR_RE.test(String.fromCharCode(c));
}

const isSpaceCode = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;

// What the tokenizer asks of a code unit, as bits: one table lookup per character below U+2000
// (every Vietnamese letter) instead of a chain of range tests.
const WORD = 1;
/** lower-casing changes it (at U+2000 and above: assumed to) */
const CASED = 2;
const SPACE = 4;
/** a combining mark U+0300–U+036F: decomposed text needs NFC before lexicon lookups */
const COMBINING = 8;
const CLASS = new Uint8Array(0x2000);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (isWordCode(c) ? WORD : 0) | (ch.toLowerCase() !== ch ? CASED : 0) | (isSpaceCode(c) ? SPACE : 0) | (c >= 0x300 && c <= 0x36f ? COMBINING : 0);
}
const classOf = (c: number): number => (c < 0x2000 ? CLASS[c]! : (isWordCode(c) ? WORD : 0) | CASED | (isSpaceCode(c) ? SPACE : 0));

/** Syllable and punctuation tokens of `text[from, to)`, each marked with its quotation region. */
export function tokenize(text: string, from: number, to: number, regions: QuoteRegion[]): Tok[] {
  // most text is composed: it is read once, and again only when a combining mark turns up
  return scanTokens(text, from, to, regions, false) ?? scanTokens(text, from, to, regions, true)!;
}

/** The tokens; null when a combining mark turns up in text read as composed (`decomposed` false). */
function scanTokens(text: string, from: number, to: number, regions: QuoteRegion[], decomposed: boolean): Tok[] | null {
  const out: Tok[] = [];
  let r = 0;
  let i = from;
  while (i < to) {
    let k = classOf(text.charCodeAt(i));
    if (k & SPACE) {
      i++;
      continue;
    }
    const s = i;
    const w = (k & WORD) !== 0;
    let seen = k;
    if (w) {
      i++;
      for (;;) {
        while (i < to && ((k = classOf(text.charCodeAt(i))) & WORD)) {
          seen |= k;
          i++;
        }
        if (i + 1 < to && isJoiner(text.charCodeAt(i)) && ((k = classOf(text.charCodeAt(i + 1))) & WORD)) {
          seen |= k;
          i += 2;
        } else break;
      }
    } else {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    if (seen & COMBINING && !decomposed) return null;
    while (r < regions.length && regions[r]!.close < s) r++;
    const reg = regions[r];
    const q = reg && s > reg.open && s < reg.close ? r : -1;
    const raw = text.slice(s, i);
    if (!decomposed && !(seen & CASED)) {
      out.push({ s, e: i, low: raw, w, cap: false, q });
      continue;
    }
    const low = (decomposed ? raw.normalize('NFC') : raw).toLowerCase();
    out.push({ s, e: i, low, w, cap: w && low[0] !== raw[0] && UPPER_RE.test(raw[0]!), q });
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
    if (t.w || !TERMINATORS.has(t.low)) continue;
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
