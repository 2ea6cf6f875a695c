import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Doc, UNKNOWN_PUBLISHED } from '../src/core/doc.ts';
import type { Block } from '../src/core/layers.ts';
import { splitSentences } from '../src/segment/sentences.ts';
import { segmentText, segmentWords, segmenterMeta } from '../src/segment/words.ts';
import { makeUnits, scanUnits } from '../src/segment/units.ts';
import { SEEDS } from './helpers/shared.ts';

const words = (text: string) => segmentText(text).map((t) => text.slice(t.start, t.end));
const has = (text: string, ...expected: string[]) => {
  const got = words(text);
  for (const w of expected) assert.ok(got.includes(w), `"${w}" is not a word in [${got.join(' | ')}]`);
};
const units = (text: string) => {
  const u = makeUnits(4);
  scanUnits(text, 0, text.length, u);
  return Array.from({ length: u.n }, (_, i) => text.slice(u.start[i], u.end[i]));
};

test('the shipped model pins its data and lexicon', () => {
  const meta = segmenterMeta();
  assert.equal(meta.data.commit, 'e8fa54835582fb5d0c767f19f0992675726fa084');
  assert.equal(meta.data.licence, 'CC BY-SA 4.0');
  assert.ok(!meta.trainedOn.some((f) => f.includes('test')));
  assert.match(meta.lexicon.sha256, /^[0-9a-f]{64}$/);
});

test('names from the seed articles stay whole words, apart from the title or country before them', () => {
  has('Ngoại trưởng Mỹ Antony Blinken gọi quan hệ hợp tác giữa Matxcơva và Bình Nhưỡng là đường hai chiều.', 'Ngoại trưởng', 'Mỹ', 'Antony Blinken', 'quan hệ', 'hợp tác', 'Bình Nhưỡng');
  has('Ông Putin hội đàm với nhà lãnh đạo Triều Tiên Kim Jong-un.', 'Triều Tiên', 'Kim Jong-un');
  has('Tổng thư ký NATO Jens Stoltenberg gặp Ngoại trưởng Park Jin.', 'Tổng thư ký', 'NATO', 'Jens Stoltenberg', 'Park Jin');
  has('Chủ tịch EU Ursula von der Leyen gặp Thủ tướng Anh Rishi Sunak.', 'Chủ tịch', 'EU', 'Ursula von der Leyen', 'Anh', 'Rishi Sunak');
});

test('numbers, dates and codes are single tokens; punctuation is its own token', () => {
  const text = 'Ngày 18/11/2022, lúc 22:05, Mỹ nói hơn 11.000 container (3,5%) và 50 tỷ USD; Hwasong-17 bay ngày 9-11.';
  has(text, '18/11/2022', '22:05', '11.000', '3,5', 'Hwasong-17', '9-11');
  for (const t of segmentText(text)) {
    const s = text.slice(t.start, t.end);
    assert.equal(t.punct === true, /^[^\p{L}\p{N}]+$/u.test(s), `punct flag of "${s}"`);
  }
});

test('units: hyphens between two Vietnamese place names split, foreign hyphenated names do not', () => {
  assert.deepEqual(units('Triều Tiên-Nga'), ['Triều', 'Tiên', '-', 'Nga']);
  assert.deepEqual(units('Jean-Pierre Yoon Suk-yeol'), ['Jean-Pierre', 'Yoon', 'Suk-yeol']);
  assert.deepEqual(units('TP.HCM, TP. Hà Nội, https://vnexpress.net/a.html.'), ['TP.HCM', ',', 'TP.', 'Hà', 'Nội', ',', 'https://vnexpress.net/a.html', '.']);
  assert.deepEqual(units('đó.Ông ...!! 😀'), ['đó', '.', 'Ông', '...', '!!', '😀']);
});

test('tokens of the seed documents tile their sentences, in order, without overlaps', () => {
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const blocks: Block[] = [];
    let off = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) blocks.push({ start: off, end: off + line.length, role: 'body' });
      off += line.length + 1;
    }
    const doc = new Doc(text, { path: f, format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null, published: UNKNOWN_PUBLISHED }, blocks);
    doc.layers.sentences = splitSentences(doc);
    const toks = segmentWords(doc);
    let last = 0;
    for (const t of toks) {
      assert.ok(t.start >= last && t.end > t.start, `${f}: token at ${t.start}`);
      assert.equal(doc.slice(t), doc.slice(t).trim());
      last = t.end;
    }
    const letters = (s: string) => s.replace(/\s/g, '');
    const inSentences = doc.layers.sentences.map((s) => letters(doc.slice(s))).join('');
    assert.equal(toks.map((t) => letters(doc.slice(t))).join(''), inSentences, f);
  }
});

test('hostile input: empty, white space, control characters and a very long line', () => {
  assert.deepEqual(segmentText(''), []);
  assert.deepEqual(segmentText(' \n\t '), []);
  assert.ok(segmentText('\u0000\u0001 abc \uFFFF \uD800').length >= 3);
  const long = 'quan hệ hợp tác '.repeat(100_000);
  const toks = segmentText(long);
  assert.ok(toks.length >= 150_000 && toks.length <= 400_000);
});
