/**
 * The concepts a summary covers: content syllable bigrams and content syllables of a story's prose,
 * each weighted by how many of the story's documents (and titles) contain it, so what several outlets
 * report counts more than what one says (Gillick & Favre 2009).
 */
import type { Doc } from '../core/doc.ts';
import { FUNCTION_SYLLABLES, syllableKeys, type ProseSentence } from './sentences.ts';

export interface ConceptOptions {
  /** concept weight = (documents + titleWeight × titles containing it) ^ power */
  conceptPower: number;
  /** weight of single content syllables as concepts, relative to bigrams */
  unigramWeight: number;
  /** extra weight of a concept per article title that contains it: titles state the gist */
  titleWeight: number;
}

export interface StoryConcepts {
  /** per sentence: the ids of its distinct concepts */
  ids: Int32Array[];
  /** per concept id: its weight in the coverage objective */
  weights: Float64Array;
}

/**
 * Bigram ids through open addressing on the pair of syllable ids (a JS Map keyed by numbers costs
 * several times more per lookup, and a story looks up every bigram of its prose).
 */
class PairTable {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly id: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.a = new Int32Array(size).fill(-1);
    this.b = new Int32Array(size);
    this.id = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The id of pair (x, y), or -1; with `next` >= 0 an absent pair is stored under that id. */
  get(x: number, y: number, next: number): number {
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    for (;;) {
      const ax = this.a[h]!;
      if (ax === -1) {
        if (next < 0) return -1;
        this.a[h] = x;
        this.b[h] = y;
        this.id[h] = next;
        return next;
      }
      if (ax === x && this.b[h] === y) return this.id[h]!;
      h = (h + 1) & this.mask;
    }
  }
}

/** Growable per-concept counters (typed arrays: a story has tens of thousands of concepts). */
function grow(a: Int32Array, n: number): Int32Array {
  if (n < a.length) return a;
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Concepts: bigrams where at least one syllable is content, plus content syllables. */
export function storyConcepts(docs: Doc[], sentences: ProseSentence[], opt: ConceptOptions): StoryConcepts {
  let total = 0;
  for (const s of sentences) total += s.syllables.length;
  // Syllables become story-local numbers first, so bigrams are pairs of numbers, not strings.
  const vocabulary = new Map<string, number>();
  const isFunction = new Uint8Array(total);
  const unigramId = new Int32Array(total).fill(-1); // per syllable: its concept id (content syllables)
  const pairs = new PairTable(total);
  let n = 0; // concepts so far
  let docCount: Int32Array = new Int32Array(1024);
  let lastDoc: Int32Array = new Int32Array(1024);
  let lastSentence: Int32Array = new Int32Array(1024);
  let bigram: Int32Array = new Int32Array(1024);
  const unigrams = opt.unigramWeight > 0;
  let out: Int32Array = new Int32Array(256);
  let syl: Int32Array = new Int32Array(256);
  const ids: Int32Array[] = new Array(sentences.length);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const keys = s.syllables;
    if (keys.length * 2 > out.length) [out, syl] = [new Int32Array(keys.length * 2), new Int32Array(keys.length * 2)];
    for (let i = 0; i < keys.length; i++) {
      const x = keys[i]!;
      let v = vocabulary.get(x);
      if (v === undefined) {
        vocabulary.set(x, (v = vocabulary.size));
        isFunction[v] = FUNCTION_SYLLABLES.has(x) ? 1 : 0;
      }
      syl[i] = v;
    }
    // Each concept once per sentence; sentences come document by document, so a new document index
    // is a new document for the concept's count.
    const docIndex = s.docIndex;
    let m = 0;
    for (let i = unigrams ? -keys.length : 0; i + 1 < keys.length; i++) {
      let id: number;
      if (i < 0) {
        const x = syl[keys.length + i]!;
        if (isFunction[x]) continue;
        id = unigramId[x]!;
        if (id < 0) unigramId[x] = id = n;
      } else {
        const x = syl[i]!;
        const y = syl[i + 1]!;
        if (isFunction[x] && isFunction[y]) continue;
        id = pairs.get(x, y, n);
      }
      if (id === n) {
        n++;
        if (n >= docCount.length) [docCount, lastDoc, lastSentence, bigram] = [grow(docCount, n), grow(lastDoc, n), grow(lastSentence, n), grow(bigram, n)];
        lastDoc[id] = -1;
        lastSentence[id] = -1;
        bigram[id] = i < 0 ? 0 : 1;
      }
      if (lastSentence[id] === si) continue;
      lastSentence[id] = si;
      out[m++] = id;
      if (lastDoc[id] !== docIndex) {
        lastDoc[id] = docIndex;
        docCount[id]!++;
      }
    }
    ids[si] = out.slice(0, m);
  }
  // Titles: each concept once per title.
  const inTitles = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  for (let di = 0; di < docs.length; di++) {
    const t = syllableKeys(docs[di]!.meta.title ?? '').map((x) => vocabulary.get(x) ?? -1);
    for (let i = -t.length; i + 1 < t.length; i++) {
      const id = i < 0 ? (t[t.length + i]! >= 0 ? unigramId[t[t.length + i]!]! : -1) : t[i]! >= 0 && t[i + 1]! >= 0 ? pairs.get(t[i]!, t[i + 1]!, -1) : -1;
      if (id >= 0 && seenIn[id] !== di) {
        seenIn[id] = di;
        inTitles[id]!++;
      }
    }
  }
  const weights = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    const count = docCount[id]! + opt.titleWeight * inTitles[id]!;
    // In a multi-document story a concept one document alone mentions is no evidence of importance.
    weights[id] = (bigram[id] ? 1 : opt.unigramWeight) * (docs.length > 1 ? (count > 1 ? Math.pow(count, opt.conceptPower) : 0) : 1);
  }
  return { ids, weights };
}
