/**
 * ROUGE-N for Vietnamese: tokens are syllables, lower-cased, with punctuation removed and diacritics and
 * đ kept ("Đà Nẵng" → "đà", "nẵng"; never "da", "nang"). Old/new tone placement ("hoà"/"hòa") is one
 * key. Like ROUGE-1.5.5, every character that is not a letter or digit separates tokens ("19/5" → 19, 5).
 */
import { matchKey } from '../../src/text/fold.ts';

export function rougeTokens(text: string): string[] {
  return matchKey(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export interface RougeScore { p: number; r: number; f: number }

/** ROUGE-N of a candidate against one reference (clipped n-gram overlap). */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const c = ngramCounts(rougeTokens(candidate), n);
  const r = ngramCounts(rougeTokens(reference), n);
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const v of c.values()) cTotal += v;
  for (const [g, v] of r) {
    rTotal += v;
    overlap += Math.min(v, c.get(g) ?? 0);
  }
  const p = cTotal ? overlap / cTotal : 0;
  const rec = rTotal ? overlap / rTotal : 0;
  return { p, r: rec, f: p + rec ? (2 * p * rec) / (p + rec) : 0 };
}

/** Multi-reference ROUGE-N F1: the mean over references. */
export function rougeF(candidate: string, references: string[], n: number): number {
  if (references.length === 0) return 0;
  return references.reduce((s, ref) => s + rougeN(candidate, ref, n).f, 0) / references.length;
}

/** Syllables as the `--summary-words` budget counts them: space-separated tokens. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The first `words` space-separated tokens of a text. */
export function cutToWords(text: string, words: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}
