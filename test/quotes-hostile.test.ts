import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims, extractQuotes } from '../src/quotes/index.ts';
import { collectClaims } from '../src/corpus/claims.ts';
import { analyze } from '../src/pipeline.ts';
import { makeDoc } from './fixtures/quotes/docs.ts';
import { SEEDS } from './helpers/shared.ts';

test('hostile text: unbalanced quotes, a long line of cues and marks, entities out of range', () => {
  const long = 'Ông X nói: "'.repeat(5000) + ' cho biết rằng, theo “ ” « ' + 'Reuters cho biết, '.repeat(5000) + 'bác bỏ '.repeat(5000);
  const docs = [
    makeDoc(['']),
    makeDoc(['"', '“', '”', '«»', "''", ', ông nói.', 'Theo ,', 'dẫn lời']),
    makeDoc([long]),
    makeDoc(['Ông Kirby nói: "Chưa đóng ngoặc kép, và đoạn văn kết thúc ở đây mà không có dấu đóng']),
  ];
  docs[1]!.layers.entities.push({ start: 5, end: 99999, text: 'x', type: 'PER', canonical: 'X' });
  for (const doc of docs) {
    const quotes = extractQuotes(doc);
    doc.layers.quotes = quotes;
    doc.layers.claims = extractClaims(doc);
    for (const q of quotes) assert.equal(q.text, doc.text.slice(q.start, q.end));
  }
  assert.doesNotThrow(() => collectClaims(docs));
});

test('a quotation left open runs to the end of its paragraph', () => {
  const doc = makeDoc(['Ông Kirby nói: "Chúng tôi sẽ tiếp tục theo dõi tình hình và phối hợp với các đồng minh', 'Một đoạn khác.'], [['Kirby', 'PER', 'John Kirby']]);
  const [q] = extractQuotes(doc);
  assert.equal(q!.kind, 'direct');
  assert.ok(q!.text.endsWith('các đồng minh'));
});

test('the bundled seeds through the whole pipeline: named speakers and denials in the story', () => {
  const { docs, stories } = analyze([SEEDS], { oneStory: true });
  const quotes = docs.flatMap((d) => d.layers.quotes);
  assert.ok(quotes.length >= 50, `${quotes.length} quotes`);
  const kirby = quotes.find((q) => q.text.startsWith('Chúng tôi rõ ràng lên án'));
  assert.match(kirby?.speaker ?? '', /Kirby/);
  const claims = stories[0]!.claims;
  assert.ok(claims.some((c) => c.stance === 'deny' && c.answers !== undefined && claims[c.answers]!.stance === 'allege'));
});
