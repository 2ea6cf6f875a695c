/** Timeline. First cut: one entry per dated timex, the sentence around it as text. Issue #8 merges and describes. */
import type { Doc } from '../core/doc.ts';
import type { TimelineEntry } from './story.ts';

export function buildTimeline(docs: Doc[]): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const d of docs) {
    for (const t of d.layers.timexes) {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value)) continue;
      const s = d.layers.sentences.find((x) => x.start <= t.start && t.end <= x.end);
      if (!s) continue;
      const entry = byDate.get(t.value) ?? { date: t.value, text: d.slice(s), evidence: [] };
      entry.evidence.push({ doc: d.id, start: s.start, end: s.end });
      byDate.set(t.value, entry);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
