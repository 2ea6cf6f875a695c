/**
 * Features for labelling each unit B (starts a word) or I (continues the previous one). Training
 * and prediction share this code, so the hashed feature indices are the same by construction.
 * Templates: unit n-grams in a ±2 window, shapes (case, Vietnamese-or-foreign syllable, number
 * form), lexicon matches around the boundary and the dictionary's parts of speech of the words
 * and syllables there, forward/backward longest-matching decisions,
 * treebank counts of the syllable pair, its association in raw news text (only in a model trained
 * with one), and the two previous labels.
 */
import { hasLonger, isWord, listsOf, posOf, MAX_WORD, SEQ_SEED, type Lexicon } from './lexicon.ts';
import { f1, f2, f3, hashString, mix, syllableForm } from './keys.ts';
import { IntTable, SpanIds } from './inttable.ts';
import { isVietSyllable, MIXED, NUM, PUNCT, SYL, type Units } from './units.ts';

export const B = 1;
export const I = 0;

// shapes
const LOWER_VI = 1, LOWER_FOREIGN = 2, CAP_VI = 3, CAP_FOREIGN = 4, ALLCAPS = 5;
const NUM_SHORT = 6, NUM_YEAR = 7, NUM_INT = 8, NUM_SLASH = 9, NUM_DASH = 10, NUM_DOT = 11, NUM_COLON = 12;
const MIX_HYPHEN = 13, MIX_ALNUM = 14, MIX_DOTTED = 15, MIX_OTHER = 16, PUNCT_SHAPE = 17;
const BOS = 18, EOS = 19;
const BOS_KEY = hashString('<s>'), EOS_KEY = hashString('</s>');
const NUM_SEED = hashString('<num>');
/** form tags of the sentence edges (unit kinds are 0-3), and their form ids */
const BOS_TAG = 4, EOS_TAG = 5;
const BOS_ID = 0, EOS_ID = 1;
/** distinct unit forms kept between sentences (ViMs, 1,945 articles, has ~13,000) */
const FORM_LIMIT = 20_000;
const FORM_STRIDE = 8;
const F_KEY = 0, F_SHAPE = 1, F_LEX = 2, F_SEQ = 3, F_FLAGS = 4;

// Per pair of neighbouring forms, direct-mapped by the two form ids: the pair's treebank and
// association buckets, its two-unit lexicon sequence key and flags, then cells the scorer fills
// with its summed pair weights (scorer.ts). News repeats its syllable pairs: about 2 pair readings
// in 3 find their cell, and skip the pair and lexicon tables (1.5 MB between them).
const PAIR_BITS = 14;
export const PAIR_STRIDE = 8;
export const P_KEY = 0; // (first id << 15 | second id), -1 = empty
const P_STATS = 1, P_SEQ = 2, P_FLAGS = 3;
/** the first of the scorer's cells, which hold NO_SUMS until it fills them */
export const P_SUMS = 4;
export const NO_SUMS = 1 << 30;
/** form ids at or past this do not fit a key (a sentence with that many distinct forms): not memoised */
const PAIR_ID_LIMIT = 1 << 15;

/** Features per unit (an upper bound, for buffers). */
export const MAX_FEATURES = 56;

/** A statistic of unit pairs, bucketed (0 = unknown), by pair key mix(key1, key2): see scripts/train-segmenter.ts. */
export type PairBuckets = Map<number, number>;

export interface PairStats {
  /** association of the pair in raw news text (unlabelled) */
  assoc: PairBuckets | IntTable;
  /** how often the treebank writes the pair inside one word and across a word boundary */
  treebank: PairBuckets | IntTable;
}

function numShape(s: string): number {
  if (s.includes('/')) return NUM_SLASH;
  if (s.includes(':')) return NUM_COLON;
  if (s.includes('-')) return NUM_DASH;
  if (s.includes('.') || s.includes(',')) return NUM_DOT;
  if (s.length <= 2) return NUM_SHORT;
  if (s.length === 4 && (s.startsWith('19') || s.startsWith('20'))) return NUM_YEAR;
  return NUM_INT;
}

