/**
 * Pre-tokenisation: text → units (syllables, numbers, mixed alphanumerics, punctuation) that the
 * word model then groups into words. Numbers and dates (11.000, 3,5, 18/11/2022, 9-11, 22:05),
 * hyphenated names (Jong-un, Jean-Pierre), codes (G7, COVID-19, Hwasong-17), abbreviations
 * (TP.HCM, Th.S), domains and URLs stay single units; every punctuation mark is its own unit.
 * One hand-written linear scan (no regex backtracking), because this runs on every character.
 */

import { NO_BREAK_AFTER } from './sentences.ts';

export const SYL = 0; // letters only: "quốc", "Blinken"
export const NUM = 1; // digits with . , / : - inside: 11.000, 18/11/2022
export const MIXED = 2; // anything else alphanumeric: G7, Jong-un, TP.HCM, https://…
export const PUNCT = 3;
export type UnitKind = typeof SYL | typeof NUM | typeof MIXED | typeof PUNCT;

/** Units of one stretch of text, as parallel arrays (no object per unit: this is the hot path). */
export interface Units {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

export function makeUnits(capacity = 256): Units {
  return { n: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity) };
}

function push(u: Units, start: number, end: number, kind: UnitKind): void {
  if (u.n === u.start.length) {
    const cap = u.n * 2;
    const s = new Int32Array(cap), e = new Int32Array(cap), k = new Uint8Array(cap);
    s.set(u.start); e.set(u.end); k.set(u.kind);
    u.start = s; u.end = e; u.kind = k;
  }
  u.start[u.n] = start;
  u.end[u.n] = end;
  u.kind[u.n] = kind;
  u.n++;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
/** 0 = other, 1 = letter, 2 = digit; ASCII and the Vietnamese Latin ranges without a regex. */
export function charClass(c: number): number {
  return c < LATIN_END ? LATIN_CLASS[c]! : classOf(c);
}

function classOf(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return 1;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // astral: emoji and the like, punctuation for us
  return LETTER_RE.test(String.fromCharCode(c)) ? 1 : /\p{N}/u.test(String.fromCharCode(c)) ? 2 : 0;
}

// charClass of ASCII and Latin-1/Extended-A/B, precomputed: the scan asks it about every character.
const LATIN_END = 0x250;
const LATIN_CLASS = Uint8Array.from({ length: LATIN_END }, (_, c) => classOf(c));

const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());

// Onset + nucleus + coda of a Vietnamese syllable (tones and vowel marks allowed anywhere in the
// nucleus). Foreign syllables ("Blinken", "Park", "Jong") fail it: a strong cue for names.
const VIET_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
export const isVietSyllable = (lower: string) => lower.length <= 7 && VIET_SYLLABLE.test(lower);

/** End of the run of letters/digits starting at i; `digitsOnly` says whether it was all digits. */
function alnumRun(text: string, i: number, to: number): number {
  while (i < to && charClass(text.charCodeAt(i)) !== 0) i++;
  return i;
}

function allDigits(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (charClass(text.charCodeAt(i)) !== 2) return false;
  return true;
}

function hasDigit(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (charClass(text.charCodeAt(i)) === 2) return true;
  return false;
}

function allUpper(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isUpperCode(text.charCodeAt(i))) return false;
  return true;
}

