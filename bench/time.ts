/**
 * `npm run bench:time`: timex tagging speed on ViMs article text (one core), beside chrono-node's
 * `vi` parser on the same text; a 10 MB single-line hostile input; and, as a corpus-scale check of
 * publication-date inference, how often the interval inferred from an article's body (its stated
 * date withheld) holds the date ViMs gives.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { Doc } from '../src/core/doc.ts';
import type { Block } from '../src/core/layers.ts';
import { inferPublished, tagTimexes } from '../src/time/index.ts';
import { row, vimsFiles } from './lib.ts';

interface Article {
  text: string;
  blocks: Block[];
  published: string | null;
}

/** ViMs file → body text as blocks (one per line) and the stated date as YYYY-MM-DD. */
function readArticle(path: string): Article {
  const raw = readFileSync(path, 'utf8');
  const at = raw.indexOf('Content:');
  const body = at >= 0 ? raw.slice(at + 8).trim() : raw;
  const stated = /Published Date:[^\n]*?(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(raw);
  const published = stated ? `${stated[3]}-${stated[2]!.padStart(2, '0')}-${stated[1]!.padStart(2, '0')}` : null;
  const blocks: Block[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (line.trim()) blocks.push({ start, end: start + line.length, role: blocks.length ? 'body' : 'lead' });
    start += line.length + 1;
  }
  return { text: body, blocks, published };
}

const meta = (published: string | null) => ({
  path: 'bench', format: 'text' as const, encoding: 'utf-8', title: null, source: null, author: null, url: null,
  published: { value: published, basis: (published ? 'metadata' : 'unknown') as 'metadata' | 'unknown', earliest: null, latest: null },
});

const articles = vimsFiles().map(readArticle);
const docs = articles.map((a) => new Doc(a.text, meta(a.published), a.blocks));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const cpuMs = () => process.cpuUsage().user / 1000;

console.log(`Timex benchmark — ${docs.length} ViMs articles, ${(bytes / 1e6).toFixed(1)} MB`);
for (const [i, d] of docs.entries()) tagTimexes(d, articles[i]!.published); // warm up (V8 compiles hot regexps to native code)
let t0 = cpuMs();
let timexes = 0;
for (let round = 0; round < 3; round++) for (const [i, d] of docs.entries()) timexes += tagTimexes(d, articles[i]!.published).length;
const ours = (3 * bytes) / 1e6 / ((cpuMs() - t0) / 1000);
row('tagTimexes throughput (CPU time)', `${ours.toFixed(1)} MB/s`, '≥ 5 MB/s', ours >= 5);
row('timexes per article', (timexes / 3 / docs.length).toFixed(1));

// chrono-node on every other article (warmed up on the rest)
for (const d of docs.filter((_, i) => i % 2 === 1)) for (const b of d.layers.blocks) chrono.vi.parse(d.text.slice(b.start, b.end), new Date());
const sample = docs.filter((_, i) => i % 2 === 0);
const sampleBytes = sample.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
t0 = cpuMs();
for (const d of sample) for (const b of d.layers.blocks) chrono.vi.parse(d.text.slice(b.start, b.end), new Date());
const chronoRate = sampleBytes / 1e6 / ((cpuMs() - t0) / 1000);
row('chrono-node vi throughput', `${chronoRate.toFixed(2)} MB/s`);
row('speed ratio (ours / chrono vi)', `${(ours / chronoRate).toFixed(1)}×`);

// hostile: all of ViMs as one ~10 MB line, and 1 MB of nothing but triggers
const oneLine = docs.map((d) => d.text.replace(/\n/g, ' ')).join(' ');
const huge = oneLine + ' ' + oneLine;
const dense = 'ngày 29/1 hôm qua 12/3/2023 1.200.000 thứ Hai (30/1) 3-1 hai mươi lăm năm cuối tuần này 9h30 tháng 11/2022 '.repeat(10_000);
for (const [label, text] of [[`${(Buffer.byteLength(huge) / 1e6).toFixed(1)} MB single line (ViMs)`, huge], ['1 MB single line of triggers only', dense]] as const) {
  t0 = cpuMs();
  const found = tagTimexes(new Doc(text, meta('2023-01-31'), [{ start: 0, end: text.length, role: 'body' }]), '2023-01-31').length;
  const s = (cpuMs() - t0) / 1000;
  row(label, `${(Buffer.byteLength(text) / 1e6 / s).toFixed(1)} MB/s`);
  row(`  (${s.toFixed(2)} s, ${found} timexes)`, '');
}

// publication dates inferred from the body alone
let inferred = 0;
let contains = 0;
let withYear = 0;
let yearRight = 0;
t0 = cpuMs();
for (const a of articles) {
  if (!a.published) continue;
  const doc = new Doc(a.text, meta(null), a.blocks);
  doc.layers.timexes = tagTimexes(doc, null);
  const p = inferPublished(doc);
  if (p.basis !== 'inferred') continue;
  inferred++;
  const truth = a.published;
  const md = truth.slice(5);
  const cmp = (v: string | null, side: 1 | -1) => {
    if (!v) return true;
    const full = /^\d{4}/.test(v) ? truth : md;
    const bound = /^\d{4}/.test(v) ? v.slice(0, 10) : v.slice(5, 10);
    return side > 0 ? bound <= full : full <= bound;
  };
  if (cmp(p.earliest, 1) && cmp(p.latest, -1)) contains++;
  if (p.value && /^\d{4}/.test(p.value)) {
    withYear++;
    if (p.value.slice(0, 4) === truth.slice(0, 4)) yearRight++;
  }
}
const inferMs = cpuMs() - t0;
row('ViMs articles with an inferred date', `${inferred}/${articles.filter((a) => a.published).length}`);
row('  stated date inside inferred interval', `${((100 * contains) / inferred).toFixed(1)}%`);
row('  year given / year right', `${withYear} / ${yearRight}`);
row('  inference cost per article', `${(inferMs / articles.length).toFixed(2)} ms`);
