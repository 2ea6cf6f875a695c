/**
 * The line classifier. Each line gets a score for every role from weighted evidence (the weights
 * are set by hand below: one table, one place to tune), then the page is read as three zones —
 * head (labels, title, dateline before the article), main (the article) and tail (related-article
 * sidebars, comment widgets) — and the best split into zones is found exactly (one pass, O(n)).
 * A line's role is its best role among those its zone allows. Moving into the tail costs a little,
 * and every paragraph of prose there costs a little more, so only real sidebar evidence (a
 * "Tin cùng chuyên mục" header, a headline glued to its copy, the title repeated) starts a tail,
 * while a stray "Xem thêm" in the middle of an article does not swallow the paragraphs after it.
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

/** `sidebar`: the score rests on evidence of a sidebar, which counts for less inside the article */
type Scored = { score: number; reason?: string; sidebar?: boolean };
export type RoleScores = Partial<Record<BlockRole, Scored>>;

export interface LineContext {
  index: number;
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

function add(s: RoleScores, role: BlockRole, score: number, reason?: string) {
  const cur = s[role];
  if (!cur) s[role] = { score, reason };
  else {
    cur.score += score;
    if (reason && !cur.reason) cur.reason = reason;
  }
}

const q = (t: string) => `"${t.length > 40 ? `${t.slice(0, 37)}…` : t}"`;

/** Role scores of one line from its features and neighbours. */
export function scoreLine(f: LineFeatures, c: LineContext): RoleScores {
  const W = WEIGHTS;
  const s: RoleScores = {};
  add(s, 'body', f.prose ? W.prose : f.endsSentence ? W.shortSentence : f.endsColon ? W.colonEnd : W.shortLine);
  if (f.short && f.words >= 2 && f.chars <= 120 && c.nextProse) add(s, 'subheading', W.subheading + (c.prevProse ? W.subheadingBetweenProse : 0));
  if (f.chars <= 400) {
    if (f.captionMarker) add(s, 'caption', W.captionMarker, 'photo credit in the line');
    if (f.sameAsNext) add(s, 'caption', W.captionBeforeCopy, 'printed twice (image caption)');
    if (c.prevImage) add(s, 'caption', W.captionAfterImage, 'follows an image');
    if (!f.firstOccurrence) add(s, 'caption_duplicate', W.captionCopy, f.sameAsPrev ? 'copy of the line above' : 'repeats an earlier line');
  }
  if (f.imageName) add(s, 'image_name', W.imageName, `image file name ${q(f.text)}`);
  if (f.dateline) add(s, 'dateline', W.dateline, `date line ${q(f.text)}`);
  if (f.byline) {
    const w = f.byline.date ? W.bylineDated : f.text !== f.byline.name ? W.bylineSuffix : c.atEdge ? W.nameAtEdge : W.nameElsewhere;
    add(s, 'byline', w, `author ${q(f.byline.name)}`);
  }
  if (f.credit) add(s, 'source_credit', W.credit, `source credit ${q(f.credit)}`);
  if (f.ui) add(s, 'ui', W.uiPhrase, `page control ${q(f.text)}`);
  if (f.social) add(s, 'ui', W.social, 'share buttons');
  if (f.section && (c.beforeTitle || !c.prevProse)) add(s, 'ui', W.sectionLabel, `section label ${q(f.text)}`);
  if (c.inTagRun) add(s, 'ui', W.tagRun, 'list of tags or links');
  if (f.otherFiles >= 2 && !f.prose) add(s, 'ui', W.otherFiles + (f.otherFiles >= 3 ? W.otherFilesMany : 0), `repeats in ${f.otherFiles} other file(s) of ${c.outletLabel}`);
  if (f.relatedStrong) add(s, 'related', W.relatedStrong, `related-articles header ${q(f.text)}`);
  else if (f.relatedInline) add(s, 'related', W.relatedInline, `link to another article ${q(f.text)}`);
  if (f.glued) add(s, 'related', W.glued, 'headline glued to its own copy (a linked article)');
  if (c.repeatsTitle) add(s, 'related', W.titleRepeat, 'repeats the title (sidebar)');
  if (s.related && (f.relatedStrong || f.glued || c.repeatsTitle)) s.related.sidebar = true;
  if (f.ad) add(s, 'ad', W.ad, `advertisement ${q(f.text)}`);
  return s;
}

const MAIN_ROLES: BlockRole[] = ['body', 'subheading', 'caption', 'caption_duplicate', 'image_name', 'dateline', 'byline', 'source_credit', 'ui', 'ad', 'related'];
const CONTENTISH: ReadonlySet<BlockRole> = new Set(['body', 'subheading', 'caption', 'caption_duplicate']);
const HEAD_ROLES: BlockRole[] = ['dateline', 'byline', 'ui', 'ad', 'image_name', 'caption', 'caption_duplicate', 'source_credit', 'related'];

interface Choice {
  role: BlockRole;
  score: number;
  reason?: string;
}

function pick(s: RoleScores, roles: BlockRole[], adjust: (r: BlockRole, v: Scored) => number): Choice {
  let best: Choice = { role: 'body', score: -Infinity };
  for (const r of roles) {
    const v = s[r];
    if (!v) continue;
    const score = adjust(r, v);
    if (score > best.score) best = { role: r, score, reason: v.reason };
  }
  return best;
}

function inMain(s: RoleScores): Choice {
  return pick(s, MAIN_ROLES, (r, v) => (r === 'related' && v.sidebar ? v.score + WEIGHTS.relatedInMain : v.score));
}

/** In the tail, what would be content is a sidebar item: a headline, or a teaser paragraph at a small cost. */
function inTail(s: RoleScores, f: LineFeatures, tailStart: number): Choice {
  const main = inMain(s);
  if (!CONTENTISH.has(main.role)) return main.role === 'related' ? pick(s, ['related'], (_, v) => v.score) : main;
  const rel = s.related?.score ?? -Infinity;
  const absorbed = main.score - (f.prose ? WEIGHTS.proseInTail : 0);
  return rel >= absorbed ? { role: 'related', score: rel, reason: s.related?.reason } : { role: 'related', score: absorbed, reason: `in the related-articles block from line ${tailStart + 1}` };
}

export interface Classified {
  role: BlockRole;
  reason?: string;
}

/**
 * Roles for every line. `title` is the index of the title line (or −1); `mainStart` the first line of
 * the article proper: lines before it are head, the rest split into main and tail here.
 */
export function decodeZones(scores: RoleScores[], feats: LineFeatures[], title: number, mainStart: number): Classified[] {
  const n = scores.length;
  const out: Classified[] = new Array(n);
  for (let i = 0; i < Math.min(mainStart, n); i++) {
    if (i === title) {
      out[i] = { role: 'title' };
      continue;
    }
    const h = pick(scores[i]!, HEAD_ROLES, (_, v) => v.score);
    out[i] = h.score >= WEIGHTS.headLabel ? { role: h.role, reason: h.reason } : { role: 'ui', reason: `label before the article ${q(feats[i]!.text)}` };
  }
  // best split point k: lines mainStart..k-1 main, k..n-1 tail (k = n: no tail); scores do not depend on k
  const m = n - Math.min(mainStart, n);
  const mainScore = new Float64Array(m);
  const tailSuffix = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) mainScore[j] = inMain(scores[mainStart + j]!).score;
  for (let j = m - 1; j >= 0; j--) tailSuffix[j] = tailSuffix[j + 1]! + inTail(scores[mainStart + j]!, feats[mainStart + j]!, 0).score;
  let bestK = n;
  let bestTotal = mainScore.reduce((a, b) => a + b, 0);
  let prefix = 0;
  for (let j = 0; j < m; j++) {
    const total = prefix + tailSuffix[j]! - WEIGHTS.tailEntry;
    // a tail must start on sidebar evidence, not on a line that merely costs nothing there
    if (total > bestTotal + 1e-9 && (scores[mainStart + j]!.related?.score ?? 0) > 0) {
      bestTotal = total;
      bestK = mainStart + j;
    }
    prefix += mainScore[j]!;
  }
  for (let i = mainStart; i < n; i++) {
    if (i === title) {
      out[i] = { role: 'title' };
      continue;
    }
    const c = i < bestK ? inMain(scores[i]!) : inTail(scores[i]!, feats[i]!, bestK);
    out[i] = { role: c.role, reason: c.reason };
  }
  return out;
}
