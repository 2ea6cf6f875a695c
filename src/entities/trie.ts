/**
 * A trie over syllable keys, for the gazetteer and the phrase tables: matching walks the words of
 * the text one at a time instead of joining their keys into a string per length tried and hashing
 * it. A path spells exactly what keyOf() would join (syllable keys hold no separator characters),
 * so the trie finds what a map keyed by keyOf() would.
 */
import type { Sep, Word } from './words.ts';

type Children<V> = Map<string, TrieNode<V>>;

export class TrieNode<V> {
  value: V | undefined;
  // one map per separator keyOf() writes: a space (white space and anything else), '-', ' - ', '.'
  private space: Children<V> | undefined;
  private hyphen: Children<V> | undefined;
  private dash: Children<V> | undefined;
  private dot: Children<V> | undefined;

  /** The node for word w after this one, if any name goes on with it. */
  child(w: Word): TrieNode<V> | undefined {
    // all four read every time: a rare separator then meets no property load that optimised callers never ran
    const { space, hyphen, dash, dot } = this;
    const sep = w.sep;
    const byKey = sep === '-' ? hyphen : sep === ' - ' ? dash : sep === '.' ? dot : space;
    return byKey?.get(w.key);
  }

  /** The node for w after this one, made when missing. */
  grow(w: Word): TrieNode<V> {
    const byKey = this.children(w.sep);
    return byKey.get(w.key) ?? byKey.set(w.key, new TrieNode<V>()).get(w.key)!;
  }

  private children(sep: Sep): Children<V> {
    if (sep === '-') return (this.hyphen ??= new Map());
    if (sep === ' - ') return (this.dash ??= new Map());
    if (sep === '.') return (this.dot ??= new Map());
    return (this.space ??= new Map());
  }
}

/** Names keyed by their first syllable's key, then word by word. */
export class KeyTrie<V> {
  private readonly roots = new Map<string, TrieNode<V>>();

  /** The node of words[0..n) (made when missing), for the caller to set or update its value. */
  node(words: readonly Word[]): TrieNode<V> {
    const first = words[0]!.key;
    let node = this.roots.get(first) ?? this.roots.set(first, new TrieNode<V>()).get(first)!;
    for (let n = 1; n < words.length; n++) node = node.grow(words[n]!);
    return node;
  }

  /** The node of the one-word name words[i], where every walk from i starts. */
  root(w: Word): TrieNode<V> | undefined {
    return this.roots.get(w.key);
  }

  hasFirst(key: string): boolean {
    return this.roots.has(key);
  }

  /** Keys of the syllables names start with. */
  firstKeys(): IterableIterator<string> {
    return this.roots.keys();
  }
}
