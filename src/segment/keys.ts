/**
 * Integer keys for syllables and feature hashing. A syllable's key is the FNV-1a hash of its
 * matching form (lower case, NFC, đ for a look-alike eth, new-style tone placement: "Hoá" and "hóa" are one syllable), kept
 * to 30 bits so V8 stores it as a small integer.
 */
import { normalizeTonePlacement } from '../text/fold.ts';

const COMBINING = /[\u0300-\u036f]/;
const OLD_TONE_END = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]$/;

/** The form a syllable is matched by: "Hoá" → "hóa". */
export function syllableForm(raw: string): string {
  let s = raw.toLowerCase();
  if (s.includes('ð')) s = s.replaceAll('ð', 'đ'); // Icelandic eth Ð for Đ, from old encodings and some keyboards
  if (COMBINING.test(s)) s = s.normalize('NFC');
  if (OLD_TONE_END.test(s)) s = normalizeTonePlacement(s);
  return s;
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** Order-sensitive combination of two keys (feature templates, syllable sequences). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

// Feature indices: a template number and one to three values, hashed in one pass (cheaper than
// nested mix(): this runs some fifty times per syllable). Products by distinct odd constants keep
// the argument order; the final avalanche spreads every input bit over the low bits the weight
// table is indexed by.
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}
export const f1 = (t: number, a: number) => avalanche(Math.imul(t, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b));
export const f2 = (t: number, a: number, b: number) => avalanche(Math.imul(t, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35));
export const f3 = (t: number, a: number, b: number, c: number) =>
  avalanche(Math.imul(t, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f));