function sylShape(raw: string, form: string): number {
  const first = raw[0]!;
  const cap = first !== form[0];
  if (cap && raw.length > 1 && raw === raw.toUpperCase()) return ALLCAPS;
  const viet = isVietSyllable(form);
  return cap ? (viet ? CAP_VI : CAP_FOREIGN) : viet ? LOWER_VI : LOWER_FOREIGN;
}

function mixedShape(raw: string): number {
  if (raw.includes('://') || raw.startsWith('www')) return MIX_OTHER;
  if (/\d/.test(raw)) return MIX_ALNUM;
  if (raw.includes('-')) return MIX_HYPHEN;
  if (raw.includes('.')) return MIX_DOTTED;
  return MIX_OTHER;
}

/** What `Featurizer.context` found about one unit: see there. */
export class UnitContext {
  span = 0;
  crossLen = 0;
  crossLists = 0;
  crossPos = 0;
  starts = 0;
  ends = 0;
  endLists = 0;
  startLists = 0;
  endPos = 0;
  startPos = 0;
  pos0 = 0;
  pos1 = 0;
  f = 0;
  b = 0;
  seen = 0;
  pair = 0;
}

/** Per-sentence state: keys, shapes and lexicon matches of every unit, in reusable buffers. */
export class Featurizer {
  private cap = 0;
  /** unit keys and shapes, padded by 2 on both sides: index i + 2 is unit i (read-only outside) */
  readonly key: Int32Array = new Int32Array(0);
  readonly shape: Int32Array = new Int32Array(0);
  private startMask = new Int32Array(0);
  private endMask = new Int32Array(0);
  /** forward / backward longest-matching label of each unit, index i (read-only outside; longer than n) */
  readonly fmm: Uint8Array = new Uint8Array(0);
  readonly bmm: Uint8Array = new Uint8Array(0);
  private assoc = new Uint8Array(0);
  private seen = new Uint8Array(0);
  /** per unit a: the lexicon sequence key and flags of units a, a + 1 */
  private seq2 = new Int32Array(0);
  private flags2 = new Int32Array(0);
  /** pair cells (see PAIR_STRIDE), read-only outside except the scorer's own cells */
  readonly pairCells = new Int32Array(PAIR_STRIDE << PAIR_BITS);
  /** per padded position p: where the cell of the forms at p - 1, p is, or -1 (not memoised) */
  readonly pairAt: Int32Array = new Int32Array(0);
  private readonly scratch = new Int32Array(PAIR_STRIDE);
  /** which word lists hold the lexicon word of `len` units starting at unit a: index a * 8 + len */
  private lists = new Uint8Array(0);
  /** the dictionary's parts of speech of the same words, same index */
  private pos = new Uint8Array(0);
  /** the unit keys used for lexicon lookups (0 for units that cannot be in a word) */
  readonly lexKey: Int32Array = new Int32Array(0);
  n = 0;

  // Units interned by text and kind: news repeats a few thousand forms, so nearly every unit skips
  // the slicing, lower-casing, normalisation, hashing and first lexicon lookup, and per-form data
  // (here and in scorer.ts) sits in small dense arrays. Cleared between sentences past FORM_LIMIT.
  private readonly forms = new SpanIds(15);
  /** each unit's form id, padded like `key` (the padding has the ids BOS_ID and EOS_ID) */
  readonly formId: Int32Array = new Int32Array(0);
  /** per form id, side by side (one cache line): key, shape, lexicon key, its one-unit lexicon sequence key and flags */
  private formData = new Int32Array(64 * FORM_STRIDE);
  /** form ids the per-form arrays can hold now (they grow) */
  get formCapacity(): number {
    return this.formData.length / FORM_STRIDE;
  }
  /** how many times the form ids were reset (per-form data elsewhere is then stale) */
  formResets = 0;
  private readonly entries: IntTable;
  private readonly assocPairs: IntTable;
  /** association features exist only in models trained with an association table (scripts/train-segmenter.ts --assoc) */
  readonly hasAssoc: boolean;
  private readonly at = new UnitContext();
  private readonly treebankPairs: IntTable;

