import type { Dossier, DossierDocument } from '../../src/dossier/types.ts';
import type { Gold, GoldDoc } from './gold.ts';

/** One printed figure. `target` is the issue's bar; `higher` says which way is better (default: higher). */
export interface Metric {
  name: string;
  value: number;
  target?: number;
  lowerIsBetter?: boolean;
  /** extra words printed after the figure (counts, a baseline beside it …) */
  note?: string;
}

export interface SeedPair {
  gold: GoldDoc;
  /** the document analysed with `--meta` giving the gold's published_true */
  withMeta: DossierDocument;
  /** the document analysed from its text alone */
  textOnly: DossierDocument;
}

export interface SeedEvalContext {
  gold: Gold;
  withMeta: Dossier;
  textOnly: Dossier;
  pairs: SeedPair[];
}

/** A scorer module in eval/scorers/ exports `scorer` of this shape. */
export interface SeedScorer {
  name: string;
  /** smaller numbers print first */
  order: number;
  score(ctx: SeedEvalContext): Metric[] | Promise<Metric[]>;
}

export function formatMetric(m: Metric): string {
  const v = Math.abs(m.value) >= 100 || Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(3);
  let mark = '';
  if (m.target !== undefined) {
    const ok = m.lowerIsBetter ? m.value <= m.target : m.value >= m.target;
    mark = `  (target ${m.lowerIsBetter ? '≤' : '≥'} ${m.target}${ok ? ' ✓' : ' ✗'})`;
  }
  return `  ${m.name.padEnd(44)} ${v.padStart(8)}${mark}${m.note ? `  ${m.note}` : ''}`;
}
