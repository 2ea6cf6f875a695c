/** The line classifier on real seed articles, ViMs-style clean text, and chrome from other sites. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDraft, cleanDrafts, lineBlocks, type CleanResult } from '../src/clean/index.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';
import { SEEDS } from './helpers/shared.ts';

const draft = (text: string, hints: ArticleDraft['hints'] = {}, path = 'x.txt'): ArticleDraft => ({ path, format: 'text', encoding: 'utf-8', text, hints });
const seed = (name: string) => draft(readFileSync(join(SEEDS, name), 'utf8'), {}, name);

/** Role of the line holding `needle` (first match). */
function roleOf(r: CleanResult, text: string, needle: string): string {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `needle ${needle} not in text`);
  const b = r.blocks.find((x) => x.start <= at && at < x.end);
  return b?.role ?? 'none';
}

test('seed 000: dateline, title, caption and its copy, glued sidebar headline and its teaser, comment widget', () => {
  const d = seed('000_95f0aab2d882c1eb.txt');
  const r = cleanDraft(d);
  assert.equal(roleOf(r, d.text, '09/11/2023 22:05 GMT+7'), 'dateline');
  assert.equal(roleOf(r, d.text, 'Mỹ, Hàn lo Triều Tiên'), 'title');
  assert.equal(roleOf(r, d.text, "Ngoại trưởng Mỹ Antony Blinken gọi"), 'lead');
  const cap = 'Ngoại trưởng Mỹ Antony Blinken (trái)';
  const first = d.text.indexOf(cap);
  const second = d.text.indexOf(cap, first + 1);
  assert.equal(r.blocks.find((b) => b.start === first)?.role, 'caption');
  assert.equal(r.blocks.find((b) => b.start === second)?.role, 'caption_duplicate');
  assert.equal(roleOf(r, d.text, 'Điện Kremlin: Nga sẽ phát triển'), 'related');
  assert.equal(roleOf(r, d.text, 'Theo Hãng tin Reuters, Điện Kremlin ngày 26-10'), 'related');
  assert.equal(roleOf(r, d.text, 'Bình luận (0)'), 'ui');
  assert.equal(r.published.value, '2023-11-09T22:05+07:00');
  assert.equal(r.published.basis, 'stated');
  assert.equal(d.text.slice(r.published.evidence!.start, r.published.evidence!.end), '09/11/2023 22:05 GMT+7');
  for (const b of r.blocks) if (!['title', 'lead', 'body', 'subheading', 'caption'].includes(b.role)) assert.ok(b.reason, `removed ${b.role} line says why`);
});

test('seeds 001–004: chrome, sidebars, credits, bylines, image names, outlet and author', () => {
  const d1 = seed('001_eb2b47b7e7d5b613.txt');
  const r1 = cleanDraft(d1);
  assert.equal(roleOf(r1, d1.text, 'Giúp NTDVN sửa lỗi'), 'ui');
  assert.equal(roleOf(r1, d1.text, 'Bằng chứng về việc Triều Tiên'), 'subheading');
  assert.equal(roleOf(r1, d1.text, 'Theo The Epoch Times'), 'source_credit');
  assert.equal(roleOf(r1, d1.text, 'Huyền Anh biên dịch'), 'byline');
  assert.equal(roleOf(r1, d1.text, 'BÀI CHỌN LỌC'), 'related');
  assert.equal(r1.blocks.at(-1)!.role, 'related', 'the title repeated in the sidebar');
  assert.deepEqual([r1.source, r1.author, r1.published.basis], ['NTDVN', 'Huyền Anh', 'unknown']);

  const d2 = seed('002_35c3c33f6df01571.txt');
  const r2 = cleanDraft(d2);
  for (const s of ['Có thể bạn quan tâm', 'Tin cùng chuyên mục', 'Philippines bầu cử giữa nhiệm kỳ', 'Theo phóng viên TTXVN']) assert.equal(roleOf(r2, d2.text, s), 'related', s);
  assert.equal(roleOf(r2, d2.text, 'fb yt zl tw'), 'ui');
  assert.equal(roleOf(r2, d2.text, 'Đầu tuần này, Bộ trưởng'), 'body');
  assert.equal(r2.source, 'Báo Tiền Phong');
  assert.equal(r2.published.basis, 'unknown', 'sidebar dates (12/5, 9-5-2025) are not the article date');

  const d3 = seed('003_40793f79eed0d439.txt');
  const r3 = cleanDraft(d3);
  assert.equal(roleOf(r3, d3.text, 'Quốc tế'), 'ui');
  assert.equal(roleOf(r3, d3.text, 'Hoàng Bách 19/06/2024 15:44'), 'byline');
  assert.equal(roleOf(r3, d3.text, 'https-cloudfront-us-east-2'), 'image_name');
  assert.equal(roleOf(r3, d3.text, 'Tổng thư ký NATO Jens Stoltenberg. Ảnh: Reuters'), 'caption');
  assert.deepEqual([r3.author, r3.published.value], ['Hoàng Bách', '2024-06-19T15:44']);

  const d4 = seed('004_fb8690987e5f8022.txt');
  const r4 = cleanDraft(d4);
  assert.equal(roleOf(r4, d4.text, 'Chờ...'), 'ui');
  assert.equal(roleOf(r4, d4.text, 'trieu tien_voh'), 'image_name');
  assert.equal(r4.source, 'VOH');
});

