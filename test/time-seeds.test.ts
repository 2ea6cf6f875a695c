/**
 * Real seed sentences (copied as short fixtures, so these run without ../shared), publication-date
 * inference on undated articles, the story-level year refinement, the lunar calendar, and hostile input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../src/core/doc.ts';
import type { Block } from '../src/core/layers.ts';
import type { BlockRole } from '../src/core/roles.ts';
import { inferPublished, refinePublishedFromStory, tagTimexes } from '../src/time/index.ts';
import { lunarToSolar, solarToLunar } from '../src/time/lunar.ts';
import { isoWeek } from '../src/time/calendar.ts';

/** A document of lines, each a block with a role ("body" unless given as "role|text"). */
function article(lines: string[], published: string | null = null): Doc {
  const blocks: Block[] = [];
  let text = '';
  for (const l of lines) {
    const [role, line] = l.includes('|') ? (l.split('|') as [BlockRole, string]) : (['body', l] as [BlockRole, string]);
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + line.length, role });
    text += line;
  }
  const basis = published ? 'metadata' : 'unknown';
  return new Doc(text, {
    path: 'seed', format: 'text', encoding: 'utf-8', title: null, source: null, author: null, url: null,
    published: { value: published, basis, earliest: null, latest: null },
  }, blocks);
}

const pairs = (doc: Doc, dct: string | null) => tagTimexes(doc, dct).map((t) => [t.text, t.value, t.mod ?? ''].join(' = ').replace(/ = $/, ''));

// seed 001 (NTDVN): no date on the page; Sunday 29/1 and "năm ngoái" beside "năm 2022" fix 2023.
const SEED_001 = [
  'title|NATO tìm cách thắt chặt mối quan hệ với Hàn Quốc trong bối cảnh Triều Tiên bị cáo buộc vũ trang cho Nga',
  'lead|Hôm Chủ nhật (29/1), Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cho biết, họ đang tìm cách tăng cường mối quan hệ quân sự với Hàn Quốc.',
  'Tổng thư ký NATO Jens Stoltenberg bắt đầu chuyến công du hai ngày tới Hàn Quốc vào hôm 29/1.',
  'Hôm thứ Hai (30/1), ông Stoltenberg đã tới Nhật Bản để gặp lãnh đạo Nhật Bản Fumio Kishida.',
  'Các hình ảnh được đánh dấu cho thấy 5 toa tàu, được cho là của Nga, đi đến Triều Tiên vào ngày 18/11/2022 và quay trở lại Nga vào ngày hôm sau (19/11/2022).',
  'Trung Quốc và Nga đã phủ quyết một cuộc bỏ phiếu do Mỹ thúc đẩy nhằm tăng cường trừng phạt Triều Tiên vào năm ngoái. Triều Tiên đã phóng một số lượng tên lửa chưa từng có vào năm 2022.',
  'related|Ngày 12/5/2025, một sự kiện khác trong mục tin liên quan.',
];

// seed 004 (VOH): no date on the page and no year in the text; 25/10 is past, the 28/10 meeting ahead.
const SEED_004 = [
  'lead|VOH - NATO đã mời các nước Nhật Bản, Hàn Quốc, Úc và New Zealand tham dự cuộc họp cấp đại sứ vào ngày 28/10 để thảo luận về thông tin liên quan đến việc Triều Tiên đưa binh lính hỗ trợ Nga.',
  'caption|Chủ tịch Triều Tiên Kim Jong Un thăm căn cứ huấn luyện của lực lượng đặc nhiệm tại một địa điểm không được tiết lộ, ngày 11/9. - Ảnh: KCNA',
  'Trước đó, ngày 23/10, Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã đưa ra nhận định rằng có bằng chứng cho thấy Triều Tiên đã gửi quân đến Nga. Đồng thời, Seoul bày tỏ "quan ngại sâu sắc".',
  'Ngày 24/10, các nghị sĩ Nga đã nhất trí thông qua hiệp ước quốc phòng với Triều Tiên. Hiệp ước này hiện đã được chuyển lên Hội đồng Liên bang Nga để phê duyệt.',
  'Các cố vấn an ninh quốc gia của Mỹ, Hàn Quốc và Nhật Bản đã họp bàn vào ngày 25/10 để thảo luận về sự hiện diện của lính Triều Tiên tại Nga.',
  'Trong cùng ngày, các lãnh đạo nhóm G7 đã thảo luận về khoản hỗ trợ trị giá 50 tỷ USD cho Ukraine. Khoản tiền này dự kiến sẽ bắt đầu giải ngân từ cuối năm nay.',
];

test('seed 001 sentences with the true creation time', () => {
  assert.deepEqual(pairs(article(SEED_001), '2023-01-31'), [
    'Hôm Chủ nhật (29/1) = 2023-01-29', 'hai ngày = P2D', 'hôm 29/1 = 2023-01-29', 'Hôm thứ Hai (30/1) = 2023-01-30',
    'ngày 18/11/2022 = 2022-11-18', 'ngày hôm sau = 2022-11-19', '19/11/2022 = 2022-11-19', 'năm ngoái = 2022', 'năm 2022 = 2022',
  ]);
});

