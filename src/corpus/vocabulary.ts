/**
 * Integer ids for clustering terms. Scoring a pile touches every (document, term) pair several times;
 * with string keys each touch builds and hashes a string, with ids it indexes a typed array. A Vocabulary
 * belongs to one batch clustering run or one StoryIndex, so ids never mix between them.
 *
 * Terms are word keys, `@` entity and `#` day terms, and word bigrams "a+b". A bigram is stored as the
 * pair of its two ids, split at its first "+", and its string is only built when asked for (most of a
 * pile's bigrams occur once and are never printed or compared), so every term string has one id whether
 * it arrives as a string or as a pair of adjacent words.
 */
import { FUNCTION_SYLLABLES } from './sentences.ts';
import { PairTable } from './pair-table.ts';

/** Term weights of one kind of feature relative to words: words bare, `@` entities, `#` days. */
const KIND_WEIGHT = { word: 1, entity: 1.5, day: 0.7 } as const;

/** Flags of a term read as a word key. */
export const COUNTABLE = 1; // two characters or more and not a function syllable: a unigram term
export const FUNCTION = 2; // a function syllable (FUNCTION_SYLLABLES)
export const EMPTY = 4; // the empty key (a token of zero-width characters only)
const PLUS = 8; // contains "+"

const PLUS_CODE = 43; // "+"
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const kindWeight = (term: string) => (term[0] === '@' ? KIND_WEIGHT.entity : term[0] === '#' ? KIND_WEIGHT.day : KIND_WEIGHT.word);

/** Raw token texts remembered per vocabulary; past this bound the memo restarts (ids stay valid). */
const RAW_MEMO_MAX = 200_000;
/**
 * Raw token text (a range of a document's text) → word id, found by its characters: no substring is
 * built for a token seen before (a pile has millions of tokens and tens of thousands of distinct ones).
 * Restarts past a bound, so a hostile pile cannot grow it without limit; ids stay valid.
 */
class RawTable {
  private mask: number;
  private hashes: Int32Array;
  private ids: Int32Array;
  private raws: string[];
  private used = 0;

  /** Room for `expected` token texts without growing. */
  constructor(expected: number) {
    let size = 4096;
    while (size < 2 * expected) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size).fill(-1);
    this.raws = new Array<string>(size).fill('');
  }

  /** The slot holding text[start, end) with hash h, or the empty slot where it belongs. */
  private slot(h: number, text: string, start: number, end: number): number {
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      if (this.ids[i] === -1) return i;
      if (this.hashes[i] !== h) continue;
      const raw = this.raws[i]!;
      if (raw.length !== len) continue;
      let k = 0;
      while (k < len && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return i;
    }
  }

  private lastHash = 0;
  private lastSlot = 0;

  /** The id of text[start, end), or -1 (then `add` stores it). */
  find(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    this.lastHash = h;
    return this.ids[(this.lastSlot = this.slot(h, text, start, end))]!;
  }

  /** Store the token text the last `find` missed (into the slot it ended at, unless the table changes size). */
  add(raw: string, id: number): void {
    const h = this.lastHash;
    let j = this.lastSlot;
    if (this.used >= RAW_MEMO_MAX || 2 * (this.used + 1) > this.mask + 1) {
      if (this.used >= RAW_MEMO_MAX) this.clear();
      else this.grow();
      j = this.slot(h, raw, 0, raw.length);
    }
    this.hashes[j] = h;
    this.ids[j] = id;
    this.raws[j] = raw;
    this.used++;
  }

  private clear(): void {
    this.ids.fill(-1);
    this.raws.fill('');
    this.used = 0;
  }

  private grow(): void {
    const [hashes, ids, raws] = [this.hashes, this.ids, this.raws];
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size).fill(-1);
    this.raws = new Array<string>(size).fill('');
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] === -1) continue;
      const j = this.slot(hashes[k]!, raws[k]!, 0, raws[k]!.length);
      this.hashes[j] = hashes[k]!;
      this.ids[j] = ids[k]!;
      this.raws[j] = raws[k]!;
    }
  }
}

/** Entity canonicals remembered per vocabulary before the memo restarts. */
const ENTITY_MEMO_MAX = 100_000;

export class Vocabulary {
  /** strings of the terms that are not bigrams */
  private readonly ids = new Map<string, number>();
  /** id → term string; built on demand for bigrams (see `term`) */
  private readonly strings: (string | undefined)[] = [];
  /** for a bigram id: the ids of its parts; -1 otherwise */
  private left: Int32Array;
  private right: Int32Array;
  private kindOf: Float64Array;
  private flagsOf: Uint8Array;
  private readonly pairs: PairTable;
  private readonly raw: RawTable;
  private readonly entities = new Map<string, number>();

  /**
   * `tokens`: how many tokens will be counted, if known (a batch). A pile has a little over one new term per
   * four tokens, most of them word pairs (ViMs: 196k in 688k); sizing the tables for that up front (terms
   * with a margin) saves growing (rehashing, copying) them several times.
   */
  constructor(tokens = 0) {
    this.pairs = new PairTable(Math.max(1 << 13, tokens >> 2));
    // distinct token texts: ViMs has 23k in 688k tokens
    this.raw = new RawTable(tokens >> 5);
    const terms = Math.max(1024, tokens >> 1);
    this.left = new Int32Array(terms);
    this.right = new Int32Array(terms);
    this.kindOf = new Float64Array(terms);
    this.flagsOf = new Uint8Array(terms);
  }

