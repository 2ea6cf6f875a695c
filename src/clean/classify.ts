/**
 * The line classifier. Each line gets a score for every role from weighted evidence (the weights
 * are set by hand below: one table, one place to tune), then the page is read as three zones —
 * head (labels, title, dateline before the article), main (the article) and tail (related-article
 * sidebars, comment widgets) — and the best split into zones is found exactly (one pass, O(n)).
 * A line's role is its best role among those its zone allows. Moving into the tail costs a little,
 * and every paragraph of prose there costs a little more, so only real sidebar evidence (a
 * "Tin cùng chuyên mục" header, a headline glued to its copy, the title repeated) starts a tail,
 * while a stray "Xem thêm" in the middle of an article does not swallow the paragraphs after it.
 *
 * Scores live in one flat table (line × role, NaN = no evidence) rather than an object per line:
 * objects whose keys appear in varying order made every reader megamorphic, and most of the
 * stage's cold cost was V8 recompiling them.
 */
import type { BlockRole } from '../core/roles.ts';
import type { LineFeatures } from './features.ts';

/** Evidence weights (a hand-set linear model: a role's score is the sum of its evidence). */
export const WEIGHTS = {
  prose: 2, shortSentence: 1.2, colonEnd: 1.5, shortLine: 0.5,
  subheading: 1.5, subheadingBetweenProse: 0.3,
  captionMarker: 2.5, captionBeforeCopy: 2.5, captionAfterImage: 2, captionCopy: 3.5,
  imageName: 4, dateline: 4, bylineDated: 4, bylineSuffix: 3, nameAtEdge: 2.2, nameElsewhere: 0.8, credit: 3,
  uiPhrase: 4, social: 4, sectionLabel: 2, headLabel: 1, tagRun: 2.5, otherFiles: 2, otherFilesMany: 1,
  relatedStrong: 4, relatedInline: 2.4, glued: 4, titleRepeat: 4.5, ad: 4,
  /** related evidence inside the article counts less than in the tail */
  relatedInMain: -1.5,
  /** entering the tail, and each paragraph of prose read as a sidebar teaser there */
  tailEntry: 0.5, proseInTail: 0.3,
} as const;

// Weights read where the scores are compared, as plain numbers: a property read that V8 first meets
// on a rare path (a sidebar line inside the article) made it re-optimise the whole zone decoder.
const RELATED_IN_MAIN = WEIGHTS.relatedInMain;
const PROSE_IN_TAIL = WEIGHTS.proseInTail;
const TAIL_ENTRY = WEIGHTS.tailEntry;
const HEAD_LABEL = WEIGHTS.headLabel;

/** The roles a line can score for, in the order the article zone prefers them on a tie. */
const ROLES: readonly BlockRole[] = ['body', 'subheading', 'caption', 'caption_duplicate', 'image_name', 'dateline', 'byline', 'source_credit', 'ui', 'ad', 'related'];
const BODY = 0, SUBHEADING = 1, CAPTION = 2, CAPTION_DUPLICATE = 3, IMAGE_NAME = 4, DATELINE = 5, BYLINE = 6, SOURCE_CREDIT = 7, UI = 8, AD = 9, RELATED = 10;
const NROLES = ROLES.length;
const HEAD_ROLES = [DATELINE, BYLINE, UI, AD, IMAGE_NAME, CAPTION, CAPTION_DUPLICATE, SOURCE_CREDIT, RELATED];

/** Role scores of every line of a page: score[line × role] (NaN: no evidence), the first reason given, sidebar flags. */
export class RoleScores {
  readonly score: Float64Array;
  readonly reason: (string | undefined)[];
  /** the `related` score rests on evidence of a sidebar, which counts for less inside the article */
  readonly sidebar: Uint8Array;
  constructor(lines: number) {
    this.score = new Float64Array(lines * NROLES).fill(NaN);
    this.reason = new Array<string | undefined>(lines * NROLES).fill(undefined);
    this.sidebar = new Uint8Array(lines);
  }
}

export interface LineContext {
  prevProse: boolean;
  nextProse: boolean;
  prevImage: boolean;
  /** before the first or after the last paragraph of prose: where bylines stand */
  atEdge: boolean;
  inTagRun: boolean;
  beforeTitle: boolean;
  repeatsTitle: boolean;
  outletLabel: string;
}

function add(s: RoleScores, at: number, score: number, reason: string | undefined): void {
  const cur = s.score[at]!;
  if (cur !== cur) {
    s.score[at] = score;
    s.reason[at] = reason;
  } else {
    s.score[at] = cur + score;
    if (reason && !s.reason[at]) s.reason[at] = reason;
  }
}

