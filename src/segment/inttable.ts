/**
 * Open-addressing hash tables on typed arrays, for the per-syllable lookups of the segmenter's hot
 * path (a V8 Map costs several times more per lookup, and a Map keyed by strings needs a slice of
 * the text per syllable).
 */

/** Read-only map from 30-bit integer keys (already hashed) to non-zero values; 0 means absent. */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly vals: Int32Array;
  private readonly mask: number;
  readonly size: number;

  private constructor(size: number) {
    let cap = 16;
    while (cap < size * 2) cap <<= 1;
    this.keys = new Int32Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = size;
  }

  private put(k: number, v: number): void {
    let h = k & this.mask;
    while (this.keys[h] !== -1) h = (h + 1) & this.mask;
    this.keys[h] = k;
    this.vals[h] = v;
  }

  static fromMap(map: ReadonlyMap<number, number>): IntTable {
    const t = new IntTable(map.size);
    for (const [k, v] of map) t.put(k, v);
    return t;
  }

  /** From flat (key, value) pairs: [k0, v0, k1, v1, …] with distinct keys. */
  static fromPairs(flat: ArrayLike<number>): IntTable {
    const t = new IntTable(flat.length >> 1);
    for (let i = 0; i + 1 < flat.length; i += 2) t.put(flat[i]!, flat[i + 1]!);
    return t;
  }

  get(key: number): number {
    const { keys, mask } = this;
    for (let h = key & mask; ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key) return this.vals[h]!;
      if (k === -1) return 0;
    }
  }

  /** The (key, value) pairs, in table order. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let h = 0; h <= this.mask; h++) if (this.keys[h] !== -1) yield [this.keys[h]!, this.vals[h]!];
  }
}

/**
 * Bounded cache from a stretch of text to two small integers, keyed by two independent 32-bit
 * hashes of its characters (a false hit needs both to collide: about one in 2^64 per pair of
 * distinct strings). Cleared when three quarters full, so hostile text cannot grow it.
 */
export class SpanCache {
  private readonly h1 = new Int32Array(1 << 16);
  private readonly h2 = new Int32Array(1 << 16);
  private readonly a = new Int32Array(1 << 16);
  private readonly b = new Int32Array(1 << 16);
  private readonly used = new Uint8Array(1 << 16);
  private readonly mask = (1 << 16) - 1;
  private size = 0;
  /** results of the last lookup that hit */
  first = 0;
  second = 0;
  private slot = 0;
  private x = 0;
  private y = 0;

  /** Look text[start, end) up; on a hit `first`/`second` hold its values, on a miss call `put` next. */
  find(text: string, start: number, end: number): boolean {
    let x = 0x811c9dc5;
    let y = 0x27d4eb2f;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      x = Math.imul(x ^ c, 0x01000193);
      y = Math.imul(y + c, 0x5bd1e995) ^ (y >>> 13);
    }
    x ^= x >>> 16;
    const { h1, h2, used, mask } = this;
    let s = x & mask;
    while (used[s]) {
      if (h1[s] === x && h2[s] === y) {
        this.first = this.a[s]!;
        this.second = this.b[s]!;
        return true;
      }
      s = (s + 1) & mask;
    }
    this.slot = s;
    this.x = x;
    this.y = y;
    return false;
  }

  /** Store values for the text of the last `find` that missed. */
  put(first: number, second: number): void {
    let s = this.slot;
    if (this.size >= ((this.mask + 1) * 3) >> 2) {
      this.used.fill(0);
      this.size = 0;
      s = this.x & this.mask;
    }
    this.used[s] = 1;
    this.h1[s] = this.x;
    this.h2[s] = this.y;
    this.a[s] = first;
    this.b[s] = second;
    this.size++;
  }
}