  constructor(lexicon: Lexicon, stats: PairStats) {
    this.entries = lexicon.entries;
    this.assocPairs = stats.assoc instanceof IntTable ? stats.assoc : IntTable.fromMap(stats.assoc);
    this.hasAssoc = stats.assoc.size > 0;
    this.treebankPairs = stats.treebank instanceof IntTable ? stats.treebank : IntTable.fromMap(stats.treebank);
    this.resetForms();
  }

  private resetForms(): void {
    this.forms.clear();
    this.pairCells.fill(-1);
    this.formResets++;
    this.addForm('', 0, 0, BOS_TAG);
    this.addForm('', 0, 0, EOS_TAG);
  }

  /** Give text[start, end) of unit kind `kind` (or a sentence edge tag) the next form id; returns it. */
  private addForm(text: string, start: number, end: number, kind: number): number {
    this.forms.find(text, start, end, kind);
    const id = this.forms.add();
    if ((id + 1) * FORM_STRIDE > this.formData.length) {
      const grown = new Int32Array(this.formData.length * 2);
      grown.set(this.formData);
      this.formData = grown;
    }
    const raw = text.slice(start, end);
    let k: number, s: number, lex = 0;
    if (kind === SYL) {
      const form = syllableForm(raw);
      k = lex = hashString(form);
      s = sylShape(raw, form);
    } else if (kind === NUM) {
      s = numShape(raw);
      k = mix(NUM_SEED, s);
    } else if (kind === MIXED) {
      k = lex = hashString(syllableForm(raw));
      s = mixedShape(raw);
    } else if (kind === PUNCT) {
      k = hashString(raw);
      s = PUNCT_SHAPE;
    } else {
      k = kind === BOS_TAG ? BOS_KEY : EOS_KEY;
      s = kind === BOS_TAG ? BOS : EOS;
    }
    const o = id * FORM_STRIDE;
    const seq = lex ? mix(SEQ_SEED, lex) : 0;
    this.formData[o + F_KEY] = k;
    this.formData[o + F_SHAPE] = s;
    this.formData[o + F_LEX] = lex;
    this.formData[o + F_SEQ] = seq;
    this.formData[o + F_FLAGS] = lex ? this.entries.get(seq) : 0;
    return id;
  }

  private ensure(n: number): void {
    if (n + 4 <= this.cap) return;
    this.cap = Math.max(64, (n + 4) * 2);
    (this as { key: Int32Array }).key = new Int32Array(this.cap);
    (this as { shape: Int32Array }).shape = new Int32Array(this.cap);
    this.startMask = new Int32Array(this.cap);
    this.endMask = new Int32Array(this.cap);
    (this as { fmm: Uint8Array }).fmm = new Uint8Array(this.cap);
    (this as { bmm: Uint8Array }).bmm = new Uint8Array(this.cap);
    this.assoc = new Uint8Array(this.cap);
    this.seen = new Uint8Array(this.cap);
    this.lists = new Uint8Array(this.cap * 8);
    this.pos = new Uint8Array(this.cap * 8);
    (this as { lexKey: Int32Array }).lexKey = new Int32Array(this.cap);
    (this as { formId: Int32Array }).formId = new Int32Array(this.cap);
    (this as { pairAt: Int32Array }).pairAt = new Int32Array(this.cap);
    this.seq2 = new Int32Array(this.cap);
    this.flags2 = new Int32Array(this.cap);
  }

