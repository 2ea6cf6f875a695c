/**
 * Cleaning against the seed gold (text-only run: the dossier as the page alone gives it).
 *  - content-line F1: gold line n is the n-th line of doc.text (seeds are plain text); a line is
 *    ours-content when a `body` span covers it. Content = title, lead, body, subheading; captions
 *    are neutral (neither rewarded nor punished), as the issue says.
 *  - exact role accuracy over all annotated lines (ui_chrome = ui, section = ui), for information;
 *  - titles exact, stated publication times exact (only where the gold has one), outlet and author.
 */
import { lineOffsets, prf } from '../lib/gold.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';

const CONTENT = new Set(['title', 'lead', 'body', 'subheading']);
const GOLD_ALIASES: Record<string, string> = { ui_chrome: 'ui', section: 'ui' };
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim().toLowerCase();

export const scorer: SeedScorer = {
  name: 'clean',
  order: 10,
  score(ctx) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let rolesRight = 0;
    let rolesAll = 0;
    let titles = 0;
    let statedGold = 0;
    let statedRight = 0;
    let falseStated = 0;
    let sources = 0;
    let authors = 0;
    const misses: string[] = [];
    for (const { gold, textOnly: doc } of ctx.pairs) {
      const lines = lineOffsets(doc.text);
      const roleAt = (start: number, end: number) =>
        doc.body.some((s) => s.start < end && start < s.end) ? 'content' : doc.removed.find((s) => s.start < end && start < s.end)?.reason;
      for (const g of gold.lines) {
        const at = lines[g.n - 1];
        if (!at) continue;
        const inBody = doc.body.some((s) => s.start < at.end && at.start < s.end);
        if (g.role !== 'caption') {
          const gc = CONTENT.has(g.role);
          if (gc && inBody) tp++;
          else if (inBody) fp++;
          else if (gc) fn++;
          if (gc !== inBody) misses.push(`${gold.file.slice(0, 3)}:${g.n} gold ${g.role}, ours ${roleAt(at.start, at.end)}`);
        }
        rolesAll++;
        const removed = doc.removed.find((s) => s.start < at.end && at.start < s.end)?.reason;
        const ours = removed ?? (inBody ? 'content' : 'none');
        const want = GOLD_ALIASES[g.role] ?? g.role;
        if (ours === want || (ours === 'content' && (CONTENT.has(want) || want === 'caption'))) rolesRight++;
      }
      if (norm(doc.title) === norm(gold.title)) titles++;
      if (gold.published_in_text) {
        statedGold++;
        if (doc.published.basis === 'stated' && doc.published.value === gold.published_in_text) statedRight++;
      } else if (doc.published.basis === 'stated') falseStated++;
      if (norm(doc.source) === norm(gold.source_named_in_text)) sources++;
      if (norm(doc.author) === norm(gold.author_named_in_text)) authors++;
    }
    const f = prf(tp, fp, fn);
    const n = ctx.pairs.length;
    return [
      { name: 'content-line F1 (captions neutral)', value: f.f, target: 0.99, note: `P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})${misses.length ? `; ${misses.slice(0, 4).join('; ')}` : ''}` },
      { name: 'line roles: removed lines keep the gold role', value: rolesRight / rolesAll, note: `${rolesRight}/${rolesAll} lines (content roles pooled)` },
      { name: 'titles exact', value: titles, target: n, note: `of ${n}` },
      { name: 'stated publication times exact', value: statedRight, target: statedGold, note: `of ${statedGold} stated in the text; ${falseStated} stated where the gold has none` },
      { name: 'outlet named in text (source) matches', value: sources, target: n, note: `of ${n}` },
      { name: 'author named in text matches', value: authors, target: n, note: `of ${n}` },
    ];
  },
};
