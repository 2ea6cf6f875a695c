/** Matching multi-syllable lexicon entries against syllable tokens (longest match first). */
import type { Tok } from './units.ts';

/**
 * Phrases as a tree of their words ("bộ" → "trưởng"): a lookup walks the tokens from node to node and
 * builds no string, and stops at the first word no phrase continues with.
 */
export interface PhraseNode<V> {
  /** set when the words up to here make a whole phrase */
  value: V | undefined;
  next: Map<string, PhraseNode<V>>;
}

export function phraseTree<V>(entries: Iterable<readonly [string, V]>): PhraseNode<V> {
  const root: PhraseNode<V> = { value: undefined, next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { value: undefined, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** A phrase set for longest-match lookups. */
export interface PhraseSet {
  /** first syllables of the phrases */
  firsts: Set<string>;
  tree: PhraseNode<true>;
}

export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const tree = phraseTree([...phrases].map((p) => [p, true] as const));
  return { firsts: new Set(tree.next.keys()), tree };
}

/** Length in tokens of the longest phrase of `set` starting at token i (words only, before `end`), or 0. */
export function matchAt(toks: readonly Tok[], i: number, end: number, set: PhraseSet): number {
  let node: PhraseNode<true> | undefined = set.tree;
  let best = 0;
  for (let k = 0; i + k < end; k++) {
    const t = toks[i + k]!;
    if (!t.w) break;
    node = node.next.get(t.low);
    if (!node) break;
    if (node.value) best = k + 1;
  }
  return best;
}

/** Text of tokens [a, b) joined by single spaces (lower case). */
export function lowText(toks: readonly Tok[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out += (i > a ? ' ' : '') + toks[i]!.low;
  return out;
}
