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

/** Several phrase sets in one tree: the value of a phrase has bit k set when the phrase is in set k. */
export function phraseSets(sets: readonly Iterable<string>[]): PhraseNode<number> {
  const bits = new Map<string, number>();
  sets.forEach((set, k) => {
    for (const p of set) bits.set(p, (bits.get(p) ?? 0) | (1 << k));
  });
  return phraseTree(bits);
}

/**
 * For every set k of the tree, the length in tokens of its longest phrase starting at token i (words
 * only, before `end`), or 0, into lens[k]: one walk over the tokens serves all the sets.
 */
export function matchEach(toks: readonly Tok[], i: number, end: number, tree: PhraseNode<number>, lens: Int32Array): void {
  lens.fill(0);
  let node: PhraseNode<number> | undefined = tree;
  for (let k = 0; i + k < end; k++) {
    const t = toks[i + k]!;
    if (!t.w) break;
    node = node.next.get(t.low);
    if (!node) break;
    const bits = node.value;
    if (bits) for (let set = 0; set < lens.length; set++) if (bits & (1 << set)) lens[set] = k + 1;
  }
}

/** Text of tokens [a, b) joined by single spaces (lower case). */
export function lowText(toks: readonly Tok[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out += (i > a ? ' ' : '') + toks[i]!.low;
  return out;
}
