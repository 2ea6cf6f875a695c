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
