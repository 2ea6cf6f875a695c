/**
 * The first 1,500 inputs of `npm run fuzz` (seed 1), in process: none may crash the pipeline or give a
 * dossier with invalid evidence. The full 10,000-input run, with a time bound per input, is `npm run fuzz`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzInput } from '../scripts/fuzz/mutate.ts';
import { FUZZ_NAMES, fuzzCorpus } from '../scripts/fuzz/corpus.ts';
import { fuzzOutcome } from '../scripts/fuzz/outcome.ts';

test('1,500 mutated and random inputs: reported or analysed, never a crash', () => {
  const { corpus } = fuzzCorpus();
  const crashes: string[] = [];
  let analysed = 0;
  for (let i = 0; i < 1500; i++) {
    const r = fuzzOutcome(FUZZ_NAMES[i % FUZZ_NAMES.length]!, fuzzInput(i, corpus, 1));
    if (r.outcome === 'crash') crashes.push(`#${i}: ${r.detail}`);
    if (r.outcome === 'ok') analysed++;
  }
  assert.deepEqual(crashes, []);
  assert.ok(analysed > 500, `most inputs are still articles (${analysed} analysed)`);
});
