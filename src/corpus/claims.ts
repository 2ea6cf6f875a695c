/** Claims of a story: every document's claims with evidence. Issue #7 pairs denials with allegations. */
import type { Doc } from '../core/doc.ts';
import type { StoryClaim } from './story.ts';

export function collectClaims(docs: Doc[]): StoryClaim[] {
  return docs.flatMap((d) =>
    d.layers.claims.map((c) => ({ claimant: c.claimant, stance: c.stance, text: c.text, evidence: [{ doc: d.id, start: c.start, end: c.end }] })),
  );
}
