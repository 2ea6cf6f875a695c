/**
 * Faults around the store: `kill -9` of a running `nienbieu ingest`, then the same ingest again; a
 * read-only data directory; a disk that is (nearly) full. The store must stay consistent and say
 * clearly what is wrong.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../src/store/store.ts';
import { ROOT, SEEDS, needShared, sharedPath } from './helpers/shared.ts';
import { fixture, freshDataDir, needPg, tempDir, throwawayDatabase } from './fixtures/store/env.ts';

const BIN = join(ROOT, 'bin', 'nienbieu.js');
const PAGES = 'corpus/pages-dev';

/** Seeds and the dev pages in one folder: 19 articles, one transaction each with --batch 1. */
function corpus(): string {
  const dir = tempDir('faults-corpus');
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  cpSync(sharedPath(PAGES), join(dir, 'pages'), { recursive: true });
  return dir;
}

function ingestArgs(input: string, where: string[]): string[] {
  return [BIN, 'ingest', input, '--batch', '1', '-q', ...where];
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stderr: r.stderr };
}

/** Start an ingest and SIGKILL it after `ms`; resolves with the signal that ended it (null if it finished first). */
function ingestKilledAfter(args: string[], ms: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

interface Census {
  documents: number;
  stories: number;
  memberships: number;
  /** story_documents rows whose document is missing */
  orphans: number;
  /** documents in no story */
  unassigned: number;
  /** documents without layers (or unreadable ones) */
  unlayered: number;
  /** stories whose count, membership rows and story JSON disagree */
  badStories: number;
  /** quotes of missing documents */
  strayQuotes: number;
  partition: string[];
}

async function census(store: Store): Promise<Census> {
  const [r] = await store.db.query<Omit<Census, 'partition'>>(`SELECT
    (SELECT count(*) FROM documents)::int AS documents,
    (SELECT count(*) FROM stories)::int AS stories,
    (SELECT count(*) FROM story_documents)::int AS memberships,
    (SELECT count(*) FROM story_documents sd LEFT JOIN documents d ON d.id = sd.doc_id WHERE d.id IS NULL)::int AS orphans,
    (SELECT count(*) FROM documents d LEFT JOIN story_documents sd ON sd.doc_id = d.id WHERE sd.doc_id IS NULL)::int AS unassigned,
    (SELECT count(*) FROM documents WHERE layers IS NULL OR layers NOT LIKE '{%"blocks"%')::int AS unlayered,
    (SELECT count(*) FROM stories s WHERE s.doc_count <> (SELECT count(*) FROM story_documents sd WHERE sd.story_id = s.id)
       OR s.doc_count <> jsonb_array_length(s.story->'documents')
       OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(s.story->'documents') AS m(id)
                  WHERE NOT EXISTS (SELECT 1 FROM story_documents sd WHERE sd.doc_id = m.id AND sd.story_id = s.id)))::int AS "badStories",
    (SELECT count(*) FROM quotes q LEFT JOIN documents d ON d.id = q.doc_id WHERE d.id IS NULL)::int AS "strayQuotes"`);
  // which documents share a story, independent of story ids
  const groups = await store.db.query<{ ids: string[] }>('SELECT array_agg(doc_id ORDER BY doc_id) AS ids FROM story_documents GROUP BY story_id');
  return { ...r!, partition: groups.map((g) => g.ids.join(',')).sort() };
}

const consistent = (c: Census) => ({ orphans: c.orphans, unassigned: c.unassigned, unlayered: c.unlayered, badStories: c.badStories, strayQuotes: c.strayQuotes });
const CLEAN = { orphans: 0, unassigned: 0, unlayered: 0, badStories: 0, strayQuotes: 0 };

async function censusOf(where: { data?: string; db?: string }): Promise<Census> {
  const store = await Store.open(where);
  try {
    return await census(store);
  } finally {
    await store.close();
  }
}

/** A clean run, then a run killed part-way and finished by a second run: both stores must agree. */
async function killAndResume(where: (name: string) => Promise<{ args: string[]; open: { data?: string; db?: string } }>): Promise<void> {
  const input = corpus();
  const clean = await where('clean');
  const t0 = performance.now();
  assert.equal(runCli(ingestArgs(input, clean.args)).status, 0);
  const duration = performance.now() - t0;
  const expected = await censusOf(clean.open);
  assert.deepEqual(consistent(expected), CLEAN);

  const crashed = await where('crashed');
  // killed half-way through what a whole run takes (the start-up included), so inside some transaction or between two
  const signal = await ingestKilledAfter(ingestArgs(input, crashed.args), duration * 0.6);
  assert.equal(signal, 'SIGKILL', 'the ingest was still running when killed');
  const partial = await censusOf(crashed.open);
  assert.deepEqual(consistent(partial), CLEAN, 'after kill -9: no half-written batch');
  assert.ok(partial.documents < expected.documents, `killed before the end (${partial.documents} of ${expected.documents} stored)`);

  const resumed = runCli(ingestArgs(input, crashed.args));
  assert.equal(resumed.status, 0, resumed.stderr);
  const after = await censusOf(crashed.open);
  assert.deepEqual(consistent(after), CLEAN);
  assert.deepEqual([after.documents, after.stories, after.memberships], [expected.documents, expected.stories, expected.memberships]);
  assert.deepEqual(after.partition, expected.partition, 'the same articles share a story as in a clean run');
}

test('kill -9 while a new embedded store is being created: the next ingest starts over and stores everything', async () => {
  const dir = tempDir('kill-initdb');
  const child = spawn(process.execPath, ingestArgs(SEEDS, ['--data', dir]), { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // kill as soon as the cluster's directory appears, before its creation can be complete
  const creating = () => readdirSync(dir).some((n) => n.startsWith('pgdata'));
  for (let i = 0; i < 600 && child.exitCode === null && !creating(); i++) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest was still creating its store when killed');

  const resumed = runCli(ingestArgs(SEEDS, ['--data', dir]));
  assert.equal(resumed.status, 0, resumed.stderr);
  const c = await censusOf({ data: dir });
  assert.equal(c.documents, 5);
  assert.deepEqual(consistent(c), CLEAN);
  assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('pgdata.creating-')), [], 'the scratch directory is gone');
});

const dropLater: (() => Promise<void>)[] = [];
after(async () => {
  for (const drop of dropLater) await drop();
});

test('kill -9 during `nienbieu ingest` (embedded store), then the same ingest: consistent, nothing lost or duplicated', needShared(PAGES), async () => {
  await killAndResume(async (name) => {
    const dir = await freshDataDir(`kill-${name}`);
    return { args: ['--data', dir], open: { data: dir } };
  });
});

test('kill -9 during `nienbieu ingest` (PostgreSQL server), then the same ingest: consistent, nothing lost or duplicated', { skip: needPg.skip || needShared(PAGES).skip }, async () => {
  await killAndResume(async () => {
    const db = await throwawayDatabase();
    dropLater.push(db.drop);
    return { args: ['--db', db.url], open: { db: db.url } };
  });
});

test('a data directory that is a file, or inside one: a clear error, exit non-zero', () => {
  const file = join(tempDir('not-a-dir'), 'store');
  writeFileSync(file, 'not a directory');
  for (const data of [file, join(file, 'inside')]) {
    const r = runCli([BIN, 'ingest', SEEDS, '--data', data]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is \(or is inside\) a file, not a directory/);
  }
});

/** `mount ARGS` (needs root): null when it worked, else why not. */
function mount(args: string[]): string | null {
  const r = spawnSync('mount', args, { encoding: 'utf8' });
  return r.status === 0 ? null : `cannot mount (${(r.stderr || r.error?.message || '').trim()}): needs root`;
}
const canMount = (() => {
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs or a read-only bind mount';
  const probe = tempDir('mount-probe');
  const why = mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
  if (!why) spawnSync('umount', [probe]);
  return why;
})();

test('a read-only data directory: a clear error, exit non-zero, the store unchanged', { skip: canMount ?? false }, async () => {
  const dir = await freshDataDir('readonly');
  assert.equal(runCli(ingestArgs(SEEDS, ['--data', dir])).status, 0);
  const before = await censusOf({ data: dir });
  const ro = tempDir('readonly-view');
  assert.equal(mount(['--bind', dir, ro]), null);
  try {
    assert.equal(mount(['-o', 'remount,ro,bind', ro]), null);
    for (const cmd of [['ingest', SEEDS], ['stories']]) {
      const r = runCli([BIN, ...cmd, '--data', ro]);
      assert.equal(r.status, 2, `${cmd[0]} exits non-zero`);
      assert.match(r.stderr, /is on a read-only file system.*mount it read-write or copy it/);
    }
  } finally {
    spawnSync('umount', [ro]);
  }
  assert.deepEqual(await censusOf({ data: dir }), before);
});

test('a full disk: a clear error before writing, exit non-zero; once space is freed the same ingest completes', { skip: canMount ?? false }, async () => {
  const disk = tempDir('fulldisk');
  assert.equal(mount(['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', disk]), null);
  try {
    // a new store on a disk too small for the database cluster itself
    const tiny = tempDir('tinydisk');
    assert.equal(mount(['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', tiny]), null);
    try {
      const r = runCli([BIN, 'ingest', SEEDS, '--data', join(tiny, 'store')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no space left on the disk holding the data directory/);
      assert.deepEqual(readdirSync(join(tiny, 'store')), [], 'no half-created database left behind');
    } finally {
      spawnSync('umount', [tiny]);
    }

    const data = join(disk, 'store');
    mkdirSync(data);
    cpSync(join(await freshDataDir('fulldisk-template'), 'pgdata'), join(data, 'pgdata'), { recursive: true });
    assert.equal(runCli(ingestArgs(join(SEEDS, '000_95f0aab2d882c1eb.txt'), ['--data', data])).status, 0);
    const before = await censusOf({ data });
    // fill the disk to below the free-space margin the store keeps
    const filler = join(disk, 'filler');
    const free = Number(spawnSync('df', ['--output=avail', '-B1', disk], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
    writeFileSync(filler, Buffer.alloc(Math.max(0, free - 32 * 1024 * 1024)));
    const full = runCli(ingestArgs(SEEDS, ['--data', data]));
    assert.equal(full.status, 2);
    assert.match(full.stderr, /MB free on the disk holding the data directory .* needs 64 MB free to write safely/);
    assert.deepEqual(await censusOf({ data }), before, 'nothing written, nothing damaged');

    rmSync(filler);
    assert.equal(runCli(ingestArgs(SEEDS, ['--data', data])).status, 0);
    const after = await censusOf({ data });
    assert.deepEqual(consistent(after), CLEAN);
    assert.equal(after.documents, 5);
  } finally {
    spawnSync('umount', [disk]);
  }
});

test('a cached story view is rebuilt when an article joins the story, also after a restart (index replayed from its log)', async () => {
  const dir = await freshDataDir('view-cache');
  const record = JSON.parse(readFileSync(fixture('doi-tuyen.json'), 'utf8'));
  const input = tempDir('view-cache-input');
  writeFileSync(join(input, 'first.json'), JSON.stringify(record));
  let store = await Store.open({ data: dir });
  const first = await store.ingester.ingestPaths([input]);
  const owner = first.stories[0]!.id;
  assert.deepEqual((await store.getStory(owner))!.story.documents, first.added);
  await store.close();
  // a new process: no cached index, so the story placement comes from the stored snapshot and log
  store = await Store.open({ data: dir });
  try {
    assert.deepEqual((await store.getStory(owner))!.story.documents, first.added, 'view cached');
    writeFileSync(join(input, 'update.json'), JSON.stringify({ ...record, text: `${record.text}\n\nCập nhật: đội tuyển Việt Nam đã lên đường tới Đà Nẵng.` }));
    const update = await store.ingester.ingestPaths([input]);
    assert.deepEqual(update.stories, [{ id: owner, isNew: false }], 'joins the stored story');
    assert.deepEqual([...(await store.getStory(owner))!.story.documents].sort(), [...first.added, ...update.added].sort(), 'not the stale cached view');
  } finally {
    await store.close();
  }
});
