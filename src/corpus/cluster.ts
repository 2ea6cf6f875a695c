/**
 * Batch story clustering of a mixed pile: no fixed number of stories. A single pass in publication
 * order places each article into the most similar story centroid or opens a new story (incremental.ts,
 * with the pile's own IDF), then refinement passes move every article to the centroid it now fits best,
 * which undoes the order effects of the single pass.
 */
import type { Doc } from '../core/doc.ts';
import { docTermCounts, publishedDay } from './features.ts';
import { StoryIndex } from './incremental.ts';

const REFINE_PASSES = 3;

function byPublished(a: Doc, b: Doc): number {
  return (a.meta.published.value ?? '9999').localeCompare(b.meta.published.value ?? '9999') || a.id.localeCompare(b.id);
}

export interface ClusterOptions {
  /** join threshold (cosine after the date discount); default JOIN_THRESHOLD */
  threshold?: number;
}

export function clusterStories(docs: Doc[], opts: ClusterOptions = {}): Doc[][] {
  if (docs.length === 0) return [];
  const terms = new Map(docs.map((d) => [d.id, docTermCounts(d)]));
  const counts = new Map<string, number>();
  for (const t of terms.values()) for (const k of t.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new StoryIndex({ threshold: opts.threshold, df: { counts, n: docs.length } });
  const ordered = [...docs].sort(byPublished);
  for (const d of ordered) index.addTerms(d.id, terms.get(d.id)!, publishedDay(d));
  const ids = ordered.map((d) => d.id);
  for (let pass = 0; pass < REFINE_PASSES; pass++) if (index.refine(ids) === 0) break;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const groups: Doc[][] = [];
  for (const d of ordered) {
    const sid = index.storyOf(d.id)!;
    if (seen.has(sid)) continue;
    seen.add(sid);
    groups.push(index.members(sid).map((id) => byId.get(id)!).sort(byPublished));
  }
  return groups;
}
