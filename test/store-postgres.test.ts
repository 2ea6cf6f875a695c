import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../src/store/store.ts';
import { SCHEMA_VERSION } from '../src/store/migrations.ts';
import { SEEDS } from './helpers/shared.ts';
import { fixture, needPg, tempDir, throwawayDatabase } from './fixtures/store/env.ts';

test('several ingest workers sharing one PostgreSQL server store every article once, in exactly one story', needPg, async () => {
  const db = await throwawayDatabase();
  // both start on an empty database at once: the migration must run exactly once
  const [a, b] = await Promise.all([Store.open({ db: db.url }), Store.open({ db: db.url })]);
  try {
    const dirA = tempDir('worker-a');
    const dirB = tempDir('worker-b');
    writeFileSync(join(dirA, 'doi-tuyen.json'), readFileSync(fixture('doi-tuyen.json')));
    writeFileSync(join(dirB, 'hostile.json'), readFileSync(fixture('hostile.json')));
    // overlapping work, small batches so the two workers interleave
    const [ra, rb] = await Promise.all([
      a.ingester.ingestPaths([SEEDS, dirA], { batchFiles: 1 }),
      b.ingester.ingestPaths([dirB, SEEDS], { batchFiles: 1 }),
    ]);
    assert.deepEqual([...ra.errors, ...rb.errors], []);
    assert.equal(ra.added.length + rb.added.length, 7, 'each article added by exactly one worker');
    assert.equal(new Set([...ra.added, ...rb.added]).size, 7);
    const counts = await a.counts();
    assert.equal(counts.documents, 7);
    const [r] = await a.db.query<{ unassigned: number; bad: number; migrations: number; members: number }>(`SELECT
      (SELECT count(*) FROM documents d LEFT JOIN story_documents sd ON sd.doc_id = d.id WHERE sd.doc_id IS NULL)::int AS unassigned,
      (SELECT count(*) FROM stories s WHERE s.doc_count <> (SELECT count(*) FROM story_documents sd WHERE sd.story_id = s.id))::int AS bad,
      (SELECT count(*) FROM schema_migrations)::int AS migrations,
      (SELECT coalesce(sum(jsonb_array_length(story->'documents')), 0) FROM stories)::int AS members`);
    assert.deepEqual(r, { unassigned: 0, bad: 0, migrations: SCHEMA_VERSION, members: 7 });
    // the stories' own document lists agree with the membership table
    for (const s of await b.listStories()) {
      const view = await b.getStory(s.id);
      assert.equal(view!.documents.length, s.documents);
    }
  } finally {
    await a.close();
    await b.close();
    await db.drop();
  }
});
