/** Stated publication dates in the formats Vietnamese pages and the ViMs headers use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInUrl, parseStatedDate, statedValue } from '../src/clean/dates.ts';

const value = (s: string) => {
  const d = parseStatedDate(s);
  return d ? statedValue(d) ?? `XXXX-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

test('ViMs Published Date formats', () => {
  const cases: [string, string][] = [
    ['Thứ 6, 11:03, 20/05/2016', '2016-05-20T11:03'],
    ['09:15 ngày 20 tháng 5 năm 2016', '2016-05-20T09:15'],
    ['20/05/2016 09:03 GMT+7', '2016-05-20T09:03+07:00'],
    ['10:57 AM - 20/05/2016', '2016-05-20T10:57'],
    ['05:49 PM - 20/05/2016', '2016-05-20T17:49'],
    ['20.05.2016 | 10:49 AM', '2016-05-20T10:49'],
    ['Thứ Sáu, ngày 20/05/2016 14:00 PM (GMT+7)', '2016-05-20T14:00+07:00'],
    ['Thứ tư, 01 Tháng sáu 2016, 11:47 GMT+7', '2016-06-01T11:47+07:00'],
    ['NGÀY 20 THÁNG 05, 2016 | 10:15', '2016-05-20T10:15'],
    ["Cập nhật: 7: 25': 10'' (GMT+7) - 19 / 5 / 2016", '2016-05-19T07:25+07:00'],
    ['16h:50 GMT+7 - Thứ năm, 02/06/2016', '2016-06-02T16:50+07:00'],
    ['19/05/201600:00:00(Xem: 732)', '2016-05-19T00:00'],
    ['17:02 02.06.2016(cập nhật 17:26 02.06.2016)', '2016-06-02T17:02'],
    ['13:37 21/05.2016', '2016-05-21T13:37'],
    ['11:52 - 20/05/2016', '2016-05-20T11:52'],
    // a clock's minutes, a dash and a day-month are no date with a two-digit year (not 2005-07-23)
    ['00:07 - 23/05/2016', '2016-05-23T00:07'],
    ['11:02 - 01/06/2016', '2016-06-01T11:02'],
    ['6/3/2016 2:23:47 PM', '2016-06-03T14:23'],
    ['5/20/2016 11:40:52 PM', '2016-05-20T23:40'],
    ['31/05/16 21:58', '2016-05-31T21:58'],
    ['01/06/2016 1:03 Chiều', '2016-06-01T13:03'],
    ['07:46 Chủ Nhật ngày 29/05/2016', '2016-05-29T07:46'],
    ['May 19, 2016', '2016-05-19'],
    ['Đăng tải: 2016-05-31 10:22:31 Cập nhật: 2016-05-31 11:00:00', '2016-05-31T10:22'],
    ['Thứ năm, 02/06/2016 | 09:32 GMT+', '2016-06-02T09:32+07:00'],
    ['21/05 06:45', 'XXXX-05-21'],
    ['07:53 AM, 31-05-201', 'XXXX-05-31'],
  ];
  for (const [s, want] of cases) assert.equal(value(s), want, s);
});

test('page datelines and ISO metadata; other zones are converted to +07:00', () => {
  assert.equal(value('09/11/2023 22:05 GMT+7'), '2023-11-09T22:05+07:00');
  assert.equal(value('Hoàng Bách 19/06/2024 15:44'), '2024-06-19T15:44');
  assert.equal(value('2025-02-02T05:01:08.000+07:00'), '2025-02-02T05:01+07:00');
  assert.equal(value('2022-01-20T06:39:00Z'), '2022-01-20T13:39+07:00');
  assert.equal(value('2015-03-23'), '2015-03-23');
});

test('a stated weekday decides between day-first and month-first', () => {
  // 2/3/2016 was a Wednesday (2 March) and 3 February a Wednesday too; 4/3/2016: Friday 4 March, Sunday 3 April
  assert.equal(value('Chủ nhật, 4/3/2016'), '2016-04-03');
  assert.equal(value('Thứ sáu, 4/3/2016'), '2016-03-04');
});

test('not dates', () => {
  for (const s of ['', 'Phát hiện thi thể nam thanh niên', 'http://petrotimes.vn/hai-may-bay-425071.html', '32/13/2016', 'Tỷ số 3-2']) assert.equal(parseStatedDate(s), null, s);
});

test('a date-time in a URL', () => {
  assert.equal(statedValue(dateInUrl('http://dantri.com.vn/xa-hoi/phat-hien-20160523200229357.htm')!), '2016-05-23T20:02');
  assert.equal(statedValue(dateInUrl('http://tuoitre.vn/tin/the-gioi/20160520/nu-tiep-vien/1104190.html')!), '2016-05-20');
  assert.equal(dateInUrl('http://vietnamnet.vn/vn/kinh-doanh/308177/nu-ty-phu.html'), null);
});
