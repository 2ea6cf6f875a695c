import { LOCKS, type Driver } from './sql.ts';

/**
 * Versioned schema. A migration is never edited once released: a change is a new entry.
 * Every migration runs inside the same transaction as its bookkeeping row, under an advisory lock,
 * so two processes starting together against one server apply each migration exactly once.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, stories, membership, cast, quotes, full-text search',
    sql: `
CREATE TABLE documents (
  id text PRIMARY KEY,
  path text NOT NULL,
  title text,
  source text,
  url text,
  published text,
  text text NOT NULL,
  meta jsonb NOT NULL,
  -- every annotation layer as JSON text: read whole, never queried inside (jsonb costs twice as much to write)
  layers text NOT NULL,
  -- title and content folded to plain letters (đ→d, no tone marks) for accent-blind search
  search_title text NOT NULL,
  search_body text NOT NULL,
  -- their words, title words weighted A; built by the store (src/store/search.ts), not by to_tsvector,
  -- so that query and document split words the same way (and because to_tsvector is slow in PGlite)
  search tsvector NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_search_idx ON documents USING gin (search);

CREATE TABLE stories (
  id text PRIMARY KEY,
  title text NOT NULL,
  story jsonb NOT NULL,
  doc_count int NOT NULL,
  first_published text,
  last_published text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- an article belongs to exactly one story
CREATE TABLE story_documents (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE
);
CREATE INDEX story_documents_story_idx ON story_documents (story_id);

CREATE TABLE story_entities (
  story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  canonical text NOT NULL,
  type text NOT NULL,
  aliases jsonb NOT NULL,
  mentions int NOT NULL,
  PRIMARY KEY (story_id, canonical)
);
CREATE INDEX story_entities_canonical_idx ON story_entities (canonical);

CREATE TABLE quotes (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_at int NOT NULL,
  end_at int NOT NULL,
  speaker text,
  speaker_text text,
  cue text,
  kind text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (doc_id, start_at, end_at)
);
CREATE INDEX quotes_speaker_idx ON quotes (speaker);

-- a story merged into another keeps answering at its old id
CREATE TABLE story_redirects (
  old_id text PRIMARY KEY,
  new_id text NOT NULL
);

-- state of the incremental story index, when the story stage provides one
CREATE TABLE store_state (
  key text PRIMARY KEY,
  rev bigint NOT NULL,
  value text NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'story index log: the index is a snapshot plus the documents added since',
    sql: `
-- one row per document added after the snapshot in store_state (whose rev is the last seq it includes)
CREATE TABLE story_index_log (
  seq bigint PRIMARY KEY,
  doc_id text NOT NULL,
  -- the document's term counts as JSON [[term, count], ...], replayed through StoryIndex.addTerms
  terms text NOT NULL,
  day int
);
-- read back rarely and deleted at the next snapshot: not worth compressing
ALTER TABLE story_index_log ALTER COLUMN terms SET STORAGE EXTERNAL;
`,
  },
  {
    version: 3,
    name: 'search snippets without the layers; a store revision for response caches',
    sql: `
-- the article content blocks (roles title, lead, body, subheading, caption) as flat [start, end, …]
-- offsets into text: a search hit's snippet is cut from these, instead of parsing every hit's layers
ALTER TABLE documents ADD COLUMN content_spans int[] NOT NULL DEFAULT '{}';
UPDATE documents d SET content_spans = coalesce((
  SELECT array_agg(v.x ORDER BY b.ord, v.k)
  FROM jsonb_array_elements(d.layers::jsonb -> 'blocks') WITH ORDINALITY AS b(block, ord),
       LATERAL (VALUES (1, (b.block ->> 'start')::int), (2, (b.block ->> 'end')::int)) AS v(k, x)
  WHERE b.block ->> 'role' IN ('title', 'lead', 'body', 'subheading', 'caption')), '{}');
-- bumped by every committed write: readers cache answers under it and re-check it with one key lookup
INSERT INTO store_state (key, rev, value) VALUES ('revision', 0, '') ON CONFLICT (key) DO NOTHING;
`,
  },
  {
    version: 4,
    name: 'search index in its own narrow table',
    sql: `
-- a search scans and ranks these narrow rows, not the wide documents rows (text, layers, metadata):
-- 40% less CPU per query on 1,944 ViMs articles. documents.search and search_body (used only by
-- the search before this version) are left empty from now on.
CREATE TABLE document_search (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  published text,
  search tsvector NOT NULL
);
INSERT INTO document_search (doc_id, published, search) SELECT id, published, search FROM documents;
CREATE INDEX document_search_idx ON document_search USING gin (search);
DROP INDEX documents_search_idx;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Bring the schema up to date; returns the versions applied now. */
export async function migrate(db: Driver): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`).catch(async (e) => {
    // two processes creating the table at once: the loser sees a duplicate and the table is there
    if (!/already exists|duplicate key/.test(String((e as Error).message))) throw e;
  });
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.migrate]);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > SCHEMA_VERSION) {
      throw new Error(`the store has schema version ${newest}, newer than this nienbieu knows (${SCHEMA_VERSION}); upgrade nienbieu`);
    }
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const stmt of splitStatements(m.sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Our migrations hold no semicolons inside statements, so splitting on them is exact. */
function splitStatements(sql: string): string[] {
  return sql.split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
