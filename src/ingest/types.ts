import type { Block } from '../core/layers.ts';
import type { InputFormat } from '../core/doc.ts';

/** Metadata a format carries explicitly (HTML meta tags, JSON fields, ViMs headers), before cleaning. */
export interface DraftHints {
  title?: string;
  source?: string;
  author?: string;
  url?: string;
  /** the raw published string as found ("Thứ 6, 11:03, 20/05/2016", an ISO date …) */
  published?: string;
  tags?: string[];
}

/** One article as read from its file: decoded, NFC-normalised text plus what the format told us. */
export interface ArticleDraft {
  path: string;
  format: InputFormat;
  encoding: string;
  /** the decoded NFC text; for HTML the visible text with block breaks (blank lines between blocks) */
  text: string;
  /** block boundaries the format knows (HTML paragraphs); plain text is split into lines by the cleaner */
  blocks?: Block[];
  hints: DraftHints;
}

/** A file (or record) that could not be read, and why, in words a user can act on. */
export interface InputError {
  path: string;
  message: string;
}
