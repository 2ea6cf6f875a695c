import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims, extractQuotes } from '../src/quotes/index.ts';
import { collectClaims } from '../src/corpus/claims.ts';
import { makeDoc, type EntitySpec } from './fixtures/quotes/docs.ts';

const E: EntitySpec[] = [
  ['John Kirby', 'PER', 'John Kirby'], ['Kirby', 'PER', 'John Kirby'], ['Sergei Shoigu', 'PER', 'Sergei Shoigu'],
  ['Dmitry Peskov', 'PER', 'Dmitry Peskov'], ['Olaf Scholz', 'PER', 'Olaf Scholz'], ['Kwon', 'PER', 'Kwon Jong-gun'],
  ['Tập đoàn Wagner', 'ORG', 'Wagner Group'], ['Wagner', 'ORG', 'Wagner Group'], ['Điện Kremlin', 'ORG', 'Kremlin'],
  ['Hamas', 'ORG', 'Hamas'], ['Mỹ', 'GPE', 'United States'], ['Hoa Kỳ', 'GPE', 'United States'], ['Triều Tiên', 'GPE', 'North Korea'],
  ['Nga', 'GPE', 'Russia'], ['Ukraine', 'GPE', 'Ukraine'], ['Moscow', 'GPE', 'Moscow'],
];

function claimsOf(paragraphs: string[]) {
  const doc = makeDoc(paragraphs, E);
  doc.layers.quotes = extractQuotes(doc);
  doc.layers.claims = extractClaims(doc);
  return { doc, claims: doc.layers.claims };
}
const stances = (paragraphs: string[]) => claimsOf(paragraphs).claims.map((c) => [c.claimant, c.stance]);

test('reporting verbs decide the stance when they carry one', () => {
  assert.deepEqual(stances(['Về phần mình, Mỹ đã cáo buộc Triều Tiên cung cấp "hàng chục tên lửa đạn đạo" cho Nga.']), [['United States', 'allege']]);
  assert.deepEqual(stances(['Hôm 29/1, ông Kwon đã cảnh báo về những “kết quả không mong muốn”, nếu Hoa Kỳ tiếp tục đưa ra những cáo buộc "vô căn cứ".']), [['Kwon Jong-gun', 'warn']]);
  assert.deepEqual(stances(['Ông Kirby nói thêm: “Chúng tôi rõ ràng lên án hành động của Triều Tiên và kêu gọi Triều Tiên ngừng giao hàng cho Tập đoàn Wagner”.']), [['John Kirby', 'warn']]);
});

test('"bác bỏ" with a noun object is a denial by every subject, with no quote', () => {
  const { doc, claims } = claimsOf(['Cả Triều Tiên và Wagner đều bác bỏ tuyên bố của Hoa Kỳ.']);
  assert.deepEqual(doc.layers.quotes, []);
  assert.deepEqual(claims.map((c) => [c.claimant, c.stance, c.text]), [['North Korea', 'deny', 'tuyên bố của Hoa Kỳ'], ['Wagner Group', 'deny', 'tuyên bố của Hoa Kỳ']]);
  assert.equal(doc.text.slice(claims[0]!.start, claims[0]!.end), doc.text, 'the evidence is the sentence');
});

test('a denial governs the rest of its sentence, and the report it rejects is an allegation', () => {
  const { claims } = claimsOf(['Triều Tiên đã bác bỏ báo cáo của một số chuyên gia quân sự rằng vũ khí của nước này đang được Hamas sử dụng, nói cáo buộc này là âm mưu của Mỹ nhằm đánh lạc hướng dư luận.']);
  assert.deepEqual(claims.map((c) => [c.claimant, c.stance]), [['North Korea', 'deny'], ['North Korea', 'deny'], ['military experts', 'allege']]);
});

