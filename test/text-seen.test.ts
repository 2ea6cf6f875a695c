import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashOf, hashStep, SeenTable } from '../src/text/seen.ts';

// The table as a caller that has not hashed the substring uses it.
const get = <V>(seen: SeenTable<V>, text: string, s: number, e: number) => seen.find(text, s, e, hashOf(text, s, e));
const add = <V>(seen: SeenTable<V>, t: string, value: V) => seen.put(hashOf(t, 0, t.length), t, value);

test('a substring added once is found again anywhere, by its characters only', () => {
  const seen = new SeenTable<number>(16);
  const line = 'Ngoại trưởng Mỹ gặp Ngoại trưởng Nga';
  assert.equal(get(seen, line, 0, 5), undefined);
  add(seen, line.slice(0, 5), 1);
  assert.deepEqual(get(seen, line, 20, 25), { text: 'Ngoại', value: 1 });
  assert.deepEqual(get(seen, 'ông Ngoại', 4, 9), { text: 'Ngoại', value: 1 });
  // same length, other letters; a prefix; a longer word starting the same
  assert.equal(get(seen, 'ngoại', 0, 5), undefined);
  assert.equal(get(seen, line, 0, 4), undefined);
  assert.equal(get(seen, 'Ngoạix', 0, 6), undefined);
});

test('a hash built with hashStep while reading is the hash of the substring', () => {
  const text = 'xx Hà Nội';
  let h = 0;
  for (let k = 3; k < 5; k++) h = hashStep(h, text.charCodeAt(k));
  assert.equal(h, hashOf(text, 3, 5));
  assert.equal(h, hashOf('Hà', 0, 2));
});

test('colliding hashes and a full table still give the right entry', () => {
  const seen = new SeenTable<string>(8);
  // "Aa" and "BB" share a 31-based hash
  assert.equal(hashOf('Aa', 0, 2), hashOf('BB', 0, 2));
  add(seen, 'Aa', 'first');
  add(seen, 'BB', 'second');
  assert.equal(get(seen, 'xAa', 1, 3)?.value, 'first');
  assert.equal(get(seen, 'BBx', 0, 2)?.value, 'second');
  // more distinct strings than slots: the table empties itself and never answers wrongly
  for (let n = 0; n < 100; n++) {
    const w = `w${n}`;
    if (!get(seen, w, 0, w.length)) add(seen, w, w);
    assert.equal(get(seen, ` ${w} `, 1, w.length + 1)?.value, w);
  }
});
