/**
 * Table-driven: each row of test/fixtures/time/expressions.tsv is a creation time, a sentence, the
 * timex it must contain and its TIMEX3 value (and mod); "-" rows must contain no timex at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/core/doc.ts';
import { tagTimexes } from '../src/time/index.ts';
import { ROOT } from './helpers/shared.ts';

export function docOf(text: string): Doc {
  return new Doc(text, {
    path: 'test', format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null,
    published: { value: null, basis: 'unknown', earliest: null, latest: null },
  }, [{ start: 0, end: text.length, role: 'body' }]);
}

const rows = readFileSync(join(ROOT, 'test', 'fixtures', 'time', 'expressions.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [dct, sentence, text, value, mod] = l.split('\t');
    return { dct: dct === 'null' ? null : dct!, sentence: sentence!, text: text!, value: value!, mod: mod || undefined };
  });

test('the table covers at least 150 expressions', () => {
  assert.ok(rows.filter((r) => r.text !== '-').length >= 150);
});

for (const r of rows) {
  test(`${r.dct ?? 'no DCT'}: ${r.sentence} → ${r.text === '-' ? 'nothing' : `${r.text} = ${r.value}`}`, () => {
    const found = tagTimexes(docOf(r.sentence), r.dct);
    for (const t of found) assert.equal(r.sentence.slice(t.start, t.end), t.text);
    if (r.text === '-') {
      assert.deepEqual(found.map((t) => t.text), []);
      return;
    }
    const hit = found.find((t) => t.text === r.text);
    assert.ok(hit, `"${r.text}" not tagged; found ${JSON.stringify(found.map((t) => [t.text, t.value]))}`);
    assert.equal(hit.value, r.value);
    assert.equal(hit.mod, r.mod);
  });
}
