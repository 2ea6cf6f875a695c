/**
 * Syllables of one line of text with what the recogniser needs to know about each: its matching
 * key, its capitalisation, what separates it from the previous syllable, and whether it starts a
 * sentence (where a capital letter is no evidence of a name).
 */
import { matchKey } from '../text/fold.ts';
import { hashStep, SeenTable } from '../text/seen.ts';
import { isVietSyllable } from './shape.ts';

/** What lies between a syllable and the one before it. */
export type Sep =
  | ' ' // white space only: the two may belong to one name
  | '-' // a bare hyphen or ampersand: Jong-un, Hwasong-17, Nga-Triều, NN&PTNT
  | ' - ' // a spaced dash: "châu Á - Thái Bình Dương" (inside a name) or a clause break
  | '.' // an initial's full stop: "Kurt M. Campbell"
  | 'p'; // anything else (punctuation, start of line): names never cross it

export interface Word {
  start: number;
  end: number;
  text: string;
  /** matchKey(text): lower case, new-style tones */
  key: string;
  sep: Sep;
  /** first letter upper case */
  cap: boolean;
  /** two or more letters, all upper case (REUTERS, NATO, HĐBA) */
  allCaps: boolean;
  digit: boolean;
  /** sentence-initial, or just after a colon or an opening quote */
  initial: boolean;
  /** what is known about this syllable's text wherever it occurs */
  syl: Syllable;
}

/** One syllable text's properties, shared by all its occurrences; the last two are worked out on first use. */
export interface Syllable {
  key: string;
  cap: boolean;
  allCaps: boolean;
  digit: boolean;
  /** isVietSyllable(text): 1 or 0, -1 until asked (see vietShaped) */
  viet: number;
  /** the recogniser's bit set of the tables something starts with this key in, -1 until it looks */
  starts: number;
}

