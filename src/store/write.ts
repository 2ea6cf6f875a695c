/**
 * Writing one batch of analysed documents: the documents, their quotes, the stories they join
 * (placed by the story stage's incremental StoryIndex) and the index's new state, in ONE transaction
 * under an advisory lock. A crash anywhere leaves the store as it was before the batch; several
 * ingest processes sharing a server take turns on the story step and never interleave inside it.
 *
 * Every table gets one multi-row statement per batch (rows travel as arrays or one JSON document),
 * not one statement per row: per-statement overhead dominated the ingest before.
 *
 * The index is persisted as a snapshot plus a log: each added document appends its term counts to
 * story_index_log, and the whole snapshot (which grows with the corpus) is rewritten only once the
 * log since the last snapshot reaches a quarter of the index, so its cost per document stays constant.
 * Replaying the log onto the snapshot gives the same index, because StoryIndex.addTerms is
 * deterministic; another process catches up by replaying what it has not seen.
 */
import type { Doc } from '../core/doc.ts';
import { buildStories, type StoryOptions } from '../corpus/index.ts';
import { docTermCounts, publishedDay } from '../corpus/features.ts';
import { StoryIndex } from '../corpus/incremental.ts';
import type { Story } from '../corpus/story.ts';
import { contentSpans, DOCUMENT_COLUMNS, rowToDoc, searchTexts, type DocumentRow } from './rows.ts';
import { tsvectorLiteral } from './search.ts';
import { LOCKS, type Sql } from './sql.ts';

const INDEX_KEY = 'story_index';
/** store_state row counting committed writes (see Store.revision). */
export const REVISION_KEY = 'revision';
/** Log entries after which a snapshot is taken at the earliest (and a quarter of the index at least). */
const SNAPSHOT_MIN_TAIL = 1000;

export interface BatchResult {
  /** documents written now (the rest were already stored, e.g. by another worker) */
  added: string[];
  /** stories created or updated, with whether they are new */
  stories: { id: string; isNew: boolean }[];
}

/** The story index as last read or written by this process, and the log position it includes. */
export interface IndexCache {
  rev: number;
  index: StoryIndex;
}

/** The index at the store's current log position: the cache, the snapshot, then the log replayed on top. */
async function loadIndex(tx: Sql, cache: { current: IndexCache | null }): Promise<IndexCache & { snapshot: number }> {
  const [head] = await tx.query<{ snap: string | null; last: string | null }>(
    'SELECT (SELECT rev FROM store_state WHERE key = $1) AS snap, (SELECT max(seq) FROM story_index_log) AS last', [INDEX_KEY]);
  const snapshot = Number(head?.snap ?? 0);
  const last = Math.max(snapshot, Number(head?.last ?? 0));
  let base: IndexCache;
  // The log after the snapshot is kept whole, so a cache anywhere inside it can catch up.
  if (cache.current && cache.current.rev >= snapshot && cache.current.rev <= last) base = cache.current;
  else if (head?.snap === null || head?.snap === undefined) base = { rev: 0, index: new StoryIndex() };
  else {
    const [row] = await tx.query<{ value: string }>('SELECT value FROM store_state WHERE key = $1', [INDEX_KEY]);
    base = { rev: snapshot, index: StoryIndex.fromJSON(JSON.parse(row!.value)) };
  }
  if (base.rev < last) {
    const log = await tx.query<{ doc_id: string; terms: string; day: number | null }>(
      'SELECT doc_id, terms, day FROM story_index_log WHERE seq > $1 ORDER BY seq', [base.rev]);
    for (const e of log) base.index.addTerms(e.doc_id, new Map(JSON.parse(e.terms) as [string, number][]), e.day);
  }
  return { rev: last, index: base.index, snapshot };
}

