/** Rules written for unseen ViMs articles (invented sentences): places with lower-case heads, directions, titles and categories. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../src/entities/index.ts';
import { docOf } from './fixtures/entities/doc.ts';

const tags = (...lines: Parameters<typeof docOf>) => recognizeEntities(docOf(...lines)).map((e) => `${e.text}/${e.type}`);

test('a lower-case place head belongs to the name, unless it only describes a country or a city\'s sea', () => {
  assert.deepEqual(tags('Tàu cá neo đậu ở sông Lam và ngoài biển Bắc trong đêm.'), ['sông Lam/LOC', 'biển Bắc/LOC']);
  assert.deepEqual(tags('Mưa lớn trên bán đảo Triều Tiên và vịnh Thái Lan.'), ['bán đảo Triều Tiên/LOC', 'vịnh Thái Lan/LOC']);
  assert.deepEqual(tags('Du khách tắm biển Đà Nẵng rồi bay từ sân bay Pháp về.'), ['Đà Nẵng/GPE', 'Pháp/GPE']);
  assert.deepEqual(tags('Anh ấy bay từ sân bay Vinh Hải.'), ['sân bay Vinh Hải/LOC']);
  assert.deepEqual(tags('Học sinh nộp hồ sơ cho trường.'), []);
});

test('venue heads: bus stations, theatres, museums', () => {
  assert.deepEqual(tags('Khách đi từ Bến xe khách Tân An đến Nhà hát Lớn.'), ['Bến xe khách Tân An/LOC', 'Nhà hát Lớn/LOC']);
  assert.deepEqual(tags('Đoàn ghé Bảo tàng Lịch sử Quân sự và Ga Đồng Hới.'), ['Bảo tàng Lịch sử Quân sự/LOC', 'Ga Đồng Hới/LOC']);
});

test('compass words after "phía" or "hướng" are directions, not places', () => {
  assert.deepEqual(tags('Dự án nằm ở phía Đông và hướng Tây Nam của thành phố.'), []);
});

test('a country after "người" is a nationality, even before a name', () => {
  assert.deepEqual(tags('Nữ ca sĩ người Anh Mirelle vẫn thắng lớn.'), ['Anh/GPE', 'Mirelle/PER']);
});

test('English titles: an article starts a name, function words stay inside, "Top" heads a category', () => {
  assert.deepEqual(tags('The Wandering, Mirelle thắng lớn.'), ['The Wandering/PER', 'Mirelle/PER']);
  assert.deepEqual(tags('Cô ra mắt album mới Songs of the Harbor tháng trước.'), ['Songs of the Harbor/MISC']);
  assert.deepEqual(tags('Cô thắng hạng mục Nữ nghệ sĩ hàng đầu (Top Female Artist) và Top Hot 100 Song, đứng đầu Top 100.'),
    ['Top Female Artist/MISC', 'Top Hot 100 Song/MISC']);
});

test('after a work cue a common word is a description; a trophy names its competition', () => {
  assert.deepEqual(tags('Anh nhận giải Thành tựu trọn đời.'), []);
  assert.deepEqual(tags('Đội bóng nâng chiếc cúp Castrol lần đầu.'), ['Castrol/MISC']);
});

test('a brand before a district is a branch; "-bank" and "Vina-" names are companies', () => {
  assert.deepEqual(tags('Khách hàng vay tiền tại ngân hàng Minhbank Tân Phú năm ngoái.'), ['Minhbank Tân Phú/ORG']);
  assert.deepEqual(tags('Cổ phiếu của Hoabank và Vinasteel tăng mạnh.'), ['Hoabank/ORG', 'Vinasteel/ORG']);
});

test('a lower-case head before a Vietnamese personal name is a common noun; a contraction is no name', () => {
  assert.deepEqual(tags('Tượng của người khai phá hòn đảo Trần Văn Khang vẫn còn.'), ['Trần Văn Khang/PER']);
  assert.deepEqual(tags('Ca khúc Don’t look back được yêu thích.'), []);
  assert.deepEqual(tags('Cô nhận Top Duo/Group và Top Dance Song – Remix.'), ['Top Duo/Group/MISC', 'Top Dance Song – Remix/MISC']);
});

test('stadiums and tournaments named alone, Chinese surnames read in Sino-Vietnamese', () => {
  assert.deepEqual(tags('Đội khách thắng 2-0 trên sân Anfield và sẽ dự Wimbledon.'), ['Anfield/LOC', 'Wimbledon/MISC']);
  assert.deepEqual(tags('Hôm qua, Thẩm Lạc và Hứa Khải cùng xuất hiện.'), ['Thẩm Lạc/PER', 'Hứa Khải/PER']);
});

test('a club\'s short name starts a sentence; without evidence a name takes the type most of its mentions have', () => {
  assert.deepEqual(tags('Man City thắng đậm.'), ['Man City/ORG']);
  assert.deepEqual(tags('Kowalczyk thắng dễ.', 'Sự chủ quan đến từ Kowalczyk.', 'Kowalczyk vào bán kết.'), ['Kowalczyk/PER', 'Kowalczyk/PER', 'Kowalczyk/PER']);
});

test('a party keeps its lower-case head; the person after it stands apart', () => {
  assert.deepEqual(tags('Ứng viên đảng Cộng hòa Peter Lowell thắng ở bang Ohio.'), ['đảng Cộng hòa/ORG', 'Peter Lowell/PER', 'Ohio/GPE']);
  assert.deepEqual(tags('Ông là đảng viên lâu năm.'), []);
});

test('organisation names go on over their lower-case sector words, but not over a verb after them', () => {
  assert.deepEqual(tags('Ông làm việc tại Sở Nông nghiệp và phát triển nông thôn tỉnh Quảng Trị.'),
    ['Sở Nông nghiệp và phát triển nông thôn tỉnh Quảng Trị/ORG']);
  assert.deepEqual(tags('Hồ sơ được chuyển cho Phòng Cảnh sát điều tra tội phạm về ma túy.'), ['Phòng Cảnh sát điều tra tội phạm về ma túy/ORG']);
  assert.deepEqual(tags('Hợp đồng ký với Công ty CP Vật tư Xuất nhập khẩu Tân Bình năm 2011.'), ['Công ty CP Vật tư Xuất nhập khẩu Tân Bình/ORG']);
  assert.deepEqual(tags('Bản tin của Hiệp hội Tinh dầu Hương liệu Mỹ phẩm Việt Nam ra hôm qua.'), ['Hiệp hội Tinh dầu Hương liệu Mỹ phẩm Việt Nam/ORG']);
  // a verb after the name: the name stops before it
  assert.deepEqual(tags('Hôm qua, Sở Y tế quản lý chặt các cơ sở đầu tư xây dựng.'), ['Sở Y tế/ORG']);
});

test('a province whose name starts with an honorific word is the province, however the dash is spaced', () => {
  assert.deepEqual(tags('Dự án ở tỉnh Bà Rịa - Vũng Tàu và tỉnh Bà Rịa-Vũng Tàu.').map((x) => x), ['Bà Rịa - Vũng Tàu/GPE', 'Bà Rịa-Vũng Tàu/GPE']);
  assert.deepEqual(tags('Bà Lan nói với bà Hoa rằng chợ đã đóng cửa.'), ['Lan/PER', 'Hoa/PER']);
});

test('the name after "chung cư" or "tòa nhà" is a place', () => {
  assert.deepEqual(tags('Cư dân chung cư The Harmona phản đối quyết định.'), ['The Harmona/LOC']);
});

test('a province or city after a media or club cue is its newspaper or club; a country stays the country', () => {
  assert.deepEqual(tags('Theo báo Quảng Trị, cảnh sát đã vào cuộc.'), ['Quảng Trị/ORG']);
  assert.deepEqual(tags('Theo báo Mỹ, Washington cảnh báo Bình Nhưỡng.'), ['Mỹ/GPE', 'Washington/GPE', 'Bình Nhưỡng/GPE']);
});

test('well-known companies, platforms and clubs are organisations without a cue', () => {
  assert.deepEqual(tags('Anh đăng ảnh lên Facebook và YouTube, còn Uber mua lại Grab.'), ['Facebook/ORG', 'YouTube/ORG', 'Uber/ORG', 'Grab/ORG']);
  assert.deepEqual(tags('Nhiều ngôi sao Hollywood ủng hộ Man United.'), ['Hollywood/LOC', 'Man United/ORG']);
});

test('a company\'s name alone is the company later in the article; "trường" before a name is a school unless it ends a word', () => {
  const t = tags('Công ty Phú An Sinh nhận 30 tỉ đồng.', 'Sau đó, Phú An Sinh không trả nợ.');
  assert.deepEqual(t, ['Công ty Phú An Sinh/ORG', 'Phú An Sinh/ORG']);
  assert.deepEqual(tags('Các em học ở trường Pithakkiart Witthaya.'), ['Pithakkiart Witthaya/ORG']);
  assert.deepEqual(tags('Giá tăng mạnh trên thị trường Mỹ.'), ['Mỹ/GPE']);
});

test('sector words joined by "và" are a name whatever follows; a second head after them starts a second name', () => {
  assert.deepEqual(tags('Hôm qua, Sở Nông nghiệp và phát triển nông thôn tạm ứng 35 tỉ đồng.'), ['Sở Nông nghiệp và phát triển nông thôn/ORG']);
  assert.deepEqual(tags('Đội 6 - Phòng Cảnh sát tội phạm về môi trường Công an TP Hải Phòng cho biết như vậy.'),
    ['Phòng Cảnh sát tội phạm về môi trường/ORG', 'Công an TP Hải Phòng/ORG']);
  assert.deepEqual(tags('Cơ quan Ngoại giao Đài Loan cho biết như vậy.'), ['Cơ quan Ngoại giao Đài Loan/ORG']);
});

test('where a person with a job works ("nhà phân tích tại Jefferies") is an organisation; a known place stays a place', () => {
  assert.deepEqual(tags('Theo ông John DiFucci, một nhà phân tích tại Jefferies, doanh thu sẽ tăng.'), ['John DiFucci/PER', 'Jefferies/ORG']);
  assert.deepEqual(tags('Một phóng viên tại Washington cho biết như vậy.'), ['Washington/GPE']);
  assert.deepEqual(tags('Bà là đối tác tại Redpoint Ventures.'), ['Redpoint Ventures/ORG']);
});

test('"và" after a place under a lower-case head joins a second place; a city\'s name after a street cue is the street', () => {
  assert.deepEqual(tags('Hai máy bay hạ cánh xuống sân bay Nội Bài và Tân Sơn Nhất.'), ['sân bay Nội Bài/LOC', 'Tân Sơn Nhất/LOC']);
  const d = docOf('Xe tải chạy trên đường Đà Nẵng, quận Hải An, rồi lên cầu Thăng Long.');
  const ents = recognizeEntities(d).map((e) => `${e.text}/${e.type}/${e.canonical}`);
  assert.ok(ents.includes('Đà Nẵng/LOC/đường Đà Nẵng'), ents.join(', '));
});

test('after a closing quote and a comma the attribution goes on: its first word is no sentence start', () => {
  assert.deepEqual(tags('“Ý tưởng đó thật phi lý”, So Se Pyong, đại sứ Triều Tiên, nói.'), ['So Se Pyong/PER', 'Triều Tiên/GPE']);
});

test('market names of the business pages: indices and coins are names of things, not people', () => {
  assert.deepEqual(tags('Chỉ số Dow Jones và Nasdaq tăng, trong khi Bitcoin giảm mạnh.'), ['Dow Jones/MISC', 'Nasdaq/MISC', 'Bitcoin/MISC']);
});
