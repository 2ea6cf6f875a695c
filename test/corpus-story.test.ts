import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.ts';
import { PROSE_ROLES } from '../src/core/roles.ts';
import { summarize } from '../src/corpus/summary.ts';
import { buildTimeline, timelineDate } from '../src/corpus/timeline.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const seeds = analyze([SEEDS], { oneStory: true });
const story = seeds.stories[0]!;
const docById = new Map(seeds.docs.map((d) => [d.id, d]));

test('the summary is clean prose within the budget, ordered by document then position', () => {
  for (const budget of [40, 120, 250]) {
    const s = summarize(seeds.docs, budget);
    assert.ok(s.length > 0);
    assert.ok(s.reduce((n, x) => n + x.text.split(/\s+/).filter(Boolean).length, 0) <= budget);
    const order = seeds.docs.map((d) => d.id);
    for (let i = 0; i < s.length; i++) {
      const doc = docById.get(s[i]!.doc)!;
      assert.equal(doc.text.slice(s[i]!.start, s[i]!.end), s[i]!.text);
      assert.ok(PROSE_ROLES.has(doc.blockAt(s[i]!.start)!.role), `not prose: ${s[i]!.text}`);
      if (i > 0) {
        const [a, b] = [s[i - 1]!, s[i]!];
        assert.ok(order.indexOf(a.doc) < order.indexOf(b.doc) || (a.doc === b.doc && a.start < b.start));
      }
    }
    assert.equal(new Set(s.map((x) => x.text)).size, s.length);
  }
  assert.deepEqual(summarize([], 120), []);
  assert.deepEqual(summarize(seeds.docs, 0), []);
});

test('the timeline is chronological, at the precision the text gives, with evidence in article content', () => {
  const tl = story.timeline;
  assert.ok(tl.length >= 10);
  for (let i = 1; i < tl.length; i++) assert.ok(tl[i - 1]!.date <= tl[i]!.date);
  for (const e of tl) {
    assert.match(e.date, /^\d{4}-\d{2}(-\d{2})?$/, 'year-only dates are aggregates or background');
    assert.ok(e.text.length > 0 && e.evidence.length > 0);
    for (const ev of e.evidence) {
      const role = docById.get(ev.doc)!.blockAt(ev.start)!.role;
      assert.ok(['lead', 'body', 'subheading', 'caption'].includes(role), `evidence in ${role}`);
    }
  }
});

test('one sentence with two dates gives two entries, each described by its own clause', () => {
  // 001: "… đi đến Triều Tiên vào ngày 18/11/2022 và quay trở lại Nga vào ngày hôm sau (19/11/2022)."
  const a = story.timeline.find((e) => e.date === '2022-11-18');
  const b = story.timeline.find((e) => e.date === '2022-11-19');
  assert.ok(a && b, 'both rail-car dates are on the timeline');
  assert.match(a.text, /đi đến Triều Tiên/);
  assert.doesNotMatch(a.text, /quay trở lại/);
  assert.match(b.text, /quay trở lại Nga/i);
  assert.doesNotMatch(b.text, /18\/11/);
});

test('descriptions drop the date phrase, connectives and attributions', () => {
  // 001: "Hôm Chủ nhật (29/1), Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cho biết, …"
  const e = story.timeline.find((x) => x.date === '2023-01-29' && /NATO/.test(x.text) && /Bắc Đại Tây Dương/.test(x.text));
  assert.ok(e, 'the NATO lead of 001 is dated 2023-01-29');
  assert.match(e.text, /^Tổ chức Hiệp ước Bắc Đại Tây Dương/);
  for (const x of story.timeline) assert.doesNotMatch(x.text, /^(Trước đó|Theo|Hôm|Ngày)\b/);
});

test('the same event from two outlets is one entry with the evidence of both', () => {
  const [doc] = seeds.docs;
  const twice = buildTimeline([doc!, doc!]);
  const once = buildTimeline([doc!]);
  assert.equal(twice.length, once.length);
  assert.ok(twice.every((e) => e.evidence.length >= 1));
});

/** Hand-written articles (text files in a temporary folder) analysed as one story. */
function storyOf(articles: Record<string, string>) {
  const dir = tempDir('timeline');
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  return analyze([dir], { oneStory: true }).stories[0]!;
}

