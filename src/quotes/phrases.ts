/** Matching multi-syllable lexicon entries against syllable tokens (longest match first). */
import type { Tok } from './units.ts';

/** A phrase set with its longest length, for longest-match lookups. */
export interface PhraseSet {
  has(phrase: string): boolean;
  /** first syllables of the phrases: most tokens are rejected with one lookup */
  firsts: Set<string>;
  /** every phrase cut after each of its words ("bộ", "bộ trưởng"): a phrase that is none cannot grow into one */
  prefixes: Set<string>;
  max: number;
}

/** The phrases cut after each of their words: "cho biết" gives "cho" and "cho biết". */
export function wordPrefixes(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const parts = p.split(' ');
    for (let n = 1; n <= parts.length; n++) out.add(parts.slice(0, n).join(' '));
  }
  return out;
}

export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const set = new Set(phrases);
  const firsts = new Set<string>();
  let max = 1;
  for (const p of set) {
    const parts = p.split(' ');
    max = Math.max(max, parts.length);
    firsts.add(parts[0]!);
  }
  return { has: (p) => set.has(p), firsts, prefixes: wordPrefixes(set), max };
}

/** Length in tokens of the longest phrase of `set` starting at token `i` (words only, before `end`), or 0. */
export function matchAt(toks: readonly Tok[], i: number, end: number, set: PhraseSet): number {
  if (i >= end || !set.firsts.has(toks[i]!.low)) return 0;
  let phrase = '';
  let best = 0;
  for (let k = 0; k < set.max && i + k < end; k++) {
    const t = toks[i + k]!;
    if (!t.w) break;
    phrase = k === 0 ? t.low : `${phrase} ${t.low}`;
    if (!set.prefixes.has(phrase)) break;
    if (set.has(phrase)) best = k + 1;
  }
  return best;
}

/** Text of tokens [a, b) joined by single spaces (lower case). */
export function lowText(toks: readonly Tok[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out += (i > a ? ' ' : '') + toks[i]!.low;
  return out;
}
