import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../src/quotes/index.ts';
import type { Quote } from '../src/core/layers.ts';
import type { BlockRole } from '../src/core/roles.ts';
import { makeDoc, type EntitySpec } from './fixtures/quotes/docs.ts';

const E: EntitySpec[] = [
  ['Jens Stoltenberg', 'PER', 'Jens Stoltenberg'], ['Stoltenberg', 'PER', 'Jens Stoltenberg'],
  ['John Kirby', 'PER', 'John Kirby'], ['Kirby', 'PER', 'John Kirby'], ['Park Jin', 'PER', 'Park Jin'], ['Park', 'PER', 'Park Jin'],
  ['Jake Sullivan', 'PER', 'Jake Sullivan'], ['Sullivan', 'PER', 'Jake Sullivan'], ['Antony Blinken', 'PER', 'Antony Blinken'],
  ['Bliken', 'PER', 'Bliken'], ['Karine Jean-Pierre', 'PER', 'Karine Jean-Pierre'], ['Dmitry Peskov', 'PER', 'Dmitry Peskov'],
  ['NATO', 'ORG', 'NATO'], ['Tổ chức Hiệp ước Bắc Đại Tây Dương', 'ORG', 'NATO'], ['Reuters', 'ORG', 'Reuters'],
  ['Yonhap News Agency', 'ORG', 'Yonhap News Agency'], ['Điện Kremlin', 'ORG', 'Kremlin'], ['Nhà Trắng', 'ORG', 'White House'],
  ['Hội đồng An ninh Quốc gia Nhà Trắng', 'ORG', 'United States National Security Council'],
  ['Mỹ', 'GPE', 'United States'], ['Hoa Kỳ', 'GPE', 'United States'], ['Hàn Quốc', 'GPE', 'South Korea'],
  ['Triều Tiên', 'GPE', 'North Korea'], ['Nga', 'GPE', 'Russia'], ['Seoul', 'GPE', 'Seoul'], ['Bình Nhưỡng', 'GPE', 'Pyongyang'],
  ['Trung Quốc', 'GPE', 'China'], ['Ukraine', 'GPE', 'Ukraine'], ['Nhật Bản', 'GPE', 'Japan'],
];

const quotesOf = (paragraphs: string[], roles: BlockRole[] = []) => extractQuotes(makeDoc(paragraphs, E, roles));
const starting = (qs: Quote[], prefix: string) => qs.find((q) => q.text.startsWith(prefix));

test('a direct quote followed by its attribution, over two sentences, with the speaker via a news agency', () => {
  const doc = makeDoc(['"Chúng tôi vô cùng quan ngại đối với bất kỳ sự hỗ trợ nào cho Triều Tiên. Chúng tôi đang làm việc nhằm vạch trần những nỗ lực này", Hãng tin Reuters dẫn lời ông Bliken trong cuộc họp báo ngày 9-11.', 'Ngoại trưởng Mỹ Antony Blinken có mặt tại Seoul.'], E);
  const [q, ...rest] = extractQuotes(doc);
  assert.equal(rest.length, 0);
  assert.equal(q!.kind, 'direct');
  assert.equal(q!.text, doc.text.slice(q!.start, q!.end));
  assert.ok(q!.text.startsWith('Chúng tôi vô cùng') && q!.text.endsWith('nỗ lực này'));
  assert.equal(q!.speaker, 'Antony Blinken', 'the misspelt surname resolves to the full name in the article');
  assert.equal(q!.via, 'Reuters');
  assert.equal(q!.cue, 'dẫn lời');
});

test('attribution before a direct quote: "Ông X nói thêm: “…”" and "nói với các phóng viên rằng: “…”"', () => {
  const qs = quotesOf([
    'Phát ngôn viên Hội đồng An ninh Quốc gia Nhà Trắng John Kirby ngày 20/1 cho biết, có bằng chứng cho thấy Triều Tiên cung cấp vũ khí cho Nga.',
    'Ông nói với các phóng viên rằng: “Mặc dù chúng tôi đánh giá rằng số lượng vật liệu không lớn, họ sẽ tiếp tục nhận được vũ khí”.',
    'Ông Kirby nói thêm: “Chúng tôi rõ ràng lên án hành động của Triều Tiên”.',
  ]);
  assert.equal(qs.length, 3);
  const indirect = starting(qs, 'có bằng chứng')!;
  assert.equal(indirect.kind, 'indirect');
  assert.equal(indirect.speaker, 'John Kirby');
  const d1 = starting(qs, 'Mặc dù')!;
  assert.equal(d1.kind, 'direct');
  assert.equal(d1.speaker, 'John Kirby', '"Ông" refers back to the last person speaking');
  assert.equal(starting(qs, 'Chúng tôi rõ ràng')!.cue, 'nói thêm');
});

