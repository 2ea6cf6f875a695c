/**
 * What the summary knows about a story's sentences: its concepts (content syllable bigrams and
 * syllables, weighted by how many of the story's documents and titles contain them) and, per
 * sentence, the cheap features the trained scorer (summary-scorer.ts) reads. The training script
 * (scripts/train-summary.ts) calls the same functions, so training and use cannot drift apart.
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
  /** per concept id: how many of the story's documents contain it */
  docCount: Int32Array;
  /** per concept id: a bigram (1) or a single syllable (0) */
  isBigram: Uint8Array;
  /** the story's syllables, numbered */
  vocabulary: Map<string, number>;
  /** per sentence: its syllables as vocabulary ids */
  syllables: Int32Array[];
  /** per vocabulary id: a function syllable (FUNCTION_SYLLABLES) */
  isFunction: Uint8Array;
}

/**
 * Concepts: bigrams where at least one syllable is content, plus content syllables. Syllables become
 * story-local integers first and a bigram the number (a + 1) × size + b, so every sentence's concepts
 * are found with numeric maps instead of building a string per bigram.
 */
export function storyConcepts(docs: Doc[], sentences: ProseSentence[], opt: ConceptOptions): StoryConcepts {
  const vocabulary = new Map<string, number>();
  const functionFlags: number[] = [];
  const syllables = sentences.map((s) => {
    const out = new Int32Array(s.syllables.length);
    for (let i = 0; i < out.length; i++) {
      const x = s.syllables[i]!;
      let id = vocabulary.get(x);
      if (id === undefined) {
        vocabulary.set(x, (id = functionFlags.length));
        functionFlags.push(FUNCTION_SYLLABLES.has(x) ? 1 : 0);
      }
      out[i] = id;
    }
    return out;
  });
  const isFunction = Uint8Array.from(functionFlags);
  const size = vocabulary.size;
  // Concept ids: a content syllable's through an array, a bigram's through a map keyed (a + 1) × size + b.
  const unigramId = new Int32Array(size).fill(-1);
  const index = new Map<number, number>();
  const docCount: number[] = [];
  const lastDoc: number[] = [];
  const lastSentence: number[] = [];
  const bigram: number[] = [];
  const unigrams = opt.unigramWeight > 0;
  const out: number[] = [];
  const ids = syllables.map((syl, si) => {
    const docIndex = sentences[si]!.docIndex;
    out.length = 0;
    for (let i = unigrams ? -syl.length : 0; i + 1 < syl.length; i++) {
      let id: number | undefined;
      if (i < 0) {
        const x = syl[syl.length + i]!;
        if (isFunction[x]) continue;
        id = unigramId[x]! >= 0 ? unigramId[x]! : undefined;
        if (id === undefined) unigramId[x] = id = docCount.length;
      } else {
        if (isFunction[syl[i]!] && isFunction[syl[i + 1]!]) continue;
        const key = (syl[i]! + 1) * size + syl[i + 1]!;
        id = index.get(key);
        if (id === undefined) index.set(key, (id = docCount.length));
      }
      if (id === docCount.length) {
        docCount.push(0);
        lastDoc.push(-1);
        lastSentence.push(-1);
        bigram.push(i < 0 ? 0 : 1);
      }
      if (lastSentence[id] === si) continue;
      lastSentence[id] = si;
      out.push(id);
      // Sentences come document by document: a new document index means a new document.
      if (lastDoc[id] !== docIndex) {
        lastDoc[id] = docIndex;
        docCount[id]!++;
      }
    }
    return Int32Array.from(out);
  });
  const inTitles = new Float64Array(docCount.length);
  for (const d of docs) {
    const t = syllableKeys(d.meta.title ?? '').map((x) => vocabulary.get(x) ?? -1);
    const seen = new Set<number>();
    for (let i = 0; i + 1 < t.length; i++) {
      const id = t[i]! >= 0 && t[i + 1]! >= 0 ? index.get((t[i]! + 1) * size + t[i + 1]!) : undefined;
      if (id !== undefined) seen.add(id);
    }
    for (const x of t) if (x >= 0 && unigramId[x]! >= 0) seen.add(unigramId[x]!);
    for (const id of seen) inTitles[id]!++;
  }
  const weights = new Float64Array(docCount.length);
  for (let id = 0; id < weights.length; id++) {
    const n = docCount[id]! + opt.titleWeight * inTitles[id]!;
    // In a multi-document story a concept one document alone mentions is no evidence of importance.
    weights[id] = (bigram[id] ? 1 : opt.unigramWeight) * (docs.length > 1 ? (n > 1 ? Math.pow(n, opt.conceptPower) : 0) : 1);
  }
  return { ids, weights, docCount: Int32Array.from(docCount), isBigram: Uint8Array.from(bigram), vocabulary, syllables, isFunction };
}

