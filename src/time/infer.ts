/**
 * Publication dates for undated articles, from the dates their text mentions: the latest reported
 * event bounds the date from below, an event still announced as coming ("sẽ", "dự kiến", "mời …")
 * bounds it from above. The year is only filled in when the text fixes it — a weekday written
 * beside a date ("Hôm Chủ nhật (29/1)" is a Sunday in 2017 and 2023 only), fully dated past events
 * (the article is not older than they are), "năm ngoái" beside "năm 2022" — and otherwise stays
 * "XXXX". Sidebars never count: only blocks the cleaner kept (content, datelines, bylines).
 */
import type { Doc, Published } from '../core/doc.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import { dayNumber, fmtDay, pad2, validDate, weekday, type YMD } from './calendar.ts';
import type { Mention } from './mention.ts';
import { parseDct } from './resolve.ts';
import { scanText } from './scan.ts';
import { tagTimexes } from './tag.ts';

const FIRST_YEAR = 1990;

interface Found extends Mention {
  block: number;
  docStart: number;
  docEnd: number;
  dateline: boolean;
}

function mentions(doc: Doc): Found[] {
  const out: Found[] = [];
  doc.layers.blocks.forEach((b, i) => {
    const dateline = b.role === 'dateline' || b.role === 'byline';
    if (!CONTENT_ROLES.has(b.role) && !dateline) return;
    for (const m of scanText(doc.text.slice(b.start, b.end))) {
      out.push({ ...m, block: i, docStart: b.start + m.start, docEnd: b.start + m.end, dateline });
    }
  });
  return out;
}

/** A dated event: not a range end or deadline, not a recurring date, not a holiday named alone. */
const isEvent = (m: Mention) => !m.until && !m.generic;
const isPartial = (m: Mention) => m.kind === 'date' && !m.lunar && m.m !== undefined && m.d !== undefined && m.y === undefined && m.yOff === undefined && m.stem === undefined;
const isFull = (m: Mention) => m.kind === 'date' && !m.lunar && m.m !== undefined && m.d !== undefined && m.y !== undefined;
const md = (m: Mention) => m.m! * 100 + m.d!;

/** Score each candidate year for the article from weekday, past-date and relative-year evidence. */
function scoreYears(found: Found[], lastYear: number): { year: number | null; why: string[] } {
  const scores = new Map<number, number>();
  for (let y = FIRST_YEAR; y <= lastYear; y++) scores.set(y, 0);
  const why: string[] = [];
  const add = (y: number, v: number) => scores.has(y) && scores.set(y, scores.get(y)! + v);
  for (const m of found) {
    if (!isPartial(m) || m.wd === undefined) continue;
    let hits = 0;
    for (let y = FIRST_YEAR; y <= lastYear; y++) {
      if (validDate(y, m.m!, m.d!) && weekday(y, m.m!, m.d!) === m.wd) {
        add(y, 2);
        hits++;
        // a late-year event may be reported early the next year
        if (m.m! >= 11) add(y + 1, 1);
      }
    }
    if (hits) why.push(`weekday of ${m.d}/${m.m}`);
  }
  for (const m of found) {
    if (!isFull(m) || m.tense === 'future') continue;
    for (let y = FIRST_YEAR; y < m.y!; y++) add(y, -3);
  }
  const byBlock = new Map<number, Found[]>();
  for (const m of found) byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), m]);
  for (const ms of byBlock.values()) {
    const rel = ms.filter((m) => m.kind === 'rel' && m.unit === 'Y' && m.off !== undefined && m.off !== 0);
    const years = [...new Set(ms.filter((m) => m.kind === 'year').map((m) => m.y!))];
    for (const r of rel) {
      for (const y of years) {
        add(y - r.off!, 1 / years.length);
        why.push(`"năm ${r.off! < 0 ? 'ngoái' : 'tới'}" beside "năm ${y}"`);
      }
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] > best[1] - 1)) return { year: null, why };
  return { year: best[0], why };
}

/** A date for each partial mention: the article's year, or the year before for a late-year month in an early-year article. */
type Day = { y: number | null; m: number; d: number };

function placeInYear(partials: Found[], year: number | null): Day[] {
  const months = partials.map((m) => m.m!);
  const spread = months.length ? Math.max(...months) - Math.min(...months) > 6 : false;
  return partials.map((m) => ({ y: year === null ? null : spread && m.m! > 6 ? year - 1 : year, m: m.m!, d: m.d! }));
}

const fmtPartial = (x: Day) => (x.y === null ? `XXXX-${pad2(x.m)}-${pad2(x.d)}` : fmtDay(x as YMD));
const order = (x: Day) => (x.y ?? 0) * 10000 + x.m * 100 + x.d;

