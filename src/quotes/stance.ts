/**
 * Stance of a reported statement: allege / deny / warn / confirm. The reporting verb decides when it
 * is unambiguous (cáo buộc, bác bỏ, cảnh báo, cam kết …); otherwise the reported words do: denial
 * phrases ("chưa bao giờ", "không có gì để nói"), warnings and concern ("lo ngại", "trả giá"),
 * evidence words ("bằng chứng", "cho thấy"), and statements about the speaker's own side that name
 * no other party ("hai nước đang thảo luận …") confirm. Anything else asserted about others is an allegation.
 */
import type { Stance } from '../core/layers.ts';
import { ALLEGE_MARKERS, DENY_MARKERS, OWN_SIDE, WARN_MARKERS, type CueInfo } from './lexicon.ts';

const NON_WORDS = /[^\p{L}\p{M}\p{N}]+/gu;

/** Lower-case words separated by single spaces and padded, for whole-word phrase search (quotation marks are not words). */
export function wordsOf(text: string): string {
  return ` ${text.normalize('NFC').toLowerCase().replace(NON_WORDS, ' ').trim()} `;
}

/** Markers grouped by first word, so that a claim is read once per marker list, word by word. */
function markerIndex(markers: readonly string[]): Map<string, string[][]> {
  const idx = new Map<string, string[][]>();
  for (const m of markers) {
    const parts = m.split(' ');
    const list = idx.get(parts[0]!) ?? [];
    list.push(parts);
    idx.set(parts[0]!, list);
  }
  return idx;
}
const DENY = markerIndex(DENY_MARKERS);
const WARN = markerIndex(WARN_MARKERS);
const ALLEGE = markerIndex(ALLEGE_MARKERS);
const OWN = OWN_SIDE.map((m) => ` ${m} `);

function hasAny(words: readonly string[], idx: Map<string, string[][]>): boolean {
  for (let i = 0; i < words.length; i++) {
    const cands = idx.get(words[i]!);
    if (!cands) continue;
    for (const parts of cands) {
      let k = 1;
      while (k < parts.length && words[i + k] === parts[k]) k++;
      if (k === parts.length) return true;
    }
  }
  return false;
}
const ELIDED_OWN_START = new Set(['sẽ', 'đang', 'đã', 'vẫn', 'tiếp', 'luôn', 'cam', 'muốn']);

export interface StanceInput {
  /** the reporting verb, when there is one */
  cue: CueInfo | null;
  /** the reported words as wordsOf gives them */
  words: string;
  /** the same speaker denied something earlier in the sentence ("bác bỏ báo cáo …, nói …") */
  denyContext: boolean;
  /** the reported words name a party other than the speaker */
  namesOthers: boolean;
}

export function classifyStance({ cue, words, denyContext, namesOthers }: StanceInput): Stance {
  if (cue?.strong && cue.stance) return cue.stance;
  if (denyContext) return 'deny';
  const list = words.trim().split(' ');
  if (hasAny(list, DENY)) return 'deny';
  if (hasAny(list, WARN)) return 'warn';
  if (hasAny(list, ALLEGE)) return 'allege';
  if (cue?.stance) return cue.stance;
  const first = list;
  const ownSide = OWN.some((o) => words.startsWith(o)) || ELIDED_OWN_START.has(first[0] ?? '');
  if (ownSide && !namesOthers) return 'confirm';
  return 'allege';
}