/** Feature names, in the order of the vectors below; the model file lists them and must match. */
export const BASE_FEATURES = [
  'first', 'inverse position', 'relative position', 'log position', 'log length', 'short', 'long',
  'concept gain', 'raw concept gain', 'document support', 'shared bigrams', 'centroid similarity',
  'title overlap', 'own title overlap', 'entity density', 'digit share', 'quote mark', 'question',
  'best match elsewhere', 'documents echoing it', 'mean match per document', 'bigram support',
  'log document length', 'log documents',
] as const;
/** Features also given as a z-score within the story: what matters is how a sentence compares with its rivals. */
const RELATIVE = [7, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21, 4];
export const FEATURE_NAMES: readonly string[] = [...BASE_FEATURES, ...RELATIVE.map((j) => `${BASE_FEATURES[j]} (z)`)];

/** Cross-document similarity costs up to n² time and n × documents memory: bigger stories go without it. */
const MAX_PAIRWISE = 3000;
const MAX_ECHO_CELLS = 2_000_000;
/** Two sentences of different documents this similar (cosine of content syllables) report the same thing. */
const ECHO = 0.35;

interface Bag { keys: Int32Array; counts: Float64Array; norm: number }

/** Content syllables of each sentence as a sparse count vector over vocabulary ids. */
function bags(c: StoryConcepts): Bag[] {
  const count = new Float64Array(c.isFunction.length);
  return c.syllables.map((syl) => {
    const keys: number[] = [];
    for (const x of syl) {
      if (c.isFunction[x]) continue;
      if (count[x] === 0) keys.push(x);
      count[x]!++;
    }
    const counts = Float64Array.from(keys, (x) => count[x]!);
    let n = 0;
    for (const x of keys) {
      n += count[x]! * count[x]!;
      count[x] = 0;
    }
    return { keys: Int32Array.from(keys), counts, norm: Math.sqrt(n) || 1 };
  });
}

/**
 * Per described sentence, its best cosine with each other document: how much of the story repeats it.
 * Dot products are accumulated through postings (syllable → rows containing it), so only pairs that
 * share a syllable cost anything.
 */
function echoes(sentences: ProseSentence[], rows: number[], b: Bag[], size: number, nDocs: number): Float64Array[] | null {
  const n = rows.length;
  if (n > MAX_PAIRWISE || n * nDocs > MAX_ECHO_CELLS) return null;
  const best = rows.map(() => new Float64Array(nDocs));
  const docOf = Int32Array.from(rows, (i) => sentences[i]!.docIndex);
  // Rows keep story order, document by document: the rows after a's document are all in other documents.
  const nextDocStart = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) nextDocStart[i] = i + 1 < n && docOf[i + 1] === docOf[i] ? nextDocStart[i + 1]! : i + 1;
  // Postings in CSR form: for each syllable, the rows containing it (ascending) and its count there.
  const start = new Int32Array(size + 1);
  for (const r of rows) for (const k of b[r]!.keys) start[k + 1]!++;
  for (let k = 0; k < size; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, size);
  const postRow = new Int32Array(start[size]!);
  const postCount = new Float64Array(start[size]!);
  rows.forEach((r, row) => {
    const bag = b[r]!;
    for (let i = 0; i < bag.keys.length; i++) {
      const at = fill[bag.keys[i]!]!++;
      postRow[at] = row;
      postCount[at] = bag.counts[i]!;
    }
  });
  const head = start.slice(0, size); // per syllable: first posting not yet behind the current row's document
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const A = b[rows[a]!]!;
    const from = nextDocStart[a]!;
    let m = 0;
    for (let i = 0; i < A.keys.length; i++) {
      const k = A.keys[i]!;
      let p = head[k]!;
      while (p < start[k + 1]! && postRow[p]! < from) p++;
      head[k] = p;
      for (; p < start[k + 1]!; p++) {
        const c = postRow[p]!;
        if (acc[c] === 0) touched[m++] = c;
        acc[c]! += A.counts[i]! * postCount[p]!;
      }
    }
    const da = docOf[a]!;
    const bestA = best[a]!;
    for (let t = 0; t < m; t++) {
      const c = touched[t]!;
      const cos = acc[c]! / (A.norm * b[rows[c]!]!.norm);
      acc[c] = 0;
      const dc = docOf[c]!;
      if (cos > bestA[dc]!) bestA[dc] = cos;
      if (cos > best[c]![da]!) best[c]![da] = cos;
    }
  }
  return best;
}

/** The content syllables of a document's title, as vocabulary ids (syllables absent from the story cannot match). */
function titleSyllables(doc: Doc, c: StoryConcepts): Set<number> {
  const out = new Set<number>();
  for (const x of syllableKeys(doc.meta.title ?? '')) {
    const id = c.vocabulary.get(x);
    if (id !== undefined && !c.isFunction[id]) out.add(id);
  }
  return out;
}

/** Entity mentions inside each sentence (both lists are in text order within a document). */
function entityCounts(sentences: ProseSentence[]): Int32Array {
  const out = new Int32Array(sentences.length);
  let doc: Doc | null = null;
  let k = 0;
  sentences.forEach((s, i) => {
    if (s.doc !== doc) [doc, k] = [s.doc, 0];
    const ents = s.doc.layers.entities;
    while (k < ents.length && ents[k]!.start < s.start) k++;
    let j = k;
    while (j < ents.length && ents[j]!.end <= s.end) j++;
    out[i] = j - k;
  });
  return out;
}

