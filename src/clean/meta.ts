/**
 * Article metadata from what the format stated (hints) and what the classified lines say:
 * outlet ("Giúp NTDVN sửa lỗi", a lead opening "VOH -", a credit line "Báo Tiền Phong", the URL's
 * domain), author ("Huyền Anh biên dịch", "Hoàng Bách 19/06/2024 15:44") and the stated publication
 * date (a dateline or dated byline at the top, else the format's date field, else a date in the URL).
 */
import type { Block } from '../core/layers.ts';
import type { Published } from '../core/doc.ts';
import type { DraftHints } from '../ingest/types.ts';
import { dateInUrl, parseStatedDate, statedValue, type StatedDate } from './dates.ts';
import type { LineFeatures } from './features.ts';
import { OUTLET_DOMAINS, OUTLET_NAMES } from './phrases.ts';

/** A classified line: its block (with its role) and its features. */
export interface MetaLine {
  f: LineFeatures;
  block: Block;
}

export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** "kinhdoanh.vnexpress.net" → "VnExpress" (sub-domains fall back to their parent). */
export function outletOfDomain(host: string | null): string | null {
  if (!host) return null;
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = OUTLET_DOMAINS[parts.slice(i).join('.')];
    if (name) return name;
  }
  return null;
}

/** A stated source that is a name, not tags or a sentence scraped into the wrong field. */
const saneName = (s: string | undefined): string | null => (s && s.length <= 60 && !/[,;:]|^https?:/.test(s) ? s.trim() : null);

const LEAD_OUTLET = /^([\p{Lu}Đ][\p{Lu}Đ0-9]{1,9}|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3})\s?[-–—]\s/u;

const HELP_LINE = /^giúp (\S+) sửa lỗi$/iu;
const CREDIT_FROM = /^\(?(theo|nguồn)\b/iu;

export function findOutlet(hints: DraftHints, lines: MetaLine[]): string | null {
  const fromDomain = outletOfDomain(hostOf(hints.url));
  if (fromDomain) return fromDomain;
  const stated = saneName(hints.source);
  if (stated) return stated;
  for (const { f } of lines) {
    const m = HELP_LINE.exec(f.text);
    if (m) return m[1]!;
  }
  const lead = firstWithRole(lines, 'lead');
  const lm = lead && LEAD_OUTLET.exec(lead.f.text);
  if (lm && (/^[\p{Lu}Đ0-9]+$/u.test(lm[1]!) || OUTLET_NAMES.has(lm[1]!.toLowerCase()))) return lm[1]!;
  // "Báo Tiền Phong" names the outlet; "Theo The Epoch Times" names where the story came from
  let firstCredit: string | null = null;
  for (const { f, block } of lines) {
    if (block.role !== 'source_credit' || !f.credit) continue;
    if (!CREDIT_FROM.test(f.text)) return f.credit;
    firstCredit ??= f.credit;
  }
  return firstCredit;
}

function firstWithRole(lines: MetaLine[], role: Block['role']): MetaLine | undefined {
  for (const l of lines) if (l.block.role === role) return l;
  return undefined;
}

export function findAuthor(hints: DraftHints, outlet: string | null, lines: MetaLine[]): string | null {
  const stated = saneName(hints.author?.replace(/\s*[-–]\s*$/, ''));
  const isOutlet = (s: string) => !!outlet && s.toLowerCase() === outlet.toLowerCase() || OUTLET_NAMES.has(s.toLowerCase()) || /\.(vn|com|net)$/i.test(s);
  if (stated && !isOutlet(stated)) return stated;
  for (const { f, block } of lines) if (block.role === 'byline' && f.byline) return f.byline.name;
  return null;
}

function published(d: StatedDate, why: string, evidence?: Block): Published {
  const value = statedValue(d);
  if (!value) return { value: null, basis: 'unknown', earliest: null, latest: null, why: `${why} gives day ${d.day} and month ${d.month} but no year` };
  return { value, basis: 'stated', earliest: d.date, latest: d.date, why, ...(evidence ? { evidence: { start: evidence.start, end: evidence.end } } : {}) };
}

export function findPublished(hints: DraftHints, lines: MetaLine[]): Published | null {
  // a dateline or dated byline in the head or the article (never in a sidebar)
  const hinted = hints.published ? parseStatedDate(hints.published) : null;
  for (const { f, block } of lines) {
    if (block.role === 'related') break;
    const d = block.role === 'dateline' ? f.dateline : block.role === 'byline' ? f.byline?.date : null;
    if (!d?.date) continue;
    // the page shows the day only, its metadata the time of that same day: take the time too
    if (!d.time && hinted?.time && hinted.date === d.date) return published(hinted, `${block.role} "${f.text}" and published time "${hints.published}"`, block);
    return published(d, `${block.role} "${f.text}"`, block);
  }
  let partial: Published | null = null;
  if (hints.published) {
    const d = hinted;
    if (d) {
      const p = published(d, `published date "${hints.published}"`);
      if (p.value) return p;
      partial = p;
    }
  }
  if (hints.url) {
    const d = dateInUrl(hints.url);
    if (d && (!partial || (d.month === parseStatedDate(hints.published!)?.month))) return published(d, `date in the URL ${hints.url}`);
  }
  return partial;
}
