/**
 * An HTML page → the article's visible text with block breaks, plus what the page says about itself.
 * Main content: @mozilla/readability on a linkedom DOM. Metadata: JSON-LD (NewsArticle and kin),
 * Open Graph / article:* / itemprop meta tags, <time datetime>. The cleaner then gives each block a
 * role, as for plain text; here we only keep structure (one block per paragraph, heading, caption).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Block } from '../core/layers.ts';
import type { ArticleDraft, DraftHints } from './types.ts';

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'TR', 'SECTION', 'ARTICLE', 'PRE', 'TABLE', 'UL', 'OL', 'FIGURE', 'HEADER', 'FOOTER', 'BR', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ASIDE', 'NAV', 'MAIN', 'HR']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED']);

/** What a step of blockTexts' walk does with its node. */
type Step = 0 | 1 | 2;
const ENTER: Step = 0;
const LEAVE_BLOCK: Step = 1;
const LEAVE_INLINE: Step = 2;
const LAST_LETTER = /\p{L}$/u;
const FIRST_CAPITAL = /^\p{Lu}/u;

/**
 * Visible text of an element, one string per block. Iterative (pages nest 20,000 divs deep).
 */
export function blockTexts(root: Element): string[] {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    // a zero-width space joins what it stands between ("nay\u200b, Hà" is "nay, Hà"): dropped, not a space
    const t = line.replace(/\u200b/g, '').replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  // stack of [node, step]: a block element is flushed on entry and on exit; leaving an inline element is
  // remembered, for a label styled apart from the text it touches ("<span>Hà Giang</span>Hơn 23h" is
  // "Hà Giang Hơn 23h"): a capital right after the element's last letter starts a new word
  let afterInline = false;
  const stack: [Node, Step][] = [[root, ENTER]];
  while (stack.length) {
    const [node, step] = stack.pop()!;
    if (step === LEAVE_BLOCK) {
      flush();
      continue;
    }
    if (step === LEAVE_INLINE) {
      afterInline = true;
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (afterInline && t && LAST_LETTER.test(line) && FIRST_CAPITAL.test(t)) line += ' ';
      if (t) afterInline = false;
      line += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName) || el.getAttribute('hidden') !== null || /display:\s*none/i.test(el.getAttribute('style') ?? '')) continue;
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock) {
      flush();
      stack.push([el, LEAVE_BLOCK]);
    } else stack.push([el, LEAVE_INLINE]);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, ENTER]);
  }
  flush();
  return parts;
}

/** Kept for callers that want one string: blocks separated by blank lines. */
export function blockText(root: Element): string {
  return blockTexts(root).join('\n\n');
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage)$/;

function jsonLdArticle(document: Document): Json | undefined {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* malformed JSON-LD is common: ignore that block */
    }
  }
  // a NewsArticle beats the WebPage wrapper
  return found.find((o) => !/WebPage/.test(String(o['@type']))) ?? found[0];
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') return nameOf((v as Json)['name']);
  return undefined;
};

const decodeEntities = (s: string) => {
  const { document } = parseHTML(`<p>${s.replace(/</g, '&lt;')}</p>`);
  return document.querySelector('p')?.textContent ?? s;
};

function pageHints(document: Document): DraftHints {
  const hints: DraftHints = {};
  const ld = jsonLdArticle(document);
  let title = nameOf(ld?.['headline']) ?? meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  // some pages escape the title twice ("&#7875;" left in the text after parsing)
  if (title && /&#?\w+;/.test(title)) title = decodeEntities(title).trim();
  // "<headline> - Chính trị - Xã hội - Tuổi Trẻ Online": the page's own <h1> is the headline
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  let siteInTitle: string | undefined;
  if (title && h1 && h1.length >= 10 && title !== h1 && title.startsWith(h1) && /^\s*[-|–—:]/.test(title.slice(h1.length))) {
    siteInTitle = title.slice(h1.length).split(/\s[-|–—]\s/).pop()?.replace(/^[\s\-|–—:]+/, '').trim() || undefined;
    title = h1;
  }
  if (title) hints.title = title;
  const site = nameOf((ld?.['publisher'] as Json | undefined)?.['name']) ?? meta(document, 'og:site_name', 'application-name') ?? siteInTitle;
  if (site) hints.source = site;
  const author = nameOf(ld?.['author']) ?? meta(document, 'author', 'article:author', 'dable:author');
  if (author && !/^https?:/.test(author)) hints.author = decodeEntities(author).replace(/[\s-]+$/, '');
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (url) hints.url = url;
  // meta tags before JSON-LD: some sites stamp JSON-LD with a wrong zone ("13:39:00+08:00" for 13:39 in Hà Nội)
  const published = meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued') ?? nameOf(ld?.['datePublished'])
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  if (published) hints.published = published;
  return hints;
}

/** Text of the page's own date element, which Readability drops with the header ("Chủ nhật, 2/2/2025 05:01 (GMT+7)"). */
function visibleDateline(document: Document): string | undefined {
  const el = document.querySelector('[itemprop="datePublished"]:not(meta), .date, .time, span.date, .publish-date, .article__meta time, time');
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t && t.length < 80 && /\d/.test(t) ? t : undefined;
}

const MAX_READABILITY_DEPTH = 400;
const MAX_READABILITY_ELEMENTS = 60_000;

/** Readability slows to minutes on pathological trees (20,000 nested divs): measure first, iteratively. */
function tooDeepForReadability(root: Element): boolean {
  const stack: [Element, number][] = [[root, 0]];
  let count = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH || ++count > MAX_READABILITY_ELEMENTS) return true;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, depth + 1]);
  }
  return false;
}

/** An HTML page → its main article text (Readability on linkedom) with title and metadata hints. */
export function parseHtml(path: string, html: string, encoding: string): ArticleDraft {
  let { document } = parseHTML(html);
  if (!document.documentElement) {
    // A fragment or a text file named .html gives linkedom no root element: give it one.
    html = `<!doctype html><html><body>${html}</body></html>`;
    document = parseHTML(html).document;
  }
  const hints = pageHints(document as unknown as Document);
  const dateline = visibleDateline(document as unknown as Document);
  let parts: string[] = [];
  const deep = tooDeepForReadability(document.documentElement as unknown as Element);
  if (!deep) {
    try {
      const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
      if (article?.content) {
        const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
        parts = blockTexts(inner.body as unknown as Element);
        if (article.title && !hints.title) hints.title = article.title;
        if (article.byline && !hints.author) hints.author = article.byline.trim();
      }
    } catch {
      /* Readability gives up on some pages (odd markup): fall back to the whole body */
    }
  }
  if (!parts.length) {
    // Readability edits the DOM it reads, so the fallback reads a fresh one (unless it never ran)
    const body = deep ? document.body : parseHTML(html).document.body;
    parts = body ? blockTexts(body as unknown as Element) : [];
  }
  const head: string[] = [];
  if (hints.title && parts[0] !== hints.title) head.push(hints.title);
  if (dateline && !parts.slice(0, 5).some((p) => p.includes(dateline))) head.push(dateline);
  const all = [...head, ...parts].map((p) => p.normalize('NFC'));
  const blocks: Block[] = [];
  let text = '';
  for (const p of all) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length, role: 'body' });
    text += p;
  }
  return { path, format: 'html', encoding, text, blocks, hints };
}
