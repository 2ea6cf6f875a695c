/**
 * Substrings seen before, found by a hash of their characters: a tokenizer that meets the same
 * syllables over and over finds what it worked out for one (its key, its lower case) without cutting
 * a new string out of the text, hashing it and later collecting it. Open addressing, linear probing;
 * the table empties itself when half full, so memory stays bounded on any input.
 */
export interface Seen<V> {
  text: string;
  value: V;
}

export class SeenTable<V> {
  private readonly hashes: Int32Array;
  private readonly entries: (Seen<V> | undefined)[];
  private readonly mask: number;
  private count = 0;

  /** `slots` must be a power of two. */
  constructor(private readonly slots = 1 << 15) {
    this.hashes = new Int32Array(slots);
    this.entries = new Array<Seen<V> | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** The entry for text[s, e), if that string was put before; h is its hash (hashOf, or hashStep while reading it). */
  find(text: string, s: number, e: number, h: number): Seen<V> | undefined {
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const entry = this.entries[k];
      if (!entry) return undefined;
      if (this.hashes[k] === h && entry.text.length === e - s && sameChars(entry.text, text, s)) return entry;
    }
  }

  /** Remember `value` for the string t (not already in the table), whose hash is h. */
  put(h: number, t: string, value: V): void {
    if (this.count >= this.slots / 2) {
      this.entries.fill(undefined);
      this.count = 0;
    }
    let k = h & this.mask;
    while (this.entries[k]) k = (k + 1) & this.mask;
    this.hashes[k] = h;
    this.entries[k] = { text: t, value };
    this.count++;
  }
}

/** One character code into a running hash (start from 0): the hash the table keys substrings by. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** Is `t` written in `text` at s? (a loop: the strings are short, a call to startsWith costs more) */
function sameChars(t: string, text: string, s: number): boolean {
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}

/** The hash of text[s, e), as find() and put() take it. */
export function hashOf(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}
