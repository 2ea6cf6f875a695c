/**
 * The seed story's summary (the default 120-syllable budget) vs the gold `story_summary_vi`:
 * ROUGE-1/2 F1 with the Vietnamese syllable ROUGE, next to the Lead baseline (first article's prose cut
 * to the same length). No issue target for the seeds: the ViMs figures (npm run eval:summaries) carry it.
 */
import type { Dossier } from '../../src/dossier/types.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';
import { rougeF, countWords, cutToWords } from '../lib/rouge.ts';

function lead(d: Dossier, words: number): string {
  const story = d.stories[0];
  const first = d.documents.find((doc) => doc.id === story?.documents[0]);
  if (!first) return '';
  return cutToWords(first.body.map((b) => first.text.slice(b.start, b.end)).slice(1).join(' '), words);
}

function metrics(label: string, gold: string, d: Dossier): Metric[] {
  const text = (d.stories[0]?.summary ?? []).map((s) => s.text).join(' ');
  const base = lead(d, countWords(text));
  return [
    { name: `${label}: summary ROUGE-1 F1`, value: rougeF(text, [gold], 1), note: `Lead ${rougeF(base, [gold], 1).toFixed(3)}; ${countWords(text)} syllables` },
    { name: `${label}: summary ROUGE-2 F1`, value: rougeF(text, [gold], 2), note: `Lead ${rougeF(base, [gold], 2).toFixed(3)}` },
  ];
}

export const scorer: SeedScorer = {
  name: 'summary',
  order: 90,
  score: (ctx) => [...metrics('with meta', ctx.gold.story_summary_vi, ctx.withMeta), ...metrics('text only', ctx.gold.story_summary_vi, ctx.textOnly)],
};
