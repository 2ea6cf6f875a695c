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
import { batchRepetition, lineKeys, MAX_KEY_CHARS, outletKey } from './batch.ts';
import { decodeZones, RoleScores, scoreLine, type Classified, type LineContext } from './classify.ts';
import { lineFeatures, lineKey, type LineFeatures } from './features.ts';
import { isSpace } from '../text/space.ts';
import { findAuthor, findOutlet, findPublished, type MetaLine } from './meta.ts';

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

/** Split text into line blocks (non-empty lines, without their edge white space), keeping offsets. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) blocks.push({ start: a, end: b, role: 'body' });
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
function tagRuns(feats: LineFeatures[]): Uint8Array {
  const n = feats.length;
  const small = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    small[i] = !f.endsSentence && f.words <= 5 && f.chars <= 40 && !f.dateline && !f.byline?.date ? 1 : 0;
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && small[j]) j++;
    if (j - i >= 4) out.fill(1, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Blocks to classify: a fresh copy of the draft's (its roles are ours to set), else its lines. */
function copyBlocks(draft: ArticleDraft): Block[] {
  if (!draft.blocks) return lineBlocks(draft.text);
  const out: Block[] = [];
  for (const b of draft.blocks) out.push({ start: b.start, end: b.end, role: b.role });
  return out;
}

/** Whether each line occurred before in the file, or next to itself; how many other files of the outlet have it. */
function countRepeats(feats: LineFeatures[], otherFiles: (key: string) => number): void {
  const n = feats.length;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    f.firstOccurrence = !seen.has(f.key);
    if (f.firstOccurrence) seen.add(f.key);
    f.sameAsPrev = i > 0 && feats[i - 1]!.key === f.key;
    f.sameAsNext = i + 1 < n && feats[i + 1]!.key === f.key;
    if (f.chars <= MAX_KEY_CHARS) f.otherFiles = otherFiles(f.key);
  }
}

/** A draft's blocks (roles still to set) and the features of their lines. */
interface DraftLines {
  blocks: Block[];
  feats: LineFeatures[];
}

function readLines(draft: ArticleDraft): DraftLines {
  const text = draft.text;
  const blocks = copyBlocks(draft);
  const feats: LineFeatures[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) feats[i] = lineFeatures(text.slice(blocks[i]!.start, blocks[i]!.end));
  return { blocks, feats };
}

/** The line keys batch repetition counts: for plain-text drafts its blocks are its lines, whose keys are known already. */
function repetitionKeys(draft: ArticleDraft, lines: DraftLines | CleanFailure): Set<string> {
  if (draft.blocks || 'error' in lines) return lineKeys(draft.text);
  const keys = new Set<string>();
  for (const f of lines.feats) if (f.chars <= MAX_KEY_CHARS) keys.add(f.key);
  return keys;
}

export function cleanDraft(draft: ArticleDraft, otherFiles: (key: string) => number = () => 0): CleanResult {
  return classifyLines(draft, readLines(draft), otherFiles);
}

function classifyLines(draft: ArticleDraft, { blocks, feats }: DraftLines, otherFiles: (key: string) => number): CleanResult {
  // each step over the lines is a function of its own: V8 optimises them one by one, and a rare path
  // met late (a metadata form, an unusual line) re-optimises one small function, not the whole cleaner
  countRepeats(feats, otherFiles);
  const title = findTitle(feats, draft.hints.title);
  const mainStart = findMainStart(feats, title);
  const titleKey = title >= 0 ? feats[title]!.key : lineKey(draft.hints.title ?? '\u0000');
  const scores = scoreLines(feats, title, titleKey, mainStart, outletKey(draft));
  const roles = decodeZones(scores, feats, title, title >= 0 ? Math.max(mainStart, title + 1) : mainStart);
  const lines = assignRoles(blocks, feats, roles);
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

/** Role scores of every line, from its features and where it stands among the others. */
function scoreLines(feats: LineFeatures[], title: number, titleKey: string, mainStart: number, outletLabel: string): RoleScores {
  const n = feats.length;
  let firstProse = n;
  for (let i = mainStart; i < n; i++) {
    if (feats[i]!.prose) {
      firstProse = i;
      break;
    }
  }
  let lastProse = -1;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    if (f.prose && !f.relatedStrong && !f.glued && f.key !== titleKey) lastProse = i;
  }
  const runs = tagRuns(feats);
  const scores = new RoleScores(n);
  const c: LineContext = {
    prevProse: false, nextProse: false, prevImage: false, atEdge: false, inTagRun: false, beforeTitle: false, repeatsTitle: false,
    outletLabel,
  };
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    c.prevProse = i > 0 && feats[i - 1]!.prose;
    c.nextProse = i + 1 < n && feats[i + 1]!.prose;
    c.prevImage = i > 0 && feats[i - 1]!.imageName;
    c.atEdge = i > lastProse || i <= firstProse;
    c.inTagRun = runs[i] === 1 && (i > lastProse || f.words <= 2);
    c.beforeTitle = i < title;
    c.repeatsTitle = i !== title && title >= 0 && f.key === titleKey;
    scoreLine(scores, i, f, c);
  }
  return scores;
}

/** Give each block its role (the first paragraph of prose in the body is the lead) and its reason for removal. */
function assignRoles(blocks: Block[], feats: LineFeatures[], roles: Classified[]): MetaLine[] {
  const n = blocks.length;
  let leadDone = false;
  const lines: MetaLine[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const r = roles[i]!;
    b.role = r.role;
    if (r.role === 'body' && !leadDone && feats[i]!.prose) {
      b.role = 'lead';
      leadDone = true;
    }
    if (r.reason && r.role !== 'body') b.reason = r.reason;
    lines[i] = { block: b, f: feats[i]! };
  }
  return lines;
}

/**
 * Clean a batch: drafts of one run are cleaned together so that cross-file repetition can be used.
 * One draft that breaks the cleaner yields a failure in its place; the others are still cleaned.
 */
export function cleanDrafts(drafts: ArticleDraft[]): (CleanResult | CleanFailure)[] {
  const lines: (DraftLines | CleanFailure)[] = new Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    try {
      lines[i] = readLines(drafts[i]!);
    } catch (e) {
      lines[i] = failure(e);
    }
  }
  let repetition: ((key: string) => number)[];
  try {
    repetition = batchRepetition(drafts, (i) => repetitionKeys(drafts[i]!, lines[i]!));
  } catch {
    repetition = drafts.map(() => () => 0);
  }
  const out: (CleanResult | CleanFailure)[] = new Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const l = lines[i]!;
    try {
      out[i] = 'error' in l ? l : classifyLines(drafts[i]!, l, repetition[i]!);
    } catch (e) {
      out[i] = failure(e);
    }
  }
  return out;
}

const failure = (e: unknown): CleanFailure => ({ error: `cleaning failed: ${(e as Error).message}` });