  /** Compute the per-unit state for units [0, u.n) of `text`. */
  prepare(text: string, u: Units): void {
    const n = u.n;
    this.ensure(n);
    this.n = n;
    if (this.forms.size > FORM_LIMIT) this.resetForms();
    const { formId, forms } = this;
    formId[0] = formId[1] = BOS_ID;
    formId[n + 2] = formId[n + 3] = EOS_ID;
    const { key, shape, lexKey } = this;
    key[0] = key[1] = BOS_KEY;
    shape[0] = shape[1] = BOS;
    key[n + 2] = key[n + 3] = EOS_KEY;
    shape[n + 2] = shape[n + 3] = EOS;
    for (let i = 0; i < n; i++) {
      const kind = u.kind[i]!;
      let id = forms.find(text, u.start[i]!, u.end[i]!, kind);
      if (id < 0) id = this.addForm(text, u.start[i]!, u.end[i]!, kind);
      formId[i + 2] = id;
      const o = id * FORM_STRIDE;
      key[i + 2] = this.formData[o + F_KEY]!;
      shape[i + 2] = this.formData[o + F_SHAPE]!;
      lexKey[i] = this.formData[o + F_LEX]!;
    }
    this.pairs(n);
    this.matchLexicon(n);
    this.longestMatch(n);
  }

  /** Each pair of neighbouring units (and sentence edges): its cell, and its data per unit. */
  private pairs(n: number): void {
    const { formId, pairCells, pairAt, seen, assoc, seq2, flags2 } = this;
    seen[0] = assoc[0] = 0;
    for (let p = 1; p < n + 4; p++) {
      const a = formId[p - 1]!, b = formId[p]!;
      let cells = this.scratch;
      let o = 0;
      if (a < PAIR_ID_LIMIT && b < PAIR_ID_LIMIT) {
        const pk = (a << 15) | b;
        cells = pairCells;
        o = (Math.imul(pk, 0x9e3779b1) >>> (32 - PAIR_BITS)) * PAIR_STRIDE;
        if (cells[o + P_KEY] !== pk) {
          this.pairData(cells, o, a, b);
          cells[o + P_KEY] = pk;
          cells[o + P_SUMS] = NO_SUMS;
        }
        pairAt[p] = o;
      } else {
        this.pairData(cells, 0, a, b);
        pairAt[p] = -1;
      }
      const i = p - 2; // the pair's second unit
      if (i >= 1 && i < n) {
        const stats = cells[o + P_STATS]!;
        seen[i] = stats & 255;
        assoc[i] = stats >> 8;
        seq2[i - 1] = cells[o + P_SEQ]!;
        flags2[i - 1] = cells[o + P_FLAGS]!;
      }
    }
  }

  /** The pair and lexicon data of forms a, b into cells[o…]. */
  private pairData(cells: Int32Array, o: number, a: number, b: number): void {
    const { formData } = this;
    const lexA = formData[a * FORM_STRIDE + F_LEX]!, lexB = formData[b * FORM_STRIDE + F_LEX]!;
    let stats = 0, seq = 0, flags = 0;
    if (lexA && lexB) {
      const pk = mix(lexA, lexB);
      stats = this.treebankPairs.get(pk) | ((this.hasAssoc ? this.assocPairs.get(pk) : 0) << 8);
      seq = mix(formData[a * FORM_STRIDE + F_SEQ]!, lexB);
      if (hasLonger(formData[a * FORM_STRIDE + F_FLAGS]!)) flags = this.entries.get(seq);
    }
    cells[o + P_STATS] = stats;
    cells[o + P_SEQ] = seq;
    cells[o + P_FLAGS] = flags;
  }

  private matchLexicon(n: number): void {
    const { startMask, endMask, lexKey } = this;
    const entries = this.entries;
    startMask.fill(0, 0, n);
    endMask.fill(0, 0, n);
    for (let a = 0; a < n; a++) {
      if (!lexKey[a]) continue;
      const id = this.formId[a + 2]!;
      let h = this.formData[id * FORM_STRIDE + F_SEQ]!;
      for (let j = a; j < n && j - a < MAX_WORD && lexKey[j]; j++) {
        let f: number;
        if (j === a) f = this.formData[id * FORM_STRIDE + F_FLAGS]!;
        else if (j === a + 1) {
          h = this.seq2[a]!; // looked up with the pair (see pairs)
          f = this.flags2[a]!;
        } else {
          h = mix(h, lexKey[j]!);
          f = entries.get(h);
        }
        if (!f) break;
        if (isWord(f)) {
          startMask[a] |= 1 << (j - a + 1);
          endMask[j] |= 1 << (j - a + 1);
          this.lists[a * 8 + j - a + 1] = listsOf(f);
          this.pos[a * 8 + j - a + 1] = posOf(f);
        }
        if (!hasLonger(f)) break;
      }
    }
  }

