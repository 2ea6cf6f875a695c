import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../src/store/store.ts';
import { Ingester } from '../src/store/ingest.ts';
import { SCHEMA_VERSION } from '../src/store/migrations.ts';
import type { Driver, Sql } from '../src/store/sql.ts';
import { SEEDS } from './helpers/shared.ts';
import { freshDataDir, tempDir } from './fixtures/store/env.ts';

let store: Store;
let dataDir: string;
const SEED = join(SEEDS, '000_95f0aab2d882c1eb.txt');


before(async () => {
  dataDir = await freshDataDir('store-ingest');
  store = await Store.open({ data: dataDir });
});
after(async () => store?.close());

async function integrity(s: Store) {
  const [r] = await s.db.query<{ orphans: number; unassigned: number; bad_counts: number }>(`SELECT
    (SELECT count(*) FROM story_documents sd LEFT JOIN documents d ON d.id = sd.doc_id WHERE d.id IS NULL)::int AS orphans,
    (SELECT count(*) FROM documents d LEFT JOIN story_documents sd ON sd.doc_id = d.id WHERE sd.doc_id IS NULL)::int AS unassigned,
    (SELECT count(*) FROM stories s WHERE s.doc_count <> (SELECT count(*) FROM story_documents sd WHERE sd.story_id = s.id)
       OR s.doc_count <> jsonb_array_length(s.story->'documents'))::int AS bad_counts`);
  return r;
}

test('a fresh store is at the newest schema version, and opening it again applies nothing', async () => {
  const rows = await store.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
});

test('one process at a time: a second open of the same data directory is refused with a clear message', async () => {
  await assert.rejects(Store.open({ data: dataDir }), /in use by process \d+.*postgres/);
});

test('ingesting the same files twice stores each article once (same content, same id)', async () => {
  const first = await store.ingester.ingestPaths([SEEDS]);
  assert.equal(first.added.length, 5);
  assert.ok(first.stories.length >= 1 && first.stories.every((s) => s.isNew));
  const again = await store.ingester.ingestPaths([SEEDS, SEED]);
  assert.deepEqual([again.added.length, again.unchanged, again.stories.length], [0, 6, 0]);
  assert.deepEqual(await store.counts(), { documents: 5, stories: first.stories.length });
  assert.deepEqual(await integrity(store), { orphans: 0, unassigned: 0, bad_counts: 0 });
});

test('a new article about a stored story joins that story instead of opening a new one', async () => {
  const record = JSON.parse(readFileSync(new URL('./fixtures/store/doi-tuyen.json', import.meta.url), 'utf8'));
  const dir = tempDir('update');
  writeFileSync(join(dir, 'first.json'), JSON.stringify(record));
  const first = await store.ingester.ingestPaths([dir]);
  assert.equal(first.added.length, 1);
  const owner = first.stories[0]!.id;
  const before = await store.counts();
  const update = { ...record, text: `${record.text}\n\nCập nhật: sau trận đấu, đội tuyển Việt Nam đã lên đường tới Đà Nẵng để chuẩn bị cho trận tiếp theo.` };
  writeFileSync(join(dir, 'update.json'), JSON.stringify(update));
  const r = await store.ingester.ingestPaths([dir]);
  assert.deepEqual([r.added.length, r.unchanged], [1, 1]);
  assert.deepEqual(r.stories, [{ id: owner, isNew: false }]);
  assert.deepEqual(await store.counts(), { documents: before.documents + 1, stories: before.stories });
  const view = await store.getStory(owner);
  assert.deepEqual([...view!.story.documents].sort(), [first.added[0]!, r.added[0]!].sort(), 'the story lists both articles');
  assert.deepEqual(await integrity(store), { orphans: 0, unassigned: 0, bad_counts: 0 });
});

/** The store's driver, with every write to `stories` failing as a crash would. */
function crashingOnStoryWrite(db: Driver): Driver {
  const wrap = (tx: Sql): Sql => ({
    query: async (text, params) => {
      if (/INSERT INTO stories/.test(text)) throw new Error('simulated crash while writing a story');
      return tx.query(text, params);
    },
  });
  return { ...db, query: db.query.bind(db), exec: db.exec.bind(db), close: db.close.bind(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))) };
}

test('a crash while writing stories leaves no half-written batch, and the next ingest succeeds', async () => {
  const before = await store.counts();
  const dir = tempDir('crash');
  writeFileSync(join(dir, 'a.txt'), `${readFileSync(SEED, 'utf8')}\nBản sửa lần hai.\n`);
  writeFileSync(join(dir, 'b.json'), readFileSync(new URL('./fixtures/store/hostile.json', import.meta.url)));
  const crashing = new Ingester(crashingOnStoryWrite(store.db));
  const r = await crashing.ingestPaths([dir]);
  assert.equal(r.added.length, 0);
  assert.equal(r.errors.length, 2, 'each article is reported');
  assert.ok(r.errors.every((e) => /not stored: simulated crash/.test(e.message)));
  assert.deepEqual(await store.counts(), before, 'no document, story or membership from the failed batch');
  assert.deepEqual(await integrity(store), { orphans: 0, unassigned: 0, bad_counts: 0 });
  const ok = await store.ingester.ingestPaths([dir]);
  assert.equal(ok.added.length, 2);
  assert.deepEqual(await integrity(store), { orphans: 0, unassigned: 0, bad_counts: 0 });
});

test('a store written by a newer nienbieu is refused rather than misread', async () => {
  const dir = await freshDataDir('future');
  const s = await Store.open({ data: dir });
  await s.db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
  await s.close();
  await assert.rejects(Store.open({ data: dir }), /schema version 999, newer than this nienbieu knows/);
});
