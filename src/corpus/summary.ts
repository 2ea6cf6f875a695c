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
  const { ids, from, weights } = storyConcepts(docs, all, opt);
  const rows: number[] = [];
  for (let i = 0; i < all.length; i++) if (all[i]!.words >= opt.minWords && all[i]!.words <= opt.maxWords) rows.push(i);
  const n = rows.length;
  const length = new Int32Array(n);
  const norm = new Float64Array(n);
  const lead = new Float64Array(n);
  const gain = new Float64Array(n);
  let maxGain = 1e-9;
  for (let r = 0; r < n; r++) {
    const s = all[rows[r]!]!;
    length[r] = s.words;
    norm[r] = Math.pow(s.words, opt.lengthExponent);
    lead[r] = opt.leadWeight / (1 + s.position);
    for (let j = from[rows[r]!]!; j < from[rows[r]! + 1]!; j++) gain[r]! += weights[ids[j]!]!;
    maxGain = Math.max(maxGain, gain[r]! / norm[r]!);
  }

  // Lazy greedy (Minoux 1978): a candidate's gain only shrinks as concepts get covered, so its last
  // score bounds its current one; only the best-bounded candidate is rescored until it stays on top.
  // A sentence several outlets copied has the same concepts as its picked twin: its gain is then 0.
  const covered = new Uint8Array(weights.length);
  const bound = new Float64Array(n);
  for (let r = 0; r < n; r++) bound[r] = gain[r]! > 0 ? gain[r]! / norm[r]! / maxGain + lead[r]! : -Infinity;
  const fresh = new Uint8Array(n).fill(1);
  const chosen: number[] = [];
  let used = 0;
  for (;;) {
    let best = -1;
    for (let r = 0; r < n; r++) {
      if (bound[r]! === -Infinity) continue;
      if (used + length[r]! > words) {
        bound[r] = -Infinity; // the budget only shrinks: it will never fit
        continue;
      }
      if (best < 0 || bound[r]! > bound[best]!) best = r;
    }
    if (best < 0) break;
    const i = rows[best]!;
    if (!fresh[best]) {
      let g = 0;
      for (let j = from[i]!; j < from[i + 1]!; j++) if (!covered[ids[j]!]) g += weights[ids[j]!]!;
      const score = g > 0 ? g / norm[best]! / maxGain + lead[best]! : -Infinity;
      fresh[best] = 1;
      if (score !== bound[best]) {
        bound[best] = score;
        continue; // rescored: look again for the best bound
      }
    }
    chosen.push(i);
    used += length[best]!;
    bound[best] = -Infinity;
    for (let j = from[i]!; j < from[i + 1]!; j++) covered[ids[j]!] = 1;
    fresh.fill(0);
  }
  chosen.sort((a, b) => a - b); // story order: by document (chronological), then by position
  return chosen.map((i) => ({ text: all[i]!.text, doc: all[i]!.doc.id, start: all[i]!.start, end: all[i]!.end }));
}