test('a date that ends a period is no event; a clause opening with "Đến …" is, without the "Đến"; a range is dated by its start', () => {
  const s = storyOf({
    'a.txt': 'Thu hồi đất trồng tiêu\n\nThứ ba, 31/5/2016, 08:00 (GMT+7)\n\n' +
      'Năm 2011, công ty được cấp giấy chứng nhận quyền sử dụng đất có thời hạn đến tháng 2/2042. ' +
      'Lệnh tạm dừng khai thác kéo dài đến ngày 30/6/2016 theo quyết định của tỉnh. ' +
      'Đến chiều 17/5/2016, đoàn kiểm tra của tỉnh tiếp tục làm việc tại hiện trường. ' +
      'Tính đến ngày 19/5/2016, đã có 10 hộ dân nhận tiền đền bù. Thời gian thi công từ ngày 20/5/2016 đến ngày 25/5/2016.\n\n' +
      'Giải bắn súng diễn ra từ ngày 9-16/5/2016 tại Munich. Ngày 14/5/2016 (giờ địa phương), xạ thủ Hoàng Xuân Vinh giành huy chương đồng.\n\n' +
      'Vụ cướp xảy ra vào khoảng 21 giờ ngày 3/5/2016 trên đường ĐH506. Khoảng 16h30 ngày 10/5/2016 (tức 20 phút sau vụ đầu), lại có một phụ nữ khác lâm nạn.\n\n' +
      'Giá dầu tăng lên mức cao nhất kể từ tháng 10/2015. Kể từ ngày 1/7/2016, luật mới có hiệu lực trên cả nước.\n',
  });
  const dates = s.timeline.map((e) => e.date);
  assert.ok(!dates.includes('2042-02'), 'a validity end ("có thời hạn đến tháng 2/2042")');
  assert.ok(!dates.includes('2016-06-30'), 'an end of a duration ("kéo dài đến ngày 30/6")');
  assert.ok(!dates.includes('2016-05-25') && dates.includes('2016-05-20'), 'a range keeps its start only');
  assert.match(s.timeline.find((e) => e.date === '2016-05-17')!.text, /^Đoàn kiểm tra/);
  assert.match(s.timeline.find((e) => e.date === '2016-05-19')!.text, /^Đã có 10 hộ dân/);
  assert.ok(!dates.includes('2016-05-16'), 'a range written with a dash keeps its start only');
  assert.equal(s.timeline.find((e) => e.date === '2016-05-09')?.text, 'Giải bắn súng diễn ra tại Munich.');
  assert.match(s.timeline.find((e) => e.date === '2016-05-14')!.text, /^Xạ thủ Hoàng Xuân Vinh/, 'no "(giờ địa phương)" left of the date phrase');
  assert.equal(s.timeline.find((e) => e.date === '2016-05-03')?.text, 'Vụ cướp xảy ra trên đường ĐH506.', '"vào khoảng" goes with the time');
  assert.equal(s.timeline.find((e) => e.date === '2016-05-10')?.text, 'Lại có một phụ nữ khác lâm nạn.', 'a bracketed note on the date goes with it');
  assert.ok(!dates.includes('2015-10'), '"cao nhất kể từ tháng 10/2015" only measures');
  assert.equal(s.timeline.find((e) => e.date === '2016-07-01')?.text, 'Luật mới có hiệu lực trên cả nước.', 'a clause opening with "Kể từ" dates what starts then');
});

test('a day written without its year joins the same event that another article dates with its year', () => {
  const s = storyOf({
    'a.txt': 'Thu hồi đất trồng tiêu\n\nThứ ba, 31/5/2016, 08:00 (GMT+7)\n\n' +
      'Ngày 11/5, Công ty Nông nghiệp NUTI có đơn đề nghị thuê lại diện tích đất trồng tiêu. ' +
      'Cũng ngày 11/5, tỉnh Gia Lai khai mạc lễ hội cà phê tại quảng trường thành phố. ' +
      'Ngày 19/5, tỉnh tổ chức lễ kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh tại quảng trường.\n',
    'b.txt': 'NUTI xin thuê lại đất\n\nThứ hai, 30/5/2016, 09:00 (GMT+7)\n\n' +
      'Ngày 11/5/2015, Công ty Nông nghiệp NUTI có đơn đề nghị thuê lại diện tích đất trồng tiêu của Hoàng Anh Gia Lai. ' +
      'Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890 tại Nghệ An, trong lễ kỷ niệm ngày sinh năm nay tỉnh trồng thêm cây.\n',
  });
  const lease = s.timeline.filter((e) => /NUTI/.test(e.text));
  assert.deepEqual(lease.map((e) => [e.date, e.evidence.length]), [['2015-05-11', 2]]);
  const festival = s.timeline.find((e) => /lễ hội/.test(e.text));
  assert.equal(festival?.date, '2016-05-11', 'another event on a day without a year keeps the article\'s year');
  const anniversary = s.timeline.find((e) => /tổ chức lễ kỷ niệm/.test(e.text));
  assert.equal(anniversary?.date, '2016-05-19', 'an anniversary is no recalled event: decades apart, it keeps the article\'s year');
});

test('which timex values can date a timeline entry', () => {
  const t = (value: string, extra: object = {}) => ({ start: 0, end: 1, text: 'x', value, ...extra });
  assert.equal(timelineDate(t('2023-01-29'), null), '2023-01-29');
  assert.equal(timelineDate(t('2022-11'), null), '2022-11');
  assert.equal(timelineDate(t('2022'), null), null);
  assert.equal(timelineDate(t('XXXX-05-19'), '2016-05-20'), '2016-05-19');
  assert.equal(timelineDate(t('XXXX-05-19'), null), null);
  assert.equal(timelineDate(t('2024-W24'), null), '2024-06');
  assert.equal(timelineDate(t('2024-W22'), null), null, 'a week across two months has no month');
  assert.equal(timelineDate(t('2024', { mod: 'END' }), null), null);
  assert.equal(timelineDate(t('PAST_REF'), null), null);
  assert.equal(timelineDate(t('P2D', { type: 'DURATION' }), null), null);
  assert.equal(timelineDate(t('2023-02-30'), null), null);
});
