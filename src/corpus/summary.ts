/** Summary. First cut: lead sentences of each document within the budget. Issue #8 brings MMR. */
import type { Doc } from '../core/doc.ts';
import { PROSE_ROLES } from '../core/roles.ts';
import type { SummarySentence } from './story.ts';

export function summarize(docs: Doc[], words: number): SummarySentence[] {
  const out: SummarySentence[] = [];
  let used = 0;
  for (const d of docs) {
    const s = d.layers.sentences.find((x) => PROSE_ROLES.has(d.blockAt(x.start)?.role ?? 'ui'));
    if (!s) continue;
    const n = d.slice(s).split(/\s+/).length;
    if (used + n > words) break;
    out.push({ text: d.slice(s), doc: d.id, start: s.start, end: s.end });
    used += n;
  }
  return out;
}