/** Insert the documents (skipping those already stored) and their quotes; returns the ids inserted. */
async function insertDocuments(tx: Sql, docs: Doc[]): Promise<Set<string>> {
  const vectors = new Map<string, string>();
  const rows = docs.map((doc) => {
    const s = searchTexts(doc);
    vectors.set(doc.id, tsvectorLiteral(s.title, s.body));
    return [doc.id, doc.meta.path, doc.meta.title, doc.meta.source, doc.meta.url, doc.meta.published.value, doc.text,
      // since schema 4 nothing reads documents.search_body or documents.search (the index lives in
      // document_search): left empty, which saves 12% of the store's CPU per document
      JSON.stringify(doc.meta), JSON.stringify(doc.layers), s.title, '', contentSpans(doc), ''];
  });
  const { values, params } = valuesList(rows, { 7: 'jsonb', 11: 'int[]', 12: 'tsvector' });
  const ids = await tx.query<{ id: string }>(
    `INSERT INTO documents (id, path, title, source, url, published, text, meta, layers, search_title, search_body, content_spans, search)
     VALUES ${values} ON CONFLICT (id) DO NOTHING RETURNING id`,
    params,
  );
  const inserted = new Set(ids.map((r) => r.id));
  if (inserted.size) {
    const searchRows = docs.filter((d) => inserted.has(d.id)).map((d) => [d.id, d.meta.published.value, vectors.get(d.id)]);
    const list = valuesList(searchRows, { 2: 'tsvector' });
    await tx.query(`INSERT INTO document_search (doc_id, published, search) VALUES ${list.values}`, list.params);
  }
  const quotes = docs.filter((d) => inserted.has(d.id)).flatMap((d) => d.layers.quotes.map((q) => ({ ...q, doc_id: d.id })));
  if (quotes.length) {
    await tx.query(
      `INSERT INTO quotes (doc_id, start_at, end_at, speaker, speaker_text, cue, kind, text)
       SELECT q.doc_id, q.start, q."end", q.speaker, q.speaker_text, q.cue, q.kind, q.text
       FROM jsonb_to_recordset($1::jsonb) AS q(doc_id text, start int, "end" int, speaker text, speaker_text text, cue text, kind text, text text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(quotes)],
    );
  }
  return inserted;
}

/**
 * `VALUES (…), (…)` with one plain parameter per cell, and the parameters. Plain parameters, not
 * arrays: an array of long texts costs an escaping pass on each side (it made PGlite 50% slower).
 */
function valuesList(rows: unknown[][], casts: Record<number, string> = {}): { values: string; params: unknown[] } {
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v, i) => {
    params.push(v ?? null);
    return casts[i] ? `$${params.length}::${casts[i]}` : `$${params.length}`;
  }).join(', ')})`).join(', ');
  return { values, params };
}

async function loadDocs(tx: Sql, ids: string[]): Promise<Doc[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ANY($1)`, [ids]);
  return rows.map(rowToDoc);
}

/** The calendar day of a published value; inferred values without a year (XXXX-…) have none. */
const day = (v: string | null | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** Upsert the rebuilt stories with their membership and cast, one statement per table. */
async function writeStories(tx: Sql, built: { story: Story; members: Doc[] }[]): Promise<void> {
  if (built.length === 0) return;
  const rows = built.map(({ story, members }) => {
    const dates = members.map((d) => day(d.meta.published.value)).filter((d): d is string => !!d).sort();
    return { id: story.id, title: story.title, story, doc_count: story.documents.length, first_published: dates[0] ?? null, last_published: dates[dates.length - 1] ?? null };
  });
  await tx.query(
    `INSERT INTO stories (id, title, story, doc_count, first_published, last_published, updated_at)
     SELECT r.id, r.title, r.story, r.doc_count, r.first_published, r.last_published, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, story jsonb, doc_count int, first_published text, last_published text)
     ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, story = EXCLUDED.story, doc_count = EXCLUDED.doc_count,
       first_published = EXCLUDED.first_published, last_published = EXCLUDED.last_published, updated_at = now()`,
    [JSON.stringify(rows)],
  );
  const docIds = built.flatMap(({ story }) => story.documents);
  const storyIds = built.flatMap(({ story }) => story.documents.map(() => story.id));
  await tx.query(
    `INSERT INTO story_documents (doc_id, story_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (doc_id) DO UPDATE SET story_id = EXCLUDED.story_id`,
    [docIds, storyIds],
  );
  await tx.query('DELETE FROM story_entities WHERE story_id = ANY($1)', [built.map(({ story }) => story.id)]);
  const entities = built.flatMap(({ story }) => story.entities.map((e) => ({ story_id: story.id, canonical: e.canonical, type: e.type, aliases: e.aliases, mentions: e.mentions })));
  if (entities.length) {
    await tx.query(
      `INSERT INTO story_entities (story_id, canonical, type, aliases, mentions)
       SELECT e.story_id, e.canonical, e.type, e.aliases, e.mentions
       FROM jsonb_to_recordset($1::jsonb) AS e(story_id text, canonical text, type text, aliases jsonb, mentions int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(entities)],
    );
  }
}

