/** Corpus stages: near-duplicates → stories → per story: cast, timeline, summary, claims. */
import type { Doc } from '../core/doc.ts';
import { contentId } from '../core/doc.ts';
import { findDuplicates } from './dedupe.ts';
import { byPublished } from './features.ts';
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

export function buildStories(docs: Doc[], opts: StoryOptions = {}, timer?: Timer): Story[] {
  if (docs.length === 0) return [];
  const duplicates = timed(timer, 'dedupe', () => findDuplicates(docs));
  const groups = opts.oneStory ? [docs] : timed(timer, 'cluster', () => clusterStories(docs));
  const words = opts.summaryWords ?? DEFAULT_SUMMARY_WORDS;
  // An undated article whose year the text cannot give takes it from its story's dated articles
  // (and its timexes are re-resolved), before the timeline and summary read them.
  timed(timer, 'published', () => groups.forEach((g) => refinePublishedFromStory(g)));
  const parts = groups.map((group) => {
    const members = [...group].sort(byPublished);
    const ids = new Set(members.map((d) => d.id));
    const copies = new Set(duplicates.filter(([, b]) => ids.has(b)).map(([, b]) => b));
    return { members, ids, originals: members.filter((d) => !copies.has(d.id)) };
  });
  // Each part of every story in one timed pass: hundreds of millisecond-long CPU readings per part
  // under-counted it (on ViMs the stories stage was ~250 ms CPU more than the sum of its parts).
  const summaries = timed(timer, 'summary', () => parts.map((p) => summarize(p.originals, words)));
  const timelines = timed(timer, 'timeline', () => parts.map((p) => buildTimeline(p.originals)));
  const casts = timed(timer, 'cast', () => parts.map((p) => buildCast(p.originals)));
  const claims = timed(timer, 'claims', () => parts.map((p) => collectClaims(p.originals)));
  return parts.map(({ members, ids, originals }, i) => ({
    id: contentId(members.map((d) => d.id).sort().join(',')),
    title: storyTitle(originals),
    documents: members.map((d) => d.id),
    duplicates: duplicates.filter(([a, b]) => ids.has(a) && ids.has(b)),
    summary: summaries[i]!,
    timeline: timelines[i]!,
    entities: casts[i]!,
    claims: claims[i]!,
  }));
}

/** The title of the story's earliest article with a title. */
function storyTitle(docs: Doc[]): string {
  return docs.find((d) => d.meta.title)?.meta.title ?? 'Untitled story';
}
