import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionaryLexicon, isWord, listsOf, posOf, SEQ_SEED, unitKey } from '../src/segment/lexicon.ts';
import { IntTable, SpanIds } from '../src/segment/inttable.ts';
import { mix } from '../src/segment/keys.ts';

const flagsOf = (word: string) => {
  let h = SEQ_SEED;
  for (const s of word.split(' ')) h = mix(h, unitKey(s));
  return dictionaryLexicon().entries.get(h);
};
const HEADWORDS = 1 << 4; // fifth list: dictionary.json

test('the compiled lexicon is the one built from the installed lists and dictionary', () => {
  const compiled = dictionaryLexicon();
  const built = dictionaryLexicon({ compiled: false });
  assert.equal(compiled.sha256, built.sha256);
  assert.equal(compiled.size, built.size);
  assert.equal(compiled.entries.size, built.entries.size);
  for (const [k, f] of built.entries) assert.equal(compiled.entries.get(k), f);
});

test('dictionary headwords carry their parts of speech; list-only words are not headwords', () => {
  assert.ok(listsOf(flagsOf('thương hiệu')) & HEADWORDS);
  assert.equal(posOf(flagsOf('thương hiệu')), 1); // noun only
  assert.ok(posOf(flagsOf('con')) & 8, '"con" is also a classifier');
  // in the big word list, but the treebank (like the dictionary) writes two words
  assert.ok(isWord(flagsOf('buổi sáng')));
  assert.equal(listsOf(flagsOf('buổi sáng')) & HEADWORDS, 0);
  assert.equal(posOf(flagsOf('Hoá học')), posOf(flagsOf('hóa học')), 'old tone placement matches');
});

test('IntTable answers like a Map, 0 for absent keys', () => {
  const m = new Map<number, number>();
  for (let i = 1; i <= 5000; i++) m.set(mix(i, 7), (i % 250) + 1);
  const t = IntTable.fromMap(m);
  for (const [k, v] of m) assert.equal(t.get(k), v);
  for (let i = 5001; i < 6000; i++) if (!m.has(mix(i, 7))) assert.equal(t.get(mix(i, 7)), 0);
});

test('SpanIds gives each distinct text and tag one dense id, keeps them as it grows, forgets them on clear', () => {
  const ids = new SpanIds(4);
  const words = Array.from({ length: 60_000 }, (_, i) => `s${i}`);
  const text = words.join(' ');
  const starts: number[] = [];
  words.reduce((at, w) => (starts.push(at), at + w.length + 1), 0);
  const idOf = (i: number, tag = 0) => {
    const a = starts[i]!, b = a + words[i]!.length;
    const id = ids.find(text, a, b, tag);
    return id >= 0 ? id : ids.add();
  };
  for (let i = 0; i < 60_000; i++) assert.equal(idOf(i), i);
  for (let i = 0; i < 60_000; i += 7) assert.equal(idOf(i), i, 'same id after the table grew');
  assert.equal(idOf(5, 1), 60_000, 'another tag is another entry');
  assert.equal(ids.find(text, starts[3]!, starts[3]! + 1, 0), -1, 'a prefix is not the word');
  ids.clear();
  assert.equal(ids.size, 0);
  assert.equal(idOf(59_999), 0);
});
