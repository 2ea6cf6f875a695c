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

/**
 * The text without invisibles, and where an offset into the old text lands in the new one: spans
 * computed on the old text (a page's block boundaries) keep covering the same characters.
 */
export function dropInvisiblesWithOffsets(text: string): { text: string; moved: (offset: number) => number } {
  if (!HAS_INVISIBLE.test(text)) return { text, moved: (o) => o };
  const cuts: number[] = [];
  for (const m of text.matchAll(INVISIBLE)) cuts.push(m.index);
  // offset o moves back by the number of cut characters before it
  const moved = (o: number): number => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return o - lo;
  };
  return { text: text.replace(INVISIBLE, ''), moved };
}
