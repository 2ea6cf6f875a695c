/**
 * Named entities: recognition (recognize.ts) with gazetteers (gazetteer.ts), then canonical
 * identities within a document and across documents (link.ts). See data/gazetteers/SOURCES.md.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { recognizeLines, toMention } from './recognize.ts';
import { linkWithinDoc } from './link.ts';
import { warmUpOnce } from './warmup.ts';

export { linkEntities } from './link.ts';
export { mentionNear } from './find.ts';

/** PER, ORG, LOC, GPE and MISC mentions of a document's annotated lines, sorted, with in-document canonicals. */
export function recognizeEntities(doc: Doc): EntityMention[] {
  warmUpOnce();
  const lines = recognizeLines(doc);
  linkWithinDoc(doc.text, lines);
  const out: EntityMention[] = [];
  for (const l of lines) for (const f of l.found) out.push(toMention(doc.text, l.words, f));
  return out;
}