/** Infer the publication date of a document whose page states none. */
export function inferPublished(doc: Doc): Published {
  const found = mentions(doc);
  // A date with a clock time in a dateline or byline is the publication stamp the cleaner missed.
  const stamp = found.find((m) => m.dateline && isFull(m) && m.h !== undefined);
  if (stamp) {
    const day = fmtDay({ y: stamp.y!, m: stamp.m!, d: stamp.d! });
    return {
      value: `${day}T${pad2(stamp.h!)}:${pad2(stamp.mi ?? 0)}`, basis: 'inferred', earliest: day, latest: day,
      why: 'date and time in the dateline', evidence: { start: stamp.docStart, end: stamp.docEnd },
    };
  }
  const fulls = found.filter(isFull);
  const maxYear = Math.max(new Date().getUTCFullYear(), ...fulls.map((m) => m.y! + 1));
  const { year, why } = scoreYears(found, maxYear);
  const partials = found.filter(isPartial);
  const placed = placeInYear(partials, year);
  const dated = [
    ...partials.map((m, i) => ({ at: placed[i]!, m })),
    ...(year !== null || partials.length === 0 ? fulls.map((m) => ({ at: { y: m.y!, m: m.m!, d: m.d! }, m })) : []),
  ].filter((x) => x.at.y === null || validDate(x.at.y, x.at.m, x.at.d));
  const past = dated.filter((x) => x.m.tense !== 'future' && isEvent(x.m));
  if (!past.length) return doc.meta.published;
  const latestPast = past.reduce((a, b) => (order(b.at) > order(a.at) ? b : a));
  const ahead = dated.filter((x) => x.m.tense === 'future' && !x.m.generic && order(x.at) > order(latestPast.at));
  const bound = ahead.length ? ahead.reduce((a, b) => (order(b.at) < order(a.at) ? b : a)) : null;
  const earliest = fmtPartial(latestPast.at);
  let latest: string | null = bound ? fmtPartial(bound.at) : null;
  const y = latestPast.at.y;
  if (!latest && year !== null && y !== null) latest = latestPast.at.m === 12 && latestPast.at.d > 20 ? `${y + 1}-01-10` : `${y}-12-31`;
  const text = doc.text.slice(latestPast.m.docStart, latestPast.m.docEnd);
  const reasons = [`latest reported event "${text}"`];
  if (bound) reasons.push(`"${doc.text.slice(bound.m.docStart, bound.m.docEnd)}" still ahead`);
  // Fully dated events alone bound the date from below but do not say which year the article is from.
  const boundOnly = year === null && y !== null;
  reasons.push(y === null ? 'year not given by the text' : boundOnly ? 'a lower bound only: the text does not fix the year' : `year ${year} from ${[...new Set(why)].join(', ')}`);
  return {
    value: boundOnly ? null : earliest, basis: 'inferred', earliest, latest, why: reasons.join('; '),
    evidence: { start: latestPast.m.docStart, end: latestPast.m.docEnd },
  };
}

/**
 * Fill in an unknown year ("XXXX-09-04") from the other, dated documents of the same story, when
 * those lie within two months of each other and one year puts the month-day within a month of
 * them. Re-tags the timexes of each document it changes, and returns those documents.
 */
export function refinePublishedFromStory(docs: Doc[]): Doc[] {
  const days: number[] = [];
  for (const d of docs) {
    const p = parseDct(d.meta.published.value);
    if (d.meta.published.basis !== 'unknown' && p?.y != null && p.m !== null && p.d !== null) days.push(dayNumber(p.y, p.m, p.d));
  }
  if (!days.length) return [];
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  if (hi - lo > 62) return [];
  const changed: Doc[] = [];
  const loYear = new Date(lo * 86400000).getUTCFullYear();
  for (const doc of docs) {
    const pub = doc.meta.published;
    const m = pub.basis === 'inferred' && pub.value ? /^XXXX-(\d{2})-(\d{2})$/.exec(pub.value) : null;
    if (!m) continue;
    const mo = Number(m[1]);
    const d = Number(m[2]);
    const fits = [loYear - 1, loYear, loYear + 1].filter((y) => {
      if (!validDate(y, mo, d)) return false;
      const n = dayNumber(y, mo, d);
      return n >= lo - 31 && n <= hi + 31;
    });
    if (fits.length !== 1) continue;
    const y = String(fits[0]);
    const withYear = (v: string | null) => (v && v.startsWith('XXXX') ? y + v.slice(4) : v);
    doc.meta.published = {
      ...pub, value: withYear(pub.value), earliest: withYear(pub.earliest), latest: withYear(pub.latest),
      why: `${pub.why ?? ''}; year ${y} from ${days.length} dated article(s) of the same story`.replace(/^; /, ''),
    };
    doc.layers.timexes = tagTimexes(doc, doc.meta.published.value);
    changed.push(doc);
  }
  return changed;
}