/**
 * One feature vector per described sentence: `rows` are indices into `sentences` (all of the story's
 * prose sentences, in story order), in increasing order — the summary describes only those it may pick.
 */
export function sentenceFeatures(docs: Doc[], sentences: ProseSentence[], concepts: StoryConcepts, gainExponent: number, rows: number[]): Float64Array[] {
  const nDocs = Math.max(1, docs.length);
  const others = Math.max(1, nDocs - 1);
  const docLength = new Float64Array(nDocs);
  for (const s of sentences) docLength[s.docIndex] = Math.max(docLength[s.docIndex]!, s.position + 1);
  const titles = docs.map((d) => titleSyllables(d, concepts));
  const anyTitle = new Set(titles.flatMap((t) => [...t]));
  const b = bags(concepts);
  const size = concepts.isFunction.length;
  const hasDigit = new Uint8Array(size);
  for (const [x, id] of concepts.vocabulary) {
    for (let i = 0; i < x.length; i++) {
      const c = x.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        hasDigit[id] = 1;
        break;
      }
    }
  }
  const centroid = new Float64Array(size);
  for (const x of b) for (let i = 0; i < x.keys.length; i++) centroid[x.keys[i]!] += x.counts[i]!;
  let centroidNorm = 0;
  for (const v of centroid) centroidNorm += v * v;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const echo = echoes(sentences, rows, b, size, nDocs);
  const entities = entityCounts(sentences);
  const { ids, weights, docCount, isBigram } = concepts;
  const gains = rows.map((i) => {
    let g = 0;
    for (const k of ids[i]!) g += weights[k]!;
    return g;
  });
  const normGains = gains.map((g, r) => g / Math.pow(sentences[rows[r]!]!.words, gainExponent));
  let maxGain = 1e-9;
  let maxRaw = 1e-9;
  for (let r = 0; r < rows.length; r++) [maxGain, maxRaw] = [Math.max(maxGain, normGains[r]!), Math.max(maxRaw, gains[r]!)];

  const table = rows.map((i, r) => {
    const s = sentences[i]!;
    let uni = 0, support = 0, bi = 0, shared = 0, bigramSupport = 0;
    for (const k of ids[i]!) {
      if (isBigram[k]) {
        bi++;
        if (docCount[k]! > 1) shared++;
        bigramSupport += (docCount[k]! - 1) / others;
      } else {
        uni++;
        support += docCount[k]! / nDocs;
      }
    }
    const bag = b[i]!;
    let inTitle = 0, inOwn = 0, digits = 0;
    for (const x of bag.keys) {
      if (anyTitle.has(x)) inTitle++;
      if (titles[s.docIndex]!.has(x)) inOwn++;
    }
    for (const x of concepts.syllables[i]!) digits += hasDigit[x]!;
    let dot = 0;
    for (let j = 0; j < bag.keys.length; j++) dot += bag.counts[j]! * centroid[bag.keys[j]!]!;
    const e = echo?.[r];
    let bestEcho = 0, echoed = 0, echoSum = 0;
    // (no echo figures when the story is too big to compare its sentences pairwise)
    for (let d = 0; e && d < nDocs; d++) {
      if (e[d]! > bestEcho) bestEcho = e[d]!;
      if (e[d]! >= ECHO) echoed++;
      echoSum += e[d]!;
    }
    return [
      s.position === 0 ? 1 : 0, 1 / (1 + s.position), s.position / docLength[s.docIndex]!, Math.log1p(s.position),
      Math.log(s.words), s.words < 12 ? 1 : 0, s.words > 45 ? 1 : 0,
      normGains[r]! / maxGain, gains[r]! / maxRaw, uni ? support / uni : 0, bi ? shared / bi : 0, dot / bag.norm / centroidNorm,
      uni ? inTitle / uni : 0, uni ? inOwn / uni : 0, entities[i]! / s.words, digits / s.syllables.length,
      /[“”"]/.test(s.text) ? 1 : 0, s.text.includes('?') ? 1 : 0,
      bestEcho, echoed / others, echoSum / others, bi ? bigramSupport / bi : 0,
      Math.log(docLength[s.docIndex]!), Math.log(nDocs),
    ];
  });
  // z-scores among the described sentences
  const n = table.length || 1;
  const z = RELATIVE.map((j) => {
    let m = 0;
    for (const r of table) m += r[j]!;
    m /= n;
    let v = 0;
    for (const r of table) v += (r[j]! - m) ** 2;
    return { m, sd: Math.sqrt(v / n) || 1 };
  });
  return table.map((r) => {
    const out = new Float64Array(r.length + RELATIVE.length);
    out.set(r);
    RELATIVE.forEach((j, q) => (out[r.length + q] = (r[j]! - z[q]!.m) / z[q]!.sd));
    return out;
  });
}
