import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyze } from '../src/pipeline.ts';
import { toDossier } from '../src/dossier/json.ts';
import { schemaErrors, evidenceErrors } from '../src/dossier/validate.ts';
import { ROOT, SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const seedDossier = toDossier(analyze([SEEDS], { oneStory: false }));

test('the bundled seeds give a schema-valid dossier with five documents', () => {
  assert.deepEqual(schemaErrors(seedDossier), []);
  assert.equal(seedDossier.documents.length, 5);
  assert.deepEqual(seedDossier.errors, []);
});

test('every evidence span slices its document to what the item says', () => {
  assert.deepEqual(evidenceErrors(seedDossier), []);
});

test('at least one story has a timeline, summary, entities and quotes', () => {
  const rich = seedDossier.stories.find((s) => {
    const docs = seedDossier.documents.filter((d) => s.documents.includes(d.id));
    return s.timeline.length && s.summary.length && s.entities.length && docs.some((d) => d.quotes.length);
  });
  assert.ok(rich, 'no story with timeline, summary, entities and quotes');
});

test('unreadable files become errors and the rest of the batch is analysed', () => {
  const dir = tempDir('bad');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00]));
  writeFileSync(join(dir, 'good.txt'), readFileSync(join(SEEDS, '000_95f0aab2d882c1eb.txt')));
  const r = analyze([dir, join(dir, 'missing.txt')]);
  assert.equal(r.docs.length, 1);
  const paths = r.errors.map((e) => e.path.split('/').pop()).sort();
  assert.deepEqual(paths, ['binary.bin', 'empty.txt', 'missing.txt']);
  for (const e of r.errors) assert.ok(e.message.length > 5, `error for ${e.path} says why`);
});

test('the CLI prints only the dossier JSON on stdout and writes the three report files', () => {
  const out = tempDir('out');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nienbieu.js'), 'analyze', SEEDS, '--json', '--out', out, '--one-story'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.equal(d.schema, 'nienbieu.dossier/1');
  assert.equal(d.stories.length, 1);
  for (const f of ['dossier.json', 'dossier.md', 'dossier.html']) assert.ok(readFileSync(join(out, f), 'utf8').length > 1000, f);
  const html = readFileSync(join(out, 'dossier.html'), 'utf8');
  const start = html.indexOf('id="dossier">') + 'id="dossier">'.length;
  const embedded = JSON.parse(html.slice(start, html.indexOf('</script>', start)));
  assert.equal(embedded.documents.length, 5, 'the embedded data is whole: no text closed its script element early');
});

test('the CLI exits non-zero when nothing could be produced', () => {
  const dir = tempDir('none');
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nienbieu.js'), 'analyze', dir, '--json'], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /empty\.txt/);
});