test('seed 004 sentences with the true creation time: proximity puts 28/10 two days ahead, not a year back', () => {
  assert.deepEqual(pairs(article(SEED_004), '2024-10-26'), [
    'ngày 28/10 = 2024-10-28', 'ngày 11/9 = 2024-09-11', 'Trước đó = PAST_REF', 'ngày 23/10 = 2024-10-23', 'Ngày 24/10 = 2024-10-24',
    'hiện = PRESENT_REF', 'ngày 25/10 = 2024-10-25', 'cùng ngày = 2024-10-25', 'cuối năm nay = 2024 = END',
  ]);
});

test('without a creation time, partial dates keep an unknown year', () => {
  const values = tagTimexes(article(SEED_004), null).map((t) => t.value);
  assert.ok(values.includes('XXXX-10-28') && values.includes('XXXX-09-11'));
  assert.ok(!values.some((v) => /^\d{4}-\d{2}-\d{2}/.test(v)));
});

test('sidebar blocks are not tagged', () => {
  assert.ok(!tagTimexes(article(SEED_001), '2023-01-31').some((t) => t.text.includes('12/5/2025')));
});

test('001: the year is inferred from weekdays, dated past events and "năm ngoái" beside "năm 2022"', () => {
  const doc = article(SEED_001);
  doc.layers.timexes = tagTimexes(doc, null);
  const p = inferPublished(doc);
  assert.equal(p.basis, 'inferred');
  assert.equal(p.value, '2023-01-30');
  assert.equal(p.earliest, '2023-01-30');
  assert.equal(p.latest, '2023-12-31');
  assert.ok(p.earliest! <= '2023-01-31' && '2023-01-31' <= p.latest!);
  assert.match(p.why!, /weekday/);
});

test('004: no year in the text, so the interval is month-day only; 28/10 (an invitation) bounds it above', () => {
  const doc = article(SEED_004);
  const p = inferPublished(doc);
  assert.deepEqual([p.value, p.earliest, p.latest], ['XXXX-10-25', 'XXXX-10-25', 'XXXX-10-28']);
});

test('a dated story fills in an unknown year only when its dates are close together', () => {
  const undated = article(SEED_004);
  undated.meta.published = inferPublished(undated);
  const near = article(['Ngày 24/10, các nghị sĩ Nga đã thông qua hiệp ước.'], '2024-10-27');
  const changed = refinePublishedFromStory([undated, near]);
  assert.deepEqual(changed, [undated]);
  assert.equal(undated.meta.published.value, '2024-10-25');
  assert.equal(undated.meta.published.latest, '2024-10-28');
  assert.ok(undated.layers.timexes.some((t) => t.text === 'ngày 28/10' && t.value === '2024-10-28'));

  const again = article(SEED_004);
  again.meta.published = inferPublished(again);
  const spread = [article(['Tin cũ.'], '2023-11-09'), article(['Tin mới.'], '2024-06-19')];
  assert.deepEqual(refinePublishedFromStory([again, ...spread]), []);
  assert.equal(again.meta.published.value, 'XXXX-10-25');
});

test('a dateline stamp missed by the cleaner is the publication date', () => {
  const doc = article(['byline|Hoàng Bách 19/06/2024 15:44', 'Hôm 18/6, ông Putin tới Triều Tiên.']);
  const p = inferPublished(doc);
  assert.equal(p.value, '2024-06-19T15:44');
  assert.equal(p.earliest, '2024-06-19');
});

test('fully dated events alone give a lower bound, not a year', () => {
  const p = inferPublished(article(['Công văn ban hành ngày 13/4/2015 quy định danh mục chất cấm.']));
  assert.equal(p.value, null);
  assert.equal(p.earliest, '2015-04-13');
});

test('Vietnamese lunar calendar at UTC+7 (differs from the Chinese one in 1985 and 2007)', () => {
  assert.deepEqual(lunarToSolar(1, 1, 1985), { y: 1985, m: 1, d: 21 });
  assert.deepEqual(lunarToSolar(1, 1, 2007), { y: 2007, m: 2, d: 17 });
  assert.deepEqual(lunarToSolar(1, 1, 2024), { y: 2024, m: 2, d: 10 });
  assert.deepEqual(solarToLunar({ y: 2023, m: 3, d: 22 }), { day: 1, month: 2, year: 2023, leap: true }); // 2023 had a leap second month
  assert.deepEqual(lunarToSolar(1, 2, 2023, true), { y: 2023, m: 3, d: 22 });
  assert.equal(lunarToSolar(1, 3, 2024, true), null); // 2024 has no leap third month
  for (const [y, m, d] of [[2000, 2, 29], [2024, 12, 31], [1999, 7, 15], [2033, 12, 23]] as const) {
    const l = solarToLunar({ y, m, d });
    assert.deepEqual(lunarToSolar(l.day, l.month, l.year, l.leap), { y, m, d });
  }
});

test('ISO weeks at year boundaries', () => {
  assert.deepEqual(isoWeek(2021, 1, 3), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek(2024, 12, 30), { year: 2025, week: 1 });
  assert.deepEqual(isoWeek(2023, 9, 4), { year: 2023, week: 36 });
});

test('hostile input: long lines without spaces, a line of digits and separators, and unbalanced brackets', () => {
  for (const text of ['ngày'.repeat(50_000), '1/'.repeat(100_000), '(29/1 thứ Hai ('.repeat(5_000), '9h'.repeat(100_000)]) {
    const doc = article([text]);
    const found = tagTimexes(doc, '2023-01-31');
    for (const t of found.slice(0, 50)) assert.equal(doc.text.slice(t.start, t.end), t.text);
    inferPublished(doc);
  }
});
