import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from '../src/corpus/vocabulary.ts';

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
