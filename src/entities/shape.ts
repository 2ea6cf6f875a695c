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
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
