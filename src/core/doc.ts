import { createHash } from 'node:crypto';
import { emptyLayers, type Block, type Layers } from './layers.ts';
import { ANNOTATED_ROLES, CONTENT_ROLES, type BlockRole } from './roles.ts';
import type { Span } from './span.ts';

export type PublishedBasis = 'metadata' | 'stated' | 'inferred' | 'unknown';

/** When a document was published: stated on the page, given as metadata, or inferred as an interval. */
export interface Published {
  /** YYYY-MM-DD, YYYY-MM-DDTHH:MM(+07:00), or (inferred, year unknown) XXXX-MM-DD; null when nothing is known */
  value: string | null;
  basis: PublishedBasis;
  earliest: string | null;
  latest: string | null;
  /** one line on how the date was found, for people reading the dossier */
  why?: string;
  /** where on the page the date was stated */
  evidence?: Span;
}

export const UNKNOWN_PUBLISHED: Published = Object.freeze({ value: null, basis: 'unknown', earliest: null, latest: null });

export type InputFormat = 'text' | 'html' | 'json' | 'vims';

export interface DocMeta {
  /** input path as given (with `#N` for the N-th record of a JSON/JSONL file) */
  path: string;
  format: InputFormat;
  /** the encoding the bytes were decoded from (utf-8, utf-16le, windows-1258, tcvn3, vni, utf-8-mojibake …) */
  encoding: string;
  title: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  published: Published;
  tags?: string[];
}

/** Stable id derived from content: the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}

/**
 * The document model: the text every offset refers to, its metadata, and typed span layers
 * filled in by the pipeline's components (see src/pipeline.ts). Like spaCy's Doc, the text never
 * changes once the Doc exists; components only add layers.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  meta: DocMeta;
  readonly layers: Layers;

  constructor(text: string, meta: DocMeta, blocks: Block[] = []) {
    this.text = text;
    this.id = contentId(text);
    this.meta = meta;
    this.layers = emptyLayers();
    this.layers.blocks = blocks;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  blocksWith(roles: ReadonlySet<BlockRole>): Block[] {
    const out: Block[] = [];
    for (const b of this.layers.blocks) if (roles.has(b.role)) out.push(b);
    return out;
  }

  /** Kept article content, in reading order. */
  contentBlocks(): Block[] {
    return this.blocksWith(CONTENT_ROLES);
  }

  /** Blocks whose text the annotators read: content plus datelines, bylines and source credits. */
  annotatedBlocks(): Block[] {
    return this.blocksWith(ANNOTATED_ROLES);
  }

  /** The block containing a character offset, or undefined. */
  blockAt(offset: number): Block | undefined {
    const blocks = this.layers.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  }
}