test('indirect speech starts at the reported content, after "rằng", a comma or a colon', () => {
  const qs = quotesOf(['Hôm Chủ nhật (29/1), Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cho biết, họ đang tìm cách tăng cường mối quan hệ quân sự với Hàn Quốc.']);
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('họ đang tìm cách'));
  assert.equal(qs[0]!.speaker, 'NATO');
  assert.equal(qs[0]!.cue, 'cho biết');
});

test('a quoted fragment inside indirect speech stays part of one indirect quote', () => {
  const qs = quotesOf(['Ông Park nói rằng Hàn Quốc “mong muốn hợp tác chặt chẽ hơn với NATO” để giải quyết các mối đe dọa an ninh và kêu gọi sự đoàn kết giữa các quốc gia.']);
  assert.equal(qs.length, 1, 'neither the fragment nor "kêu gọi sự đoàn kết" is a quote of its own');
  assert.equal(qs[0]!.kind, 'indirect');
  assert.ok(qs[0]!.text.startsWith('Hàn Quốc “mong muốn'));
  assert.equal(qs[0]!.speaker, 'Park Jin');
});

test('a second reporting verb with a clause starts a second statement of the same speaker', () => {
  const qs = quotesOf(['Một quan chức Mỹ nói rằng các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tiến triển, đồng thời cảnh báo Bình Nhưỡng sẽ phải "trả giá" nếu cung cấp vũ khí cho Nga.']);
  assert.deepEqual(qs.map((q) => [q.cue, q.text.slice(0, 20)]), [['nói', 'các cuộc đàm phán vũ'], ['cảnh báo', 'Bình Nhưỡng sẽ phải ']]);
  assert.ok(!qs[0]!.text.includes('đồng thời'));
});

test('a quotation after a comma that ends the sentence is a direct quote of its own', () => {
  const qs = quotesOf(['Stoltenberg cho biết còn quá sớm để khẳng định những hậu quả đó có thể là gì, "nhưng đó phải là một vấn đề mà chúng tôi cần giải quyết”.']);
  assert.deepEqual(qs.map((q) => [q.kind, q.text.slice(0, 12)]), [['indirect', 'còn quá sớm '], ['direct', 'nhưng đó phả']]);
  assert.ok(qs.every((q) => q.speaker === 'Jens Stoltenberg'));
});

test('"Theo X, …" reports X; "Theo Reuters, Y phát biểu … cáo buộc rằng …" reports Y via Reuters', () => {
  const doc = makeDoc([
    'Theo ông Blinken, Triều Tiên cũng cung cấp khí tài quân sự cho Nga.',
    'Theo Reuters, Tổng Thư ký NATO Jens Stoltenberg phát biểu trong một cuộc họp báo chung sau cuộc hội đàm với Ngoại trưởng Mỹ Antony Blinken cáo buộc rằng cuộc chiến đang được thúc đẩy bởi Trung Quốc.',
  ], [...E, ['Blinken', 'PER', 'Antony Blinken']]);
  const [a, b] = extractQuotes(doc);
  assert.equal(a!.speaker, 'Antony Blinken');
  assert.ok(a!.text.startsWith('Triều Tiên cũng cung cấp'));
  assert.equal(b!.speaker, 'Jens Stoltenberg', 'not Blinken, who is inside "với …"');
  assert.equal(b!.cue, 'cáo buộc');
  assert.equal(b!.via, 'Reuters');
});

test('content first, attribution last: "…, nguồn tin từ NATO cho biết."', () => {
  const qs = quotesOf(['Hàn Quốc sẽ cung cấp báo cáo chi tiết về sự xuất hiện của lực lượng Triều Tiên tại các khu vực xung đột, nguồn tin từ NATO cho biết.']);
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('Hàn Quốc sẽ cung cấp') && qs[0]!.text.endsWith('xung đột'));
  assert.equal(qs[0]!.speaker, 'NATO');
});

test('a direct quote with ", ông X nói, theo hãng tin …" keeps the agency as via', () => {
  const qs = quotesOf(['“Tất nhiên, chúng tôi lo ngại về các vụ thử tên lửa liều lĩnh của Triều Tiên", ông Stoltenberg nói, theo hãng tin Yonhap News Agency.']);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Jens Stoltenberg');
  assert.equal(qs[0]!.via, 'Yonhap News Agency');
});

