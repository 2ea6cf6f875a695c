/**
 * Open-addressing map from a pair of integer ids to an id (a JS Map keyed by numbers costs several
 * times more per lookup): word pairs in clustering (vocabulary.ts), syllable bigrams in summaries
 * (summary-concepts.ts). One array of (a, b, id) triples, so a probe reads one cache line; `add`
 * stores into the slot the last `get` ended at, so a new pair costs one probe. Grows when half full.
 */
export class PairTable {
  private mask: number;
  /** (a + 1, b, id) per slot; 0 in the first cell marks an empty slot, so a new table needs no fill */
  private cells: Int32Array;
  private used = 0;
  private lastCell = 0;

  /** Room for `expected` pairs without growing. */
  constructor(expected: number) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.mask = size - 1;
    this.cells = new Int32Array(3 * size);
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    let i = h & this.mask;
    const cells = this.cells;
    const a1 = a + 1;
    while (cells[3 * i] !== 0 && (cells[3 * i] !== a1 || cells[3 * i + 1] !== b)) i = (i + 1) & this.mask;
    return 3 * i;
  }

  get(a: number, b: number): number {
    const c = (this.lastCell = this.slot(a, b));
    return this.cells[c] === 0 ? -1 : this.cells[c + 2]!;
  }

  /** Store the pair the last `get` did not find. */
  add(a: number, b: number, value: number): void {
    let c = this.lastCell;
    if (2 * ++this.used > this.mask + 1) {
      this.grow();
      c = this.slot(a, b);
    }
    this.cells[c] = a + 1;
    this.cells[c + 1] = b;
    this.cells[c + 2] = value;
  }

  private grow(): void {
    const old = this.cells;
    this.mask = this.mask * 2 + 1;
    this.cells = new Int32Array(3 * (this.mask + 1));
    for (let c = 0; c < old.length; c += 3) {
      if (old[c] === 0) continue;
      const d = this.slot(old[c]! - 1, old[c + 1]!);
      this.cells[d] = old[c]!;
      this.cells[d + 1] = old[c + 1]!;
      this.cells[d + 2] = old[c + 2]!;
    }
  }
}
