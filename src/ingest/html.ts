import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleDraft, DraftHints } from './types.ts';

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'SECTION', 'ARTICLE', 'PRE', 'TABLE', 'UL', 'OL', 'FIGURE', 'HEADER', 'FOOTER', 'BR']);

function meta(document: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** Visible text of an element with a blank line between blocks. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME'].includes(el.tagName)) return;
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

/** An HTML page → its main article text (Readability on linkedom) with title and meta-tag hints. */
export function parseHtml(path: string, html: string, encoding: string): ArticleDraft {
  const { document } = parseHTML(html);
  const hints: DraftHints = {};
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  if (title) hints.title = title;
  const site = meta(document, 'og:site_name', 'application-name');
  if (site) hints.source = site;
  const author = meta(document, 'author', 'article:author', 'dable:author');
  if (author) hints.author = author;
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (url) hints.url = url;
  const published = meta(document, 'article:published_time', 'pubdate', 'datePublished', 'date', 'dc.date');
  if (published) hints.published = published;

  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) {
    const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = blockText(inner.body as unknown as Element);
    if (article.title && !hints.title) hints.title = article.title;
    if (article.byline && !hints.author) hints.author = article.byline.trim();
  }
  if (!text.trim()) text = blockText(document.body as unknown as Element);
  const full = hints.title && !text.startsWith(hints.title) ? `${hints.title}\n\n${text}` : text;
  return { path, format: 'html', encoding, text: full.normalize('NFC'), hints };
}
