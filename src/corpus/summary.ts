/**
 * Extractive multi-document summary within a syllable budget.
 *
 * Concept coverage (Gillick & Favre 2009): the concepts are syllable bigrams of content, each weighted by
 * the number of the story's documents that contain it, so what several outlets report counts more than
 * what one says. Sentences are picked greedily by the weight of concepts they newly cover per syllable
 * (a concept counts once: redundancy costs a sentence its gain), plus a lead bonus for the first
 * sentences of an article, where news puts the event. The summary is then ordered as a reader expects:
 * by document (chronological) and by position within it.
 */
import type { Doc } from '../core/doc.ts';
import { FUNCTION_SYLLABLES, proseSentences, syllableKeys, type ProseSentence } from './sentences.ts';
import type { SummarySentence } from './story.ts';

export interface SummaryOptions {
  /** weight of the lead bonus relative to concept gain per syllable */
  leadWeight?: number;
  /** exponent of the length normalisation of gain (1 = gain per syllable, 0 = raw gain) */
  lengthExponent?: number;
  /** sentences shorter than this (syllables) are not picked: fragments, photo credits */
  minWords?: number;
  /** sentences longer than this are not picked: run-ons from missed sentence breaks */
  maxWords?: number;
  /** concept weight = (documents containing it) ^ power */
  conceptPower?: number;
  /** weight of single content syllables as concepts, relative to bigrams */
  unigramWeight?: number;
  /** extra weight of a concept per article title that contains it: titles state the gist */
  titleWeight?: number;
}

const DEFAULTS: Required<SummaryOptions> = { leadWeight: 0.2, lengthExponent: 0.8, minWords: 8, maxWords: 80, conceptPower: 1, unigramWeight: 0.3, titleWeight: 1 };

/** Concept keys of a sentence: bigrams of syllables where at least one is a content syllable. */
function concepts(s: ProseSentence, unigrams: boolean): Set<string> {
  const out = new Set<string>();
  const syl = s.syllables;
  if (unigrams) for (const x of syl) if (!FUNCTION_SYLLABLES.has(x)) out.add(x);
  for (let i = 0; i + 1 < syl.length; i++) {
    if (FUNCTION_SYLLABLES.has(syl[i]!) && FUNCTION_SYLLABLES.has(syl[i + 1]!)) continue;
    out.add(`${syl[i]} ${syl[i + 1]}`);
  }
  return out;
}

export function summarize(docs: Doc[], words: number, options: SummaryOptions = {}): SummarySentence[] {
  const opt = { ...DEFAULTS, ...options };
  const all = proseSentences(docs);
  const conceptSets = all.map((s) => concepts(s, opt.unigramWeight > 0));
  // Concept weight: how many documents contain it (a single-document story weights by occurrences).
  const docsWith = new Map<string, Set<number>>();
  all.forEach((s, i) => {
    for (const c of conceptSets[i]!) {
      let set = docsWith.get(c);
      if (!set) docsWith.set(c, (set = new Set()));
      set.add(s.docIndex);
    }
  });
  const inTitles = new Map<string, number>();
  for (const d of docs) {
    const t = syllableKeys(d.meta.title ?? '');
    const seen = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) seen.add(`${t[i]} ${t[i + 1]}`);
    for (const x of t) if (!FUNCTION_SYLLABLES.has(x)) seen.add(x);
    for (const c of seen) inTitles.set(c, (inTitles.get(c) ?? 0) + 1);
  }
  const weight = (c: string) => {
    const n = (docsWith.get(c)?.size ?? 0) + opt.titleWeight * (inTitles.get(c) ?? 0);
    const w = c.includes(' ') ? 1 : opt.unigramWeight;
    return w * (docs.length > 1 ? (n > 1 ? Math.pow(n, opt.conceptPower) : 0) : 1);
  };
  // Concepts become integer ids with their weight computed once: the greedy loop below rescans every
  // candidate on every pick, so it must touch only arrays.
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const idOf = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = weights.length));
      weights.push(weight(k));
    }
    return id;
  };
  const candidates = all
    .map((s, i) => ({ s, concepts: Int32Array.from(conceptSets[i]!, idOf), key: s.syllables.join(' '), lead: 1 / (1 + s.position), norm: Math.pow(s.words, opt.lengthExponent) }))
    .filter(({ s }) => s.words >= opt.minWords && s.words <= opt.maxWords);
  let maxGain = 1e-9;
  for (const c of candidates) {
    let g = 0;
    for (const k of c.concepts) g += weights[k]!;
    maxGain = Math.max(maxGain, g / c.norm);
  }

  const covered = new Uint8Array(weights.length);
  const chosen: ProseSentence[] = [];
  const seenText = new Set<string>();
  let used = 0;
  for (;;) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (used + c.s.words > words || seenText.has(c.key)) continue;
      let gain = 0;
      for (const k of c.concepts) if (!covered[k]) gain += weights[k]!;
      if (gain <= 0) continue;
      const score = gain / c.norm / maxGain + opt.leadWeight * c.lead;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    const pick = candidates[best]!;
    chosen.push(pick.s);
    used += pick.s.words;
    seenText.add(pick.key);
    for (const k of pick.concepts) covered[k] = 1;
  }
  chosen.sort((a, b) => a.docIndex - b.docIndex || a.start - b.start);
  return chosen.map((s) => ({ text: s.text, doc: s.doc.id, start: s.start, end: s.end }));
}
