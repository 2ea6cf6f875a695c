/**
 * Quotes and claims. First cut: text between curly or straight double quotes, with the
 * nearest entity mention in the sentence as speaker. Issue #7 builds attribution and stance.
 */
import type { Doc } from '../core/doc.ts';
import type { Claim, Quote } from '../core/layers.ts';

export function extractQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  for (const b of doc.annotatedBlocks()) {
    const text = doc.text.slice(b.start, b.end);
    const re = /[“"]([^“”"]{8,})[”"]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = b.start + m.index + 1;
      const end = start + m[1]!.length;
      const speaker = doc.layers.entities.find((e) => e.start >= b.start && e.end <= b.end && (e.end <= start - 1 || e.start >= end + 1));
      out.push({ start, end, text: m[1]!, kind: 'direct', cue: null, speaker: speaker?.canonical ?? null, speaker_text: speaker?.text ?? null });
    }
  }
  return out;
}

export function extractClaims(_doc: Doc): Claim[] {
  return [];
}
