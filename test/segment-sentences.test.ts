import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Doc, UNKNOWN_PUBLISHED } from '../src/core/doc.ts';
import type { Block } from '../src/core/layers.ts';
import { splitSentences, splitSpan } from '../src/segment/sentences.ts';
import { ROOT, SEEDS } from './helpers/shared.ts';

const fixture: Record<string, string[]> = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/segment/seed-sentences.json'), 'utf8'));

/** Every non-empty line of a file as a block, whatever role the cleaner would give it. */
function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ start: off, end: off + line.length, role: 'body' });
    off += line.length + 1;
  }
  return blocks;
}

const docOf = (text: string, blocks = lineBlocks(text)) =>
  new Doc(text, { path: 'x.txt', format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null, published: UNKNOWN_PUBLISHED }, blocks);
const split = (text: string) => splitSpan(text, 0, text.length).map((s) => text.slice(s.start, s.end));

test('the seed articles split into the hand-checked sentences', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(files, Object.keys(fixture).sort());
  for (const f of files) {
    const doc = docOf(readFileSync(join(SEEDS, f), 'utf8'));
    assert.deepEqual(splitSentences(doc).map((s) => doc.slice(s)), fixture[f], f);
  }
});

test('sentences never cross a block and every block with text is at least one sentence', () => {
  const text = 'Tiêu đề không có dấu chấm\nMột câu. Hai câu\n\n   \nChú thích ảnh';
  const doc = docOf(text);
  const got = splitSentences(doc).map((s) => doc.slice(s));
  assert.deepEqual(got, ['Tiêu đề không có dấu chấm', 'Một câu.', 'Hai câu', 'Chú thích ảnh']);
});

test('abbreviations and titles do not end sentences', () => {
  assert.deepEqual(split('PGS.TS Nguyễn Văn A làm việc tại TP.HCM. TS. Lê Văn B và Th.S Trần C đến từ Hà Nội.'), [
    'PGS.TS Nguyễn Văn A làm việc tại TP.HCM.',
    'TS. Lê Văn B và Th.S Trần C đến từ Hà Nội.',
  ]);
  assert.deepEqual(split('Ông gặp Mr. Smith và Dr. Jones tại TP. Hồ Chí Minh. Họ bàn về giá, thuế v.v. và nhiều việc khác.'), [
    'Ông gặp Mr. Smith và Dr. Jones tại TP. Hồ Chí Minh.',
    'Họ bàn về giá, thuế v.v. và nhiều việc khác.',
  ]);
  assert.deepEqual(split('Tổng thống George W. Bush đến U.S. Navy. Ông phát biểu.'), ['Tổng thống George W. Bush đến U.S. Navy.', 'Ông phát biểu.']);
});

test('numbers, dates and amounts stay inside their sentence', () => {
  assert.deepEqual(split('Giá tăng 3.5% lên 11.000 đồng ngày 18/11/2022. Khoản 50 tỷ USD được duyệt ngày 9-11. 2023 là năm khó.'), [
    'Giá tăng 3.5% lên 11.000 đồng ngày 18/11/2022.',
    'Khoản 50 tỷ USD được duyệt ngày 9-11.',
    '2023 là năm khó.',
  ]);
});

test('a quote of several sentences inside a reporting clause stays one sentence', () => {
  assert.deepEqual(split('"A. B.", ông X nói. Sau đó ông rời đi.'), ['"A. B.", ông X nói.', 'Sau đó ông rời đi.']);
  assert.deepEqual(split('Ông nói: “Tôi đồng ý. Chúng tôi sẽ làm”. Bà Y phản đối.'), ['Ông nói: “Tôi đồng ý. Chúng tôi sẽ làm”.', 'Bà Y phản đối.']);
  // a free-standing quotation is ordinary sentences
  assert.deepEqual(split('“Tôi đồng ý. Chúng tôi sẽ làm.”'), ['“Tôi đồng ý.', 'Chúng tôi sẽ làm.”']);
});

test('ellipses end a sentence only before a capital', () => {
  assert.deepEqual(split('Có thể có sự tương hỗ... có thể ảnh hưởng. Ông im lặng… Rồi ông đi.'), [
    'Có thể có sự tương hỗ... có thể ảnh hưởng.',
    'Ông im lặng…',
    'Rồi ông đi.',
  ]);
});

test('list items are sentences of their own, their numbers are not', () => {
  assert.deepEqual(split('Các yêu cầu gồm:\n- Rút quân ngay\n- Bồi thường thiệt hại\n1. Điều khoản một. Có hiệu lực ngay'), [
    'Các yêu cầu gồm:',
    '- Rút quân ngay',
    '- Bồi thường thiệt hại',
    '1. Điều khoản một.',
    'Có hiệu lực ngay',
  ]);
});

test('hostile input: unbalanced quotes, punctuation runs and a very long line stay linear and total', () => {
  const long = '“' + 'Câu này không đóng ngoặc. '.repeat(50_000) + '“(«'.repeat(2_000);
  const spans = splitSpan(long, 0, long.length);
  assert.equal(spans.length, 50_001); // the trailing run of openers is the last one
  for (const s of spans) assert.ok(s.end > s.start && s.start >= 0 && s.end <= long.length);
  assert.deepEqual(split('?!?!... ...'), ['?!?!... ...']);
  assert.deepEqual(split(''), []);
});
