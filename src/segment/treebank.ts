/**
 * Reading word-segmented sentences from CoNLL-U (UD_Vietnamese-VTB): a multi-syllable word is one
 * token whose FORM has internal spaces ("bắt chuyện"). Each sentence becomes its tokens joined by
 * single spaces plus the gold word spans; and the scorer for predicted spans.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../core/span.ts';

export interface GoldSentence {
  text: string;
  words: Span[];
  /** the words' FORMs and universal POS tags */
  forms: string[];
  upos: string[];
}

/** A sentence from its words: joined by single spaces, with their spans. */
export function fromForms(forms: string[], upos: string[]): GoldSentence {
  const words: Span[] = [];
  let at = 0;
  for (const f of forms) {
    words.push({ start: at, end: at + f.length });
    at += f.length + 1;
  }
  return { text: forms.join(' '), words, forms, upos };
}

// Part of the treebank writes round brackets as the words LBKT / RBKT (like the Penn Treebank's
// -LRB-): read them as the brackets news text has.
const BRACKETS: Record<string, string> = { LBKT: '(', RBKT: ')' };

export function readConllu(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let forms: string[] = [];
  let upos: string[] = [];
  const flush = () => {
    if (forms.length) out.push(fromForms(forms, upos));
    forms = [];
    upos = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) flush();
    else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0]!)) {
        const form = cols[1]!.trim().replace(/\s+/g, ' ');
        forms.push(BRACKETS[form] ?? form);
        upos.push(cols[3] ?? '_');
      }
    }
  }
  flush();
  return out;
}

export interface Score {
  gold: number;
  predicted: number;
  correct: number;
}

export const emptyScore = (): Score => ({ gold: 0, predicted: 0, correct: 0 });

/** Add one sentence's exact-span matches to `s`. */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[], s: Score): void {
  const g = new Set(gold.map((w) => w.start * 100_000 + w.end));
  s.gold += gold.length;
  s.predicted += predicted.length;
  for (const w of predicted) if (g.has(w.start * 100_000 + w.end)) s.correct++;
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.predicted ? s.correct / s.predicted : 0;
  const r = s.gold ? s.correct / s.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
