/**
 * Named entities. First cut: runs of capitalised syllables inside sentences, typed as MISC,
 * canonical = surface form. Issue #6 builds recognition, gazetteers and identity linking.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';

export function recognizeEntities(doc: Doc): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of doc.layers.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const re = /(?<![\p{L}])(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)+)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = s.start + m.index;
      if (start === s.start) continue; // sentence-initial capitals are not evidence of a name
      out.push({ start, end: start + m[0].length, text: m[0], type: 'MISC', canonical: m[0] });
    }
  }
  return out;
}

/** Cross-document identity: unify canonicals of the same name across documents (first cut: identity). */
export function linkEntities(_docs: Doc[]): void {}
