import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../src/entities/index.ts';
import { docOf } from './fixtures/entities/doc.ts';

/** "text/TYPE" of each mention, in order. */
const tags = (...lines: Parameters<typeof docOf>) => recognizeEntities(docOf(...lines)).map((e) => `${e.text}/${e.type}`);

test('roles are separated from names; the country in the role is a GPE', () => {
  const [gpe, per] = recognizeEntities(docOf('Ngoại trưởng Mỹ Antony Blinken ngày 9-11 cho biết Mỹ chia sẻ cùng Hàn Quốc các quan ngại.'));
  assert.deepEqual([gpe!.text, gpe!.type, gpe!.canonical], ['Mỹ', 'GPE', 'United States']);
  assert.deepEqual([per!.text, per!.type, per!.role], ['Antony Blinken', 'PER', 'Ngoại trưởng Mỹ']);
  const nato = recognizeEntities(docOf('Tổng thư ký NATO Jens Stoltenberg bắt đầu chuyến công du hai ngày tới Hàn Quốc vào hôm 29/1.'));
  assert.deepEqual(nato.map((e) => `${e.text}/${e.type}`), ['NATO/ORG', 'Jens Stoltenberg/PER', 'Hàn Quốc/GPE']);
  assert.equal(nato[1]!.role, 'Tổng thư ký NATO');
  assert.deepEqual(tags('Đầu tuần này, Bộ trưởng Quốc phòng Nga Sergei Shoigu cho biết hai nước đang thảo luận.'), ['Nga/GPE', 'Sergei Shoigu/PER']);
});

test('long organisation names are one maximal span, with the country they belong to', () => {
  const e = recognizeEntities(docOf('Phát ngôn viên Hội đồng An ninh Quốc gia Nhà Trắng John Kirby ngày 20/1 cho biết.'));
  assert.deepEqual(e.map((x) => `${x.text}/${x.type}`), ['Hội đồng An ninh Quốc gia Nhà Trắng/ORG', 'John Kirby/PER']);
  assert.deepEqual(tags('Tháng 11 năm ngoái, một quan chức Bộ Quốc phòng Triều Tiên cho biết Bình Nhưỡng "chưa bao giờ có" thỏa thuận.'),
    ['Bộ Quốc phòng Triều Tiên/ORG', 'Bình Nhưỡng/GPE']);
  const kcna = recognizeEntities(docOf('Theo Thông tấn xã Trung ương Triều Tiên (CNA), ông Kwon Jong Gun đã cảnh báo.'));
  assert.deepEqual(kcna.map((x) => `${x.text}/${x.type}/${x.canonical}`),
    ['Thông tấn xã Trung ương Triều Tiên/ORG/Korean Central News Agency', 'CNA/ORG/Korean Central News Agency', 'Kwon Jong Gun/PER/Kwon Jong Gun']);
  // "Chính phủ" before a country is a common noun: only the country is an entity
  assert.deepEqual(tags('Chính phủ Hàn Quốc đã phản ứng mạnh mẽ.'), ['Hàn Quốc/GPE']);
});

test('capitalisation: sentence-initial words, ALL-CAPS credits, lower-case continents, short forms', () => {
  assert.deepEqual(tags('Ngoại trưởng Mỹ Antony Blinken (trái) tại Hàn Quốc ngày 9-11 - Ảnh: REUTERS'),
    ['Mỹ/GPE', 'Antony Blinken/PER', 'Hàn Quốc/GPE', 'REUTERS/ORG']);
  assert.deepEqual(tags('Hôm Chủ nhật (29/1), Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cho biết.'),
    ['Tổ chức Hiệp ước Bắc Đại Tây Dương/ORG', 'NATO/ORG']);
  assert.deepEqual(tags('Mỹ, Hàn lo Triều Tiên hợp tác với Nga, gửi vũ khí cho Hamas'),
    ['Mỹ/GPE', 'Hàn/GPE', 'Triều Tiên/GPE', 'Nga/GPE', 'Hamas/ORG']);
  assert.deepEqual(tags('Ông nói mối quan hệ Nga-Triều có thể đe dọa an ninh ở châu Âu và châu Á.'),
    ['Nga/GPE', 'Triều/GPE', 'châu Âu/LOC', 'châu Á/LOC']);
  assert.deepEqual(tags('căng thẳng ở khu vực châu Á - Thái Bình Dương.'), ['châu Á - Thái Bình Dương/LOC']);
  // "Anh" is the UK only when it stands alone; in a name it is a given name, as a sentence start a pronoun
  assert.deepEqual(tags('Anh nói rằng Pháp và Anh sẽ tham gia.'), ['Pháp/GPE', 'Anh/GPE']);
  assert.deepEqual(tags(['byline', 'Huyền Anh biên dịch']), ['Huyền Anh/PER']);
  assert.deepEqual(tags('Phóng viên Nguyễn Thị Nga đưa tin.'), ['Nguyễn Thị Nga/PER']);
});

test('foreign names with hyphens and initials; code names; cues that are not part of the name', () => {
  assert.deepEqual(tags('Ông Stoltenberg cũng đã gặp Tổng thống Yoon Suk-yeol và người phát ngôn Karine Jean-Pierre.'),
    ['Stoltenberg/PER', 'Yoon Suk-yeol/PER', 'Karine Jean-Pierre/PER']);
  assert.deepEqual(tags('Trợ lý Ngoại trưởng Mỹ Kurt M. Campbell nói.'), ['Mỹ/GPE', 'Kurt M. Campbell/PER']);
  assert.deepEqual(tags('Triều Tiên phóng tên lửa Hwasong-17, được các chuyên gia gọi là "tên lửa quái vật".'), ['Triều Tiên/GPE', 'Hwasong-17/MISC']);
  assert.deepEqual(tags('Báo New York Times dẫn lời các quan chức.'), ['New York Times/ORG']);
  assert.deepEqual(tags(['source_credit', 'Báo Tiền Phong']), ['Tiền Phong/ORG']);
  assert.deepEqual(tags('Quân đội Ukraine phản công ở khu vực Kursk của Nga.'), ['Quân đội Ukraine/ORG', 'Kursk/LOC', 'Nga/GPE']);
  assert.deepEqual(tags('Kỷ niệm Thế chiến thứ hai, vũ khí xuất hiện tại Dải Gaza.'), ['Thế chiến thứ hai/MISC', 'Dải Gaza/LOC']);
});

test('hostile input: no throw, spans equal their text', () => {
  const long = 'Ông Nguyễn Văn A '.repeat(20000) + 'ÂÂÂ '.repeat(1000) + '((( '.repeat(1000);
  const doc = docOf(long, '', '- - - -', 'A'.repeat(5000));
  for (const e of recognizeEntities(doc)) assert.equal(doc.text.slice(e.start, e.end), e.text);
});
