/** Hostile inputs: every one is either analysed or reported per file; none crashes the batch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { readInputs } from '../src/ingest/index.ts';
import { toDossier } from '../src/dossier/json.ts';
import { evidenceErrors, schemaErrors } from '../src/dossier/validate.ts';
import { SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const seed = readFileSync(join(SEEDS, '000_95f0aab2d882c1eb.txt'));
const tmp = () => tempDir('hostile');

function analyzeFiles(files: Record<string, Buffer | string>, opts = {}) {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const result = analyze([dir], { oneStory: true, ...opts });
  const dossier = toDossier(result);
  assert.deepEqual(schemaErrors(dossier), []);
  assert.deepEqual(evidenceErrors(dossier), []);
  return { result, dossier, dir };
}

test('empty, blank, binary and NUL-laden files are reported with a reason; the good file is analysed', () => {
  const { result } = analyzeFiles({
    'good.txt': seed,
    'empty.txt': '',
    'blank.txt': ' \n\n\t \n',
    'binary.dat': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'nul.txt': Buffer.concat([seed.subarray(0, 200), Buffer.alloc(64), seed.subarray(200, 400)]),
    'elf.bin': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(1000)]),
  });
  assert.equal(result.docs.length, 1);
  assert.equal(result.docs[0]!.meta.path.endsWith('good.txt'), true);
  const reported = new Map(result.errors.map((e) => [e.path.split('/').pop(), e.message]));
  for (const name of ['empty.txt', 'blank.txt', 'binary.dat', 'nul.txt', 'elf.bin']) {
    assert.ok(reported.has(name), `${name} is reported`);
    assert.ok(reported.get(name)!.length > 8, `${name}: the message says why`);
  }
});

test('malformed UTF-8 and a file mixing encodings do not crash and keep their readable text', () => {
  const broken = Buffer.concat([seed.subarray(0, 300), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82]), seed.subarray(300)]);
  const mixed = Buffer.concat([seed.subarray(0, 500), Buffer.from('\nTiếng Việt cũ: ', 'utf8'), Buffer.from([0xb8, 0xb5, 0xb6, 0xb7, 0xb9]), Buffer.from('\n'), seed.subarray(500)]);
  const { result } = analyzeFiles({ 'broken.txt': broken, 'mixed.txt': mixed });
  for (const name of ['broken.txt', 'mixed.txt']) {
    const doc = result.docs.find((d) => d.meta.path.endsWith(name));
    const err = result.errors.find((e) => e.path.endsWith(name));
    assert.ok(doc || err, `${name} is analysed or reported`);
    if (doc) assert.ok(doc.text.includes('Triều Tiên'), `${name}: readable Vietnamese survives`);
  }
});

test('a 10 MB line is analysed without hanging or crashing', () => {
  const line = (seed.toString('utf8').replace(/\n+/g, ' ') + ' ').repeat(Math.ceil(10_000_000 / seed.length)).slice(0, 10_000_000);
  const { result } = analyzeFiles({ 'long-line.txt': line });
  assert.equal(result.docs.length + result.errors.length, 1);
});

test('deeply nested HTML is analysed or reported, never a stack overflow', () => {
  const depth = 20_000;
  const html = `<html><head><title>Sâu</title></head><body>${'<div>'.repeat(depth)}<p>${seed.toString('utf8').slice(0, 2000)}</p>${'</div>'.repeat(depth)}</body></html>`;
  const { result } = analyzeFiles({ 'deep.html': html });
  assert.equal(result.docs.length + result.errors.length, 1);
  for (const e of result.errors) assert.doesNotMatch(e.message, /Maximum call stack/);
});

test('a 200 MB file is refused at the configurable limit without being read', () => {
  const dir = tmp();
  const big = join(dir, 'huge.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk, but stat() says 200 MB
  closeSync(fd);
  writeFileSync(join(dir, 'good.txt'), seed);
  const rssBefore = process.memoryUsage().rss;
  const result = analyze([dir], { maxBytes: 32 * 1024 * 1024 });
  assert.equal(result.docs.length, 1);
  const err = result.errors.find((e) => e.path.endsWith('huge.txt'));
  assert.ok(err, 'the huge file is reported');
  assert.match(err!.message, /limit/);
  assert.ok(process.memoryUsage().rss - rssBefore < 150 * 1024 * 1024, 'the file was not loaded into memory');
});

test('JSON and JSONL with broken records report each bad record and keep the good ones', () => {
  const text = seed.toString('utf8');
  const jsonl = [JSON.stringify({ text, title: 'Một', url: 'https://tuoitre.vn/a.htm' }), '{"text": broken', '42', JSON.stringify({ title: 'no body' }), JSON.stringify({ html: `<p>${text.slice(0, 800)}</p>` })].join('\n');
  const { result } = analyzeFiles({ 'records.jsonl': jsonl, 'not-json.json': 'this is not JSON at all' });
  assert.equal(result.docs.filter((d) => d.meta.path.includes('records.jsonl')).length, 2);
  const bad = result.errors.filter((e) => e.path.includes('records.jsonl')).map((e) => e.path.split('#')[1]);
  assert.deepEqual(bad.sort(), ['2', '3', '4']);
});

test('a directory of 100,000 small files is read with every file accounted for', () => {
  const dir = tmp();
  const n = 100_000;
  for (let i = 0; i < 100; i++) {
    const sub = join(dir, `d${i}`);
    mkdirSync(sub);
    for (let j = 0; j < n / 100; j++) writeFileSync(join(sub, `${j}.txt`), j % 97 === 0 ? '' : `Tin số ${i * 1000 + j}: Hà Nội mưa to.`);
  }
  const { drafts, errors } = readInputs([dir]);
  assert.equal(drafts.length + errors.length, n);
  assert.ok(errors.every((e) => /empty|no text/i.test(e.message)), 'only the empty files are reported');
});
