/** The seed gold (`../shared/gold/seeds.gold.json`): types and helpers shared by the seed scorers. */
import { readFileSync } from 'node:fs';

export interface GoldLine { n: number; role: string }
export interface GoldTimex { text: string; value: string; anchor: string; value_with_true_dct: string; line: number; mod?: string }
export interface GoldEntity { text: string; type: string; canonical: string }
export interface GoldQuote { speaker: string; text_prefix: string; kind: string; cue: string; line: number }
export interface GoldClaim { claimant: string; claim: string; stance: string }
export interface GoldDoc {
  file: string;
  title: string;
  source_named_in_text: string | null;
  author_named_in_text: string | null;
  published_in_text: string | null;
  published_true: string;
  published_inferable_from_text: { earliest: string; latest: string; year: number; why: string };
  lines: GoldLine[];
  timexes: GoldTimex[];
  entities: GoldEntity[];
  quotes: GoldQuote[];
  claims: GoldClaim[];
}
export interface GoldTimelineEntry { date: string; event: string; event_vi: string; docs: string[]; evidence: string; needs_world_knowledge: boolean }
export interface Gold {
  schema: string;
  documents: GoldDoc[];
  canonical_aliases: Record<string, string[]>;
  timeline: GoldTimelineEntry[];
  story_summary_vi: string;
  notes: string;
}

export function loadGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Start and end offsets of each 1-based line of a text. */
export function lineOffsets(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

export interface PRF { p: number; r: number; f: number; tp: number; fp: number; fn: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Multiset intersection size of two lists of keys. */
export function multisetOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      n++;
      counts.set(x, c - 1);
    }
  }
  return n;
}
