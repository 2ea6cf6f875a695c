import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Store } from '../src/store/store.ts';
import { evidenceErrors, schemaErrors } from '../src/dossier/validate.ts';
import { ROOT, SEEDS } from './helpers/shared.ts';
import { freshDataDir, tempDir } from './fixtures/store/env.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/nienbieu.js'), ...args], { encoding: 'utf8', env: { ...process.env, NIENBIEU_DATA: '' } });

test('nienbieu ingest, story and search work on one data directory', async () => {
  const data = await freshDataDir('cli');
  const missing = join(tempDir('cli-missing'), 'nope.txt');
  const ingest = cli('ingest', SEEDS, missing, '--data', data);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.equal(ingest.stdout, '', 'ingest reports on stderr only');
  assert.match(ingest.stderr, /nope\.txt: cannot open/, 'a bad path is reported by name');
  assert.match(ingest.stderr, /5 documents added, 0 already stored/);

  const store = await Store.open({ data });
  const [story] = await store.listStories();
  await store.close();

  const shown = cli('story', story!.id, '--format', 'json', '--data', data);
  assert.equal(shown.status, 0, shown.stderr);
  const dossier = JSON.parse(shown.stdout);
  assert.deepEqual(schemaErrors(dossier), []);
  assert.deepEqual(evidenceErrors(dossier), []);
  assert.equal(dossier.stories[0].id, story!.id);
  assert.equal(dossier.documents.length, story!.documents);

  const found = cli('search', 'trieu', 'tien', '--json', '--data', data);
  assert.equal(found.status, 0, found.stderr);
  assert.equal(JSON.parse(found.stdout).hits.length, 5);
  assert.equal(cli('story', 'no-such-story', '--data', data).status, 1);
});
