/**
 * Extractive multi-document summary within a syllable budget.
 *
 * Concept coverage (Gillick & Favre 2009; summary-concepts.ts): sentences are picked greedily by the
 * weight of the concepts they newly cover per syllable (a concept counts once: redundancy costs a
 * sentence its gain), plus a small bonus for coming early in its article, where news states its gist.
 * The summary is then ordered as a reader expects: by document (chronological) and by position within it.
 */
import type { Doc } from '../core/doc.ts';
import { proseSentences } from './sentences.ts';
import { storyConcepts, type ConceptOptions } from './summary-concepts.ts';
import type { SummarySentence } from './story.ts';

export interface SummaryOptions extends Partial<ConceptOptions> {
  /** weight of a lead bonus 1 / (1 + position), added to the normalised gain */
  leadWeight?: number;
  /** exponent of the length normalisation of gain (1 = gain per syllable, 0 = raw gain) */
  lengthExponent?: number;
  /** sentences shorter than this (syllables) are not picked: fragments, photo credits */
  minWords?: number;
  /** sentences longer than this are not picked: run-ons from missed sentence breaks */
  maxWords?: number;
}

/** The lead weight is the one that worked best on the ViMs dev clusters (1–150). */
const DEFAULTS = { leadWeight: 0.2, lengthExponent: 0.8, minWords: 8, maxWords: 80, conceptPower: 1, unigramWeight: 0.3, titleWeight: 1 };

export function summarize(docs: Doc[], words: number, options: SummaryOptions = {}): SummarySentence[] {
  const opt = { ...DEFAULTS, ...options };
  const all = proseSentences(docs);
  if (all.length === 0 || words <= 0) return [];
  const { ids, weights } = storyConcepts(docs, all, opt);
  const rows: number[] = [];
  all.forEach((s, i) => {
    if (s.words >= opt.minWords && s.words <= opt.maxWords) rows.push(i);
  });
  const norm = Float64Array.from(rows, (i) => Math.pow(all[i]!.words, opt.lengthExponent));
  const lead = Float64Array.from(rows, (i) => opt.leadWeight / (1 + all[i]!.position));
  const gain0 = Float64Array.from(rows, (i) => {
    let g = 0;
    for (const k of ids[i]!) g += weights[k]!;
    return g;
  });
  let maxGain = 1e-9;
  for (let r = 0; r < rows.length; r++) maxGain = Math.max(maxGain, gain0[r]! / norm[r]!);
  const score = (r: number, gain: number) => (gain > 0 ? gain / norm[r]! / maxGain + lead[r]! : -Infinity);

  // Lazy greedy (Minoux 1978): a candidate's gain only shrinks as concepts get covered, so its last
  // score bounds its current one; only the best-bounded candidate is rescored until it stays on top.
  // A sentence several outlets copied has the same concepts as its picked twin: its gain is then 0.
  const covered = new Uint8Array(weights.length);
  const bound = Float64Array.from(rows, (_, r) => score(r, gain0[r]!));
  const fresh = new Uint8Array(rows.length).fill(1);
  const chosen: number[] = [];
  let used = 0;
  for (;;) {
    let best = -1;
    for (let r = 0; r < rows.length; r++) {
      if (bound[r]! === -Infinity) continue;
      if (used + all[rows[r]!]!.words > words) {
        bound[r] = -Infinity; // the budget only shrinks: it will never fit
        continue;
      }
      if (best < 0 || bound[r]! > bound[best]!) best = r;
    }
    if (best < 0) break;
    const concepts = ids[rows[best]!]!;
    if (!fresh[best]) {
      let gain = 0;
      for (const k of concepts) if (!covered[k]) gain += weights[k]!;
      const s = score(best, gain);
      fresh[best] = 1;
      if (s !== bound[best]) {
        bound[best] = s;
        continue; // rescored: look again for the best bound
      }
    }
    chosen.push(rows[best]!);
    used += all[rows[best]!]!.words;
    bound[best] = -Infinity;
    for (const k of concepts) covered[k] = 1;
    fresh.fill(0);
  }
  return chosen
    .map((i) => all[i]!)
    .sort((a, b) => a.docIndex - b.docIndex || a.start - b.start)
    .map((s) => ({ text: s.text, doc: s.doc.id, start: s.start, end: s.end }));
}
