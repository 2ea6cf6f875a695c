import type { Published } from '../core/doc.ts';
import type { Span } from '../core/span.ts';
import type { Story } from '../corpus/story.ts';
import type { InputError } from '../ingest/types.ts';

export const DOSSIER_SCHEMA_ID = 'nienbieu.dossier/1';

/** One document as the contract (shared/contract/dossier-v1.md) names its fields. */
export interface DossierDocument {
  id: string;
  path: string;
  title: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  published: Published;
  encoding: string;
  format: string;
  text: string;
  body: Span[];
  removed: (Span & { reason: string; detail?: string })[];
  sentences: Span[];
  words: Span[];
  entities: { start: number; end: number; text: string; type: string; canonical: string; role?: string }[];
  timexes: { start: number; end: number; text: string; value: string; type?: string; mod?: string; anchor?: string }[];
  quotes: { start: number; end: number; text: string; kind: string; cue: string | null; speaker: string | null; speaker_text: string | null; via?: string }[];
  claims: { start: number; end: number; claimant: string; stance: string; text: string }[];
}

export interface Dossier {
  schema: typeof DOSSIER_SCHEMA_ID;
  generator: { name: 'nienbieu'; version: string };
  errors: InputError[];
  documents: DossierDocument[];
  stories: Story[];
}
