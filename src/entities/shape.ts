/** What a word looks like: a Vietnamese syllable, or a foreign word (Blinken, Jong, Seoul). */
import { foldDiacritics } from '../text/fold.ts';

// Onset, one to three vowels, coda: the shape of every Vietnamese syllable (tones folded away).
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptiouy])?$/;

const SHAPES = new Map<string, boolean>();
export function isVietSyllable(text: string): boolean {
  let v = SHAPES.get(text);
  if (v === undefined) {
    if (SHAPES.size > 100_000) SHAPES.clear();
    SHAPES.set(text, (v = VIET_SYLLABLE.test(foldDiacritics(text))));
  }
  return v;
}

/** Levenshtein distance, giving up (returning max+1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // (charCodeAt, not a[i]: indexing a string is optimised for one string representation, and names come as
  // one-byte and two-byte strings, which threw the optimised code away)
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  // the last cell of the last row, kept as it is filled: most calls give up early, and a read of the row
  // after the loop would first be met late, by optimised code
  let last = b.length;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    last = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur.push(v);
      last = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return last;
}
