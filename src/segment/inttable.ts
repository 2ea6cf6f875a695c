/**
 * Open-addressing hash tables on typed arrays, for the per-syllable lookups of the segmenter's hot
 * path (a V8 Map costs several times more per lookup, and a Map keyed by strings needs a slice of
 * the text per syllable).
 */

/**
 * Read-only map from 30-bit integer keys (already hashed) to non-zero values; 0 means absent. Keys
 * and values interleave, so a lookup that hits reads one cache line, not two.
 */
export class IntTable {
  /** slot h: key at 2h (-1 = empty), value at 2h + 1 */
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;

  private constructor(size: number) {
    let cap = 16;
    while (cap * 3 < size * 4) cap <<= 1; // load ≤ 3/4: neighbouring slots share a cache line, so probing on costs little
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap - 1;
    this.size = size;
  }

  private put(k: number, v: number): void {
    let h = k & this.mask;
    while (this.slots[2 * h] !== -1) h = (h + 1) & this.mask;
    this.slots[2 * h] = k;
    this.slots[2 * h + 1] = v;
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
    const { slots, mask } = this;
    for (let h = key & mask; ; h = (h + 1) & mask) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === -1) return 0;
    }
  }

  /** The (key, value) pairs, in table order. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let h = 0; h <= this.mask; h++) if (this.slots[2 * h] !== -1) yield [this.slots[2 * h]!, this.slots[2 * h + 1]!];
  }
}

/**
 * Dense ids for distinct stretches of text (with a small tag, the unit kind), keyed by two
 * independent 32-bit hashes of the characters (a false match needs both to collide: about one in
 * 2^64 per pair of distinct strings). Ids count up from 0, so per-id data can live in plain arrays.
 * The table grows as needed; its owner clears it between sentences once it holds `limit` ids, so
 * hostile text cannot grow it past one sentence's worth.
 */
export class SpanIds {
  /** slot s: the two hashes at 4s, 4s + 1, id + 1 at 4s + 2 (0 = empty) */
  private slots: Int32Array;
  private mask: number;
  /** ids handed out */
  size = 0;
  private slot = 0;
  private x = 0;
  private y = 0;

  constructor(private readonly bits: number) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The id of text[start, end) with `tag`, or -1; after a miss, `add` gives it the next id. */
  find(text: string, start: number, end: number, tag: number): number {
    let x = 0x811c9dc5 ^ tag;
    let y = 0x27d4eb2f;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      x = Math.imul(x ^ c, 0x01000193);
      y = Math.imul(y + c, 0x5bd1e995) ^ (y >>> 13);
    }
    x ^= x >>> 16;
    const { slots, mask } = this;
    // the step to the next slot comes first, so that it runs on every lookup: code that has never
    // run when V8 optimises this makes V8 discard the optimised code on the first collision
    let s = (x - 1) & mask;
    for (;;) {
      s = (s + 1) & mask;
      const id = slots[4 * s + 2]!;
      if (id === 0) break;
      if (slots[4 * s] === x && slots[4 * s + 1] === y) return id - 1;
    }
    this.slot = s;
    this.x = x;
    this.y = y;
    return -1;
  }

  /** A new id for the text of the last `find` that missed. */
  add(): number {
    if (this.size >= ((this.mask + 1) * 3) >> 2) {
      this.grow();
      this.slot = this.free(this.x);
    }
    const s = this.slot;
    this.slots[4 * s] = this.x;
    this.slots[4 * s + 1] = this.y;
    this.slots[4 * s + 2] = ++this.size;
    return this.size - 1;
  }

  /** Forget every id (back to the initial size). */
  clear(): void {
    if (this.mask + 1 > 1 << this.bits) {
      this.slots = new Int32Array(4 << this.bits);
      this.mask = (1 << this.bits) - 1;
    } else this.slots.fill(0);
    this.size = 0;
  }

  private free(x: number): number {
    let s = x & this.mask;
    while (this.slots[4 * s + 2] !== 0) s = (s + 1) & this.mask;
    return s;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 2] === 0) continue;
      const s = this.free(old[o]!);
      this.slots[4 * s] = old[o]!;
      this.slots[4 * s + 1] = old[o + 1]!;
      this.slots[4 * s + 2] = old[o + 2]!;
    }
  }
}