  get size(): number {
    return this.strings.length;
  }

  /** Id of a term string, interned on first sight. */
  id(term: string): number {
    const p = term.indexOf('+');
    return p < 0 ? this.plain(term) : this.pairOf(this.plain(term.slice(0, p)), this.plain(term.slice(p + 1)));
  }

  /** The term string of an id. */
  term(id: number): string {
    let s = this.strings[id];
    if (s === undefined) this.strings[id] = s = `${this.term(this.left[id]!)}+${this.term(this.right[id]!)}`;
    return s;
  }

  /**
   * Order of two terms' strings (as `<` orders them), without building a bigram's string: ties between
   * document terms are mostly bigrams seen once, and building their strings was most of a vector's cost.
   */
  compare(a: number, b: number): number {
    if (a === b) return 0;
    const la = this.left[a]!;
    const lb = this.left[b]!;
    if (la < 0 && lb < 0) return compareStrings(this.strings[a]!, this.strings[b]!);
    // A term is head + ("+" + tail when a bigram); both parts are plain terms.
    const ha = this.strings[la < 0 ? a : la]!;
    const hb = this.strings[lb < 0 ? b : lb]!;
    const ta = la < 0 ? '' : this.strings[this.right[a]!]!;
    const tb = lb < 0 ? '' : this.strings[this.right[b]!]!;
    // Two bigrams with one head: their tails decide. Heads of which neither begins the other: the heads
    // decide, at a character both have. (Built-in string comparisons, much faster than the loop below.)
    if (la >= 0 && lb >= 0 && ha === hb) return compareStrings(ta, tb);
    if (ha.length <= hb.length ? !hb.startsWith(ha) : !ha.startsWith(hb)) return compareStrings(ha, hb);
    const na = la < 0 ? ha.length : ha.length + 1 + ta.length;
    const nb = lb < 0 ? hb.length : hb.length + 1 + tb.length;
    const n = Math.min(na, nb);
    for (let i = 0; i < n; i++) {
      const ca = i < ha.length ? ha.charCodeAt(i) : i === ha.length ? PLUS_CODE : ta.charCodeAt(i - ha.length - 1);
      const cb = i < hb.length ? hb.charCodeAt(i) : i === hb.length ? PLUS_CODE : tb.charCodeAt(i - hb.length - 1);
      if (ca !== cb) return ca - cb;
    }
    return na - nb;
  }

  /** Id of the word key of text[start, end) (`key` computes the key of a token text not seen before). */
  word(text: string, start: number, end: number, key: (raw: string) => string): number {
    let id = this.raw.find(text, start, end);
    if (id < 0) {
      const raw = text.slice(start, end);
      this.raw.add(raw, (id = this.id(key(raw))));
    }
    return id;
  }

  /** Id of the `@` term of an entity canonical (`key` normalises it). */
  entity(canonical: string, key: (canonical: string) => string): number {
    let id = this.entities.get(canonical);
    if (id === undefined) {
      if (this.entities.size >= ENTITY_MEMO_MAX) this.entities.clear();
      this.entities.set(canonical, (id = this.id(`@${key(canonical)}`)));
    }
    return id;
  }

  /** Id of the bigram term `a+b` of two word ids. */
  pair(a: number, b: number): number {
    // A word with "+" in it ("c++") puts the bigram's first "+" elsewhere: intern it by its string.
    return (this.flagsOf[a]! | this.flagsOf[b]!) & PLUS ? this.id(`${this.term(a)}+${this.term(b)}`) : this.pairOf(a, b);
  }

  kind(id: number): number {
    return this.kindOf[id]!;
  }

  flags(id: number): number {
    return this.flagsOf[id]!;
  }

  /** Bigram id of a first part without "+" and the rest, both plain terms (`id` splits at the first "+"). */
  private pairOf(a: number, b: number): number {
    let id = this.pairs.get(a, b);
    if (id < 0) {
      id = this.next(undefined);
      this.left[id] = a;
      this.right[id] = b;
      // From the parts' kinds and flags, not their strings (reading those was most of a new pair's cost):
      // the bigram's first character is its head's ("+" for an empty head, a word), and the bigram is at
      // least two characters long unless both parts are empty.
      this.kindOf[id] = this.kindOf[a]!;
      this.flagsOf[id] = PLUS | (this.flagsOf[a]! & this.flagsOf[b]! & EMPTY ? 0 : COUNTABLE);
      this.pairs.add(a, b, id);
    }
    return id;
  }

  /** Id of a term string without "+". */
  private plain(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.next(term);
    this.ids.set(term, id);
    this.kindOf[id] = kindWeight(term);
    const fn = FUNCTION_SYLLABLES.has(term);
    this.flagsOf[id] = (fn ? FUNCTION : 0) | (term.length >= 2 && !fn ? COUNTABLE : 0) | (term === '' ? EMPTY : 0);
    return id;
  }

  private next(term: string | undefined): number {
    const id = this.strings.length;
    if (id === this.kindOf.length) {
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(id * 2);
        b.set(a);
        return b;
      };
      this.left = grow(this.left, (n) => new Int32Array(n));
      this.right = grow(this.right, (n) => new Int32Array(n));
      this.kindOf = grow(this.kindOf, (n) => new Float64Array(n));
      this.flagsOf = grow(this.flagsOf, (n) => new Uint8Array(n));
    }
    this.strings.push(term);
    this.left[id] = -1;
    this.right[id] = -1;
    return id;
  }
}
