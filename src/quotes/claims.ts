/** Claims of one document: every attributed statement with its stance and its sentence as evidence. */
import type { Doc } from '../core/doc.ts';
import type { Claim } from '../core/layers.ts';
import { statementsOf } from './extract.ts';
import { classifyStance } from './stance.ts';

export function extractClaims(doc: Doc): Claim[] {
  const out: Claim[] = [];
  for (const s of statementsOf(doc)) {
    if (!s.speaker) continue;
    const text = doc.text.slice(s.start, s.end);
    const speakers = new Set([s.speaker.canonical, ...(s.speaker.also ?? []).map((x) => x.canonical)]);
    const namesOthers = doc.layers.entities.some((e) => e.start >= s.start && e.end <= s.end && e.type !== 'LOC' && !speakers.has(e.canonical));
    const stance = classifyStance({ cue: s.cueInfo, content: text, denyContext: s.denyContext, namesOthers });
    for (const who of [s.speaker, ...(s.speaker.also ?? [])]) {
      out.push({ ...s.sentence, claimant: who.canonical, stance, text, content: { start: s.start, end: s.end } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
