import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../decode/index.ts';
import { parseHtml } from './html.ts';
import { parseJsonRecord, parseVims, sniffFormat } from './formats.ts';
import { dropInvisibles, dropInvisiblesWithOffsets } from '../text/invisible.ts';
import type { ArticleDraft, DraftHints, InputError } from './types.ts';

export type { ArticleDraft, InputError, DraftHints } from './types.ts';

export interface ReadOptions {
  /** files larger than this are refused with a clear error instead of being read (bytes) */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const SKIP_NAMES = /^(\.|node_modules$|SOURCES\.tsv$|README\.md$|LICENSE)/;

/** Expand files and directories (recursively, sorted) into a list of file paths. */
export function listInputFiles(paths: string[], errors: InputError[]): string[] {
  const out: string[] = [];
  const visit = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({ path: p, message: `cannot open: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        errors.push({ path: p, message: `cannot list directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        return;
      }
      for (const name of names) if (!SKIP_NAMES.test(name)) visit(join(p, name), false);
    } else if (st.isFile() || top) {
      out.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return out;
}

function readBounded(path: string, maxBytes: number): Uint8Array {
  const size = statSync(path).size;
  if (size > maxBytes) throw new Error(`file is ${size} bytes, over the ${maxBytes}-byte limit (raise it with --max-bytes)`);
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** One file → zero or more drafts (a JSONL file holds many records). Throws with a user-facing message. */
export function readFileDrafts(path: string, bytes: Uint8Array): { drafts: ArticleDraft[]; errors: InputError[] } {
  const { text, encoding } = decodeBytes(bytes);
  if (!text.trim()) throw new Error('no text (empty or white space only)');
  const format = sniffFormat(path, text);
  const errors: InputError[] = [];
  const drafts: ArticleDraft[] = [];
  if (format === 'html') drafts.push(parseHtml(path, text, encoding));
  else if (format === 'vims') drafts.push(parseVims(path, text, encoding));
  else if (format === 'text') drafts.push({ path, format: 'text', encoding, text, hints: {} });
  else {
    let records: { rec: unknown; where: string }[];
    if (format === 'json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new Error(`invalid JSON: ${(e as Error).message}`);
      }
      const list = Array.isArray(parsed) ? parsed : [parsed];
      records = list.map((rec, i) => ({ rec, where: list.length > 1 ? `${path}#${i + 1}` : path }));
    } else {
      records = [];
      text.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        try {
          records.push({ rec: JSON.parse(line), where: `${path}#${i + 1}` });
        } catch (e) {
          errors.push({ path: `${path}#${i + 1}`, message: `invalid JSON line: ${(e as Error).message}` });
        }
      });
    }
    for (const { rec, where } of records) {
      try {
        if (!rec || typeof rec !== 'object') throw new Error('record is not a JSON object');
        drafts.push(parseJsonRecord(where, rec as Record<string, unknown>, encoding));
      } catch (e) {
        errors.push({ path: where, message: (e as Error).message });
      }
    }
  }
  return { drafts: drafts.map(visibleOnly), errors };
}

/** A draft without invisible format characters in its text and metadata (see text/invisible.ts); its blocks still cover their text. */
function visibleOnly(d: ArticleDraft): ArticleDraft {
  const h = d.hints;
  const hints: DraftHints = { ...h };
  for (const k of ['title', 'source', 'author', 'url', 'published'] as const) if (h[k] !== undefined) hints[k] = dropInvisibles(h[k]!);
  const { text, moved } = dropInvisiblesWithOffsets(d.text);
  const blocks = d.blocks?.map((b) => ({ ...b, start: moved(b.start), end: moved(b.end) }));
  return { ...d, text, hints, ...(blocks ? { blocks } : {}) };
}

/** Read every input, never throwing: each unreadable file becomes an error entry and the rest goes on. */
export function readInputs(paths: string[], opts: ReadOptions = {}): { drafts: ArticleDraft[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const drafts: ArticleDraft[] = [];
  for (const file of listInputFiles(paths, errors)) {
    try {
      const r = readFileDrafts(file, readBounded(file, opts.maxBytes ?? DEFAULT_MAX_BYTES));
      drafts.push(...r.drafts);
      errors.push(...r.errors);
    } catch (e) {
      errors.push({ path: file, message: (e as Error).message });
    }
  }
  return { drafts, errors };
}