  /** Forward and backward longest matching over the lexicon: two classic segmentations as features. */
  private longestMatch(n: number): void {
    const { startMask, endMask, fmm, bmm } = this;
    for (let i = 0; i < n; ) {
      const m = startMask[i]!;
      const len = m ? 31 - Math.clz32(m) : 1;
      fmm[i] = B;
      for (let k = 1; k < len; k++) fmm[i + k] = I;
      i += len;
    }
    for (let j = n - 1; j >= 0; ) {
      const m = endMask[j]!;
      const len = m ? 31 - Math.clz32(m) : 1;
      bmm[j - len + 1] = B;
      for (let k = j - len + 2; k <= j; k++) bmm[k] = I;
      j -= len;
    }
  }

  /** Forward-longest-matching labels (the baseline segmenter). */
  forwardLabels(): Uint8Array {
    return this.fmm.subarray(0, this.n);
  }


  /**
   * The label-independent facts about the boundary before unit i that the templates read besides
   * keys and shapes (lexicon words around it, longest-matching labels, pair statistics), in `at`.
   * Shared by `collect` and the fast scorer (scorer.ts).
   */
  context(i: number): UnitContext {
    const c = this.at;
    // lexicon: the words that span the boundary (i-1, i), one bit per (length, offset of i)
    let span = 0;
    let crossLen = 0;
    let crossLists = 0;
    let crossPos = 0;
    for (let a = Math.max(0, i - MAX_WORD + 1); a < i; a++) {
      const off = i - a;
      for (let m = this.startMask[a]! >> (off + 1), len = off + 1; m; m >>= 1, len++) {
        if (!(m & 1)) continue;
        span |= 1 << (((len - 1) * (len - 2)) / 2 + off - 1);
        if (len > crossLen) {
          crossLen = len;
          crossLists = this.lists[a * 8 + len]!;
          crossPos = this.pos[a * 8 + len]!;
        }
      }
    }
    const starts = i < this.n ? this.startMask[i]! & 0x7e : 0;
    const ends = i > 0 ? this.endMask[i - 1]! & 0x7e : 0;
    // the word lists of the longest lexicon words ending just before i and starting at i
    const endLen = ends ? 31 - Math.clz32(ends) : 0;
    const startLen = starts ? 31 - Math.clz32(starts) : 0;
    c.span = span;
    c.crossLen = crossLen;
    c.crossLists = crossLists;
    c.crossPos = crossPos;
    c.starts = starts;
    c.ends = ends;
    c.endLists = endLen ? this.lists[(i - endLen) * 8 + endLen]! : 0;
    c.startLists = startLen ? this.lists[i * 8 + startLen]! : 0;
    // parts of speech: of those words, of the word across the boundary, of the two syllables alone
    c.endPos = endLen ? this.pos[(i - endLen) * 8 + endLen]! : 0;
    c.startPos = startLen ? this.pos[i * 8 + startLen]! : 0;
    c.pos0 = this.posAlone(i);
    c.pos1 = this.posAlone(i - 1);
    c.f = this.fmm[i]!;
    c.b = this.bmm[i]!;
    c.seen = this.seen[i]!;
    c.pair = this.assoc[i]!;
    return c;
  }

  /** The dictionary's parts of speech of unit i as a word alone (0 if it is none, or i is outside the sentence). */
  posAlone(i: number): number {
    return i >= 0 && i < this.n && this.startMask[i]! & 2 ? this.pos[i * 8 + 1]! : 0;
  }

  /** The association bucket of units i - 1 and i (0 outside the sentence). */
  assocAt(i: number): number {
    return i > 0 && i < this.n ? this.assoc[i]! : 0;
  }

