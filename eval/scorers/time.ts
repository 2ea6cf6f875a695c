/**
 * Timexes on the seed gold: value F1 and span F1 (strict and relaxed), with the gold's true
 * creation time given as --meta (gold field value_with_true_dct) and from the text alone (gold
 * field value). Side by side on the same gold lines: our tagger alone, and chrono-node's `vi`
 * locale run over each annotated line with the same creation time as its reference date.
 */
import * as chrono from 'chrono-node';
import { Doc } from '../../src/core/doc.ts';
import { ANNOTATED_ROLES, type BlockRole } from '../../src/core/roles.ts';
import { tagTimexes } from '../../src/time/index.ts';
import type { DossierDocument } from '../../src/dossier/types.ts';
import { lineOffsets, prf, type GoldDoc, type PRF } from '../lib/gold.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';

interface Item {
  line: number;
  start: number;
  end: number;
  text: string;
  value: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function lineOf(lines: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Gold timexes with offsets: the k-th gold entry of a string on a line is its k-th occurrence there. */
function goldItems(text: string, gold: GoldDoc, field: 'value' | 'value_with_true_dct'): Item[] {
  const lines = lineOffsets(text);
  const seen = new Map<string, number>();
  return gold.timexes.map((t) => {
    const l = lines[t.line - 1]!;
    const lineText = text.slice(l.start, l.end);
    const key = `${t.line}\u0000${t.text}`;
    let from = 0;
    let at = -1;
    for (let k = 0; k <= (seen.get(key) ?? 0); k++) {
      at = lineText.indexOf(t.text, from);
      if (at < 0) break;
      from = at + 1;
    }
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const start = at < 0 ? l.start : l.start + at;
    return { line: t.line, start, end: at < 0 ? l.end : start + t.text.length, text: t.text, value: t[field] };
  });
}

function sysItems(text: string, timexes: { start: number; end: number; text: string; value: string }[]): Item[] {
  const lines = lineOffsets(text);
  return timexes.map((t) => ({ line: lineOf(lines, t.start), start: t.start, end: t.end, text: t.text, value: t.value }));
}

type Match = (g: Item, s: Item) => boolean;
const strict: Match = (g, s) => g.line === s.line && norm(g.text) === norm(s.text) && g.start < s.end && s.start < g.end;
const relaxed: Match = (g, s) => g.line === s.line && g.start < s.end && s.start < g.end;
const valued: Match = (g, s) => relaxed(g, s) && g.value === s.value;

/** One-to-one greedy matching; exact extents are paired first. */
function score(gold: Item[], sys: Item[], ok: Match): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const pass of [strict, relaxed]) {
    for (const g of gold) {
      if ((g as Item & { hit?: boolean }).hit) continue;
      const i = sys.findIndex((s, k) => !used.has(k) && pass(g, s) && ok(g, s));
      if (i >= 0) {
        used.add(i);
        (g as Item & { hit?: boolean }).hit = true;
        tp++;
      }
    }
  }
  for (const g of gold) delete (g as Item & { hit?: boolean }).hit;
  return { tp, fp: sys.length - tp, fn: gold.length - tp };
}

function total(parts: { gold: Item[]; sys: Item[] }[], ok: Match): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of parts) {
    const r = score(p.gold, p.sys, ok);
    tp += r.tp;
    fp += r.fp;
    fn += r.fn;
  }
  return prf(tp, fp, fn);
}

const note = (r: PRF) => `P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} (tp ${r.tp} fp ${r.fp} fn ${r.fn})`;

