import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { countWords, proseSentences, syllableKeys } from '../src/corpus/sentences.ts';
import { storyConcepts } from '../src/corpus/summary-concepts.ts';
import { summarize } from '../src/corpus/summary.ts';
import { matchKey } from '../src/text/fold.ts';
import { SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const seeds = analyze([SEEDS], { oneStory: true, summaryWords: 0 });
const CONCEPTS = { conceptPower: 1, unigramWeight: 0.3, titleWeight: 1 };
const words = (s: { text: string }[]) => s.reduce((n, x) => n + x.text.split(/\s+/).filter(Boolean).length, 0);

test('syllable keys and the word count agree with their regex definitions on hostile text', () => {
  const samples = [
    'Đà Nẵng, ngày 19/5: “Hoà bình”!', 'İstanbul x\u200by \u00a0 NBSP', '𝐀𝐁 𝟙𝟚 ①② 한국 日本 ٣٤ 😀 tiếng\u0301', '', '   ', 'a\u2028b\u3000c\ufeffd',
  ];
  for (const s of samples) {
    assert.deepEqual(syllableKeys(s), matchKey(s).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean), s);
    assert.equal(countWords(s), s.split(/\s+/).filter(Boolean).length, s);
  }
});

test('prose sentences read their keys from the whole document the same as sentence by sentence', () => {
  for (const s of proseSentences(seeds.docs)) {
    assert.deepEqual(s.syllables, syllableKeys(s.text));
    assert.equal(s.words, countWords(s.text));
  }
});

test('a concept several outlets share weighs more than one only its own article has; a repeated sentence is picked once', () => {
  const dir = tempDir('summary');
  const shared = 'Bộ Y tế công bố thêm 35 ca nhiễm mới tại Hà Nội và Thành phố Hồ Chí Minh trong sáng nay.';
  writeFileSync(join(dir, 'a.txt'), `Dịch bệnh lan rộng\n\n${shared} Người dân đi chợ đông đúc từ sáng sớm ở phường Bến Nghé quận Một.\n`);
  writeFileSync(join(dir, 'b.txt'), `Thêm ca nhiễm mới\n\n${shared} Giá xăng dầu trong nước được điều chỉnh giảm nhẹ từ chiều hôm qua theo quyết định.\n`);
  const r = analyze([dir], { oneStory: true, summaryWords: 0 });
  const all = proseSentences(r.docs);
  const { ids, from, weights } = storyConcepts(r.docs, all, CONCEPTS);
  const concepts = (i: number) => [...ids.subarray(from[i]!, from[i + 1]!)];
  const weight = (i: number) => concepts(i).reduce((s, k) => s + weights[k]!, 0);
  const repeated = all.findIndex((s) => s.text.startsWith('Bộ Y tế'));
  const alone = all.findIndex((s) => s.text.startsWith('Người dân'));
  assert.ok(repeated >= 0 && alone >= 0);
  // "sáng" is the only content the lone sentence shares with the other article (a unigram, 0.3 × 2).
  assert.ok(weight(repeated) > 40 && Math.abs(weight(alone) - 0.6) < 1e-9);
  // "ca nhiễm" and "nhiễm mới" are also in a title: 2 documents + 1 title.
  assert.equal(Math.max(...concepts(repeated).map((k) => weights[k]!)), 3);
  // Within any budget and never the same text twice: the repeated sentence is picked once.
  const s = summarize(r.docs, 40);
  assert.ok(words(s) <= 40);
  assert.equal(s.filter((x) => x.text === shared).length, 1);
});

test('the summary is deterministic, within any budget, and survives hostile stories', () => {
  for (const budget of [120, 40]) {
    const a = summarize(seeds.docs, budget);
    assert.deepEqual(a, summarize(seeds.docs, budget));
    assert.ok(a.length > 0 && words(a) <= budget);
  }
  const dir = tempDir('summary-hostile');
  // One run-on "sentence" of 20,000 syllables (over maxWords), and an article of punctuation only.
  writeFileSync(join(dir, 'long.txt'), `Tiêu đề\n\n${'một hai ba '.repeat(6700)}\n`);
  writeFileSync(join(dir, 'punct.txt'), 'Tiêu đề khác\n\n… — !!! ??? ///\n');
  const r = analyze([dir], { oneStory: true, summaryWords: 0 });
  assert.deepEqual(summarize(r.docs, 120), []);
  assert.deepEqual(summarize(r.docs.slice(0, 1), 120), []);
});
