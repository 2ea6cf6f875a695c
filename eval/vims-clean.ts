/**
 * `npm run eval:vims-clean`: the cleaner on all ViMs articles (already clean text with headers).
 *  - every `Published Date:` value that holds a date must be read (target: 0 unparsed); values that
 *    hold no date at all (empty, a title or URL scraped into the field) are counted apart, with the
 *    date recovered from elsewhere (a date glued to the author, a date in the URL) where there is one;
 *    and a value that writes a four-digit year must be read in that year (target: 0 misread);
 *  - the share of body characters kept as content (target ≥ 99.5 %), with the lines removed most.
 */
import { readFileSync } from 'node:fs';
import { readFileDrafts } from '../src/ingest/index.ts';
import { cleanDrafts, type CleanResult } from '../src/clean/index.ts';
import { parseStatedDate } from '../src/clean/dates.ts';
import { CONTENT_ROLES } from '../src/core/roles.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';
import { vimsFiles, row } from '../bench/lib.ts';

const files = vimsFiles();
const drafts: ArticleDraft[] = [];
const rawDates: { path: string; value: string }[] = [];
for (const f of files) {
  const bytes = readFileSync(f);
  drafts.push(...readFileDrafts(f, bytes).drafts);
  const m = /^Published Date:(.*)$/m.exec(bytes.toString('utf8'));
  rawDates.push({ path: f, value: (m?.[1] ?? '').trim() });
}

// 1. Published Date values
const DATE_LIKE = /\d{1,2}\s?[/.-]\s?\d{1,2}|\d{4}-\d{2}-\d{2}|tháng|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d/i;
const unparsed = rawDates.filter((r) => DATE_LIKE.test(r.value) && !parseStatedDate(r.value));
const notDates = rawDates.filter((r) => !DATE_LIKE.test(r.value));
const yearless = rawDates.filter((r) => parseStatedDate(r.value)?.year === null);
const writtenYear = (v: string) => /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(v)?.[0];
const misread = rawDates.filter((r) => {
  const year = writtenYear(r.value);
  const date = parseStatedDate(r.value)?.date;
  return year !== undefined && date && !date.startsWith(year);
});
const results = cleanDrafts(drafts);
const byPath = new Map(drafts.map((d, i) => [d.path, results[i]!]));
const publishedOf = (p: string) => {
  const r = byPath.get(p);
  return r && !('error' in r) ? r.published : null;
};
const recovered = notDates.filter((r) => publishedOf(r.path)?.value);

console.log(`ViMs cleaning — ${files.length} files, ${drafts.length} drafts`);
console.log('\nPublished Date values:');
row('unparsed (hold a date, not read)', `${unparsed.length} of ${rawDates.length}`, '0', unparsed.length === 0);
for (const u of unparsed.slice(0, 10)) console.log(`    ${u.path.split('/original/').pop()}: ${JSON.stringify(u.value)}`);
row('no date in the value (misplaced/empty)', `${notDates.length}`);
row('  … dated from elsewhere (author, URL)', `${recovered.length}`);
for (const u of notDates) console.log(`    ${u.path.split('/original/').pop()}: ${JSON.stringify(u.value.slice(0, 60))} → ${publishedOf(u.path)?.value ?? 'unknown'}`);
row('day and month without a year', `${yearless.length}`);
row('read in another year than the value writes', `${misread.length} of ${rawDates.filter((r) => writtenYear(r.value)).length}`, '0', misread.length === 0);
for (const u of misread.slice(0, 10)) console.log(`    ${u.path.split('/original/').pop()}: ${JSON.stringify(u.value)} → ${parseStatedDate(u.value)?.date}`);
const stated = drafts.filter((d) => publishedOf(d.path)?.basis === 'stated').length;
row('documents with a stated date', `${stated} of ${drafts.length}`);

// 2. Retention of body characters (the text after `Content:`)
let bodyChars = 0;
let keptChars = 0;
const removed = new Map<string, number>();
drafts.forEach((d, i) => {
  const r = results[i]!;
  if ('error' in r) return;
  const bodyStart = d.hints.title ? d.hints.title.length + 2 : 0;
  for (const b of (r as CleanResult).blocks) {
    if (b.end <= bodyStart) continue;
    const n = b.end - b.start;
    bodyChars += n;
    if (CONTENT_ROLES.has(b.role)) keptChars += n;
    else removed.set(`${b.role}: ${b.reason ?? ''}`.slice(0, 90), (removed.get(`${b.role}: ${b.reason ?? ''}`.slice(0, 90)) ?? 0) + n);
  }
});
const failures = results.filter((r) => 'error' in r).length;
console.log('\nBody text:');
row('body characters kept as content', `${((100 * keptChars) / bodyChars).toFixed(2)} %`, '≥ 99.5 %', keptChars / bodyChars >= 0.995);
row('cleaning failures', `${failures}`, '0', failures === 0);
console.log('  most characters removed, by role and reason:');
for (const [k, v] of [...removed].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${String(v).padStart(7)}  ${k}`);
