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
  /** per concept id: a bigram (true) or a single syllable */
  isBigram: Uint8Array;
}

/** Concept keys of a syllable sequence: bigrams where at least one syllable is content, plus content syllables. */
function conceptKeys(syl: string[], unigrams: boolean, out: Set<string>): Set<string> {
  if (unigrams) for (const x of syl) if (!FUNCTION_SYLLABLES.has(x)) out.add(x);
  for (let i = 0; i + 1 < syl.length; i++) {
    if (FUNCTION_SYLLABLES.has(syl[i]!) && FUNCTION_SYLLABLES.has(syl[i + 1]!)) continue;
    out.add(`${syl[i]} ${syl[i + 1]}`);
  }
  return out;
}

export function storyConcepts(docs: Doc[], sentences: ProseSentence[], opt: ConceptOptions): StoryConcepts {
  const index = new Map<string, number>();
  const docCount: number[] = [];
  const lastDoc: number[] = [];
  const ids = sentences.map((s) => {
    const keys = conceptKeys(s.syllables, opt.unigramWeight > 0, new Set());
    const out = new Int32Array(keys.size);
    let j = 0;
    for (const k of keys) {
      let id = index.get(k);
      if (id === undefined) {
        index.set(k, (id = docCount.length));
        docCount.push(0);
        lastDoc.push(-1);
      }
      // Sentences come in story order, document by document: a new document index means a new document.
      if (lastDoc[id] !== s.docIndex) {
        lastDoc[id] = s.docIndex;
        docCount[id]!++;
      }
      out[j++] = id;
    }
    return out;
  });
  const inTitles = new Float64Array(docCount.length);
  for (const d of docs) {
    const t = syllableKeys(d.meta.title ?? '');
    const seen = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) seen.add(`${t[i]} ${t[i + 1]}`);
    for (const x of t) if (!FUNCTION_SYLLABLES.has(x)) seen.add(x);
    for (const k of seen) {
      const id = index.get(k);
      if (id !== undefined) inTitles[id]!++;
    }
  }
  const weights = new Float64Array(docCount.length);
  const isBigram = new Uint8Array(docCount.length);
  for (const [k, id] of index) {
    isBigram[id] = k.includes(' ') ? 1 : 0;
    const n = docCount[id]! + opt.titleWeight * inTitles[id]!;
    // In a multi-document story a concept one document alone mentions is no evidence of importance.
    weights[id] = (isBigram[id] ? 1 : opt.unigramWeight) * (docs.length > 1 ? (n > 1 ? Math.pow(n, opt.conceptPower) : 0) : 1);
  }
  return { ids, weights, docCount: Int32Array.from(docCount), isBigram };
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

/** Pairwise cross-document similarity costs n²: above this many sentences a story goes without it. */
const MAX_PAIRWISE = 3000;
/** Two sentences of different documents this similar (cosine of content syllables) report the same thing. */
const ECHO = 0.35;

interface Bag { keys: Int32Array; counts: Float64Array; norm: number }

/** Content syllables of each sentence as a sparse count vector over story-local ids. */
function bags(sentences: ProseSentence[]): { bags: Bag[]; size: number } {
  const index = new Map<string, number>();
  const out = sentences.map((s) => {
    const m = new Map<number, number>();
    for (const x of s.syllables) {
      if (FUNCTION_SYLLABLES.has(x)) continue;
      let id = index.get(x);
      if (id === undefined) index.set(x, (id = index.size));
      m.set(id, (m.get(id) ?? 0) + 1);
    }
    const keys = Int32Array.from(m.keys());
    const counts = Float64Array.from(m.values());
    let n = 0;
    for (const c of counts) n += c * c;
    return { keys, counts, norm: Math.sqrt(n) || 1 };
  });
  return { bags: out, size: index.size };
}

/** Per sentence, its best cosine with each other document: how much of the story repeats it. */
function echoes(sentences: ProseSentence[], b: Bag[], size: number, nDocs: number): Float64Array[] {
  const best = sentences.map(() => new Float64Array(nDocs));
  if (sentences.length > MAX_PAIRWISE) return best;
  const dense = new Float64Array(size);
  for (let a = 0; a < sentences.length; a++) {
    const A = b[a]!;
    for (let i = 0; i < A.keys.length; i++) dense[A.keys[i]!] = A.counts[i]!;
    for (let c = a + 1; c < sentences.length; c++) {
      const da = sentences[a]!.docIndex;
      const dc = sentences[c]!.docIndex;
      if (da === dc) continue;
      const C = b[c]!;
      let dot = 0;
      for (let i = 0; i < C.keys.length; i++) dot += C.counts[i]! * dense[C.keys[i]!]!;
      if (dot === 0) continue;
      const cos = dot / (A.norm * C.norm);
      if (cos > best[a]![dc]!) best[a]![dc] = cos;
      if (cos > best[c]![da]!) best[c]![da] = cos;
    }
    for (let i = 0; i < A.keys.length; i++) dense[A.keys[i]!] = 0;
  }
  return best;
}

