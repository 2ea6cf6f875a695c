import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../src/store/store.ts';
import { contentSpans, DOCUMENT_COLUMNS, rowToDoc, type DocumentRow } from '../src/store/rows.ts';
import { SEEDS } from './helpers/shared.ts';
import { freshDataDir } from './fixtures/store/env.ts';

const QUERIES = ['trieu tien', 'nato', 'Hàn Quốc', 'vu khi nga'];

test('a store written at schema 2 upgrades in place: content spans backfilled from the layers, search vectors moved to their own table, revision added, same search answers', async () => {
  const data = await freshDataDir('store-upgrade');
  let store = await Store.open({ data });
  let before: unknown[];
  try {
    assert.equal((await store.ingester.ingestPaths([SEEDS])).added.length, 5);
    before = await Promise.all(QUERIES.map((q) => store.search(q)));
    // back to what schema 2 stored: the search vectors in documents, no spans column, no revision row
    await store.db.transaction(async (tx) => {
      await tx.query('UPDATE documents d SET search = s.search FROM document_search s WHERE s.doc_id = d.id');
      await tx.query('DROP TABLE document_search');
      await tx.query('CREATE INDEX documents_search_idx ON documents USING gin (search)');
      await tx.query('ALTER TABLE documents DROP COLUMN content_spans');
      await tx.query(`DELETE FROM store_state WHERE key = 'revision'`);
      await tx.query('DELETE FROM schema_migrations WHERE version >= 3');
    });
  } finally {
    await store.close();
  }

  store = await Store.open({ data });
  try {
    const rows = await store.db.query<DocumentRow & { content_spans: number[] }>(`SELECT ${DOCUMENT_COLUMNS}, content_spans FROM documents`);
    assert.equal(rows.length, 5);
    for (const r of rows) {
      const spans = contentSpans(rowToDoc(r));
      assert.ok(spans.length >= 4, 'a title and some content');
      assert.deepEqual(r.content_spans, spans, r.id);
    }
    assert.equal(await store.revision(), 0);
    const [moved] = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_search s JOIN documents d ON d.id = s.doc_id WHERE s.search = d.search AND length(s.search) > 0');
    assert.equal(moved!.n, 5);
    assert.deepEqual(await Promise.all(QUERIES.map((q) => store.search(q))), before);
  } finally {
    await store.close();
  }
});
