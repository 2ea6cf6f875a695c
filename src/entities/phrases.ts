/** Small phrase tables (role heads, organisation heads, cues) matched longest-first at a word. */
import { KeyTrie } from './trie.ts';
import { at, joins, wordsOf, type Word } from './words.ts';

// How the first syllable of a phrase is written: bit 1 lower case, bit 2 upper case.
const LOWER = 1;
const UPPER = 2;

export class PhraseTable {
  private readonly trie = new KeyTrie<number>();

  /** `anyCase`: match whatever the capitalisation of the first syllable; otherwise it must be as written. */
  constructor(phrases: Iterable<string>, private readonly anyCase = false) {
    for (const p of phrases) {
      const ws = wordsOf(p);
      if (!ws.length) continue;
      const node = this.trie.node(ws);
      node.value = (node.value ?? 0) | (ws[0]!.cap ? UPPER : LOWER);
    }
  }

  /** Keys of the syllables phrases start with. */
  firstKeys(): IterableIterator<string> {
    return this.trie.firstKeys();
  }

  /** Number of words of the longest phrase starting at words[i], or 0. */
  match(words: readonly Word[], i: number): number {
    let node = this.trie.root(words[i]!);
    if (!node) return 0;
    const want = this.anyCase ? LOWER | UPPER : words[i]!.cap ? UPPER : LOWER;
    let best = 0;
    for (let n = 1; ; n++) {
      if (node.value! & want) best = n;
      const next = at(words, i + n);
      if (!next || !joins(next)) return best;
      node = node.child(next);
      if (!node) return best;
    }
  }
}
