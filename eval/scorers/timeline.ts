/**
 * Timeline of the seed story vs the gold timeline (entries marked needs_world_knowledge left out: a
 * predicted date that only such an entry has counts neither way). Date F1 over distinct dates, and for
 * each gold date found, ROUGE-1 F1 of the entries' text for that date against the gold `event_vi` of that
 * date. Printed for both runs (with --meta dates, and text only), next to the naive timeline: every
 * date the tagger finds, with the sentence around it.
 */
import type { Dossier } from '../../src/dossier/types.ts';
import type { Gold } from '../lib/gold.ts';
import { prf } from '../lib/gold.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';
import { rougeF } from '../lib/rouge.ts';

interface DatedText { date: string; text: string }

/** Every calendar date the tagger found, with its sentence: what the timeline must beat. */
function naiveTimeline(d: Dossier): DatedText[] {
  const out: DatedText[] = [];
  for (const doc of d.documents) {
    for (const t of doc.timexes) {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value)) continue;
      const s = doc.sentences.find((x) => x.start <= t.start && t.end <= x.end);
      out.push({ date: t.value, text: s ? doc.text.slice(s.start, s.end) : t.text });
    }
  }
  return out;
}

function score(gold: Gold, entries: DatedText[]): { f: number; p: number; r: number; rouge: number; found: number; goldDates: number } {
  const kept = gold.timeline.filter((e) => !e.needs_world_knowledge);
  const goldDates = new Set(kept.map((e) => e.date));
  const worldOnly = new Set(gold.timeline.filter((e) => e.needs_world_knowledge && !goldDates.has(e.date)).map((e) => e.date));
  const predicted = new Set(entries.map((e) => e.date).filter((d) => !worldOnly.has(d)));
  const found = [...predicted].filter((d) => goldDates.has(d));
  const m = prf(found.length, predicted.size - found.length, goldDates.size - found.length);
  const rouges = found.map((date) =>
    rougeF(
      entries.filter((e) => e.date === date).map((e) => e.text).join(' '),
      [kept.filter((e) => e.date === date).map((e) => e.event_vi).join(' ')],
      1,
    ),
  );
  return { ...m, rouge: rouges.length ? rouges.reduce((a, b) => a + b, 0) / rouges.length : 0, found: found.length, goldDates: goldDates.size };
}

function metrics(label: string, gold: Gold, d: Dossier): Metric[] {
  const story = d.stories[0];
  const ours = score(gold, story ? story.timeline : []);
  const naive = score(gold, naiveTimeline(d));
  return [
    { name: `${label}: timeline date F1`, value: ours.f, target: 0.9, note: `P ${ours.p.toFixed(3)} R ${ours.r.toFixed(3)}, ${ours.found}/${ours.goldDates} gold dates, ${story?.timeline.length ?? 0} entries; naive ${naive.f.toFixed(3)}` },
    { name: `${label}: ROUGE-1 of entries per gold date`, value: ours.rouge, target: 0.45, note: `naive ${naive.rouge.toFixed(3)}` },
  ];
}

export const scorer: SeedScorer = {
  name: 'timeline',
  order: 80,
  score: (ctx) => [...metrics('with meta', ctx.gold, ctx.withMeta), ...metrics('text only', ctx.gold, ctx.textOnly)],
};
