import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeenTable } from '../src/text/seen.ts';

test('a substring added once is found again anywhere, by its characters only', () => {
  const seen = new SeenTable<number>(16);
  const line = 'Ngoại trưởng Mỹ gặp Ngoại trưởng Nga';
  assert.equal(seen.get(line, 0, 5), undefined);
  seen.add(line, 0, 5, line.slice(0, 5), 1);
  assert.deepEqual(seen.get(line, 20, 25), { text: 'Ngoại', value: 1 });
  assert.deepEqual(seen.get('ông Ngoại', 4, 9), { text: 'Ngoại', value: 1 });
  // same length, other letters; a prefix; a longer word starting the same
  assert.equal(seen.get('ngoại', 0, 5), undefined);
  assert.equal(seen.get(line, 0, 4), undefined);
  assert.equal(seen.get('Ngoạix', 0, 6), undefined);
});

test('colliding hashes and a full table still give the right entry', () => {
  const seen = new SeenTable<string>(8);
  // "Aa" and "BB" share a 31-based hash
  seen.add('Aa', 0, 2, 'Aa', 'first');
  seen.add('BB', 0, 2, 'BB', 'second');
  assert.equal(seen.get('xAa', 1, 3)?.value, 'first');
  assert.equal(seen.get('BBx', 0, 2)?.value, 'second');
  // more distinct strings than slots: the table empties itself and never answers wrongly
  for (let n = 0; n < 100; n++) {
    const w = `w${n}`;
    if (!seen.get(w, 0, w.length)) seen.add(w, 0, w.length, w, w);
    assert.equal(seen.get(` ${w} `, 1, w.length + 1)?.value, w);
  }
});
