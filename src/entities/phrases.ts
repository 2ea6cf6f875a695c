/** Small phrase tables (role heads, organisation heads, cues) matched longest-first at a word. */
import { aliasKey, joins, prefixKeys, wordsOf, type Word } from './words.ts';

export class PhraseTable {
  private readonly keys = new Map<string, Set<boolean>>();
  private readonly maxLen = new Map<string, number>();

  /** `anyCase`: match whatever the capitalisation of the first syllable; otherwise it must be as written. */
  constructor(phrases: Iterable<string>, private readonly anyCase = false) {
    for (const p of phrases) {
      const ws = wordsOf(p);
      if (!ws.length) continue;
      const k = aliasKey(p);
      const caps = this.keys.get(k) ?? new Set<boolean>();
      caps.add(ws[0]!.cap);
      this.keys.set(k, caps);
      this.maxLen.set(ws[0]!.key, Math.max(this.maxLen.get(ws[0]!.key) ?? 0, ws.length));
    }
  }

  /** Number of words of the longest phrase starting at words[i], or 0. */
  match(words: readonly Word[], i: number): number {
    const max = this.maxLen.get(words[i]!.key);
    if (!max) return 0;
    let limit = 1;
    while (limit < max && i + limit < words.length && joins(words[i + limit]!)) limit++;
    const keys = prefixKeys(words, i, limit);
    for (let n = limit; n >= 1; n--) {
      const caps = this.keys.get(keys[n - 1]!);
      if (caps && (this.anyCase || caps.has(words[i]!.cap))) return n;
    }
    return 0;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }
}
