/**
 * Entities against the seed gold. Distinct-mention F1: per document, the set of distinct
 * (text, type) pairs (typed) and of distinct texts (untyped) against the gold's entity list,
 * micro-averaged over documents. Alias clustering: pairwise F1 over surface forms found in both
 * our output and the gold's `canonical_aliases` — a pair is positive when both forms share a
 * canonical (ours: the canonical most often given to that surface form).
 */
import { prf, type PRF } from '../lib/gold.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';

function setPrf(ours: Set<string>, gold: Set<string>): [number, number, number] {
  let tp = 0;
  for (const x of ours) if (gold.has(x)) tp++;
  return [tp, ours.size - tp, gold.size - tp];
}

/** Pairwise clustering F1 of surface → cluster maps over the forms both know. */
export function pairwiseF1(ours: Map<string, string>, gold: Map<string, string>): PRF {
  const forms = [...gold.keys()].filter((f) => ours.has(f));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let a = 0; a < forms.length; a++) {
    for (let b = a + 1; b < forms.length; b++) {
      const o = ours.get(forms[a]!) === ours.get(forms[b]!);
      const g = gold.get(forms[a]!) === gold.get(forms[b]!);
      if (o && g) tp++;
      else if (o) fp++;
      else if (g) fn++;
    }
  }
  return prf(tp, fp, fn);
}

export const scorer: SeedScorer = {
  name: 'entities',
  order: 40,
  score(ctx) {
    const typed = [0, 0, 0];
    const untyped = [0, 0, 0];
    const votes = new Map<string, Map<string, number>>();
    for (const { gold, withMeta } of ctx.pairs) {
      const ours = withMeta.entities;
      const t = setPrf(new Set(ours.map((e) => `${e.text}\t${e.type}`)), new Set(gold.entities.map((e) => `${e.text}\t${e.type}`)));
      const u = setPrf(new Set(ours.map((e) => e.text)), new Set(gold.entities.map((e) => e.text)));
      for (let n = 0; n < 3; n++) {
        typed[n]! += t[n]!;
        untyped[n]! += u[n]!;
      }
      for (const e of ours) {
        const v = votes.get(e.text) ?? new Map<string, number>();
        v.set(e.canonical, (v.get(e.canonical) ?? 0) + 1);
        votes.set(e.text, v);
      }
    }
    const ourClusters = new Map([...votes].map(([form, v]) => [form, [...v].sort((a, b) => b[1] - a[1])[0]![0]]));
    const goldClusters = new Map<string, string>();
    for (const [canonical, forms] of Object.entries(ctx.gold.canonical_aliases)) for (const f of forms) goldClusters.set(f, canonical);
    const ty = prf(typed[0]!, typed[1]!, typed[2]!);
    const un = prf(untyped[0]!, untyped[1]!, untyped[2]!);
    const cl = pairwiseF1(ourClusters, goldClusters);
    const pr = (x: PRF) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
    const out: Metric[] = [
      { name: 'distinct-mention F1, typed', value: ty.f, target: 0.93, note: pr(ty) },
      { name: 'distinct-mention F1, untyped', value: un.f, target: 0.96, note: pr(un) },
      { name: 'alias clustering pairwise F1', value: cl.f, target: 0.95, note: pr(cl) },
    ];
    return out;
  },
};
