import type { ArticleDraft, DraftHints } from './types.ts';
import { parseHtml } from './html.ts';

const VIMS_HEADER = /^(Title|Source|Link|Published Date|Author|Tags|Summary|Content):/;

/** Decide the format of a decoded file from its name and its first characters. */
export function sniffFormat(path: string, text: string): 'html' | 'json' | 'jsonl' | 'vims' | 'text' {
  const head = text.slice(0, 2000).trimStart();
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (/^(<!doctype html|<html|<head|<body|<meta|<article|<div)/i.test(head) || lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return head.startsWith('{') && head.includes('\n{') ? 'jsonl' : 'json';
  if (VIMS_HEADER.test(head) && /^Content:/m.test(text)) return 'vims';
  return 'text';
}

const HEADER_LINE = /^(Title|Source|Link|Published Date|Author|Tags|Summary|Content):[ \t]?(.*)$/;
const URLISH = /^(?:https?:\/\/|www\.)\S+$/i;
const DATEISH = /\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\s+tháng\s+\S+/iu;

/**
 * ViMs-style header block followed by `Content:` and the body. Scraped headers are not always in
 * their slots (a `Link:` holding tags, a `Published Date:` holding the title or the URL, a date glued
 * to the author), so each value is checked for what it looks like and moved where it belongs.
 */
export function parseVims(path: string, text: string, encoding: string): ArticleDraft {
  const { fields, bodyStart } = readVimsHeader(text);
  const hints = vimsHints(fields);
  const body = text.slice(Math.min(bodyStart, text.length));
  // The title is part of the document text so that it can be annotated and cited like any line.
  const docText = hints.title ? `${hints.title}\n\n${body}` : body;
  return { path, format: 'vims', encoding, text: docText, hints };
}

/** The header fields (the last of each name) and where the body starts; lines are read up to `Content:` only. */
function readVimsHeader(text: string): { fields: Map<string, string>; bodyStart: number } {
  const fields = new Map<string, string>();
  let bodyStart = text.length;
  for (let offset = 0; offset <= text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, end);
    const m = HEADER_LINE.exec(line);
    if (m?.[1] === 'Content') {
      // Content may start on its own line or right after the colon
      bodyStart = m[2]!.trim() ? offset + line.length - m[2]!.length : offset + line.length + 1;
      break;
    }
    if (m) fields.set(m[1]!, m[2]!.trim());
    offset = end + 1;
  }
  return { fields, bodyStart };
}

/** What the header fields say, each value moved to the slot it belongs in. */
function vimsHints(fields: Map<string, string>): DraftHints {
  const hints: DraftHints = {};
  const title = fields.get('Title');
  if (title) hints.title = title;
  const source = fields.get('Source');
  if (source) hints.source = source;
  const link = fields.get('Link');
  const published = fields.get('Published Date');
  const url = link && URLISH.test(link) ? link : published && URLISH.test(published) ? published : undefined;
  if (url) hints.url = url;
  let author = fields.get('Author');
  if (published && published !== title && !URLISH.test(published) && DATEISH.test(published)) hints.published = published;
  else if (author && DATEISH.test(author)) {
    // "Quang Minh13:25 ngày 02-06-2016": the date was scraped into the author field
    const at = author.search(/\d/);
    hints.published = author.slice(at).trim();
    author = author.slice(0, at).trim();
  }
  if (author) hints.author = author;
  const tags = fields.get('Tags') || (link && !URLISH.test(link) && link.includes(',') ? link : '');
  if (tags) hints.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  return hints;
}

type JsonRecord = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** The first non-empty string among a record's fields (crawlers name them differently). */
const field = (rec: JsonRecord, ...names: string[]): string | undefined => {
  for (const n of names) {
    const v = str(rec[n]);
    if (v) return v;
  }
  return undefined;
};

/** One JSON record with `text` or `html` (plus optional metadata) → a draft. */
export function parseJsonRecord(path: string, rec: JsonRecord, encoding: string): ArticleDraft {
  const hints: DraftHints = {
    title: field(rec, 'title', 'headline'),
    url: field(rec, 'url', 'link', 'canonical_url'),
    published: field(rec, 'published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubDate', 'time'),
    source: field(rec, 'source', 'site', 'outlet', 'publisher', 'site_name'),
    author: field(rec, 'author', 'byline', 'authors'),
  };
  for (const k of Object.keys(hints) as (keyof DraftHints)[]) if (hints[k] === undefined) delete hints[k];
  const html = str(rec['html']);
  if (html && !str(rec['text'])) {
    const draft = parseHtml(path, html, encoding);
    return { ...draft, format: 'json', hints: { ...draft.hints, ...hints } };
  }
  const text = field(rec, 'text', 'content', 'body');
  if (!text) throw new Error('record has neither "text" nor "html"');
  const body = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const full = hints.title && !body.startsWith(hints.title) ? `${hints.title.normalize('NFC')}\n\n${body}` : body;
  return { path, format: 'json', encoding, text: full, hints };
}