function allAsciiLower(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A capitalised Vietnamese syllable: "Nga", "Triều" (so "Nga-Triều" is two words and a hyphen). */
function isCapitalVietSyllable(text: string, a: number, b: number): boolean {
  return isUpperCode(text.charCodeAt(a)) && isVietSyllable(text.slice(a, b).toLowerCase());
}

/** Does `joiner` (at j) glue the run [a, j) to the run [j + 1, b)? */
function joins(text: string, joiner: number, a: number, j: number, b: number): boolean {
  switch (joiner) {
    case 46: // '.': 11.000, 3.5, TP.HCM, U.S, v.v, Th.S, vnexpress.net — not "đó.Ông" (a missing space)
      if (allDigits(text, a, j)) return allDigits(text, j + 1, b);
      return j - a === 1 || allUpper(text, a, j) || (j - a <= 3 && allUpper(text, j + 1, b)) || (allAsciiLower(text, a, j) && allAsciiLower(text, j + 1, b));
    case 44: // ',': decimal comma 3,5
    case 58: // ':': 22:05
      return allDigits(text, a, j) && allDigits(text, j + 1, b);
    case 45: // '-': 9-11, COVID-19, Jong-un, Jean-Pierre; "Nga-Triều" splits
      if (hasDigit(text, a, j) || hasDigit(text, j + 1, b)) return true;
      return !(isCapitalVietSyllable(text, a, j) && isCapitalVietSyllable(text, j + 1, b));
    case 47: // '/': 18/11/2022, km/h, đ/c
    case 39: // "'": O'Neil, d'Ivoire
    case 0x2019:
    case 95: // '_': file names
    case 64: // '@': e-mail
      return true;
    default:
      return false;
  }
}

const URL_HEAD = /^(?:https?|ftp|www)$/i;

/** The characters `joins` may glue runs with (a cheap test before it: most runs end at a space). */
const isJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 45 || c === 47 || c === 39 || c === 0x2019 || c === 95 || c === 64;

/**
 * "TP. Hồ Chí Minh", "H. Đông Anh", "J. Biden": inside a sentence, a title abbreviation or an
 * initial keeps its period (the sentence splitter has already decided the period ends nothing).
 */
function isAbbreviationDot(text: string, a: number, j: number, to: number): boolean {
  if (text.charCodeAt(j) !== 46 || j + 2 >= to || !isSpaceCode(text.charCodeAt(j + 1))) return false;
  return (j - a === 1 && isUpperCode(text.charCodeAt(a))) || (j - a <= 6 && NO_BREAK_AFTER.has(text.slice(a, j).toLowerCase()));
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;

function urlEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 34 || c === 0x201c || c === 0x201d || c === 60 || c === 62) break;
    j++;
  }
  while (j > i && /[.,;:!?)\]'’]/.test(text[j - 1]!)) j--; // trailing sentence punctuation is not the URL's
  return j;
}

/** Append the units of text[from, to) to `out`. */
export function scanUnits(text: string, from: number, to: number, out: Units): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === 0) {
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff) {
        i++;
        continue;
      }
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < to) j++; // keep a surrogate pair whole
      else if (c === 46 || c === 33 || c === 63 || c === 45) while (j < to && text.charCodeAt(j) === c) j++; // "...", "!!", "--"
      push(out, i, j, PUNCT);
      i = j;
      continue;
    }
    let a = i;
    let j = alnumRun(text, i, to);
    let joined = false;
    if (j < to && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 46) && j - i <= 5 && URL_HEAD.test(text.slice(i, j))) {
      j = urlEnd(text, i, to);
      push(out, i, j, MIXED);
      i = j;
      continue;
    }
    while (j + 1 < to) {
      const joiner = text.charCodeAt(j);
      if (!isJoiner(joiner) || charClass(text.charCodeAt(j + 1)) === 0) break;
      const b = alnumRun(text, j + 1, to);
      if (!joins(text, joiner, a, j, b)) break;
      joined = true;
      a = j + 1;
      j = b;
    }
    if (!joined && cls === 1 && isAbbreviationDot(text, i, j, to)) {
      push(out, i, j + 1, MIXED);
      i = j + 1;
      continue;
    }
    const kind = !joined && cls === 1 && !hasDigit(text, i, j) ? SYL : allDigits(text, i, i + 1) && isNumeric(text, i, j) ? NUM : MIXED;
    push(out, i, j, kind);
    i = j;
  }
}

function isNumeric(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (charClass(text.charCodeAt(i)) === 1) return false;
  return true;
}
