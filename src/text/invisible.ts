/**
 * Invisible format characters scraped pages carry without meaning for Vietnamese text: zero-width
 * space (U+200B, often at a title's start), word joiner (U+2060) and zero-width no-break space / BOM
 * (U+FEFF) inside the text. They are dropped before cleaning, so titles, keys and search see the
 * letters only. Zero-width (non-)joiners (U+200C, U+200D) are kept: emoji sequences need them.
 */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u200b\u2060\ufeff]/;

export function dropInvisibles(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}
