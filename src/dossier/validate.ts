import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Dossier } from './types.ts';

export const DOSSIER_SCHEMA = JSON.parse(readFileSync(new URL('../../schema/dossier.schema.json', import.meta.url), 'utf8'));

let validator: ValidateFunction | undefined;

/** Schema errors of a dossier (empty when valid). */
export function schemaErrors(dossier: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(DOSSIER_SCHEMA);
  if (validator(dossier)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/**
 * Evidence checks the schema cannot express: every span lies inside its document's text,
 * and every annotation's `text` is exactly the slice it points to.
 */
export function evidenceErrors(d: Dossier): string[] {
  const errs: string[] = [];
  const texts = new Map(d.documents.map((doc) => [doc.id, doc.text]));
  const inside = (where: string, text: string | undefined, s: { start: number; end: number }) => {
    if (text === undefined) errs.push(`${where}: unknown document`);
    else if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) errs.push(`${where}: span ${s.start}-${s.end} outside text`);
  };
  for (const doc of d.documents) {
    const layers = { body: doc.body, removed: doc.removed, sentences: doc.sentences, words: doc.words };
    for (const [name, spans] of Object.entries(layers)) spans.forEach((s, i) => inside(`${doc.path} ${name}[${i}]`, doc.text, s));
    for (const [name, spans] of Object.entries({ entities: doc.entities, timexes: doc.timexes, quotes: doc.quotes })) {
      spans.forEach((s, i) => {
        inside(`${doc.path} ${name}[${i}]`, doc.text, s);
        if (doc.text.slice(s.start, s.end) !== s.text) errs.push(`${doc.path} ${name}[${i}]: text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
      });
    }
  }
  for (const st of d.stories) {
    st.summary.forEach((s, i) => {
      inside(`story ${st.id} summary[${i}]`, texts.get(s.doc), s);
      if (texts.get(s.doc)?.slice(s.start, s.end) !== s.text) errs.push(`story ${st.id} summary[${i}]: text is not the slice`);
    });
    st.timeline.forEach((t, i) => t.evidence.forEach((e, j) => inside(`story ${st.id} timeline[${i}].evidence[${j}]`, texts.get(e.doc), e)));
    st.claims.forEach((c, i) => c.evidence.forEach((e, j) => inside(`story ${st.id} claims[${i}].evidence[${j}]`, texts.get(e.doc), e)));
  }
  return errs;
}