test('the reported words decide otherwise: non-answers deny, concern warns, evidence alleges, own plans confirm', () => {
  assert.deepEqual(stances(['Khi được đề nghị xác nhận thông tin này, người phát ngôn Điện Kremlin Dmitry Peskov nói: "Không, tôi không thể. Không có gì để nói cả".']), [['Dmitry Peskov', 'deny']]);
  assert.deepEqual(stances(['Phát ngôn viên John Kirby cho biết, có bằng chứng cho thấy Triều Tiên cung cấp vũ khí cho Tập đoàn Wagner.']), [['John Kirby', 'allege']]);
  assert.deepEqual(stances(['Đầu tuần này, Bộ trưởng Quốc phòng Nga Sergei Shoigu cho biết hai nước đang thảo luận về khả năng tập trận chung.']), [['Sergei Shoigu', 'confirm']]);
  assert.deepEqual(stances(['Thủ tướng Olaf Scholz cũng bày tỏ lo ngại rằng việc Triều Tiên gửi quân đến Nga phản ánh rõ ràng khó khăn của Moscow. Ông nhấn mạnh, tình hình sẽ càng trở nên nghiêm trọng nếu có thêm quốc gia tham gia.']), [['Olaf Scholz', 'allege'], ['Olaf Scholz', 'warn']]);
  assert.deepEqual(stances(['Trong khi đó, một quan chức Triều Tiên cho biết bất kỳ việc triển khai quân nào cũng đều phải tuân thủ các quy định của luật pháp quốc tế.']), [['North Korea', 'deny']]);
});

test('across documents, a denial answers the allegation about the denier', () => {
  const a = claimsOf([
    'Phát ngôn viên John Kirby cho biết, có bằng chứng cho thấy Triều Tiên cung cấp vũ khí cho Tập đoàn Wagner.',
    'Ông Kirby nói rằng Mỹ sẽ tiếp tục theo dõi tình hình ở Ukraine.',
  ]).doc;
  const b = claimsOf(['Cả Triều Tiên và Wagner đều bác bỏ tuyên bố của Hoa Kỳ về việc cung cấp vũ khí.']).doc;
  const story = collectClaims([a, b]);
  const denials = story.filter((c) => c.stance === 'deny');
  assert.equal(denials.length, 2);
  for (const d of denials) {
    assert.notEqual(d.answers, undefined, `${d.claimant}'s denial answers something`);
    assert.ok(story[d.answers!]!.text.startsWith('có bằng chứng'), `${d.claimant} answers the arms allegation`);
    assert.equal(d.evidence[0]!.doc, b.id);
  }
  assert.ok(story.every((c) => c.evidence.length === 1 && c.evidence[0]!.end > c.evidence[0]!.start));
});

test('the same claim in two articles is one claim with the evidence of both, and denials still point at it', () => {
  const allegation = 'Phát ngôn viên John Kirby cho biết, có bằng chứng cho thấy Triều Tiên cung cấp vũ khí cho Tập đoàn Wagner.';
  // another repeated claim comes first, so merging moves the index the denials point at
  const watch = 'Ông Kirby nói rằng Mỹ sẽ tiếp tục theo dõi tình hình ở Ukraine.';
  const a = claimsOf([watch]).doc;
  const b = claimsOf([watch, allegation]).doc;
  const b2 = claimsOf(['Ngoài ra, theo các nhà quan sát, xung đột còn kéo dài.', allegation]).doc;
  const c = claimsOf(['Cả Triều Tiên và Wagner đều bác bỏ tuyên bố của Hoa Kỳ về việc cung cấp vũ khí.']).doc;
  const story = collectClaims([a, b, b2, c]);
  const arms = story.filter((x) => x.text.startsWith('có bằng chứng'));
  assert.equal(arms.length, 1, 'one claim');
  assert.deepEqual(arms[0]!.evidence.map((e) => e.doc), [b.id, b2.id], 'with the evidence of both articles');
  const armsAt = story.indexOf(arms[0]!);
  const denials = story.filter((x) => x.stance === 'deny');
  assert.equal(denials.length, 2);
  for (const d of denials) assert.equal(d.answers, armsAt, `${d.claimant}'s denial answers the merged allegation`);
  assert.equal(story.filter((x) => x.claimant === 'John Kirby').length, 2, 'the two repeated claims, each once');
});