test('not speech: negated verbs, "được … gọi là", "để khẳng định", scare quotes and headlines', () => {
  const qs = quotesOf([
    'Mỹ cảnh báo Triều Tiên sẽ phải "trả giá" nếu cung cấp vũ khí cho Nga',
    'Tuy nhiên, ông Kirby không nói rõ Tập đoàn Wagner đã nhận được bao nhiêu vũ khí từ Triều Tiên.',
    'Triều Tiên đã phóng Hwasong-17, được các chuyên gia gọi là “tên lửa quái vật”.',
    'Các vụ thử tên lửa "liều lĩnh" của Triều Tiên tiếp tục.',
    'Nga cần thêm thời gian để khẳng định vị thế của mình.',
  ], ['title']);
  assert.deepEqual(qs, []);
});

test('"Bà này" finds the last woman speaking; coordinated verbs split; spans equal slices', () => {
  const doc = makeDoc([
    'Hôm 18/6, người phát ngôn Nhà Trắng Karine Jean-Pierre nói trong một cuộc họp báo rằng việc tăng cường hợp tác Nga-Triều là "một xu hướng rất đáng được quan tâm".',
    'Ông Stoltenberg cho rằng, điều này cho thấy những thách thức an ninh ở châu Âu có mối liên hệ với châu Á và nói thêm rằng hội nghị thượng đỉnh NATO sẽ tăng cường quan hệ đối tác.',
    'Bà này lưu ý rằng tuyên bố của ông Putin đã nhấn mạnh các biện pháp ngoại giao, đồng thời nói thêm: "Chúng tôi hy vọng đây là thông điệp mà ông Putin sẽ truyền đạt".',
  ], E);
  const qs = extractQuotes(doc);
  assert.deepEqual(qs.map((q) => [q.speaker, q.cue]), [
    ['Karine Jean-Pierre', 'nói'], ['Jens Stoltenberg', 'cho rằng'], ['Jens Stoltenberg', 'nói thêm'],
    ['Karine Jean-Pierre', 'lưu ý'], ['Karine Jean-Pierre', 'nói thêm'],
  ]);
  assert.equal(qs[4]!.kind, 'direct');
  for (const q of qs) assert.equal(q.text, doc.text.slice(q.start, q.end));
});

test('"X thông báo nói rằng …" reports from "rằng"; "Theo X, …" has "Theo" as its cue', () => {
  const qs = extractQuotes(makeDoc([
    'Hãng hàng không EgyptAir thông báo nói rằng đã tìm thấy mảnh vỡ máy bay ở phía nam đảo Crete.',
    'Theo tờ Al-Masry Al-Youm, bức ảnh được đăng vào tháng 9-2014.',
  ], [['EgyptAir', 'ORG', 'EgyptAir'], ['Al-Masry Al-Youm', 'ORG', 'Al-Masry Al-Youm'], ['Crete', 'LOC', 'Crete']]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.cue, q.text.slice(0, 14)]), [['EgyptAir', 'nói', 'đã tìm thấy mả'], ['Al-Masry Al-Youm', 'Theo', 'bức ảnh được đ']]);
});

test('"gọi tắt là", "còn gọi là" name something; they report no speech', () => {
  assert.deepEqual(quotesOf(['Ông Kirby làm việc tại Cơ quan Tình báo Trung ương Mỹ (gọi tắt là CIA) trong 10 năm.']), []);
  assert.deepEqual(quotesOf(['Thành phố Moscow, còn gọi là Matxcơva, đón tuyết đầu mùa.']), []);
});

test('a place alone between dashes ends the speaker\'s address; "trả lời X rằng" reports what follows "rằng"', () => {
  const qs = quotesOf(['Đáp lại, ông Park Jin – đại sứ Hàn Quốc tại Mỹ ở Washington – Hoa Kỳ – trả lời hãng Reuters rằng: “Quyết định tùy thuộc vào lãnh đạo của tôi”.']);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Park Jin');
  assert.ok(qs[0]!.text.startsWith('Quyết định'), qs[0]!.text);
});

test('a denial with nothing after it ("… Mỹ bác bỏ, ông X cho hay") is no quote of the denier', () => {
  const qs = quotesOf(['Trung Quốc và Nga ủng hộ điều này nhưng Mỹ và các đồng minh bác bỏ, ông Park cho hay.']);
  assert.ok(!qs.some((q) => q.speaker === 'United States' || q.text.startsWith('ông Park')), JSON.stringify(qs.map((q) => [q.speaker, q.text])));
});
