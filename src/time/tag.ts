/** Tagging: scan the annotated blocks of a document and resolve each mention against the creation time. */
import type { Doc } from '../core/doc.ts';
import type { Timex } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { parseDct, Resolver } from './resolve.ts';
import { scanText } from './scan.ts';

/** The spans to read: annotated blocks (content, datelines, bylines), else sentences, else the whole text. */
export function timexScope(doc: Doc): Span[] {
  const blocks = doc.annotatedBlocks();
  if (blocks.length) return blocks;
  if (doc.layers.sentences.length) return doc.layers.sentences;
  return [{ start: 0, end: doc.text.length }];
}

/**
 * The text lower-cased in one call, when each block of it lower-cases to its own slice of that: no
 * character grows (İ) and no Σ, whose lower case depends on what follows it (σ, or ς at a word end).
 */
function lowerCased(text: string): string | null {
  const low = text.toLowerCase();
  return low.length === text.length && !text.includes('Σ') ? low : null;
}

/** Tag and normalise every temporal expression; `dct` is the creation time (null: unknown). */
export function tagTimexes(doc: Doc, dct: string | null): Timex[] {
  const resolver = new Resolver(parseDct(dct));
  const out: Timex[] = [];
  const low = lowerCased(doc.text);
  for (const span of timexScope(doc)) {
    for (const m of scanText(doc.text.slice(span.start, span.end), low?.slice(span.start, span.end))) {
      const r = resolver.resolve(m);
      if (!r) continue;
      const start = span.start + m.start;
      const end = span.start + m.end;
      // the keys in this order, `mod` only when set (no object spread: it is slow before V8 optimises)
      const t: Timex = { start, end, text: doc.text.slice(start, end), value: r.value, type: r.type };
      if (r.mod) t.mod = r.mod;
      t.anchor = r.anchor;
      out.push(t);
    }
  }
  return out;
}
