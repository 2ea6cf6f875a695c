/**
 * The sentences a summary or a timeline may quote: running prose only (lead and body blocks; never
 * titles, captions, sidebars, bylines or credits), each with its syllable keys for comparing content.
 */
import type { Doc } from '../core/doc.ts';
import { PROSE_ROLES } from '../core/roles.ts';
import { matchKey } from '../text/fold.ts';

export interface ProseSentence {
  doc: Doc;
  /** index of the document in the story (chronological) */
  docIndex: number;
  /** position among the document's prose sentences, 0 = first */
  position: number;
  start: number;
  end: number;
  text: string;
  /** syllables as the budget counts them (space-separated tokens) */
  words: number;
  /** lower-cased syllables with diacritics, punctuation dropped */
  syllables: string[];
}

/** Function syllables of Vietnamese: they carry grammar, not content, so they never make a sentence look on-topic. */
export const FUNCTION_SYLLABLES: ReadonlySet<string> = new Set(
  ('của và các là được cho với trong có những một này đã không theo để khi từ về đến tại cũng thì nhưng ra sẽ lại đó ' +
    'như vào bị do mà nên rằng hay hoặc còn vẫn đang nếu vì bởi nhằm qua trên dưới sau trước cùng nhau ấy kia nào gì ' +
    'ai đây đấy thế vậy rất quá lắm hơn nhất mới chỉ đều cả mỗi mọi nhiều ít chưa đã hãy đừng nữa thêm luôn ngay vừa ' +
    'phải cần nhé ạ ông bà anh chị em họ chúng tôi ta mình người việc điều sự cuộc nơi lúc thời khi ở thì là')
    .split(' '),
);

export function syllableKeys(text: string): string[] {
  return matchKey(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Prose sentences of every document, in story order then reading order. */
export function proseSentences(docs: Doc[]): ProseSentence[] {
  const out: ProseSentence[] = [];
  docs.forEach((doc, docIndex) => {
    let position = 0;
    for (const s of doc.layers.sentences) {
      const role = doc.blockAt(s.start)?.role;
      if (!role || !PROSE_ROLES.has(role)) continue;
      const text = doc.text.slice(s.start, s.end);
      const syllables = syllableKeys(text);
      if (syllables.length === 0) continue;
      out.push({ doc, docIndex, position: position++, start: s.start, end: s.end, text, words: countWords(text), syllables });
    }
  });
  return out;
}
