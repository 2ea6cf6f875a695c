/**
 * Extractive multi-document summary within a syllable budget.
 *
 * Concept coverage (Gillick & Favre 2009): the concepts are syllable bigrams of content, each weighted by
 * the number of the story's documents that contain it, so what several outlets report counts more than
 * what one says. Sentences are picked greedily by the weight of concepts they newly cover per syllable
 * (a concept counts once: redundancy costs a sentence its gain), scaled by a trained scorer's view of
 * the sentence (summary-scorer.ts: position, cross-document echo, title overlap, entity density …,
 * learned from which sentences the ViMs annotators picked). The summary is then ordered as a reader
 * expects: by document (chronological) and by position within it.
 */
import type { Doc } from '../core/doc.ts';
import { proseSentences, type ProseSentence } from './sentences.ts';
import { sentenceFeatures, storyConcepts, type ConceptOptions } from './summary-features.ts';
import { sentenceLogits, summaryModel, type SummaryModel } from './summary-scorer.ts';
import type { SummarySentence } from './story.ts';

export interface SummaryOptions extends Partial<ConceptOptions> {
  /** weight of a lead bonus 1 / (1 + position), added to the scaled gain (the trained scorer already sees position) */
  leadWeight?: number;
  /** exponent of the length normalisation of gain (1 = gain per syllable, 0 = raw gain) */
  lengthExponent?: number;
  /** sentences shorter than this (syllables) are not picked: fragments, photo credits */
  minWords?: number;
  /** sentences longer than this are not picked: run-ons from missed sentence breaks */
  maxWords?: number;
  /** use the trained sentence scorer (false: concept coverage with the lead bonus alone) */
  scorer?: boolean;
  /** override the model's sharpness: how strongly the scorer's view scales a sentence's gain */
  sharpness?: number;
  /** weights to use instead of models/summary/scorer.json (training tries candidates with it) */
  model?: SummaryModel;
}

const DEFAULTS = { leadWeight: 0, lengthExponent: 0.8, minWords: 8, maxWords: 80, conceptPower: 1, unigramWeight: 0.3, titleWeight: 1, scorer: true };
/** Without the scorer, the lead bonus that worked best on the dev clusters. */
const UNTRAINED_LEAD = 0.2;

export function summarize(docs: Doc[], words: number, options: SummaryOptions = {}): SummarySentence[] {
  const opt = { ...DEFAULTS, ...(options.scorer === false ? { leadWeight: UNTRAINED_LEAD } : {}), ...options };
  const all = proseSentences(docs);
  if (all.length === 0 || words <= 0) return [];
  const concepts = storyConcepts(docs, all, opt);
  const weights = concepts.weights;
  const rows: number[] = [];
  all.forEach((s, i) => {
    if (s.words >= opt.minWords && s.words <= opt.maxWords) rows.push(i);
  });
  // The scorer's view of each candidate, as a factor in (0, 1]: 1 for the story's best sentence.
  const factor = new Float64Array(rows.length).fill(1);
  if (opt.scorer && rows.length > 0) {
    const model = opt.model ?? summaryModel();
    const logits = sentenceLogits(sentenceFeatures(docs, all, concepts, opt.lengthExponent, rows), model);
    const sharpness = opt.sharpness ?? model.sharpness;
    let best = -Infinity;
    for (const l of logits) best = Math.max(best, l);
    for (let r = 0; r < rows.length; r++) factor[r] = Math.exp(sharpness * (logits[r]! - best));
  }
  const candidates = rows.map((i, r) => {
    const s = all[i]!;
    return { s, concepts: concepts.ids[i]!, key: s.syllables.join(' '), prior: factor[r]!, lead: 1 / (1 + s.position), norm: Math.pow(s.words, opt.lengthExponent) };
  });
  let maxGain = 1e-9;
  for (const c of candidates) {
    let g = 0;
    for (const k of c.concepts) g += weights[k]!;
    maxGain = Math.max(maxGain, g / c.norm);
  }

  // Candidates with the same text (a sentence several outlets copied): once one is picked, the rest are out.
  const sameText = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const group = sameText.get(c.key);
    if (group) group.push(i);
    else sameText.set(c.key, [i]);
  });
  // Lazy greedy (Minoux 1978): a candidate's gain only shrinks as concepts get covered, so its last
  // score bounds its current one; only the best-bounded candidate is rescored until it stays on top.
  const covered = new Uint8Array(weights.length);
  const bound = new Float64Array(candidates.length).fill(Infinity);
  const chosen: ProseSentence[] = [];
  let used = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (bound[i]! === -Infinity) continue;
      if (used + candidates[i]!.s.words > words) {
        bound[i] = -Infinity; // the budget only shrinks: it will never fit
        continue;
      }
      if (best < 0 || bound[i]! > bound[best]!) best = i;
    }
    if (best < 0) break;
    const c = candidates[best]!;
    let gain = 0;
    for (const k of c.concepts) if (!covered[k]) gain += weights[k]!;
    const score = gain > 0 ? (gain / c.norm / maxGain) * c.prior + opt.leadWeight * c.lead : -Infinity;
    const stale = bound[best]! !== score;
    bound[best] = score;
    if (stale) continue; // rescored: look again for the best bound
    chosen.push(c.s);
    used += c.s.words;
    for (const i of sameText.get(c.key)!) bound[i] = -Infinity;
    for (const k of c.concepts) covered[k] = 1;
  }
  chosen.sort((a, b) => a.docIndex - b.docIndex || a.start - b.start);
  return chosen.map((s) => ({ text: s.text, doc: s.doc.id, start: s.start, end: s.end }));
}