/** The gold's annotated lines as blocks, so taggers can be compared without the cleaner's errors. */
function goldLineDoc(text: string, gold: GoldDoc): Doc {
  const lines = lineOffsets(text);
  const blocks = gold.lines
    .filter((l) => ANNOTATED_ROLES.has(l.role as BlockRole))
    .map((l) => ({ ...lines[l.n - 1]!, role: l.role as BlockRole }))
    .filter((b) => b.end > b.start);
  return new Doc(text, { path: gold.file, format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null, published: { value: null, basis: 'unknown', earliest: null, latest: null } }, blocks);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** chrono-node's result → a TIMEX3-like value at the precision chrono says it is certain of. */
function chronoValue(c: chrono.ParsedComponents): string {
  const y = String(c.get('year')).padStart(4, '0');
  const day = `${y}-${pad2(c.get('month')!)}-${pad2(c.get('day')!)}`;
  if (c.isCertain('hour')) return `${day}T${pad2(c.get('hour')!)}:${pad2(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return `${y}-${pad2(c.get('month')!)}`;
  if (c.isCertain('year')) return y;
  return day;
}

function chronoItems(doc: Doc, dct: string | null): Item[] {
  const ref = dct && /^\d{4}-\d{2}-\d{2}/.test(dct) ? new Date(`${dct.slice(0, 10)}T12:00:00+07:00`) : new Date();
  const items: Item[] = [];
  const lines = lineOffsets(doc.text);
  for (const b of doc.layers.blocks) {
    for (const r of chrono.vi.parse(doc.text.slice(b.start, b.end), { instant: ref, timezone: 420 })) {
      const start = b.start + r.index;
      items.push({ line: lineOf(lines, start), start, end: start + r.text.length, text: r.text, value: chronoValue(r.start) });
    }
  }
  return items;
}

function ours(d: DossierDocument, g: GoldDoc, field: 'value' | 'value_with_true_dct') {
  return { gold: goldItems(d.text, g, field), sys: sysItems(d.text, d.timexes) };
}

export const scorer: SeedScorer = {
  name: 'time',
  order: 40,
  score(ctx) {
    const meta = ctx.pairs.map((p) => ours(p.withMeta, p.gold, 'value_with_true_dct'));
    const text = ctx.pairs.map((p) => ours(p.textOnly, p.gold, 'value'));
    const onLines = ctx.pairs.map((p) => {
      const doc = goldLineDoc(p.withMeta.text, p.gold);
      return { gold: goldItems(doc.text, p.gold, 'value_with_true_dct'), sys: sysItems(doc.text, tagTimexes(doc, p.gold.published_true)), doc };
    });
    const chronoMeta = onLines.map((x, i) => ({ gold: x.gold, sys: chronoItems(x.doc, ctx.pairs[i]!.gold.published_true) }));
    const chronoText = ctx.pairs.map((p) => {
      const doc = goldLineDoc(p.textOnly.text, p.gold);
      return { gold: goldItems(doc.text, p.gold, 'value'), sys: chronoItems(doc, p.textOnly.published.value) };
    });
    const mv = total(meta, valued);
    const mr = total(meta, relaxed);
    const ms = total(meta, strict);
    const tv = total(text, valued);
    const tr = total(text, relaxed);
    const lv = total(onLines, valued);
    const cv = total(chronoMeta, valued);
    const cr = total(chronoMeta, relaxed);
    const ctv = total(chronoText, valued);
    return [
      { name: 'timex value F1 (--meta)', value: mv.f, target: 0.92, note: note(mv) },
      { name: 'timex relaxed span F1 (--meta)', value: mr.f, target: 0.95, note: note(mr) },
      { name: 'timex strict span F1 (--meta)', value: ms.f, note: note(ms) },
      { name: 'timex value F1 (text only)', value: tv.f, note: note(tv) },
      { name: 'timex relaxed span F1 (text only)', value: tr.f, note: note(tr) },
      { name: 'ours on gold lines: value F1 (--meta)', value: lv.f, note: `${note(lv)}  (no cleaner errors)` },
      { name: 'chrono-node vi on gold lines: value F1 (--meta)', value: cv.f, note: note(cv) },
      { name: 'chrono-node vi on gold lines: relaxed span F1', value: cr.f, note: note(cr) },
      { name: 'chrono-node vi on gold lines: value F1 (text)', value: ctv.f, note: note(ctv) },
    ] satisfies Metric[];
  },
};
