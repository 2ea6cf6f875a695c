import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities, mentionNear, recognizeEntities } from '../src/entities/index.ts';
import { buildCast } from '../src/corpus/cast.ts';
import { docOf } from './fixtures/entities/doc.ts';
import type { Doc } from '../src/core/doc.ts';

const canon = (doc: Doc, text: string) => doc.layers.entities.filter((e) => e.text === text).map((e) => e.canonical);
function annotate(...docs: Doc[]): Doc[] {
  for (const d of docs) d.layers.entities = recognizeEntities(d);
  return docs;
}

test('short forms take the full name within a document: Park, Kim, Blinken, Wagner', () => {
  const [d] = annotate(docOf(
    'Ngoại trưởng Mỹ cũng thảo luận với Ngoại trưởng Hàn Quốc Park Jin về chiến lược răn đe.',
    'Nếu có mối liên hệ nào được xác nhận, tôi nghĩ Triều Tiên phải bị lên án tương xứng", ông Park phát biểu.',
    'Chủ tịch Triều Tiên Kim Jong Un sẽ thăm Nga. Kim có kế hoạch tới Nga để gặp ông Putin.',
    'Theo ông Blinken, Triều Tiên cũng cung cấp khí tài quân sự cho Nga. Ngoại trưởng Mỹ Antony Blinken nói.',
    'Triều Tiên cung cấp vũ khí cho nhà thầu quân sự tư nhân Nga - Tập đoàn Wagner. Cả Triều Tiên và Wagner đều bác bỏ.',
  ));
  assert.deepEqual(canon(d!, 'Park'), ['Park Jin']);
  assert.deepEqual(canon(d!, 'Kim'), ['Kim Jong Un']);
  assert.deepEqual(canon(d!, 'Blinken'), ['Antony Blinken']);
  assert.deepEqual(canon(d!, 'Putin'), ['Vladimir Putin']);
  const wagner = d!.layers.entities.find((e) => e.text === 'Wagner')!;
  assert.equal(wagner.type, 'ORG');
  assert.equal(wagner.canonical, canon(d!, 'Tập đoàn Wagner')[0]);
});

test('a misspelt name one edit away joins the full name; different people stay apart', () => {
  const [d] = annotate(docOf(
    'Ngoại trưởng Mỹ Antony Blinken ngày 9-11 cho biết.',
    '"Chúng tôi đang làm việc", Hãng tin Reuters dẫn lời ông Bliken trong cuộc họp báo.',
    'Ông Kim Jong Il và ông Kim Jong Un.',
  ));
  assert.deepEqual(canon(d!, 'Bliken'), ['Antony Blinken']);
  assert.notEqual(canon(d!, 'Kim Jong Il')[0], canon(d!, 'Kim Jong Un')[0]);
});

test('across documents: variants, transliterations, acronyms and typos share one canonical', () => {
  const docs = annotate(
    docOf('Tổng thống Nga Vladimir Putin tiếp nhà lãnh đạo Triều Tiên Kim Jong-un tại Matxcơva.'),
    docOf('Chủ tịch Triều Tiên Kim Jong Un và ông Putin nhất trí. Mátxcơva và Bình Nhưỡng ký hiệp ước.', 'Moskva (Moscow) hoan nghênh.'),
    docOf('Tổng thống Ukraine Volodymir Zelensky kêu gọi NATO hỗ trợ. KCNA đưa tin Bộ Ngoại giao Triều Tiên phản đối.'),
    docOf('Tổ chức Hiệp ước Bắc Đại Tây Dương họp tại Brussels. Thông tấn xã Trung ương Triều Tiên cho biết.'),
    docOf('Ông Dmitri Peskovv và ông Dmitri Peskov.', 'Ông Adrienne Watson nói với Watson.'),
  );
  linkEntities(docs);
  const all = docs.flatMap((d) => d.layers.entities);
  const of = (text: string) => [...new Set(all.filter((e) => e.text === text).map((e) => e.canonical))];
  assert.deepEqual(of('Kim Jong-un'), ['Kim Jong Un']);
  assert.deepEqual(of('Kim Jong Un'), ['Kim Jong Un']);
  for (const city of ['Matxcơva', 'Mátxcơva', 'Moskva', 'Moscow']) assert.deepEqual(of(city), ['Moscow'], city);
  assert.deepEqual(of('Volodymir Zelensky'), ['Volodymyr Zelenskyy']);
  assert.deepEqual(of('Tổ chức Hiệp ước Bắc Đại Tây Dương'), of('NATO'));
  assert.deepEqual(of('Thông tấn xã Trung ương Triều Tiên'), of('KCNA'));
  assert.deepEqual(of('Dmitri Peskovv'), of('Dmitri Peskov'));
  assert.equal(of('Watson')[0], 'Adrienne Watson');
});

test('the cast lists canonicals with aliases and roles, most salient first', () => {
  const docs = annotate(
    docOf(['title', 'Tổng thư ký NATO Jens Stoltenberg thăm Hàn Quốc'], 'Ông Stoltenberg gặp Ngoại trưởng Park Jin. Ông Stoltenberg nói.'),
    docOf('Ông Stoltenberg tới Nhật Bản. Tổng thư ký NATO Jens Stoltenberg gặp lãnh đạo Nhật Bản Fumio Kishida.'),
  );
  linkEntities(docs);
  const cast = buildCast(docs);
  assert.equal(cast[0]!.canonical, 'Jens Stoltenberg');
  assert.deepEqual(cast[0]!.aliases, ['Stoltenberg', 'Jens Stoltenberg']);
  assert.deepEqual(cast[0]!.roles, ['Tổng thư ký NATO']);
  assert.equal(cast[0]!.documents, 2);
  assert.ok(cast.find((c) => c.canonical === 'Fumio Kishida')?.roles?.includes('lãnh đạo Nhật Bản'));
});

test('mentionNear finds the mention covering a span, else the nearest of a type', () => {
  const [d] = annotate(docOf('Ông Stoltenberg nói: "Chúng tôi lo ngại về Triều Tiên".'));
  const ents = d!.layers.entities;
  assert.equal(mentionNear(ents, { start: 5, end: 8 })?.text, 'Stoltenberg');
  const quote = { start: d!.text.indexOf('"'), end: d!.text.length };
  assert.equal(mentionNear(ents, quote, { types: ['PER'] })?.text, 'Stoltenberg');
  assert.equal(mentionNear(ents, { start: 0, end: 1 }, { types: ['GPE'], maxGap: 10 }), undefined);
});
