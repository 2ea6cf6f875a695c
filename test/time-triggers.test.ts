/**
 * The scanner skips a trigger word when nothing its parsers read follows it ("một người", "sau khi",
 * "3 người"). Each construction a skipped word can still start must be found, and the plain uses
 * of the same words must not; documents that lower-case to a different length keep their offsets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../src/core/doc.ts';
import type { Block } from '../src/core/layers.ts';
import { tagTimexes } from '../src/time/index.ts';

function docOf(text: string, blocks: Block[] = [{ start: 0, end: text.length, role: 'body' }]): Doc {
  return new Doc(text, {
    path: 'test', format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null,
    published: { value: null, basis: 'unknown', earliest: null, latest: null },
  }, blocks);
}

const DCT = '2023-06-15';
const FOUND: [string, [string, string][]][] = [
  ['Cuộc họp sẽ diễn ra vào một thời điểm nào đó trong năm.', [['một thời điểm nào đó', 'FUTURE_REF']]],
  ['Ông đã làm việc ở đây hàng chục năm.', [['hàng chục năm', 'PXY']]],
  ['Lễ hội được tổ chức hàng năm.', [['hàng năm', 'P1Y']]],
  ['Mỗi tuần họ gặp nhau một lần.', [['Mỗi tuần', 'P1W']]],
  ['Vào những năm 1990, thành phố còn nhỏ.', [['những năm 1990', '199']]],
  ['Những ngày qua trời mưa lớn.', [['Những ngày qua', 'PXD']]],
  ['Cùng ngày, Bộ Y tế thông báo.', [['Cùng ngày', '2023-06-15']]],
  ['Sau đó một tuần, ông trở lại.', [['Sau đó một tuần', '2023-06-22']]],
  ['Trước đây ông là giáo viên.', [['Trước đây', 'PAST_REF']]],
  ['Thời gian qua, giá xăng tăng.', [['Thời gian qua', 'PAST_REF']]],
  ['Dự án kéo dài nhiều năm.', [['nhiều năm', 'PXY']]],
  ['Ông ở lại hai mươi lăm năm.', [['hai mươi lăm năm', 'P25Y']]],
  ['Mười hai ngày sau, ông qua đời.', [['Mười hai ngày sau', '2023-06-27']]],
  ['Cuối quý III, lợi nhuận tăng.', [['Cuối quý III', '2023-Q3']]],
  ['Giữa tuần này, ông sẽ đi Hà Nội.', [['Giữa tuần này', '2023-W24']]],
  ['Hiện nay giá vàng đang giảm.', [['Hiện nay', 'PRESENT_REF']]],
  ['Ông hiện đang sống ở Huế.', [['hiện', 'PRESENT_REF']]],
  ['Lúc nào đó ông sẽ về.', [['Lúc nào đó', 'FUTURE_REF']]],
  ['Ngày 18 đến 19/11, hội nghị diễn ra.', [['Ngày 18', '2022-11-18'], ['19/11', '2022-11-19']]],
  ['Lúc 21 giờ 30 phút, cháy nổ.', [['21 giờ 30 phút', '2023-06-15T21:30']]],
  ['Từ năm 2015-2020, kinh tế tăng.', [['năm 2015', '2015'], ['2020', '2020']]],
  ['Ông chờ 3 tháng qua.', [['3 tháng qua', 'P3M']]],
  ['Khoảng 2,5 năm trước, ông đi.', [['2,5 năm', 'P2.5Y']]],
  ['Ngày 9h30 sáng 20/2 ông đến.', [['9h30 sáng 20/2', '2023-02-20T09:30']]],
];
const NOTHING = ['Một người đàn ông đi qua.', 'Sau khi ăn, ông đi ngủ.', 'Có 3 người bị thương.', 'Hàng hóa được chuyển đi.', 'Những người dân đã về.', 'Ông cùng vợ đi chợ.', 'Mã số 12345 và 2023abc.'];

for (const [sentence, expected] of FOUND) {
  test(`found after a skippable trigger: ${sentence}`, () => {
    assert.deepEqual(tagTimexes(docOf(sentence), DCT).map((t) => [t.text, t.value]), expected);
  });
}

test('plain uses of trigger words are no timexes', () => {
  for (const s of NOTHING) assert.deepEqual(tagTimexes(docOf(s), DCT), [], s);
});

test('a long number glued to a word is read once, not once per digit', () => {
  const text = `A${'1'.repeat(200_000)} ngày 3/4 x${'2'.repeat(200_000)}`;
  assert.deepEqual(tagTimexes(docOf(text), DCT).map((t) => t.text), ['ngày 3/4']);
});

test('offsets hold in documents whose lower case differs in length (İ) or depends on context (Σ)', () => {
  for (const first of ['İstanbul İzmir', 'ΣΟΦΟΚΛΗΣ ΟΔΥΣΣΕΑΣ']) {
    const text = `${first} hôm 20/2.\nNgày 3/4, ông về.`;
    const cut = text.indexOf('\n');
    const found = tagTimexes(docOf(text, [{ start: 0, end: cut, role: 'body' }, { start: cut + 1, end: text.length, role: 'body' }]), DCT);
    assert.deepEqual(found.map((t) => [t.text, text.slice(t.start, t.end), t.value]), [['hôm 20/2', 'hôm 20/2', '2023-02-20'], ['Ngày 3/4', 'Ngày 3/4', '2023-04-03']]);
  }
});
