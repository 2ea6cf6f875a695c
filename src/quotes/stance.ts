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

// The marker lists, as bits: a statement's words are read once for all three lists.
const DENY = 1;
const WARN = 2;
const ALLEGE = 4;

/** Every marker grouped by its first word, as its words with the bit of its list. */
function markerIndex(lists: readonly (readonly [readonly string[], number])[]): Map<string, { parts: string[]; bit: number }[]> {
  const idx = new Map<string, { parts: string[]; bit: number }[]>();
  for (const [markers, bit] of lists) {
    for (const m of markers) {
      const parts = m.split(' ');
      const list = idx.get(parts[0]!) ?? [];
      list.push({ parts, bit });
      idx.set(parts[0]!, list);
    }
  }
  return idx;
}
const MARKERS = markerIndex([[DENY_MARKERS, DENY], [WARN_MARKERS, WARN], [ALLEGE_MARKERS, ALLEGE]]);
const OWN = OWN_SIDE.map((m) => ` ${m} `);

/** The lists with a marker among the words (a deny marker ends the search: it decides the stance). */
function markersIn(words: readonly string[]): number {
  let found = 0;
  for (let i = 0; i < words.length; i++) {
    const cands = MARKERS.get(words[i]!);
    if (!cands) continue;
    for (const { parts, bit } of cands) {
      let k = 1;
      while (k < parts.length && words[i + k] === parts[k]) k++;
      if (k === parts.length) found |= bit;
    }
    if (found & DENY) return found;
  }
  return found;
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
  const found = markersIn(list);
  if (found & DENY) return 'deny';
  if (found & WARN) return 'warn';
  if (found & ALLEGE) return 'allege';
  if (cue?.stance) return cue.stance;
  const first = list;
  const ownSide = OWN.some((o) => words.startsWith(o)) || ELIDED_OWN_START.has(first[0] ?? '');
  if (ownSide && !namesOthers) return 'confirm';
  return 'allege';
}
