/**
 * Postings of the story index: for each term id, the slots of the stories whose centroid has the term and
 * the centroid's weight. All lists live in two pooled typed arrays (a list that fills up moves to a region
 * twice its size at the end of the pool), so a pile of a hundred thousand terms is not a hundred thousand
 * small arrays for the garbage collector to copy, and `dots` reads each list contiguously.
 */
export class Postings {
  /** where each term's list starts in the pool, how long it is, and its room */
  private start: Int32Array;
  private length: Int32Array;
  private room: Int32Array;
  slots: Int32Array;
  weights: Float64Array;
  private top = 0;

  /** `terms`: the number of term ids expected, if known (a batch), so that the lists seldom grow. */
  constructor(terms = 0) {
    const size = Math.max(1024, terms);
    this.start = new Int32Array(size);
    this.length = new Int32Array(size);
    this.room = new Int32Array(size);
    // a term is in few stories (ViMs: 1.1 entries per term, with the room lists keep): twice that never grows
    const pool = Math.max(1 << 16, 2 * terms);
    this.slots = new Int32Array(pool);
    this.weights = new Float64Array(pool);
  }

  /** First pool index of a term's list (read `count` entries from it). */
  first(term: number): number {
    return term < this.start.length ? this.start[term]! : 0;
  }

  count(term: number): number {
    return term < this.length.length ? this.length[term]! : 0;
  }

  /** Append (slot, weight) to a term's list; returns its position in the list. */
  push(term: number, slot: number, weight: number): number {
    if (term >= this.start.length) this.growTerms(term);
    const n = this.length[term]!;
    if (n === this.room[term]) this.move(term, Math.max(2, n * 2));
    const at = this.start[term]! + n;
    this.slots[at] = slot;
    this.weights[at] = weight;
    this.length[term] = n + 1;
    return n;
  }

  /**
   * Remove the entry at `pos` of a term's list; the last entry moves into its place. Returns the slot of
   * the entry that moved (its position is now `pos`), or -1 when the removed entry was the last.
   */
  remove(term: number, pos: number): number {
    const base = this.start[term]!;
    const last = this.length[term]! - 1;
    this.length[term] = last;
    if (pos === last) return -1;
    this.slots[base + pos] = this.slots[base + last]!;
    this.weights[base + pos] = this.weights[base + last]!;
    return this.slots[base + pos]!;
  }

  private move(term: number, room: number): void {
    if (this.top + room > this.slots.length) {
      const size = Math.max(this.slots.length * 2, this.top + room);
      const slots = new Int32Array(size);
      slots.set(this.slots.subarray(0, this.top));
      this.slots = slots;
      const weights = new Float64Array(size);
      weights.set(this.weights.subarray(0, this.top));
      this.weights = weights;
    }
    const from = this.start[term]!;
    const n = this.length[term]!;
    this.slots.copyWithin(this.top, from, from + n);
    this.weights.copyWithin(this.top, from, from + n);
    this.start[term] = this.top;
    this.room[term] = room;
    this.top += room;
  }

  private growTerms(term: number): void {
    const size = Math.max(term + 1, this.start.length * 2);
    for (const key of ['start', 'length', 'room'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }
}