// A syllable: letters, marks and digits (\p{L}\p{M}\p{N}), maybe with apostrophes inside ("O'Brien").
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Per UTF-16 unit: 1 word character, 0 not, -1 not looked at yet (filled in on first sight).
const WORD_UNIT = new Int8Array(0x10000).fill(-1);
/** 1 when the UTF-16 unit c (not a high surrogate) is a word character, else 0. */
function unitLen(c: number): number {
  const v = WORD_UNIT[c]!;
  return v >= 0 ? v : (WORD_UNIT[c] = c >= 0xd800 && c <= 0xdfff ? 0 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0);
}
/** Length (1 or 2 UTF-16 units) of the word character at i, or 0: astral letters come as surrogate pairs. */
function wordCharLen(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitLen(c);
  if (i + 1 >= end) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
// Characters after which the next word starts a sentence (or a quoted one).
const BREAK = /[.!?…:;“”"«»]|\n/;
const cap = (t: string) => UPPER.test(t);

// Per UTF-16 unit of a gap between syllables: SPACE when \s matches it, BREAK_MARK when BREAK does; -1 not looked at yet.
const SPACE = 1;
const BREAK_MARK = 2;
const GAP_UNIT = new Int8Array(0x10000).fill(-1);
function gapUnit(c: number): number {
  const v = GAP_UNIT[c]!;
  if (v >= 0) return v;
  const ch = String.fromCharCode(c);
  return (GAP_UNIT[c] = (/\s/.test(ch) ? SPACE : 0) | (BREAK.test(ch) ? BREAK_MARK : 0));
}

/** Does \s match the UTF-16 unit c? */
export const isSpaceUnit = (c: number): boolean => (gapUnit(c) & SPACE) !== 0;

// unusualGap()'s answer: the index of the separator here, plus GAP_INITIAL when a sentence starts after the gap
const GAP_SEPS: readonly Sep[] = ['p', ' ', '-', ' - ', '.'];
const GAP_INITIAL = 8;

/**
 * The separator a gap other than one space or ", " makes (text[from, to), between prev and a syllable
 * capitalised or not), read in one pass over its characters instead of cutting it out and trying
 * regexps. Every test runs on every call, so the tokenizer's optimised code does not meet a branch
 * it never saw and get thrown away. The rules, as regexps over the gap:
 *   '-', '‐', '&', or / +& +/ between capitalised words → '-' ("Jong-un", "NN&PTNT", "Pratt & Whitney");
 *   /^\s+$/ → ' ';  /^\s+[-–—]\s+$/ → ' - ';  '.' after an acronym or an initial, or /^\.\s+$/ after an
 *   initial, before a capital → '.'; any other gap holding one of BREAK starts a sentence.
 */
function unusualGap(text: string, from: number, to: number, prev: Word, capNext: boolean, second: boolean): number {
  const prevCap = prev.cap;
  const prevInitial = prev.initial;
  const prevShort = prev.text.length === 1;
  const prevAcronym = prev.allCaps || prevShort;
  // the gap read as: white space, one mark, white space, rest
  let mark = from;
  let plain = true; // the white space is plain spaces
  for (; mark < to && gapUnit(text.charCodeAt(mark)) & SPACE; mark++) if (text.charCodeAt(mark) !== 32) plain = false;
  if (mark === to) return 1; // white space only
  const m = text.charCodeAt(mark);
  let k = mark + 1;
  for (; k < to && gapUnit(text.charCodeAt(k)) & SPACE; k++) if (text.charCodeAt(k) !== 32) plain = false;
  const one = k === to; // nothing after the white space that follows the mark
  const before = mark - from;
  const after = k - mark - 1;
  const spaced = one && before > 0 && after > 0;
  let sep = 0;
  if (one && before === 0 && after === 0 && (m === 45 || m === 0x2010 || m === 38)) sep = 2;
  else if (spaced && m === 38 && plain && prevCap && capNext) sep = 2;
  else if (spaced && (m === 45 || m === 0x2013 || m === 0x2014)) sep = 3;
  else if (one && before === 0 && m === 46 && capNext && prevCap && (after === 0 ? prevAcronym : prevShort)) sep = 4;
  // a closing quote before a comma is no sentence start: the attribution goes on ("…”, So Se Pyong nói")
  let brk = false;
  let comma = -1;
  for (let n = from; n < to; n++) if (text.charCodeAt(n) === 44 && comma < 0) comma = n;
  for (let n = from; n < to; n++) {
    const c = text.charCodeAt(n);
    if (gapUnit(c) & BREAK_MARK && !(comma > n && (c === 0x201d || c === 0xbb || c === 34))) brk = true;
  }
  const initial = (sep === 0 && brk) || (sep === 3 && prevInitial && second);
  return initial ? sep + GAP_INITIAL : sep;
}

// News reuses a small vocabulary: computing a syllable's key once (NFC, tones, case) saves most of the work.
const PROPS = new Map<string, Syllable>();
function propsOf(t: string): Syllable {
  let p = PROPS.get(t);
  if (p) return p;
  if (PROPS.size > 200_000) PROPS.clear();
  const c = cap(t);
  p = { key: matchKey(t), cap: c, allCaps: c && t.length > 1 && !HAS_LOWER.test(t) && /\p{L}.*\p{L}/u.test(t), digit: HAS_DIGIT.test(t), viet: -1, starts: -1 };
  PROPS.set(t, p);
  return p;
}

// Syllables seen before: most syllables of a line are found without cutting them out of the text.
const SEEN = new SeenTable<Syllable>();

/** The syllables of text[start, end). Linear in the length of the range. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let n = c < 0xd800 || c > 0xdbff ? unitLen(c) : wordCharLen(text, i, end);
    if (!n) {
      i++;
      continue;
    }
    const s = i;
    // one scan of [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*, hashing each unit for the seen-table on the way
    let h = 0;
    for (;;) {
      // here the word character at i is n units long
      for (;;) {
        h = hashStep(h, c);
        if (n === 2) h = hashStep(h, text.charCodeAt(i + 1));
        i += n;
        if (i >= end) break;
        c = text.charCodeAt(i);
        n = c < 0xd800 || c > 0xdbff ? unitLen(c) : wordCharLen(text, i, end);
        if (!n) break;
      }
      // an apostrophe between word characters joins them ("O'Brien"); the unit after the word is looked at for
      // every word, so the optimised code never meets this test for the first time and is not thrown away
      const next = i + 1 < end ? wordCharLen(text, i + 1, end) : 0;
      if (!next || !isApostrophe(c)) break;
      n = 1; // the apostrophe is hashed and stepped over like a letter
    }
    const seen = SEEN.find(text, s, i, h);
    const t = seen ? seen.text : text.slice(s, i);
    let p = seen?.value;
    if (!p) SEEN.put(h, t, (p = propsOf(t)));
    let sep: Sep = 'p';
    let initial = prevEnd < 0;
    // the gap's first two units and what they are, worked out for every word (the second unit may be the
    // word's first): gazetteer names, tokenized first, have no ", ", and the optimised code should not
    // meet these reads and comparisons for the first time
    const g0 = prevEnd >= 0 ? text.charCodeAt(prevEnd) : -1;
    const g1 = text.charCodeAt(prevEnd + 1);
    const oneSpace = s === prevEnd + 1 && g0 === 32;
    const twoUnits = s === prevEnd + 2;
    const comma = g0 === 44;
    const spaceAfter = g1 === 32;
    if (prevEnd >= 0 && oneSpace) {
      sep = ' '; // the common case: one plain space
      initial = false;
    } else if (prevEnd >= 0 && twoUnits && comma && spaceAfter) {
      initial = false; // the next commonest, ", ": names do not cross it (sep stays 'p') and no sentence starts after it
    } else if (prevEnd >= 0) {
      const g = unusualGap(text, prevEnd, s, out[out.length - 1]!, p.cap, out.length === 1);
      sep = GAP_SEPS[g & 7]!;
      initial = g >= GAP_INITIAL;
    }
    out.push({ start: s, end: i, text: t, key: p.key, sep, cap: p.cap, allCaps: p.allCaps, digit: p.digit, initial, syl: p });
    prevEnd = i;
  }
  return out;
}

/** isVietSyllable(w.text), remembered with the syllable. */
export function vietShaped(w: Word): boolean {
  const syl = w.syl;
  if (syl.viet < 0) syl.viet = isVietSyllable(w.text) ? 1 : 0;
  return syl.viet === 1;
}

/** The key of words[i..j): syllable keys joined by their separators, as gazetteer keys are built. */
export function keyOf(words: readonly Word[], i: number, j: number): string {
  let k = words[i]!.key;
  for (let n = i + 1; n < j; n++) k += (words[n]!.sep === '-' ? '-' : words[n]!.sep === ' - ' ? ' - ' : words[n]!.sep === '.' ? '.' : ' ') + words[n]!.key;
  return k;
}

/** The key a gazetteer alias is stored under (same tokenisation as the text). */
export function aliasKey(alias: string): string {
  const w = wordsOf(alias);
  return w.length ? keyOf(w, 0, w.length) : '';
}

/** words[k], or undefined outside the list: one guarded read, so V8 never meets an out-of-bounds access to re-optimise for. */
export const at = (words: readonly Word[], k: number): Word | undefined => (k >= 0 && k < words.length ? words[k] : undefined);

/** May words[j] continue a name that includes words[j-1]? */
export const joins = (w: Word): boolean => w.sep === ' ' || w.sep === '-' || w.sep === '.';
