import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { findDuplicates } from '../src/corpus/dedupe.ts';
import { SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const seed = readFileSync(join(SEEDS, '004_fb8690987e5f8022.txt'), 'utf8');
const rest = seed.split('\n').slice(1);

test('a syndicated copy (new title, own credit line, no diacritics in one paragraph) is a duplicate of its original', () => {
  const dir = tempDir('dedupe');
  for (const f of ['000_95f0aab2d882c1eb.txt', '001_eb2b47b7e7d5b613.txt', '004_fb8690987e5f8022.txt']) writeFileSync(join(dir, f), readFileSync(join(SEEDS, f)));
  const body = rest.join('\n');
  const firstPara = body.split('\n').find((l) => l.length > 80)!;
  const stripped = firstPara.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  writeFileSync(join(dir, 'copy.txt'), `Lính Triều Tiên tại Nga: NATO họp với bốn nước châu Á\n\n${body.replace(firstPara, stripped)}\n\nTheo VOH\n`);
  const r = analyze([dir]);
  const pairs = findDuplicates(r.docs);
  const pathOf = (id: string) => r.docs.find((d) => d.id === id)!.meta.path.split('/').pop();
  assert.deepEqual(pairs.map(([a, b]) => [pathOf(a), pathOf(b)].sort()), [['004_fb8690987e5f8022.txt', 'copy.txt']]);
});

test('different articles of one story are not duplicates', () => {
  const r = analyze([SEEDS]);
  assert.deepEqual(findDuplicates(r.docs), []);
});

test('empty and tiny documents never crash and are never duplicates of each other', () => {
  const dir = tempDir('dedupe-tiny');
  writeFileSync(join(dir, 'a.txt'), 'Tin\n');
  writeFileSync(join(dir, 'b.txt'), 'Hà Nội mưa\n');
  const r = analyze([dir]);
  assert.doesNotThrow(() => findDuplicates(r.docs));
  assert.deepEqual(findDuplicates([]), []);
});

test('a copy in decomposed Unicode (NFD) with zero-width spaces and no-break spaces is still a duplicate', () => {
  const dir = tempDir('dedupe-nfd');
  for (const f of ['001_eb2b47b7e7d5b613.txt', '004_fb8690987e5f8022.txt']) writeFileSync(join(dir, f), readFileSync(join(SEEDS, f)));
  const body = rest.join('\n').normalize('NFD').replace(/ (\S+) /g, (m, w: string) => (w.length > 3 ? ` ${w.slice(0, 2)}\u200b${w.slice(2)}\u00a0` : m));
  writeFileSync(join(dir, 'copy.txt'), `${seed.split('\n')[0]!}\n${body}\n`);
  const r = analyze([dir]);
  const pathOf = (id: string) => r.docs.find((d) => d.id === id)!.meta.path.split('/').pop();
  assert.deepEqual(findDuplicates(r.docs).map(([a, b]) => [pathOf(a), pathOf(b)].sort()), [['004_fb8690987e5f8022.txt', 'copy.txt']]);
});
