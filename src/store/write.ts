/**
 * Writing one batch of analysed documents: the documents, their quotes, the stories they join
 * (placed by the story stage's incremental StoryIndex) and the index's new state, in ONE transaction
 * under an advisory lock. A crash anywhere leaves the store as it was before the batch; several
 * ingest processes sharing a server take turns on the story step and never interleave inside it.
 */
import type { Doc } from '../core/doc.ts';
import { buildStories, type StoryOptions } from '../corpus/index.ts';
import { StoryIndex } from '../corpus/incremental.ts';
import type { Story } from '../corpus/story.ts';
import { DOCUMENT_COLUMNS, rowToDoc, searchTexts, type DocumentRow } from './rows.ts';
import { tsvectorLiteral } from './search.ts';
import { LOCKS, type Sql } from './sql.ts';

const INDEX_KEY = 'story_index';

export interface BatchResult {
  /** documents written now (the rest were already stored, e.g. by another worker) */
  added: string[];
  /** stories created or updated, with whether they are new */
  stories: { id: string; isNew: boolean }[];
}

/** The story index as last read or written by this process, and the revision it had. */
export interface IndexCache {
  rev: number;
  index: StoryIndex;
}

async function loadIndex(tx: Sql, cache: { current: IndexCache | null }): Promise<IndexCache> {
  const [head] = await tx.query<{ rev: string | number }>('SELECT rev FROM store_state WHERE key = $1', [INDEX_KEY]);
  if (!head) return { rev: 0, index: new StoryIndex() };
  const rev = Number(head.rev);
  if (cache.current && cache.current.rev === rev) return cache.current;
  const [row] = await tx.query<{ value: string }>('SELECT value FROM store_state WHERE key = $1', [INDEX_KEY]);
  return { rev, index: StoryIndex.fromJSON(JSON.parse(row!.value)) };
}

async function insertDocument(tx: Sql, doc: Doc): Promise<boolean> {
  const s = searchTexts(doc);
  const rows = await tx.query(
    `INSERT INTO documents (id, path, title, source, url, published, text, meta, layers, search_title, search_body, search)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::tsvector) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [doc.id, doc.meta.path, doc.meta.title, doc.meta.source, doc.meta.url, doc.meta.published.value, doc.text,
      JSON.stringify(doc.meta), JSON.stringify(doc.layers), s.title, s.body, tsvectorLiteral(s.title, s.body)],
  );
  if (rows.length === 0) return false;
  if (doc.layers.quotes.length) {
    await tx.query(
      `INSERT INTO quotes (doc_id, start_at, end_at, speaker, speaker_text, cue, kind, text)
       SELECT $1, q.start, q."end", q.speaker, q.speaker_text, q.cue, q.kind, q.text
       FROM jsonb_to_recordset($2::jsonb) AS q(start int, "end" int, speaker text, speaker_text text, cue text, kind text, text text)
       ON CONFLICT DO NOTHING`,
      [doc.id, JSON.stringify(doc.layers.quotes)],
    );
  }
  return true;
}

async function loadDocs(tx: Sql, ids: string[]): Promise<Doc[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ANY($1)`, [ids]);
  return rows.map(rowToDoc);
}

/** The calendar day of a published value; inferred values without a year (XXXX-…) have none. */
const day = (v: string | null | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

async function writeStory(tx: Sql, story: Story, members: Doc[]): Promise<void> {
  const dates = members.map((d) => day(d.meta.published.value)).filter((d): d is string => !!d).sort();
  await tx.query(
    `INSERT INTO stories (id, title, story, doc_count, first_published, last_published, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())
     ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, story = EXCLUDED.story, doc_count = EXCLUDED.doc_count,
       first_published = EXCLUDED.first_published, last_published = EXCLUDED.last_published, updated_at = now()`,
    [story.id, story.title, JSON.stringify(story), story.documents.length, dates[0] ?? null, dates[dates.length - 1] ?? null],
  );
  await tx.query(
    `INSERT INTO story_documents (doc_id, story_id) SELECT d, $1 FROM unnest($2::text[]) AS d
     ON CONFLICT (doc_id) DO UPDATE SET story_id = EXCLUDED.story_id`,
    [story.id, story.documents],
  );
  await tx.query('DELETE FROM story_entities WHERE story_id = $1', [story.id]);
  if (story.entities.length) {
    await tx.query(
      `INSERT INTO story_entities (story_id, canonical, type, aliases, mentions)
       SELECT $1, e.canonical, e.type, e.aliases, e.mentions
       FROM jsonb_to_recordset($2::jsonb) AS e(canonical text, type text, aliases jsonb, mentions int)
       ON CONFLICT DO NOTHING`,
      [story.id, JSON.stringify(story.entities)],
    );
  }
}

/**
 * Store `docs` (analysed) and fold them into stories. Runs inside `tx`; the caller commits.
 * `cache` holds this process's copy of the story index; it is replaced only once the caller commits.
 */
export async function writeBatch(tx: Sql, docs: Doc[], opts: StoryOptions, cache: { current: IndexCache | null }): Promise<{ result: BatchResult; next: IndexCache }> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.stories]);
  const { rev, index } = await loadIndex(tx, cache);
  // The cached index is mutated below; drop it now so a rolled-back batch cannot leave it ahead of the store.
  cache.current = null;
  const added: Doc[] = [];
  for (const doc of docs) if (await insertDocument(tx, doc)) added.push(doc);
  const touched = new Map<string, boolean>();
  for (const doc of added) {
    const { storyId, isNew } = index.add(doc);
    touched.set(storyId, (touched.get(storyId) ?? false) || isNew);
  }
  const inBatch = new Map(added.map((d) => [d.id, d]));
  for (const storyId of touched.keys()) {
    const ids = index.members(storyId);
    const members = [...ids.filter((id) => inBatch.has(id)).map((id) => inBatch.get(id)!), ...(await loadDocs(tx, ids.filter((id) => !inBatch.has(id))))];
    const [built] = buildStories(members, { ...opts, oneStory: true });
    await writeStory(tx, { ...built!, id: storyId }, members);
  }
  if (added.length) {
    const value = JSON.stringify(index.toJSON());
    await tx.query(
      `INSERT INTO store_state (key, rev, value) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET rev = EXCLUDED.rev, value = EXCLUDED.value`,
      [INDEX_KEY, rev + 1, value],
    );
  }
  return {
    result: { added: added.map((d) => d.id), stories: [...touched].map(([id, isNew]) => ({ id, isNew })) },
    next: { rev: added.length ? rev + 1 : rev, index },
  };
}
