import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../src/entities/shape.ts';

test('editDistance: Levenshtein distance over UTF-16 units, max+1 once it is exceeded', () => {
  assert.equal(editDistance('Volodymir', 'Volodymyr', 1), 1);
  assert.equal(editDistance('Zelensky', 'Zelenskyy', 1), 1);
  assert.equal(editDistance('Nguyễn', 'Nguyễn', 0), 0);
  assert.equal(editDistance('Nguyễn', 'Nguyen', 2), 1); // one precomposed letter against a plain one
  assert.equal(editDistance('abc', 'acb', 5), 2);
  assert.equal(editDistance('', 'ab', 5), 2);
  assert.equal(editDistance('ab', '', 5), 2);
  assert.equal(editDistance('Blinken', 'Putin', 1), 2); // gives up: max + 1
  assert.equal(editDistance('Hà Nội', 'Hà Nội mới', 1), 2); // lengths too far apart
});
