/** Rules that carry recognition, typing and linking beyond the seed story (invented sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities, recognizeEntities } from '../src/entities/index.ts';
import { docOf } from './fixtures/entities/doc.ts';

const tags = (...lines: Parameters<typeof docOf>) => recognizeEntities(docOf(...lines)).map((e) => `${e.text}/${e.type}`);
const find = (...lines: Parameters<typeof docOf>) => recognizeEntities(docOf(...lines));

test('one name, one type: a cue or a head types every mention of the name in the document', () => {
  const t = tags('Hãng hàng không Blueway Air vừa mở đường bay mới.', 'Blueway Air cho biết sẽ mua thêm máy bay.',
    'Đại diện hãng Zentrix nói. Zentrix đã ký hợp đồng với tập đoàn chế tạo máy bay Norvik.');
  assert.ok(t.includes('Hãng hàng không Blueway Air/ORG'), t.join());
  assert.ok(t.includes('Blueway Air/ORG'), t.join());
  assert.deepEqual(t.filter((x) => x.startsWith('Zentrix')), ['Zentrix/ORG', 'Zentrix/ORG']);
  assert.ok(t.includes('Norvik/ORG'), t.join());
  // the company head and the brand alone share a canonical
  const e = find('Công ty Harlow & Finch chế tạo động cơ. Harlow & Finch cho biết.');
  assert.deepEqual(e.map((x) => `${x.text}/${x.type}/${x.canonical}`), ['Công ty Harlow & Finch/ORG/Harlow & Finch', 'Harlow & Finch/ORG/Harlow & Finch']);
});

test('role + organisation + person splits at a Vietnamese surname or at a name the document types as an organisation', () => {
  const e = find('Tổng giám đốc Zentrix Lê Thị Hoa cho biết.');
  assert.deepEqual(e.map((x) => `${x.text}/${x.type}`), ['Zentrix/ORG', 'Lê Thị Hoa/PER']);
  assert.equal(e[1]!.role, 'Tổng giám đốc Zentrix');
  const f = find('Hãng Norvik giao máy bay.', 'Chủ tịch Norvik Tom Baker nói.', 'Ông Baker cho biết.');
  assert.deepEqual(f.map((x) => `${x.text}/${x.type}/${x.canonical}`),
    ['Hãng Norvik/ORG/Norvik', 'Norvik/ORG/Norvik', 'Tom Baker/PER/Tom Baker', 'Baker/PER/Tom Baker']);
  assert.deepEqual(tags('Phó giám đốc Minbank Bình Chánh bị bắt.'), ['Minbank Bình Chánh/ORG']);
  assert.deepEqual(tags('HLV Dorset United nói.'), ['Dorset United/ORG']);
});

test('acronyms by context: a body in front of its bracketed acronym, model codes between numbers, VN', () => {
  const e = find('Theo Cơ quan hàng không Hoa Kỳ (FAA), máy bay 737 MAX 200 an toàn cho doanh nghiệp VN.');
  assert.deepEqual(e.map((x) => `${x.text}/${x.type}/${x.canonical}`), [
    'Cơ quan hàng không Hoa Kỳ/ORG/Cơ quan hàng không Hoa Kỳ', 'FAA/ORG/Cơ quan hàng không Hoa Kỳ', '737 MAX 200/MISC/737 MAX 200', 'VN/GPE/Vietnam',
  ]);
  assert.deepEqual(tags('Chủ tịch HĐQT Zentrix Lê Văn Tâm nói.'), ['Zentrix/ORG', 'Lê Văn Tâm/PER']);
});

test('gender: "bà X" never takes a man\'s full name, within or across documents', () => {
  const [d] = [docOf('Ông Tom Wexler và bà Anna Wexler dự tiệc.', 'Bà Wexler nói rằng ông Wexler sẽ về sớm.')];
  d!.layers.entities = recognizeEntities(d!);
  const of = (text: string) => d!.layers.entities.filter((e) => e.text === text).map((e) => e.canonical);
  assert.deepEqual(of('Wexler'), ['Anna Wexler', 'Tom Wexler']);
  const docs = [docOf('Cựu tổng thống, ông Tom Wexler, tới thăm.'), docOf('Bà Wexler phát biểu tại hội nghị.')];
  for (const x of docs) x.layers.entities = recognizeEntities(x);
  linkEntities(docs);
  assert.equal(docs[1]!.layers.entities.find((e) => e.text === 'Wexler')?.canonical, 'Wexler');
  const men = [docOf('Ông Tom Wexler tới thăm.'), docOf('Ông Wexler phát biểu.')];
  for (const x of men) x.layers.entities = recognizeEntities(x);
  linkEntities(men);
  assert.equal(men[1]!.layers.entities[0]!.canonical, 'Tom Wexler');
});

test('titles of works, awards and events are MISC, never people', () => {
  assert.deepEqual(tags('Bộ phim "Người Gác Đèn" đoạt giải "Ngôi Sao Xanh" năm nay.'), ['Người Gác Đèn/MISC', 'Ngôi Sao Xanh/MISC']);
  assert.deepEqual(tags('Chiến dịch mang tên "Mũi tên vàng" bắt đầu.'), ['Mũi tên vàng/MISC']);
  assert.deepEqual(tags('Anh giành giải Hoa Sen Vàng với phim Mùa Gió.'), ['Hoa Sen Vàng/MISC', 'Mùa Gió/MISC']);
  assert.deepEqual(tags('Họ dự Kestrel Music Awards ở Central Park.'), ['Kestrel Music Awards/MISC', 'Central Park/LOC']);
  // a person cue before the quote, or quoted speech after a colon, is left to the other rules
  assert.deepEqual(tags('Vai chàng "Kiran Vos" do Trần Văn Hải đóng.'), ['Kiran Vos/PER', 'Trần Văn Hải/PER']);
  assert.deepEqual(tags('Ông nói: "Thật Tuyệt Vời".'), []);
});

test('small Vietnamese places after xã, thôn, phường, TP and their abbreviations', () => {
  assert.deepEqual(tags('Vụ việc xảy ra tại thôn Đông Lạc, xã Hòa Phú, huyện Yên Phong.'), ['Đông Lạc/GPE', 'Hòa Phú/GPE', 'Yên Phong/GPE']);
  assert.deepEqual(tags('Lãnh đạo UBND xã Hòa Phú cho biết.'), ['UBND xã Hòa Phú/ORG']);
  assert.deepEqual(tags('Lãnh đạo TP Móng Cái tới thăm.'), ['Móng Cái/GPE']);
  assert.deepEqual(tags('Dự án ở P.Tân Định rộng 5 ha.'), ['Tân Định/GPE']);
  assert.deepEqual(tags('Ông ở xóm Lẻ, làng Vân Khúc.'), ['Lẻ/GPE', 'Vân Khúc/GPE']);
});

test('lists and sport notation: players before minutes, teams before formations, list items of one kind', () => {
  const t = tags('Dorset City (4-4-2): Hollis; Brant, Kowal (Dever 70\'), Marsh; Quine (Ruddle 81\').');
  assert.deepEqual(t, ['Dorset City/ORG', 'Hollis/PER', 'Brant/PER', 'Kowal/PER', 'Dever/PER', 'Marsh/PER', 'Quine/PER', 'Ruddle/PER']);
});

test('across a story, a name typed only by its shape takes the type its cues give elsewhere; camel-case brands are companies', () => {
  const docs = [docOf('Hãng hàng không Zentrix mua máy bay.'), docOf('Zentrix và Norvik ký hợp đồng.'), docOf('Hãng SkyLink cũng tham gia.', 'SkyLink nói.')];
  for (const d of docs) d.layers.entities = recognizeEntities(d);
  assert.equal(docs[1]!.layers.entities.find((e) => e.text === 'Zentrix')?.type, 'PER');
  linkEntities(docs);
  assert.equal(docs[1]!.layers.entities.find((e) => e.text === 'Zentrix')?.type, 'ORG');
  assert.equal(docs[1]!.layers.entities.find((e) => e.text === 'Norvik')?.type, 'PER');
  assert.deepEqual(tags('Theo EgyptLink, chuyến bay đã hạ cánh.'), ['EgyptLink/ORG']);
  // a name seen with its edition number is a thing when it stands alone too
  assert.deepEqual(tags('Vòng chung kết Eurocup 2024 khởi tranh.', 'Họ tới Eurocup.'), ['Eurocup/MISC', 'Eurocup/MISC']);
});

test('hostile input for the new cues: long cue chains, quotes, lists, ampersands; no throw, spans equal their text', () => {
  const lines = ['hãng hàng không '.repeat(3000) + 'Zed', '“Ab Cd” '.repeat(3000), 'Xavo, '.repeat(5000), 'Pratt & '.repeat(3000), 'xã Ab '.repeat(3000),
    'Tổng giám đốc Zentrix Lê Thị Hoa '.repeat(1000), '"'.repeat(5000) + 'Ab', 'P.'.repeat(5000), 'Hãng'];
  const doc = docOf(...lines);
  const ents = recognizeEntities(doc);
  for (const e of ents) assert.equal(doc.text.slice(e.start, e.end), e.text);
  assert.ok(ents.some((e) => e.text === 'Lê Thị Hoa' && e.type === 'PER'));
});
