import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTABLE, Vocabulary } from '../src/corpus/vocabulary.ts';

test('a bigram has one id whether it comes as two adjacent words or as its string, "+" in words included', () => {
  const v = new Vocabulary();
  const [gia, xang] = [v.id('giá'), v.id('xăng')];
  const pair = v.pair(gia, xang);
  assert.equal(v.id('giá+xăng'), pair);
  assert.equal(v.term(pair), 'giá+xăng');
  // A word with "+" in it: the bigram string "c+++ngôn_ngữ" is the same term from either side.
  const cpp = v.pair(v.id('c++'), v.id('ngôn_ngữ'));
  assert.equal(v.id('c+++ngôn_ngữ'), cpp);
  assert.equal(v.term(cpp), 'c+++ngôn_ngữ');
  assert.equal(v.pair(v.id('c'), v.id('++ngôn_ngữ')), cpp);
  assert.notEqual(v.id('giá'), v.id('xăng'));
  assert.equal(v.id('giá'), gia);
});

test('word ids come from the token text, memoised by characters, and kinds weigh entities and days', () => {
  const v = new Vocabulary();
  const text = 'Giá xăng tăng; giá xăng giảm';
  const key = (raw: string) => raw.toLowerCase();
  const a = v.word(text, 0, 3, key);
  assert.equal(v.word(text, 15, 18, key), a, '"Giá" and "giá" share the key "giá"');
  assert.equal(v.term(a), 'giá');
  assert.equal(v.kind(v.id('@hà nội')), 1.5);
  assert.equal(v.kind(v.id('#05-19')), 0.7);
  assert.equal(v.kind(a), 1);
});

test('terms compare as their strings do, bigrams without building their strings', () => {
  const v = new Vocabulary();
  // Words that are prefixes of one another, a "+" inside a word, an empty key, and text past "+" in code order.
  const words = ['giá', 'giá_xăng', 'gi', 'c', 'c++', '++ngôn_ngữ', '', 'xăng', 'a,b', 'giá*'];
  const wordIds = words.map((w) => v.id(w));
  const ids = [...wordIds];
  for (const a of wordIds) for (const b of wordIds) if (a !== b) ids.push(v.pair(a, b));
  ids.push(v.id('@hà nội'), v.id('#05-19'));
  const byString = [...ids].sort((a, b) => (v.term(a) < v.term(b) ? -1 : v.term(a) > v.term(b) ? 1 : 0));
  const byCompare = [...ids].sort((a, b) => v.compare(a, b));
  // Distinct ids can share a string only when a "+" word makes two spellings of one bigram; none here.
  assert.deepEqual(byCompare.map((id) => v.term(id)), byString.map((id) => v.term(id)));
  for (const a of ids) for (const b of ids) assert.equal(Math.sign(v.compare(a, b)), v.term(a) < v.term(b) ? -1 : v.term(a) > v.term(b) ? 1 : 0);
});

test('a bigram has the kind of its head and is a countable term unless both its parts are empty', () => {
  const v = new Vocabulary();
  assert.equal(v.kind(v.id('@hà nội+xăng')), 1.5);
  assert.equal(v.kind(v.id('#05-19+xăng')), 0.7);
  assert.equal(v.kind(v.id('+xăng')), 1);
  assert.equal(v.flags(v.pair(v.id(''), v.id(''))) & COUNTABLE, 0);
  assert.equal(v.flags(v.pair(v.id(''), v.id('a'))) & COUNTABLE, COUNTABLE);
  assert.equal(v.flags(v.pair(v.id('a'), v.id(''))) & COUNTABLE, COUNTABLE);
});
