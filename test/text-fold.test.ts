import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldDiacritics, matchKey, normalizeTonePlacement } from '../src/text/fold.ts';

test('old and new tone placement give the same key, lengths kept', () => {
  for (const [a, b] of [['hoà bình', 'hòa bình'], ['thuỷ điện', 'thủy điện'], ['Khoẻ', 'Khỏe'], ['loạ', 'lọa']]) {
    assert.equal(normalizeTonePlacement(a), b);
    assert.equal(normalizeTonePlacement(a).length, a.length);
  }
  assert.equal(normalizeTonePlacement('Hoàng khuya'), 'Hoàng khuya');
  assert.equal(matchKey('Hoà\u00a0Bình'), matchKey('hòa bình'));
});

test('folding drops diacritics including đ', () => {
  assert.equal(foldDiacritics('Triều Tiên'), 'trieu tien');
  assert.equal(foldDiacritics('Đội tuyển'), 'doi tuyen');
});
