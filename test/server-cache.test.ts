import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../src/server/app.ts';
import { ResponseCache } from '../src/server/cache.ts';
import { Admission, Overloaded } from '../src/server/queue.ts';
import { Ingester } from '../src/store/ingest.ts';
import { Store } from '../src/store/store.ts';
import { SEEDS } from './helpers/shared.ts';
import { freshDataDir } from './fixtures/store/env.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

test('response cache: one build for concurrent misses, reused while the revision holds, rebuilt after it moves', async () => {
  const cache = new ResponseCache();
  let builds = 0;
  const build = async () => {
    builds++;
    await new Promise((r) => setTimeout(r, 10));
    return { status: 200, value: { builds } };
  };
  const [a, b] = await Promise.all([cache.get('k', 1, build), cache.get('k', 1, build)]);
  assert.equal(builds, 1);
  assert.equal(text(a.body), '{"builds":1}');
  assert.equal(a, b);
  assert.equal(text((await cache.get('k', 1, build)).body), '{"builds":1}');
  assert.equal(text((await cache.get('k', 2, build)).body), '{"builds":2}');
  assert.equal(builds, 2);
});

test('response cache: bounded by bytes, least recently used out first; an answer too large is served but not kept', async () => {
  const cache = new ResponseCache(100, 60);
  let builds = 0;
  const build = (size: number) => async () => {
    builds++;
    return { status: 200, value: 'x'.repeat(size) };
  };
  await cache.get('a', 1, build(40));
  await cache.get('b', 1, build(40));
  await cache.get('a', 1, build(40)); // a is now the most recently used
  await cache.get('c', 1, build(40)); // over 100 bytes: b goes
  assert.equal(builds, 3);
  await cache.get('a', 1, build(40));
  assert.equal(builds, 3, 'a kept');
  await cache.get('b', 1, build(40));
  assert.equal(builds, 4, 'b was evicted');
  const big = await cache.get('big', 1, build(80));
  assert.equal(big.body.byteLength, 82);
  await cache.get('big', 1, build(80));
  assert.equal(builds, 6, 'too large to keep');
});

test('admission: at most `concurrency` at once; a waiter past its time or beyond the queue is refused', async () => {
  const gate = new Admission({ concurrency: 1, maxQueued: 1, maxWaitMs: 50 });
  let release!: () => void;
  const first = gate.run(() => new Promise<string>((r) => { release = () => r('first'); }));
  const waiter = gate.run(async () => 'second');
  await assert.rejects(gate.run(async () => 'third'), Overloaded, 'queue full: refused at once');
  await assert.rejects(waiter, (e: unknown) => e instanceof Overloaded && /waited 50 ms/.test((e as Error).message));
  release();
  assert.equal(await first, 'first');
  assert.equal(await gate.run(async () => 'after'), 'after', 'free again once the first finished');
  // a waiter that is let in before its time runs normally
  const slow = gate.run(() => new Promise((r) => setTimeout(() => r('slow'), 10)));
  assert.equal(await gate.run(async () => 'queued'), 'queued');
  assert.equal(await slow, 'slow');
});

test('the API answers from its cache until the store changes, also when another writer changed it', async () => {
  const store = await Store.open({ data: await freshDataDir('server-cache') });
  try {
    const files = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    await store.ingester.ingestPaths(files.slice(0, 4));
    const app = createApp(store, { webRoot: '/nonexistent' });
    const search = async () => (await (await app.request('/api/search?q=trieu%20tien')).json()).hits.length;
    const stories = async () => (await (await app.request('/api/stories')).json()).stories.reduce((n: number, s: { documents: number }) => n + s.documents, 0);
    assert.equal(await search(), 4);
    assert.equal(await stories(), 4);
    const rev = await store.revision();
    // a writer that does not tell this store (as another process would not): only the revision says so
    const other = new Ingester(store.db);
    await other.ingestPaths(files.slice(4));
    assert.equal(await store.revision(), rev + 1);
    assert.equal(await search(), 5);
    assert.equal(await stories(), 5);
    // storing nothing new is no change
    await other.ingestPaths(files);
    assert.equal(await store.revision(), rev + 1);
  } finally {
    await store.close();
  }
});