/** Persist the index: a new snapshot when the log has grown long, else the batch's log entries. */
async function saveIndex(tx: Sql, state: IndexCache & { snapshot: number }, entries: { docId: string; terms: Map<string, number>; day: number | null }[]): Promise<number> {
  const rev = state.rev + entries.length;
  if (rev - state.snapshot >= Math.max(SNAPSHOT_MIN_TAIL, state.index.size / 4)) {
    await tx.query(
      `INSERT INTO store_state (key, rev, value) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET rev = EXCLUDED.rev, value = EXCLUDED.value`,
      [INDEX_KEY, rev, JSON.stringify(state.index.toJSON())],
    );
    await tx.query('DELETE FROM story_index_log WHERE seq <= $1', [rev]);
  } else {
    const { values, params } = valuesList(entries.map((e, i) => [state.rev + i + 1, e.docId, JSON.stringify([...e.terms]), e.day]), { 0: 'bigint', 3: 'int' });
    await tx.query(`INSERT INTO story_index_log (seq, doc_id, terms, day) VALUES ${values}`, params);
  }
  return rev;
}

/**
 * Store `docs` (analysed) and fold them into stories. Runs inside `tx`; the caller commits.
 * `cache` holds this process's copy of the story index; it is replaced only once the caller commits.
 */
export async function writeBatch(tx: Sql, docs: Doc[], opts: StoryOptions, cache: { current: IndexCache | null }): Promise<{ result: BatchResult; next: IndexCache }> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.stories]);
  const state = await loadIndex(tx, cache);
  // The cached index is mutated below; drop it now so a rolled-back batch cannot leave it ahead of the store.
  cache.current = null;
  const inserted = await insertDocuments(tx, docs);
  const added = docs.filter((d) => inserted.has(d.id));
  const touched = new Map<string, boolean>();
  const entries = added.map((doc) => ({ docId: doc.id, terms: docTermCounts(doc), day: publishedDay(doc) }));
  for (const e of entries) {
    const { storyId, isNew } = state.index.addTerms(e.docId, e.terms, e.day);
    touched.set(storyId, (touched.get(storyId) ?? false) || isNew);
  }
  const inBatch = new Map(added.map((d) => [d.id, d]));
  const members = new Map([...touched.keys()].map((id) => [id, state.index.members(id)]));
  const stored = new Map((await loadDocs(tx, [...members.values()].flat().filter((id) => !inBatch.has(id)))).map((d) => [d.id, d]));
  const built = [...members].map(([storyId, ids]) => {
    const docsOf = ids.map((id) => inBatch.get(id) ?? stored.get(id)).filter((d): d is Doc => !!d);
    const [story] = buildStories(docsOf, { ...opts, oneStory: true });
    return { story: { ...story!, id: storyId }, members: docsOf };
  });
  await writeStories(tx, built);
  const rev = entries.length ? await saveIndex(tx, state, entries) : state.rev;
  if (added.length) await tx.query(`UPDATE store_state SET rev = rev + 1 WHERE key = '${REVISION_KEY}'`);
  return {
    result: { added: added.map((d) => d.id), stories: [...touched].map(([id, isNew]) => ({ id, isNew })) },
    next: { rev, index: state.index },
  };
}
