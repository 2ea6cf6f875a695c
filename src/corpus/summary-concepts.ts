/**
 * The concepts a summary covers: content syllable bigrams and content syllables of a story's prose,
 * each weighted by how many of the story's documents (and titles) contain it, so what several outlets
 * report counts more than what one says (Gillick & Favre 2009).
 */
import type { Doc } from '../core/doc.ts';
import { FUNCTION_SYLLABLES, syllableKeys, type ProseSentence } from './sentences.ts';
import { PairTable } from './pair-table.ts';

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

function titleCounts(docs: Doc[], vocabulary: Map<string, number>, unigramId: Int32Array, pairs: PairTable, n: number): Float64Array {
  const inTitles = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  for (let di = 0; di < docs.length; di++) {
    const keys = syllableKeys(docs[di]!.meta.title ?? '');
    const t = Int32Array.from(keys, (x) => vocabulary.get(x) ?? -1);
    for (let i = 0; i < t.length; i++) if (t[i]! >= 0) countOnce(inTitles, seenIn, unigramId[t[i]!]!, di);
    for (let i = 0; i + 1 < t.length; i++) if (t[i]! >= 0 && t[i + 1]! >= 0) countOnce(inTitles, seenIn, pairs.get(t[i]!, t[i + 1]!), di);
  }
  return inTitles;
}

/** Counts concept `id` (when it is one) once per document `di`. */
function countOnce(counts: Float64Array, seenIn: Int32Array, id: number, di: number): void {
  if (id >= 0 && seenIn[id] !== di) {
    seenIn[id] = di;
    counts[id]!++;
  }
}

/**
 * Concepts: bigrams where at least one syllable is content, plus content syllables. A first pass
 * numbers the concepts at each syllable (so the counters below are sized to the story's distinct
 * concepts, not to its length); a second counts the documents containing each.
 */
export function storyConcepts(docs: Doc[], sentences: ProseSentence[], opt: ConceptOptions): StoryConcepts {
  let total = 0;
  let longest = 0;
  for (const s of sentences) {
    total += s.syllables.length;
    longest = Math.max(longest, s.syllables.length);
  }
  // Syllables become story-local numbers first, so bigrams are pairs of numbers, not strings.
  const vocabulary = new Map<string, number>();
  const isFunction: number[] = [];
  const unigramId: number[] = []; // per syllable: its concept id (content syllables), or -1
  const pairs = new PairTable(total); // a story has no more bigrams than syllables: never grows
  const unigrams = opt.unigramWeight > 0;
  // Per syllable of the story: the concept of the syllable and of the bigram it starts, or -1.
  const unigramAt = new Int32Array(total).fill(-1);
  const bigramAt = new Int32Array(total).fill(-1);
  const isBigram: number[] = [];
  const syl = new Int32Array(longest);
  let at = 0;
  for (const s of sentences) {
    const keys = s.syllables;
    for (let i = 0; i < keys.length; i++) {
      const x = keys[i]!;
      let v = vocabulary.get(x);
      if (v === undefined) {
        vocabulary.set(x, (v = vocabulary.size));
        isFunction.push(FUNCTION_SYLLABLES.has(x) ? 1 : 0);
        unigramId.push(-1);
      }
      syl[i] = v;
    }
    for (let i = 0; i < keys.length; i++, at++) {
      const x = syl[i]!;
      if (unigrams && !isFunction[x]) {
        if (unigramId[x]! < 0) {
          unigramId[x] = isBigram.length;
          isBigram.push(0);
        }
        unigramAt[at] = unigramId[x]!;
      }
      if (i + 1 < keys.length && !(isFunction[x] && isFunction[syl[i + 1]!])) {
        let id = pairs.get(x, syl[i + 1]!);
        if (id < 0) {
          id = isBigram.length;
          pairs.add(x, syl[i + 1]!, id);
          isBigram.push(1);
        }
        bigramAt[at] = id;
      }
    }
  }
  const n = isBigram.length;
  // Each concept once per sentence; sentences come document by document, so a new document index
  // is a new document for the concept's count.
  const docCount = new Int32Array(n);
  const lastDoc = new Int32Array(n).fill(-1);
  const lastSentence = new Int32Array(n).fill(-1);
  const ids = new Int32Array(2 * total);
  const from = new Int32Array(sentences.length + 1);
  let m = 0;
  at = 0;
  for (let si = 0; si < sentences.length; si++) {
    const docIndex = sentences[si]!.docIndex;
    const end = at + sentences[si]!.syllables.length;
    for (let pass = 0; pass < 2; pass++) {
      const concept = pass === 0 ? unigramAt : bigramAt;
      for (let p = at; p < end; p++) {
        const id = concept[p]!;
        if (id < 0 || lastSentence[id] === si) continue;
        lastSentence[id] = si;
        ids[m++] = id;
        if (lastDoc[id] !== docIndex) {
          lastDoc[id] = docIndex;
          docCount[id]!++;
        }
      }
    }
    at = end;
    from[si + 1] = m;
  }
  const inTitles = titleCounts(docs, vocabulary, Int32Array.from(unigramId), pairs, n);
  const weights = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    const count = docCount[id]! + opt.titleWeight * inTitles[id]!;
    // In a multi-document story a concept one document alone mentions is no evidence of importance.
    weights[id] = (isBigram[id] ? 1 : opt.unigramWeight) * (docs.length > 1 ? (count > 1 ? Math.pow(count, opt.conceptPower) : 0) : 1);
  }
  return { ids, from, weights };
}
