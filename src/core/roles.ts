/**
 * What a block (a line or paragraph of the page) is. The cleaner assigns one role to every block;
 * the roles decide what is article content and what is removed (and why).
 */
export const BLOCK_ROLES = [
  'title', 'lead', 'body', 'subheading', 'caption', // content
  'dateline', 'byline', 'source_credit', // metadata lines: not content, but annotated (dates, names)
  'caption_duplicate', 'image_name', 'related', 'ui', 'ad', 'empty', // chrome
] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** Roles that form the article a reader reads (the dossier's `body`). */
export const CONTENT_ROLES: ReadonlySet<BlockRole> = new Set(['title', 'lead', 'body', 'subheading', 'caption']);

/** Roles whose text is annotated (sentences, words, entities, timexes, quotes): content plus metadata lines. */
export const ANNOTATED_ROLES: ReadonlySet<BlockRole> = new Set([
  ...CONTENT_ROLES, 'dateline', 'byline', 'source_credit',
]);

/** Roles that count as running prose: the only sentences a summary or timeline may quote. */
export const PROSE_ROLES: ReadonlySet<BlockRole> = new Set(['lead', 'body']);