const q = (t: string) => `"${t.length > 40 ? `${t.slice(0, 37)}…` : t}"`;

/** Role scores of line `line` from its features and neighbours. */
export function scoreLine(s: RoleScores, line: number, f: LineFeatures, c: LineContext): void {
  const W = WEIGHTS;
  const at = line * NROLES;
  add(s, at + BODY, f.prose ? W.prose : f.endsSentence ? W.shortSentence : f.endsColon ? W.colonEnd : W.shortLine, undefined);
  if (f.short && f.words >= 2 && f.chars <= 120 && c.nextProse) add(s, at + SUBHEADING, W.subheading + (c.prevProse ? W.subheadingBetweenProse : 0), undefined);
  if (f.chars <= 400) {
    if (f.captionMarker) add(s, at + CAPTION, W.captionMarker, 'photo credit in the line');
    if (f.sameAsNext) add(s, at + CAPTION, W.captionBeforeCopy, 'printed twice (image caption)');
    if (c.prevImage) add(s, at + CAPTION, W.captionAfterImage, 'follows an image');
    if (!f.firstOccurrence) add(s, at + CAPTION_DUPLICATE, W.captionCopy, f.sameAsPrev ? 'copy of the line above' : 'repeats an earlier line');
  }
  if (f.imageName) add(s, at + IMAGE_NAME, W.imageName, `image file name ${q(f.text)}`);
  if (f.dateline) add(s, at + DATELINE, W.dateline, `date line ${q(f.text)}`);
  if (f.byline) {
    const w = f.byline.date ? W.bylineDated : f.text !== f.byline.name ? W.bylineSuffix : c.atEdge ? W.nameAtEdge : W.nameElsewhere;
    add(s, at + BYLINE, w, `author ${q(f.byline.name)}`);
  }
  if (f.credit) add(s, at + SOURCE_CREDIT, W.credit, `source credit ${q(f.credit)}`);
  if (f.ui) add(s, at + UI, W.uiPhrase, `page control ${q(f.text)}`);
  if (f.social) add(s, at + UI, W.social, 'share buttons');
  if (f.section && (c.beforeTitle || !c.prevProse)) add(s, at + UI, W.sectionLabel, `section label ${q(f.text)}`);
  if (c.inTagRun) add(s, at + UI, W.tagRun, 'list of tags or links');
  if (f.otherFiles >= 2 && !f.prose) add(s, at + UI, W.otherFiles + (f.otherFiles >= 3 ? W.otherFilesMany : 0), `repeats in ${f.otherFiles} other file(s) of ${c.outletLabel}`);
  if (f.relatedStrong) add(s, at + RELATED, W.relatedStrong, `related-articles header ${q(f.text)}`);
  else if (f.relatedInline) add(s, at + RELATED, W.relatedInline, `link to another article ${q(f.text)}`);
  if (f.glued) add(s, at + RELATED, W.glued, 'headline glued to its own copy (a linked article)');
  if (c.repeatsTitle) add(s, at + RELATED, W.titleRepeat, 'repeats the title (sidebar)');
  if (s.score[at + RELATED] === s.score[at + RELATED] && (f.relatedStrong || f.glued || c.repeatsTitle)) s.sidebar[line] = 1;
  if (f.ad) add(s, at + AD, W.ad, `advertisement ${q(f.text)}`);
}

/** A role's score in the article zone: sidebar evidence counts for less there. */
function mainScore(s: RoleScores, line: number, role: number): number {
  const v = s.score[line * NROLES + role]!;
  // the sum is made on every call (+ 0 changes no score): an addition first met on a rare path re-optimises the callers
  return v + (role === RELATED && s.sidebar[line] ? RELATED_IN_MAIN : 0);
}

/** The best role of a line in the article zone (first on a tie), or −1 with no evidence at all. */
function bestInMain(s: RoleScores, line: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let r = 0; r < NROLES; r++) {
    const v = mainScore(s, line, r); // NaN (no evidence) never wins
    if (v > bestScore) {
      bestScore = v;
      best = r;
    }
  }
  return best;
}

function bestInHead(s: RoleScores, line: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < HEAD_ROLES.length; k++) {
    const v = s.score[line * NROLES + HEAD_ROLES[k]!]!;
    if (v > bestScore) {
      bestScore = v;
      best = HEAD_ROLES[k]!;
    }
  }
  return best;
}

const contentish = (r: number) => r === BODY || r === SUBHEADING || r === CAPTION || r === CAPTION_DUPLICATE;

export interface Classified {
  role: BlockRole;
  reason?: string;
}

