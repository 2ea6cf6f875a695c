/**
 * Cleaning: give every line of a draft a role (content, metadata line or chrome) and read the
 * article's metadata. The text itself is never changed: roles are spans over it, and every removed
 * line keeps its role and the reason it was removed.
 *
 * features.ts says what each line looks like, classify.ts scores roles and reads the page as
 * head / article / sidebar zones, batch.ts counts repetition across the run, meta.ts reads title,
 * outlet, author and the stated date. Phrase lists live in phrases.json and outlets.json.
 */
import type { Block } from '../core/layers.ts';
import { UNKNOWN_PUBLISHED, type Published } from '../core/doc.ts';
import type { ArticleDraft } from '../ingest/types.ts';
import { batchRepetition, outletKey } from './batch.ts';
import { decodeZones, scoreLine, type LineContext } from './classify.ts';
import { lineFeatures, lineKey, type LineFeatures } from './features.ts';
import { findAuthor, findOutlet, findPublished } from './meta.ts';

export interface CleanResult {
  blocks: Block[];
  title: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  published: Published;
}

export interface CleanFailure {
  error: string;
}

/** Split text into line blocks (non-empty lines), keeping offsets. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      blocks.push({ start: start + lead, end: end - trail, role: 'body' });
    }
    start = end + 1;
  }
  return blocks;
}

function titleLike(f: LineFeatures): boolean {
  return f.chars >= 12 && f.chars <= 250 && f.words >= 3 && !/[.:;,]$/.test(f.text) && !f.ui && !f.social && !f.section
    && !f.relatedStrong && !f.dateline && !f.byline && !f.imageName && !f.credit && !f.ad && !f.captionMarker;
}

/** The title line: the stated title where the text has it, else the first headline-shaped line before the article. */
function findTitle(feats: LineFeatures[], hint: string | undefined): number {
  if (hint) {
    const key = lineKey(hint);
    const at = feats.findIndex((f, i) => i < 12 && (f.key === key || (f.key.length > 10 && key.startsWith(f.key))));
    if (at >= 0) return at;
  }
  for (let i = 0; i < Math.min(feats.length, 8); i++) {
    const f = feats[i]!;
    if (f.prose && f.chars > 250) break;
    if (titleLike(f)) return i;
  }
  return -1;
}

/** Where the article proper starts: the first line after the title that is not head material. */
function findMainStart(feats: LineFeatures[], title: number): number {
  for (let i = title + 1; i < feats.length; i++) {
    const f = feats[i]!;
    const headish = f.ui || f.social || f.ad || f.dateline || f.imageName || (f.byline && (f.byline.date || f.words <= 4)) || (f.section && f.words <= 4)
      || (!f.endsSentence && f.words <= 2 && f.chars <= 25);
    if (!headish) return i;
  }
  return feats.length;
}

/** Runs of at least four short label-like lines (tags, link lists, menus). */
function tagRuns(feats: LineFeatures[]): boolean[] {
  const small = feats.map((f) => !f.endsSentence && f.words <= 5 && f.chars <= 40 && !f.dateline && !f.byline?.date);
  const out = new Array<boolean>(feats.length).fill(false);
  for (let i = 0; i < feats.length; ) {
    let j = i;
    while (j < feats.length && small[j]) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) out[k] = true;
    i = Math.max(j, i + 1);
  }
  return out;
}

export function cleanDraft(draft: ArticleDraft, otherFiles: (key: string) => number = () => 0): CleanResult {
  const text = draft.text;
  const blocks = (draft.blocks ?? lineBlocks(text)).map((b) => ({ start: b.start, end: b.end, role: b.role }) as Block);
  const feats = blocks.map((b) => lineFeatures(text.slice(b.start, b.end)));
  const seen = new Map<string, number>();
  const count = new Map<string, number>();
  for (const f of feats) count.set(f.key, (count.get(f.key) ?? 0) + 1);
  feats.forEach((f, i) => {
    f.repeats = count.get(f.key)!;
    f.firstOccurrence = !seen.has(f.key);
    if (f.firstOccurrence) seen.set(f.key, i);
    f.sameAsPrev = i > 0 && feats[i - 1]!.key === f.key;
    f.sameAsNext = i + 1 < feats.length && feats[i + 1]!.key === f.key;
    if (f.chars <= 300) f.otherFiles = otherFiles(f.key);
  });
  const title = findTitle(feats, draft.hints.title);
  const mainStart = findMainStart(feats, title);
  const titleKey = title >= 0 ? feats[title]!.key : lineKey(draft.hints.title ?? '\u0000');
  let firstProse = feats.findIndex((f, i) => i >= mainStart && f.prose);
  if (firstProse < 0) firstProse = feats.length;
  let lastProse = -1;
  feats.forEach((f, i) => {
    if (f.prose && !f.relatedStrong && !f.glued && f.key !== titleKey) lastProse = i;
  });
  const runs = tagRuns(feats);
  const outletLabel = outletKey(draft);
  const scores = feats.map((f, i) => {
    const c: LineContext = {
      index: i,
      prevProse: i > 0 && feats[i - 1]!.prose,
      nextProse: i + 1 < feats.length && feats[i + 1]!.prose,
      prevImage: i > 0 && feats[i - 1]!.imageName,
      atEdge: i > lastProse || i <= firstProse,
      inTagRun: runs[i]! && (i > lastProse || feats[i]!.words <= 2),
      beforeTitle: i < title,
      repeatsTitle: i !== title && title >= 0 && f.key === titleKey,
      outletLabel,
    };
    return scoreLine(f, c);
  });
  const roles = decodeZones(scores, feats, title, title >= 0 ? Math.max(mainStart, title + 1) : mainStart);
  let leadDone = false;
  blocks.forEach((b, i) => {
    const r = roles[i]!;
    b.role = r.role;
    if (r.role === 'body' && !leadDone && feats[i]!.prose) {
      b.role = 'lead';
      leadDone = true;
    }
    if (r.reason && r.role !== 'body') b.reason = r.reason;
  });
  const lines = blocks.map((block, i) => ({ block, f: feats[i]! }));
  const source = findOutlet(draft.hints, lines);
  return {
    blocks,
    title: title >= 0 ? feats[title]!.text : draft.hints.title ?? null,
    source,
    author: findAuthor(draft.hints, source, lines),
    url: draft.hints.url ?? null,
    published: findPublished(draft.hints, lines) ?? UNKNOWN_PUBLISHED,
  };
}

/**
 * Clean a batch: drafts of one run are cleaned together so that cross-file repetition can be used.
 * One draft that breaks the cleaner yields a failure in its place; the others are still cleaned.
 */
export function cleanDrafts(drafts: ArticleDraft[]): (CleanResult | CleanFailure)[] {
  let repetition: ((key: string) => number)[];
  try {
    repetition = batchRepetition(drafts);
  } catch {
    repetition = drafts.map(() => () => 0);
  }
  return drafts.map((d, i) => {
    try {
      return cleanDraft(d, repetition[i]);
    } catch (e) {
      return { error: `cleaning failed: ${(e as Error).message}` };
    }
  });
}
