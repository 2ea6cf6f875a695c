/** Claims of one document: every attributed statement with its stance and its sentence as evidence. */
import type { Doc } from '../core/doc.ts';
import type { Claim, EntityMention } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { analysisOf } from './extract.ts';
import { sameShape, type Speaker } from './speakers.ts';
import { classifyStance } from './stance.ts';

export function extractClaims(doc: Doc): Claim[] {
  const out: Claim[] = [];
  const { statements, mentions } = analysisOf(doc);
  // namesOthers only asks whether some mention lies in a span: the quote reader's sorted copy serves
  // unless it left out a mention with an empty or out-of-text span
  const ents = mentions.length === doc.layers.entities.length ? mentions : doc.layers.entities.map(sameShape).sort((a, b) => a.start - b.start);
  // plain loops: this runs once per document, mostly before V8 has optimised it
  for (const s of statements) {
    const speaker = s.speaker;
    if (!speaker) continue;
    const text = doc.text.slice(s.start, s.end);
    const who = speaker.also ? [speaker, ...speaker.also] : [speaker];
    const stance = classifyStance({ cue: s.cueInfo, words: s.words, denyContext: s.denyContext, namesOthers: namesOthers(ents, s, who) });
    for (const w of who) {
      out.push({ start: s.sentence.start, end: s.sentence.end, claimant: w.canonical, stance, text, content: { start: s.start, end: s.end } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a mention inside the span, not a place, names someone other than the speakers. */
function namesOthers(ents: EntityMention[], span: Span, speakers: readonly Speaker[]): boolean {
  for (const e of mentionsIn(ents, span)) {
    if (e.type === 'LOC') continue;
    let theirs = false;
    for (const sp of speakers) if (sp.canonical === e.canonical) theirs = true;
    if (!theirs) return true;
  }
  return false;
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
