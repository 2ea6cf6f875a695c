/**
 * Quotes and claims: who said what (direct and indirect speech, attributed to canonical speakers),
 * and the stance of each statement (allege / deny / warn / confirm). See extract.ts and claims.ts.
 */
import type { Doc } from '../core/doc.ts';
import type { Quote } from '../core/layers.ts';
import { statementsOf } from './extract.ts';

export { extractClaims } from './claims.ts';

export function extractQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  for (const s of statementsOf(doc)) {
    if (s.claimOnly) continue;
    const q: Quote = {
      start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), kind: s.kind, cue: s.cue,
      speaker: s.speaker?.canonical ?? null,
      speaker_text: s.speaker ? doc.text.slice(s.speaker.start, s.speaker.end) : null,
    };
    if (s.cueSpan) q.cueSpan = s.cueSpan;
    if (s.speaker) q.speakerSpan = { start: s.speaker.start, end: s.speaker.end };
    if (s.via) q.via = s.via.canonical;
    out.push(q);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