  /**
   * Feature indices (before masking) for unit i given the two previous labels; returns the count.
   * Each feature is a template number mixed with its values. scorer.ts sums the weights of the same
   * features faster: change both together (test/segment-scorer.test.ts compares them).
   */
  collect(i: number, y1: number, y2: number, out: Int32Array): number {
    const { key, shape } = this;
    const p = i + 2;
    const s0 = key[p]!, s1 = key[p - 1]!, s2 = key[p - 2]!, n1 = key[p + 1]!, n2 = key[p + 2]!;
    const t0 = shape[p]!, t1 = shape[p - 1]!, t2 = shape[p - 2]!, u1 = shape[p + 1]!;
    const { span, crossLen, crossLists, crossPos, starts, ends, endLists, startLists, endPos, startPos, pos0, pos1, f, b, seen } = this.context(i);
    let k = 0;
    const tt = (t1 << 5) | t0; // shapes < 32
    const fb = (f << 1) | b;
    out[k++] = f1(1, s0);
    out[k++] = f1(2, s1);
    out[k++] = f1(3, n1);
    out[k++] = f1(4, s2);
    out[k++] = f1(5, n2);
    out[k++] = f2(6, s1, s0);
    out[k++] = f2(7, s0, n1);
    out[k++] = f2(8, s2, s1);
    out[k++] = f2(9, n1, n2);
    out[k++] = f2(10, s1, n1);
    out[k++] = f3(11, s2, s1, s0);
    out[k++] = f3(12, s1, s0, n1);
    out[k++] = f3(13, s0, n1, n2);
    out[k++] = f2(14, t1, t0);
    out[k++] = f2(15, t0, u1);
    out[k++] = f3(16, t2, t1, t0);
    out[k++] = f3(17, t1, t0, u1);
    out[k++] = f1(18, span);
    out[k++] = f1(19, crossLen);
    out[k++] = f1(20, starts);
    out[k++] = f1(21, ends);
    out[k++] = f1(22, f);
    out[k++] = f1(23, b);
    out[k++] = f2(24, f, b);
    out[k++] = f3(25, f, b, tt);
    out[k++] = f2(26, crossLen, tt);
    out[k++] = f1(27, y1);
    out[k++] = f2(28, y1, y2);
    out[k++] = f2(29, y1, s0);
    out[k++] = f3(30, y1, t1, t0);
    out[k++] = f2(31, y1, fb);
    if (this.hasAssoc) {
      const pair = this.at.pair;
      out[k++] = f1(32, pair);
      out[k++] = f2(33, pair, tt);
      out[k++] = f2(34, pair, crossLen);
    }
    out[k++] = f2(35, s1, t0);
    out[k++] = f2(36, t1, s0);
    // how far each syllable trusts the lexicon: classifiers ("cuộc", "con") split off even dictionary words
    const crosses = crossLen > 0 ? 1 : 0;
    out[k++] = f2(37, s1, crosses);
    out[k++] = f2(38, s0, crosses);
    out[k++] = f2(39, s1, f);
    out[k++] = f2(40, s0, b);
    out[k++] = f2(42, crossLists, crossLen);
    out[k++] = f2(43, endLists, startLists);
    out[k++] = f3(44, crossLists, endLists, startLists);
    out[k++] = f1(45, seen);
    out[k++] = f2(46, seen, crossLen);
    out[k++] = f2(47, seen, tt);
    out[k++] = f2(48, pos1, pos0);
    out[k++] = f2(49, crossPos, crossLen);
    out[k++] = f2(50, endPos, startPos);
    out[k++] = f2(51, pos1, s0);
    out[k++] = f2(52, s1, pos0);
    out[k++] = 41; // bias
    return k;
  }
}

/** Must unit i start a word whatever the model says? (sentence start, punctuation on either side) */
export function forcedStart(u: Units, i: number): boolean {
  return i === 0 || u.kind[i] === PUNCT || u.kind[i - 1] === PUNCT;
}
