/**
 * Publication dates from the text alone: a date the page states must be exact; an inferred one
 * must be an interval holding the gold's published_true (a bound with an unknown year "XXXX-MM-DD"
 * is compared on month and day; a null bound is open); a year, when given, must be right.
 */
import type { Published } from '../../src/core/doc.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';

function holds(p: Published, truth: string): boolean {
  if (p.basis === 'unknown') return false;
  const side = (bound: string | null, below: boolean) => {
    if (!bound) return true;
    const known = /^\d{4}/.test(bound);
    const b = known ? bound.slice(0, 10) : bound.slice(5, 10);
    const t = known ? truth : truth.slice(5);
    return below ? b <= t : t <= b;
  };
  return side(p.earliest, true) && side(p.latest, false);
}

export const scorer: SeedScorer = {
  name: 'published',
  order: 41,
  score(ctx) {
    let stated = 0;
    let statedExact = 0;
    let inferred = 0;
    let inside = 0;
    let years = 0;
    let yearsRight = 0;
    const notes: string[] = [];
    for (const { gold, textOnly } of ctx.pairs) {
      const p = textOnly.published;
      const tag = gold.file.slice(0, 3);
      if (gold.published_in_text) {
        stated++;
        if (p.value?.slice(0, 10) === gold.published_true) statedExact++;
        continue;
      }
      inferred++;
      if (holds(p, gold.published_true)) inside++;
      if (p.value && /^\d{4}/.test(p.value)) {
        years++;
        if (p.value.slice(0, 4) === String(gold.published_inferable_from_text.year)) yearsRight++;
      }
      notes.push(`${tag} ${p.value ?? 'null'} [${p.earliest ?? '…'}, ${p.latest ?? '…'}]`);
    }
    return [
      { name: 'published: stated dates exact', value: statedExact, target: stated, note: `of ${stated}` },
      { name: 'published: truth inside inferred interval', value: inside, target: inferred, note: `of ${inferred}: ${notes.join('; ')}` },
      { name: 'published: inferred years right', value: yearsRight, target: years, note: `of ${years} given (001 is the seed whose text fixes its year)` },
    ] satisfies Metric[];
  },
};
