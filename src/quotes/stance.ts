/**
 * Stance of a reported statement: allege / deny / warn / confirm. The reporting verb decides when it
 * is unambiguous (cáo buộc, bác bỏ, cảnh báo, cam kết …); otherwise the reported words do: denial
 * phrases ("chưa bao giờ", "không có gì để nói"), warnings and concern ("lo ngại", "trả giá"),
 * evidence words ("bằng chứng", "cho thấy"), and statements about the speaker's own side that name
 * no other party ("hai nước đang thảo luận …") confirm. Anything else asserted about others is an allegation.
 */
import type { Stance } from '../core/layers.ts';
import { ALLEGE_MARKERS, DENY_MARKERS, OWN_SIDE, WARN_MARKERS, type CueInfo } from './lexicon.ts';
import { QUOTE_CHARS } from './units.ts';

/** Lower-case words separated by single spaces and padded, for whole-word phrase search. */
export function wordsOf(text: string): string {
  return ` ${text.normalize('NFC').toLowerCase().replace(QUOTE_CHARS, ' ').replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `;
}

const hasAny = (words: string, markers: readonly string[]) => markers.some((m) => words.includes(` ${m} `));
const ELIDED_OWN_START = new Set(['sẽ', 'đang', 'đã', 'vẫn', 'tiếp', 'luôn', 'cam', 'muốn']);

export interface StanceInput {
  /** the reporting verb, when there is one */
  cue: CueInfo | null;
  /** the reported words */
  content: string;
  /** the same speaker denied something earlier in the sentence ("bác bỏ báo cáo …, nói …") */
  denyContext: boolean;
  /** the reported words name a party other than the speaker */
  namesOthers: boolean;
}

export function classifyStance({ cue, content, denyContext, namesOthers }: StanceInput): Stance {
  if (cue?.strong && cue.stance) return cue.stance;
  if (denyContext) return 'deny';
  const words = wordsOf(content);
  if (hasAny(words, DENY_MARKERS)) return 'deny';
  if (hasAny(words, WARN_MARKERS)) return 'warn';
  if (hasAny(words, ALLEGE_MARKERS)) return 'allege';
  if (cue?.stance) return cue.stance;
  const first = words.trim().split(' ', 2);
  const ownSide = OWN_SIDE.some((o) => words.startsWith(` ${o} `)) || ELIDED_OWN_START.has(first[0] ?? '');
  if (ownSide && !namesOthers) return 'confirm';
  return 'allege';
}