function titleSyllables(doc: Doc): Set<string> {
  return new Set(syllableKeys(doc.meta.title ?? '').filter((x) => !FUNCTION_SYLLABLES.has(x)));
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

/** One feature vector per sentence (all of the story's prose sentences, in story order). */
export function sentenceFeatures(docs: Doc[], sentences: ProseSentence[], concepts: StoryConcepts, gainExponent: number): Float64Array[] {
  const nDocs = Math.max(1, docs.length);
  const others = Math.max(1, nDocs - 1);
  const docLength = new Float64Array(nDocs);
  for (const s of sentences) docLength[s.docIndex] = Math.max(docLength[s.docIndex]!, s.position + 1);
  const titles = docs.map(titleSyllables);
  const anyTitle = new Set(titles.flatMap((t) => [...t]));
  const { bags: b, size } = bags(sentences);
  const centroid = new Float64Array(size);
  for (const x of b) for (let i = 0; i < x.keys.length; i++) centroid[x.keys[i]!] += x.counts[i]!;
  let centroidNorm = 0;
  for (const v of centroid) centroidNorm += v * v;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const echo = echoes(sentences, b, size, nDocs);
  const entities = entityCounts(sentences);
  const { ids, weights, docCount, isBigram } = concepts;
  const gains = ids.map((c) => {
    let g = 0;
    for (const k of c) g += weights[k]!;
    return g;
  });
  const normGains = gains.map((g, i) => g / Math.pow(sentences[i]!.words, gainExponent));
  const maxGain = Math.max(1e-9, ...normGains);
  const maxRaw = Math.max(1e-9, ...gains);

  const rows = sentences.map((s, i) => {
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
    let inTitle = 0, inOwn = 0, digits = 0;
    for (const x of new Set(s.syllables)) {
      if (FUNCTION_SYLLABLES.has(x)) continue;
      if (anyTitle.has(x)) inTitle++;
      if (titles[s.docIndex]!.has(x)) inOwn++;
    }
    for (const x of s.syllables) if (/\d/.test(x)) digits++;
    const bag = b[i]!;
    let dot = 0;
    for (let j = 0; j < bag.keys.length; j++) dot += bag.counts[j]! * centroid[bag.keys[j]!]!;
    const e = echo[i]!;
    let bestEcho = 0, echoed = 0, echoSum = 0;
    for (let d = 0; d < nDocs; d++) {
      if (e[d]! > bestEcho) bestEcho = e[d]!;
      if (e[d]! >= ECHO) echoed++;
      echoSum += e[d]!;
    }
    return [
      s.position === 0 ? 1 : 0, 1 / (1 + s.position), s.position / docLength[s.docIndex]!, Math.log1p(s.position),
      Math.log(s.words), s.words < 12 ? 1 : 0, s.words > 45 ? 1 : 0,
      normGains[i]! / maxGain, gains[i]! / maxRaw, uni ? support / uni : 0, bi ? shared / bi : 0, dot / bag.norm / centroidNorm,
      uni ? inTitle / uni : 0, uni ? inOwn / uni : 0, entities[i]! / s.words, digits / s.syllables.length,
      /[“”"]/.test(s.text) ? 1 : 0, s.text.includes('?') ? 1 : 0,
      bestEcho, echoed / others, echoSum / others, bi ? bigramSupport / bi : 0,
      Math.log(docLength[s.docIndex]!), Math.log(nDocs),
    ];
  });
  // z-scores within the story
  const z = RELATIVE.map((j) => {
    let m = 0;
    for (const r of rows) m += r[j]!;
    m /= rows.length || 1;
    let v = 0;
    for (const r of rows) v += (r[j]! - m) ** 2;
    const sd = Math.sqrt(v / (rows.length || 1)) || 1;
    return { m, sd };
  });
  return rows.map((r) => Float64Array.from([...r, ...RELATIVE.map((j, q) => (r[j]! - z[q]!.m) / z[q]!.sd)]));
}