const vimsLike = [
  'Máy bay EgyptAir có thể bị tấn công bằng tên lửa đất đối không',
  '',
  'Có thể bị tấn công bằng tên lửa đất đối không',
  'Hãng phân tích tình báo Stratfor của Mỹ nhận định, máy bay của EgyptAir có thể đã bị tấn công bởi một tên lửa đất đối không.',
  '“Đây vẫn có thể là một vụ tấn công bằng tên lửa đất đối không mặc dù các phiến quân ở Ai Cập khó có khả năng tấn công máy bay ở độ cao này”, Stratfor cho biết.',
  'Xem thêm: Những vụ tai nạn máy bay thảm khốc nhất',
  'Tuy nhiên, cơ quan này cũng đưa ra nhiều khả năng khác nhau, theo Stratfor không thể có chuyện máy bay trục trặc kỹ thuật ở độ cao 11.000m.',
  'Giới chức Ai Cập cho biết công tác tìm kiếm vẫn đang được tiến hành khẩn trương trên vùng biển phía nam đảo Karpathos của Hy Lạp.',
  'Các chuyên gia cho rằng hộp đen của máy bay sẽ là chìa khóa để làm sáng tỏ nguyên nhân của vụ tai nạn.',
  'Minh Phương',
].join('\n');

test('a clean article keeps every paragraph; a mid-article "Xem thêm" link does not start a sidebar', () => {
  const d = draft(vimsLike, { title: 'Máy bay EgyptAir có thể bị tấn công bằng tên lửa đất đối không', url: 'http://dantri.com.vn/the-gioi/may-bay-20160520062517406.htm', published: 'Thứ sáu, 20/05/2016 - 06:33' });
  const r = cleanDraft(d);
  assert.equal(roleOf(r, vimsLike, 'Có thể bị tấn công bằng'), 'subheading');
  assert.equal(roleOf(r, vimsLike, 'Xem thêm: Những vụ'), 'related');
  for (const s of ['Tuy nhiên, cơ quan này', 'Giới chức Ai Cập', 'Các chuyên gia cho rằng']) assert.equal(roleOf(r, vimsLike, s), 'body', s);
  assert.equal(roleOf(r, vimsLike, 'Minh Phương'), 'byline');
  assert.deepEqual([r.source, r.published.value, r.published.basis], ['Dân trí', '2016-05-20T06:33', 'stated']);
});

test('a line repeated across files of one outlet is chrome; copies of one article are not evidence', () => {
  const body = (n: number) => `Bài ${n}: Hà Nội mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu, giao thông ùn tắc nghiêm trọng trong giờ cao điểm buổi chiều.`;
  const files = [1, 2, 3].map((n) => draft(`Tin thời tiết số ${n} trong ngày\n${body(n)}\nĐăng ký nhận bản tin mỗi sáng\n${body(n + 10)}`, { url: `https://example.vn/tin-${n}.html` }, `f${n}.txt`));
  const other = `Tin giao thông hôm nay\n${body(7)}\nCảnh sát giao thông được tăng cường\n${body(8)}`;
  const copies = ['c1.txt', 'c2.txt'].map((p) => draft(other, { url: 'https://example.vn/a.html' }, p));
  const [a, , , c] = cleanDrafts([...files, ...copies]) as CleanResult[];
  assert.equal(roleOf(a!, files[0]!.text, 'Đăng ký nhận bản tin mỗi sáng'), 'ui');
  assert.equal(roleOf(c!, other, 'Cảnh sát giao thông được tăng cường'), 'subheading', 'a copied article keeps its text');
});

test('hostile lines: a 2 MB line, thousands of short lines and an empty draft do not throw', () => {
  const huge = 'Hà Nội '.repeat(300_000);
  assert.equal(cleanDraft(draft(huge)).blocks.length, 1);
  const many = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? `Dòng ${i}` : 'Chia sẻ')).join('\n');
  assert.equal(cleanDraft(draft(many)).blocks.length, 20_000);
  assert.deepEqual(cleanDraft(draft('')).blocks, []);
});

test('line blocks: CRLF, tabs, no-break and ideographic spaces, blank lines and a trailing newline stay outside the blocks', () => {
  const text = 'Tiêu đề bài viết\r\n\u00a0\t Đoạn một có khoảng trắng lạ.\u3000\n\n \u2003 \nĐoạn cuối.\n';
  const spans = lineBlocks(text).map((b) => text.slice(b.start, b.end));
  assert.deepEqual(spans, ['Tiêu đề bài viết', 'Đoạn một có khoảng trắng lạ.', 'Đoạn cuối.']);
  assert.deepEqual(lineBlocks('\n\n'), []);
  assert.deepEqual(lineBlocks('a'), [{ start: 0, end: 1, role: 'body' }]);
});