/** The `related` score of a line, −∞ without related evidence. */
function relatedScore(s: RoleScores, line: number): number {
  const v = s.score[line * NROLES + RELATED]!;
  return v === v ? v : -Infinity;
}

/** Score of a line in the tail (see inTail). */
function tailScore(s: RoleScores, line: number, prose: boolean): number {
  const main = bestInMain(s, line);
  const rel = relatedScore(s, line);
  if (main >= 0 && !contentish(main)) return main === RELATED ? rel : mainScore(s, line, main);
  const absorbed = (main >= 0 ? mainScore(s, line, main) : -Infinity) - (prose ? PROSE_IN_TAIL : 0);
  return rel >= absorbed ? rel : absorbed;
}

/** In the tail, what would be content is a sidebar item: a headline, or a teaser paragraph at a small cost. */
function inTail(s: RoleScores, line: number, prose: boolean, tailStart: number): Classified {
  const main = bestInMain(s, line);
  const at = line * NROLES;
  if (main >= 0 && !contentish(main)) return { role: ROLES[main]!, reason: s.reason[at + main] };
  const rel = relatedScore(s, line);
  const absorbed = (main >= 0 ? mainScore(s, line, main) : -Infinity) - (prose ? PROSE_IN_TAIL : 0);
  return rel >= absorbed ? { role: 'related', reason: s.reason[at + RELATED] } : { role: 'related', reason: `in the related-articles block from line ${tailStart + 1}` };
}

function inMain(s: RoleScores, line: number): Classified {
  const r = bestInMain(s, line);
  return r < 0 ? { role: 'body', reason: undefined } : { role: ROLES[r]!, reason: s.reason[line * NROLES + r] };
}

/**
 * Roles for every line. `title` is the index of the title line (or −1); `mainStart` the first line of
 * the article proper: lines before it are head, the rest split into main and tail here. Each step is a
 * function of its own, so that a path V8 meets late re-optimises one small step, not all of them.
 */
export function decodeZones(scores: RoleScores, feats: LineFeatures[], title: number, mainStart: number): Classified[] {
  const n = feats.length;
  const out: Classified[] = new Array(n);
  const head = Math.min(mainStart, n);
  headRoles(scores, feats, title, head, out);
  const tailStart = bestTailStart(scores, feats, mainStart);
  for (let i = mainStart; i < n; i++) {
    out[i] = i === title ? { role: 'title', reason: undefined } : i < tailStart ? inMain(scores, i) : inTail(scores, i, feats[i]!.prose, tailStart);
  }
  return out;
}

/** Lines before the article: the title, head material, or labels. */
function headRoles(scores: RoleScores, feats: LineFeatures[], title: number, head: number, out: Classified[]): void {
  for (let i = 0; i < head; i++) {
    if (i === title) {
      out[i] = { role: 'title', reason: undefined };
      continue;
    }
    const h = bestInHead(scores, i);
    out[i] = h >= 0 && scores.score[i * NROLES + h]! >= HEAD_LABEL
      ? { role: ROLES[h]!, reason: scores.reason[i * NROLES + h] }
      : { role: 'ui', reason: `label before the article ${q(feats[i]!.text)}` };
  }
}

/** The best split point k: lines mainStart..k-1 main, k..n-1 tail (k = n: no tail); scores do not depend on k. */
function bestTailStart(scores: RoleScores, feats: LineFeatures[], mainStart: number): number {
  const n = feats.length;
  const m = n - Math.min(mainStart, n);
  const mainScores = new Float64Array(m);
  const tailSuffix = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) {
    const r = bestInMain(scores, mainStart + j);
    mainScores[j] = r < 0 ? -Infinity : mainScore(scores, mainStart + j, r);
  }
  for (let j = m - 1; j >= 0; j--) tailSuffix[j] = tailSuffix[j + 1]! + tailScore(scores, mainStart + j, feats[mainStart + j]!.prose);
  let bestK = n;
  let bestTotal = 0;
  for (let j = 0; j < m; j++) bestTotal += mainScores[j]!;
  let prefix = 0;
  for (let j = 0; j < m; j++) {
    const total = prefix + tailSuffix[j]! - TAIL_ENTRY;
    const related = scores.score[(mainStart + j) * NROLES + RELATED]!;
    // a tail must start on sidebar evidence, not on a line that merely costs nothing there
    // (both tests made on every line: a comparison first met late re-optimises this function)
    const better = total > bestTotal + 1e-9;
    const onSidebar = related > 0;
    if (better && onSidebar) {
      bestTotal = total;
      bestK = mainStart + j;
    }
    prefix += mainScores[j]!;
  }
  return bestK;
}
