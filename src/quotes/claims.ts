/** Claims of one document: every attributed statement with its stance and its sentence as evidence. */
import type { Doc } from '../core/doc.ts';
import type { Claim, EntityMention } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { statementsOf } from './extract.ts';
import { classifyStance } from './stance.ts';

export function extractClaims(doc: Doc): Claim[] {
  const out: Claim[] = [];
  const ents = [...doc.layers.entities].sort((a, b) => a.start - b.start);
  for (const s of statementsOf(doc)) {
    if (!s.speaker) continue;
    const text = doc.text.slice(s.start, s.end);
    const speakers = new Set([s.speaker.canonical, ...(s.speaker.also ?? []).map((x) => x.canonical)]);
    const namesOthers = mentionsIn(ents, s).some((e) => e.type !== 'LOC' && !speakers.has(e.canonical));
    const stance = classifyStance({ cue: s.cueInfo, words: s.words, denyContext: s.denyContext, namesOthers });
    for (const who of [s.speaker, ...(s.speaker.also ?? [])]) {
      out.push({ ...s.sentence, claimant: who.canonical, stance, text, content: { start: s.start, end: s.end } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mentions lying inside a span; `ents` sorted by start. */
function mentionsIn(ents: EntityMention[], span: Span): EntityMention[] {
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ents[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < ents.length && ents[k]!.start < span.end; k++) if (ents[k]!.end <= span.end) out.push(ents[k]!);
  return out;
}
