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
  /** the ids of each sentence's distinct concepts, sentence after sentence: sentence i's are ids[from[i], from[i + 1]) */
  ids: Int32Array;
  from: Int32Array;
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

/** Per concept: how many of the documents' titles contain it (each concept once per title). */
function titleCounts(docs: Doc[], vocabulary: Map<string, number>, unigramId: Int32Array, pairs: PairTable, n: number): Float64Array {
  const inTitles = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  for (let di = 0; di < docs.length; di++) {
    const keys = syllableKeys(docs[di]!.meta.title ?? '');
    const t = Int32Array.from(keys, (x) => vocabulary.get(x) ?? -1);
    for (let i = -t.length; i + 1 < t.length; i++) {
      let id = -1;
      if (i < 0) {
        const x = t[t.length + i]!;
        if (x >= 0) id = unigramId[x]!;
      } else if (t[i]! >= 0 && t[i + 1]! >= 0) id = pairs.get(t[i]!, t[i + 1]!, -1);
      if (id >= 0 && seenIn[id] !== di) {
        seenIn[id] = di;
        inTitles[id]!++;
      }
    }
  }
  return inTitles;
}

/** Concepts: bigrams where at least one syllable is content, plus content syllables. */
export function storyConcepts(docs: Doc[], sentences: ProseSentence[], opt: ConceptOptions): StoryConcepts {
  let total = 0;
  let longest = 0;
  for (const s of sentences) {
    total += s.syllables.length;
    longest = Math.max(longest, s.syllables.length);
  }
  // Syllables become story-local numbers first, so bigrams are pairs of numbers, not strings.
  const vocabulary = new Map<string, number>();
  const isFunction = new Uint8Array(total);
  const unigramId = new Int32Array(total).fill(-1); // per syllable: its concept id (content syllables)
  const pairs = new PairTable(total);
  let n = 0; // concepts so far
  // At most a unigram and a bigram per syllable.
  const docCount = new Int32Array(2 * total);
  const lastDoc = new Int32Array(2 * total);
  const lastSentence = new Int32Array(2 * total);
  const bigram = new Uint8Array(2 * total);
  const unigrams = opt.unigramWeight > 0;
  const ids = new Int32Array(2 * total);
  const from = new Int32Array(sentences.length + 1);
  const syl = new Int32Array(longest);
  let m = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const keys = s.syllables;
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
        lastDoc[id] = -1;
        lastSentence[id] = -1;
        bigram[id] = i < 0 ? 0 : 1;
      }
      if (lastSentence[id] === si) continue;
      lastSentence[id] = si;
      ids[m++] = id;
      if (lastDoc[id] !== docIndex) {
        lastDoc[id] = docIndex;
        docCount[id]!++;
      }
    }
    from[si + 1] = m;
  }
  const inTitles = titleCounts(docs, vocabulary, unigramId, pairs, n);
  const weights = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    const count = docCount[id]! + opt.titleWeight * inTitles[id]!;
    // In a multi-document story a concept one document alone mentions is no evidence of importance.
    weights[id] = (bigram[id] ? 1 : opt.unigramWeight) * (docs.length > 1 ? (count > 1 ? Math.pow(count, opt.conceptPower) : 0) : 1);
  }
  return { ids, from, weights };
}
