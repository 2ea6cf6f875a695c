import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../src/quotes/index.ts';
import { makeDoc, type EntitySpec } from './fixtures/quotes/docs.ts';

const E: EntitySpec[] = [
  ['Jens Stoltenberg', 'PER', 'Jens Stoltenberg'], ['Kwon Jong Gun', 'PER', 'Kwon Jong-gun'], ['Kwon', 'PER', 'Kwon Jong-gun'],
  ['Bonnie Jenkins', 'PER', 'Bonnie Jenkins'], ['Olaf Scholz', 'PER', 'Olaf Scholz'], ['Vladimir Putin', 'PER', 'Vladimir Putin'],
  ['Kim Jong-un', 'PER', 'Kim Jong Un'], ['Putin', 'PER', 'Vladimir Putin'], ['Jake Sullivan', 'PER', 'Jake Sullivan'], ['Sullivan', 'PER', 'Jake Sullivan'],
  ['NATO', 'ORG', 'NATO'], ['Điện Kremlin', 'ORG', 'Kremlin'], ['Reuters', 'ORG', 'Reuters'], ['New York Times', 'ORG', 'The New York Times'],
  ['Bộ Ngoại giao Triều Tiên', 'ORG', 'Ministry of Foreign Affairs (North Korea)'], ['Bộ Quốc phòng Triều Tiên', 'ORG', 'Ministry of National Defence (North Korea)'],
  ['Mỹ', 'GPE', 'United States'], ['Hoa Kỳ', 'GPE', 'United States'], ['Hàn Quốc', 'GPE', 'South Korea'], ['Triều Tiên', 'GPE', 'North Korea'],
  ['Nga', 'GPE', 'Russia'], ['Seoul', 'GPE', 'Seoul'], ['Đức', 'GPE', 'Germany'], ['Ukraine', 'GPE', 'Ukraine'],
];
const speakers = (paragraphs: string[]) => extractQuotes(makeDoc(paragraphs, E)).map((q) => q.speaker);

test('an unnamed role is the person the article names with that role ("người đứng đầu liên minh NATO")', () => {
  const doc = makeDoc([
    'Reuters cho biết, hôm 18/6, khi Tổng thống Nga Vladimir Putin bắt đầu chuyến đi tới Triều Tiên, người đứng đầu liên minh NATO bày tỏ lo ngại về việc Nga có thể hỗ trợ Triều Tiên.',
    'Tổng thư ký NATO Jens Stoltenberg. Ảnh: Reuters',
  ], E, ['lead', 'caption']);
  const qs = extractQuotes(doc);
  assert.equal(qs.length, 1, 'Reuters only relays: no quote of its own');
  assert.equal(qs[0]!.speaker, 'Jens Stoltenberg');
  assert.equal(qs[0]!.via, 'Reuters');
  assert.ok(qs[0]!.text.startsWith('lo ngại về việc Nga'));
});

test('a name followed by a role in apposition: "ông Kwon Jong Gun, người đứng đầu …, đã cảnh báo"', () => {
  assert.deepEqual(speakers(['Hôm 29/1, ông Kwon Jong Gun, người đứng đầu các vấn đề của Hoa Kỳ thuộc Bộ Ngoại giao Triều Tiên, đã cảnh báo về những “kết quả không mong muốn”, nếu Hoa Kỳ tiếp tục đưa ra những cáo buộc "vô căn cứ".']), ['Kwon Jong-gun']);
  assert.deepEqual(speakers(['Trong khi đó, quan chức kiểm soát vũ khí hàng đầu của Mỹ, Thứ trưởng Ngoại giao Bonnie Jenkins, cho biết bà tin rằng Triều Tiên rất muốn mua máy bay chiến đấu.']), ['Bonnie Jenkins']);
});

