/** Finding the entity mention at or near a span, for stages that attach things to people (quotes, claims). */
import type { EntityMention, EntityType } from '../core/layers.ts';
import type { Span } from '../core/span.ts';

/**
 * The mention covering `span` (overlapping it), else the nearest one within `maxGap` characters
 * (before or after), optionally of the given types. `mentions` must be sorted by start.
 */
export function mentionNear(mentions: readonly EntityMention[], span: Span, opts: { types?: readonly EntityType[]; maxGap?: number } = {}): EntityMention | undefined {
  const maxGap = opts.maxGap ?? Infinity;
  let best: EntityMention | undefined;
  let bestGap = Infinity;
  for (const m of mentions) {
    if (opts.types && !opts.types.includes(m.type)) continue;
    const gap = m.end <= span.start ? span.start - m.end : m.start >= span.end ? m.start - span.end : 0;
    if (gap === 0) return m;
    if (gap < bestGap && gap <= maxGap) {
      best = m;
      bestGap = gap;
    }
    if (m.start > span.end + bestGap) break;
  }
  return best;
}
