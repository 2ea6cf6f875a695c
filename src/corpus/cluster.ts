/**
 * Batch story clustering of a mixed pile: no fixed number of stories.
 * 1. A single pass in publication order places each article into the most similar story centroid or
 *    opens a new story (incremental.ts, with the pile's own IDF).
 * 2. Refinement passes move every article to the centroid it now fits best, which undoes the order
 *    effects of the single pass.
 * 3. Every story is bisected while it holds two clearly separate events (split.ts): centroids keep an
 *    event and its follow-up on the same topic together, pairwise similarities tell them apart.
 */
import type { Doc } from '../core/doc.ts';
import { byPublished, DocFrequencies, publishedDay, termCounts, tfidfVector } from './features.ts';
import { StoryIndex } from './incremental.ts';
import { splitStory } from './split.ts';
import { Vocabulary } from './vocabulary.ts';

const REFINE_PASSES = 3;

export interface ClusterOptions {
  /** join threshold (cosine after the date discount); default JOIN_THRESHOLD */
  threshold?: number;
  /** separation ratio below which a story is split; default SPLIT_RATIO, 0 = never split */
  splitRatio?: number;
}

export function clusterStories(docs: Doc[], opts: ClusterOptions = {}): Doc[][] {
  if (docs.length === 0) return [];
  let tokens = 0;
  for (const d of docs) tokens += d.layers.tokens.length;
  const vocab = new Vocabulary(tokens);
  const terms = new Map(docs.map((d) => [d.id, termCounts(d, vocab)]));
  const df = new DocFrequencies();
  for (const t of terms.values()) df.add(t);
  // n counts every document given, as the IDF always has (a repeated id is one vector but two documents).
  df.n = docs.length;
  const index = new StoryIndex({ threshold: opts.threshold, batch: { vocab, df } });
  const ordered = [...docs].sort(byPublished);
  const vectors = new Map(ordered.map((d) => [d.id, tfidfVector(terms.get(d.id)!, df, vocab)]));
  const days = new Map(ordered.map((d) => [d.id, publishedDay(d)]));
  for (const d of ordered) index.addVector(d.id, vectors.get(d.id)!, days.get(d.id)!);
  const ids = ordered.map((d) => d.id);
  for (let pass = 0; pass < REFINE_PASSES; pass++) if (index.refine(ids) === 0) break;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const groups: Doc[][] = [];
  for (const d of ordered) {
    const sid = index.storyOf(d.id)!;
    if (seen.has(sid)) continue;
    seen.add(sid);
    const members = index.members(sid).map((id) => byId.get(id)!).sort(byPublished);
    const parts = splitStory(members.map((m) => vectors.get(m.id)!), members.map((m) => days.get(m.id)!), opts.splitRatio);
    for (const p of parts) groups.push(p.map((i) => members[i]!));
  }
  return groups;
}
