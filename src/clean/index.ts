/**
 * Cleaning: give every line of a draft a role (content, metadata line or chrome) and read the
 * article's metadata. The text itself is never changed: roles are spans over it.
 * First cut: line heuristics and phrase lists; issue #3 deepens this.
 */
import type { Block } from '../core/layers.ts';
import type { BlockRole } from '../core/roles.ts';
import { UNKNOWN_PUBLISHED, type Published } from '../core/doc.ts';
import type { ArticleDraft } from '../ingest/types.ts';

export interface CleanResult {
  blocks: Block[];
  title: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  published: Published;
}

const CHROME = /^(Giúp \S+ sửa lỗi|Chờ\.\.\.|fb yt zl tw|Bình luận \(\d+\)|Tặng sao|Chia sẻ|Share|In bài|Gửi bài)$/i;
const RELATED_HEADER = /^(Có thể bạn quan tâm|Tin cùng chuyên mục|BÀI CHỌN LỌC|Tin liên quan|Xem thêm|Đọc thêm|Tin mới)/i;
const DATELINE = /^(?:[^\d]{0,20})?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-,]?\s*(\d{1,2}):(\d{2}))?\s*(GMT\s*\+\s*7)?\s*$/;
const IMAGE_NAME = /\.(jpe?g|png|gif|webp)$/i;

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

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

export function cleanDraft(draft: ArticleDraft): CleanResult {
  const text = draft.text;
  const blocks = (draft.blocks ?? lineBlocks(text)).map((b) => ({ ...b }));
  const seen = new Map<string, number>();
  let published: Published = UNKNOWN_PUBLISHED;
  let titleIdx = -1;
  let inRelated = false;
  let contentSeen = 0;
  blocks.forEach((b, i) => {
    const line = text.slice(b.start, b.end).trim();
    let role: BlockRole = 'body';
    let reason: string | undefined;
    const dl = DATELINE.exec(line);
    if (dl && line.length < 40) {
      role = 'dateline';
      if (published.basis === 'unknown') {
        const date = `${dl[3]}-${pad(dl[2]!)}-${pad(dl[1]!)}`;
        const value = dl[4] ? `${date}T${pad(dl[4])}:${dl[5]}${dl[6] ? '+07:00' : ''}` : date;
        published = { value, basis: 'stated', earliest: date, latest: date, evidence: { start: b.start, end: b.end } };
      }
    } else if (CHROME.test(line)) {
      role = 'ui';
      reason = 'UI chrome';
    } else if (RELATED_HEADER.test(line)) {
      role = 'related';
      reason = 'related-articles header';
      inRelated = true;
    } else if (inRelated) {
      role = 'related';
      reason = 'inside related-articles list';
    } else if (IMAGE_NAME.test(line)) {
      role = 'image_name';
      reason = 'image file name';
    } else if (seen.has(line)) {
      role = 'caption_duplicate';
      reason = 'repeats an earlier line';
      const first = blocks[seen.get(line)!]!;
      if (first.role === 'body' || first.role === 'lead') first.role = 'caption';
    } else if (/^Theo\s+\S/.test(line) && line.length < 60 && !/[,.]/.test(line.slice(0, -1))) {
      role = 'source_credit';
    } else if (titleIdx < 0 && line.length < 250 && !/[.!?]$/.test(line)) {
      role = 'title';
      titleIdx = i;
    } else if (/ - Ảnh:|\(Ảnh:|Ảnh minh họa/.test(line)) {
      role = 'caption';
    } else if (line.length < 60 && !/[.!?:"”]$/.test(line) && contentSeen > 0) {
      role = 'subheading';
    } else {
      role = contentSeen === 0 ? 'lead' : 'body';
      contentSeen++;
    }
    b.role = role;
    if (reason) b.reason = reason;
    if (!seen.has(line)) seen.set(line, i);
  });
  const title = draft.hints.title ?? (titleIdx >= 0 ? text.slice(blocks[titleIdx]!.start, blocks[titleIdx]!.end).trim() : null);
  if (draft.hints.published && published.basis === 'unknown') {
    const iso = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(draft.hints.published);
    if (iso) published = { value: iso[2] ? `${iso[1]}T${iso[2]}` : iso[1]!, basis: 'stated', earliest: iso[1]!, latest: iso[1]! };
  }
  return {
    blocks,
    title,
    source: draft.hints.source ?? hostOf(draft.hints.url),
    author: draft.hints.author ?? null,
    url: draft.hints.url ?? null,
    published,
  };
}

export interface CleanFailure {
  error: string;
}

/**
 * Clean a batch: drafts of one run are cleaned together so that cross-file repetition can be used.
 * One draft that breaks the cleaner yields a failure in its place; the others are still cleaned.
 */
export function cleanDrafts(drafts: ArticleDraft[]): (CleanResult | CleanFailure)[] {
  return drafts.map((d) => {
    try {
      return cleanDraft(d);
    } catch (e) {
      return { error: `cleaning failed: ${(e as Error).message}` };
    }
  });
}
