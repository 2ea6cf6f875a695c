import { Doc, type DocMeta } from '../core/doc.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import type { Layers } from '../core/layers.ts';
import { foldDiacritics } from '../text/fold.ts';

/** Cap on the folded search copy: PostgreSQL's tsvector holds at most 1 MB, and ranking needs no more. */
export const SEARCH_TEXT_CHARS = 200_000;

export interface DocumentRow {
  id: string;
  path: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  text: string;
  meta: DocMeta;
  /** JSON text of the Layers */
  layers: string;
}

/** The searchable copies: title and kept content, diacritics folded ("Triều Tiên" → "trieu tien"). */
export function searchTexts(doc: Doc): { title: string; body: string } {
  const body = doc.layers.blocks.filter((b) => CONTENT_ROLES.has(b.role) && b.role !== 'title').map((b) => doc.slice(b));
  return { title: foldDiacritics(doc.meta.title ?? ''), body: foldDiacritics(body.join('\n')).slice(0, SEARCH_TEXT_CHARS) };
}

/** The content blocks (title included) as flat [start, end, …] offsets: what a search snippet is cut from. */
export function contentSpans(doc: Doc): number[] {
  return doc.layers.blocks.filter((b) => CONTENT_ROLES.has(b.role)).flatMap((b) => [b.start, b.end]);
}

/** Rebuild the analysed Doc from its row: the text, the metadata and every layer as stored. */
export function rowToDoc(row: DocumentRow): Doc {
  const doc = new Doc(row.text, row.meta);
  if (doc.id !== row.id) throw new Error(`stored document ${row.id} does not match its text (id ${doc.id})`);
  Object.assign(doc.layers, JSON.parse(row.layers) as Layers);
  return doc;
}

export const DOCUMENT_COLUMNS = 'id, path, title, source, url, published, text, meta, layers';
