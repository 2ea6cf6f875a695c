import { readFileSync } from 'node:fs';
import type { Doc } from '../core/doc.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import type { AnalyzeResult } from '../pipeline.ts';
import { DOSSIER_SCHEMA_ID, type Dossier, type DossierDocument } from './types.ts';

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

/** Drop undefined optional fields so that the JSON stays tidy and schema-valid. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function documentJson(doc: Doc): DossierDocument {
  const L = doc.layers;
  return {
    id: doc.id,
    path: doc.meta.path,
    title: doc.meta.title,
    source: doc.meta.source,
    author: doc.meta.author,
    url: doc.meta.url,
    published: doc.meta.published,
    encoding: doc.meta.encoding,
    format: doc.meta.format,
    text: doc.text,
    body: L.blocks.filter((b) => CONTENT_ROLES.has(b.role)).map(span),
    removed: L.blocks.filter((b) => !CONTENT_ROLES.has(b.role)).map((b) => compact({ ...span(b), reason: b.role, detail: b.reason })),
    sentences: L.sentences.map(span),
    words: L.tokens.map(span),
    entities: L.entities.map((e) => compact({ ...span(e), text: e.text, type: e.type, canonical: e.canonical, role: e.role })),
    timexes: L.timexes.map((t) => compact({ ...span(t), text: t.text, value: t.value, type: t.type, mod: t.mod, anchor: t.anchor })),
    quotes: L.quotes.map((q) => compact({ ...span(q), text: q.text, kind: q.kind, cue: q.cue, speaker: q.speaker, speaker_text: q.speaker_text, via: q.via })),
    claims: L.claims.map((c) => ({ ...span(c), claimant: c.claimant, stance: c.stance, text: c.text })),
  };
}

export function toDossier(result: AnalyzeResult): Dossier {
  return {
    schema: DOSSIER_SCHEMA_ID,
    generator: { name: 'nienbieu', version: VERSION },
    errors: result.errors,
    documents: result.docs.map(documentJson),
    stories: result.stories,
  };
}
