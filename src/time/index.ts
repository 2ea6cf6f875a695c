/**
 * Temporal expressions: find them in the annotated blocks of a document (scan.ts), normalise them
 * to TIMEX3 values against the document creation time (resolve.ts, tag.ts), and infer a
 * publication date for undated articles (infer.ts).
 */
export { tagTimexes, timexScope } from './tag.ts';
export { inferPublished, refinePublishedFromStory } from './infer.ts';
export { parseDct } from './resolve.ts';
export { scanText } from './scan.ts';
