import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rougeN, rougeF, rougeBestF, rougeTokens, rouge155Tokens, countWords, cutToWords } from '../eval/lib/rouge.ts';

test('ROUGE tokens keep diacritics and đ, drop punctuation, and split at symbols', () => {
  assert.deepEqual(rougeTokens('Đà Nẵng, ngày 19/5: “Hoà bình”!'), ['đà', 'nẵng', 'ngày', '19', '5', 'hòa', 'bình']);
  assert.equal(rougeN('da nang', 'Đà Nẵng', 1).f, 0);
});

test('ROUGE-1/2 F1 on a known pair, and the two multi-reference conventions', () => {
  const r1 = rougeN('ông Putin thăm Triều Tiên', 'Tổng thống Putin thăm Triều Tiên hôm nay', 1);
  assert.equal(r1.p, 4 / 5);
  assert.equal(r1.r, 4 / 8);
  const r2 = rougeN('ông Putin thăm Triều Tiên', 'Tổng thống Putin thăm Triều Tiên hôm nay', 2);
  assert.equal(r2.p, 3 / 4);
  assert.equal(rougeF('a b', ['a b', 'c d'], 1), 0.5);
  assert.equal(rougeF('', ['a b'], 1), 0);
  // best reference: the highest single-reference F1, whichever reference it is
  assert.equal(rougeBestF('a b', ['a b', 'c d'], 1), 1);
  assert.equal(rougeBestF('a b', ['c d', 'a x'], 1), 0.5);
  assert.equal(rougeBestF('a b', [], 1), 0);
});

test('the budget counts space-separated syllables', () => {
  assert.equal(countWords(' Hà  Nội\nmưa to '), 4);
  assert.equal(cutToWords('một hai ba bốn', 2), 'một hai');
});

test('ROUGE-1.5.5 tokens (comparison only) cut Vietnamese syllables at accented letters', () => {
  assert.deepEqual(rouge155Tokens('Chiếc máy bay 19/5'), ['chi', 'c', 'm', 'y', 'bay', '19', '5']);
  assert.equal(rougeN('Chiếc', 'Chiếc', 1, rouge155Tokens).f, 1);
});
