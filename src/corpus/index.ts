/** Corpus stages: near-duplicates → stories → per story: cast, timeline, summary, claims. */
import type { Doc } from '../core/doc.ts';
import { contentId } from '../core/doc.ts';
import { findDuplicates } from './dedupe.ts';
import { clusterStories } from './cluster.ts';
import { buildTimeline } from './timeline.ts';
import { summarize } from './summary.ts';
import { buildCast } from './cast.ts';
import { collectClaims } from './claims.ts';
import type { Story } from './story.ts';
import { refinePublishedFromStory } from '../time/index.ts';
import { timed, type Timer } from '../core/timing.ts';

export interface StoryOptions {
  /** summary budget in syllables (space-separated tokens) */
  summaryWords?: number;
  /** treat all documents as one story */
  oneStory?: boolean;
}

export const DEFAULT_SUMMARY_WORDS = 120;

function byPublished(a: Doc, b: Doc): number {
  return (a.meta.published.value ?? '9999').localeCompare(b.meta.published.value ?? '9999') || a.id.localeCompare(b.id);
}

export function buildStories(docs: Doc[], opts: StoryOptions = {}, timer?: Timer): Story[] {
  if (docs.length === 0) return [];
  const duplicates = timed(timer, 'dedupe', () => findDuplicates(docs));
  const groups = opts.oneStory ? [docs] : timed(timer, 'cluster', () => clusterStories(docs));
  const words = opts.summaryWords ?? DEFAULT_SUMMARY_WORDS;
  // An undated article whose year the text cannot give takes it from its story's dated articles
  // (and its timexes are re-resolved), before the timeline and summary read them.
  timed(timer, 'published', () => groups.forEach((g) => refinePublishedFromStory(g)));
  return groups.map((group) => {
    const members = [...group].sort(byPublished);
    const ids = new Set(members.map((d) => d.id));
    const copies = new Set(duplicates.filter(([, b]) => ids.has(b)).map(([, b]) => b));
    const originals = members.filter((d) => !copies.has(d.id));
    return {
      id: contentId(members.map((d) => d.id).sort().join(',')),
      title: storyTitle(originals),
      documents: members.map((d) => d.id),
      duplicates: duplicates.filter(([a, b]) => ids.has(a) && ids.has(b)),
      summary: timed(timer, 'summary', () => summarize(originals, words)),
      timeline: timed(timer, 'timeline', () => buildTimeline(originals)),
      entities: timed(timer, 'cast', () => buildCast(originals)),
      claims: timed(timer, 'claims', () => collectClaims(originals)),
    };
  });
}

/** The title of the story's earliest article with a title. */
function storyTitle(docs: Doc[]): string {
  return docs.find((d) => d.meta.title)?.meta.title ?? 'Untitled story';
}