test('unnamed groups get descriptive names; states speak through capitals, governments and "phía"', () => {
  assert.deepEqual(speakers(['Trước đó, Điện Kremlin cho biết họ không bình luận về thông tin mà giới chức Mỹ đưa ra, rằng ông Kim sẽ thăm Nga.']).slice(1), ['US officials']);
  assert.deepEqual(speakers(['Báo New York Times dẫn lời các quan chức Mỹ và đồng minh giấu tên cho biết ông Kim có kế hoạch tới Nga.']), ['unnamed US and allied officials']);
  assert.deepEqual(speakers(['Đáp lại, hôm 30/1, truyền thông nhà nước Triều Tiên đã đăng một tuyên bố lên án chuyến thăm của ông Stoltenberg tới Hàn Quốc là “khúc dạo đầu cho sự đối đầu”.']), ['North Korean state media']);
  assert.deepEqual(speakers(['Đồng thời, Seoul bày tỏ "quan ngại sâu sắc" về việc Nga ký kết hiệp ước quốc phòng với Triều Tiên.']), ['South Korea']);
  assert.deepEqual(speakers(['Phía Mỹ cho biết đang theo sát tình hình và phối hợp chặt chẽ với các đối tác.']), ['United States']);
  assert.deepEqual(speakers(['Chính phủ Hàn Quốc đã phản ứng mạnh mẽ, kêu gọi Triều Tiên "rút quân ngay lập tức".']), ['South Korea']);
  assert.deepEqual(speakers(['Theo thông tin từ Ukraine, binh lính Triều Tiên được cho là đã có mặt tại khu vực Kursk của Nga.']), ['Ukraine']);
  assert.deepEqual(speakers(['Tháng 11 năm ngoái, một quan chức Bộ Quốc phòng Triều Tiên cho biết Bình Nhưỡng chưa bao giờ có thỏa thuận vũ khí với Nga.']), ['Ministry of National Defence (North Korea)']);
  assert.deepEqual(speakers(['Trong khi đó, một quan chức Triều Tiên cho biết bất kỳ việc triển khai quân nào cũng đều phải tuân thủ luật pháp quốc tế.']), ['North Korea']);
  assert.deepEqual(speakers(['Bên cạnh đó, Mỹ và các nước đồng minh cho rằng Triều Tiên chuyển giao vũ khí cho Nga.']), ['United States']);
});

test('the subject is not an entity inside a prepositional phrase or an earlier adjunct', () => {
  assert.deepEqual(speakers(['Ông Putin trong chuyến thăm cấp nhà nước để hội đàm với nhà lãnh đạo Triều Tiên Kim Jong-un, đã cam kết tăng cường quan hệ thương mại và an ninh.']), ['Vladimir Putin']);
  assert.deepEqual(speakers(['Thủ tướng Đức Olaf Scholz cũng bày tỏ lo ngại rằng việc Triều Tiên gửi quân đến Nga phản ánh khó khăn của Nga. Ông nhấn mạnh, tình hình sẽ càng trở nên nghiêm trọng.']), ['Olaf Scholz', 'Olaf Scholz']);
});

test('an unnamed official in the lead is the named person of that side who says the same further down', () => {
  const qs = extractQuotes(makeDoc([
    'Một quan chức Mỹ nói rằng các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tiến triển tích cực, đồng thời cảnh báo Bình Nhưỡng sẽ phải "trả giá" nếu cung cấp vũ khí cho Nga.',
    'Cố vấn an ninh quốc gia Mỹ Jake Sullivan nói rằng việc cung cấp vũ khí cho Nga "sẽ không có lợi cho Triều Tiên và họ sẽ phải trả giá vì điều này".',
    'Ông Sullivan nói rằng Triều Tiên muốn tiếp tục bàn về vũ khí với Nga, kể cả ở cấp lãnh đạo.',
  ], E));
  assert.deepEqual(qs.map((q) => q.speaker), ['Jake Sullivan', 'Jake Sullivan', 'Jake Sullivan', 'Jake Sullivan']);
});

test('without an entity layer, a name after an honorific still names the speaker', () => {
  const qs = extractQuotes(makeDoc(['“Chúng tôi đang theo dõi mối liên hệ của Triều Tiên với vũ khí mà Hamas đang sử dụng”, ông Park phát biểu trong cuộc gặp tại Nhật Bản.']));
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Park');
  assert.equal(qs[0]!.speaker_text, 'ông Park');
});
