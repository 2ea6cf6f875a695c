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

/** ViMs-style header block followed by `Content:` and the body. */
export function parseVims(path: string, text: string, encoding: string): ArticleDraft {
  const hints: DraftHints = {};
  const lines = text.split('\n');
  let i = 0;
  let offset = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^(Title|Source|Link|Published Date|Author|Tags|Summary|Content):\s?(.*)$/.exec(line);
    offset += line.length + 1;
    if (!m) continue;
    const value = m[2]!.trim();
    if (m[1] === 'Content') {
      // Content may start on its own line or right after the colon
      if (value) offset -= line.length + 1 - (line.length - m[2]!.length);
      break;
    }
    if (!value) continue;
    if (m[1] === 'Title') hints.title = value;
    else if (m[1] === 'Source') hints.source = value;
    else if (m[1] === 'Link') hints.url = value;
    else if (m[1] === 'Published Date') hints.published = value;
    else if (m[1] === 'Author') hints.author = value;
    else if (m[1] === 'Tags') hints.tags = value.split(',').map((t) => t.trim()).filter(Boolean);
  }
  const body = text.slice(Math.min(offset, text.length));
  // The title is part of the document text so that it can be annotated and cited like any line.
  const docText = hints.title ? `${hints.title}\n\n${body}` : body;
  return { path, format: 'vims', encoding, text: docText, hints };
}

interface JsonRecord {
  text?: unknown; html?: unknown; content?: unknown; title?: unknown; url?: unknown; link?: unknown;
  published?: unknown; date?: unknown; source?: unknown; author?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** One JSON record with `text` or `html` (plus optional metadata) → a draft. */
export function parseJsonRecord(path: string, rec: JsonRecord, encoding: string): ArticleDraft {
  const hints: DraftHints = {
    title: str(rec.title), url: str(rec.url) ?? str(rec.link), published: str(rec.published) ?? str(rec.date),
    source: str(rec.source), author: str(rec.author),
  };
  for (const k of Object.keys(hints) as (keyof DraftHints)[]) if (hints[k] === undefined) delete hints[k];
  const html = str(rec.html);
  if (html && !str(rec.text)) {
    const draft = parseHtml(path, html, encoding);
    return { ...draft, format: 'json', hints: { ...draft.hints, ...hints } };
  }
  const text = str(rec.text) ?? str(rec.content);
  if (!text) throw new Error('record has neither "text" nor "html"');
  const body = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const full = hints.title && !body.startsWith(hints.title) ? `${hints.title.normalize('NFC')}\n\n${body}` : body;
  return { path, format: 'json', encoding, text: full, hints };
}
