/**
 * Sentences and words. First cut: punctuation-based sentence split inside each annotated block,
 * and syllable/punctuation tokens. Issue #4 replaces the word tokens with a trained segmenter.
 */
import type { Doc } from '../core/doc.ts';
import type { Sentence, Token } from '../core/layers.ts';

export function splitSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.annotatedBlocks()) {
    const text = doc.text.slice(b.start, b.end);
    const re = /[^.!?…]+(?:[.!?…]+["”’)]*|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (!m[0]) break;
      const lead = m[0].length - m[0].trimStart().length;
      const s = b.start + m.index + lead;
      const e = b.start + m.index + m[0].trimEnd().length;
      if (e > s) out.push({ start: s, end: e });
    }
  }
  return out;
}

export function segmentWords(doc: Doc): Token[] {
  const out: Token[] = [];
  for (const s of doc.layers.sentences) {
    const re = /[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
    const text = doc.text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const punct = !/[\p{L}\p{N}]/u.test(m[0]);
      out.push(punct ? { start: s.start + m.index, end: s.start + m.index + m[0].length, punct } : { start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  return out;
}
