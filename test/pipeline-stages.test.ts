import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ANNOTATORS, analyze, type DocComponent } from '../src/pipeline.ts';
import { ROOT } from './helpers/shared.ts';

const SAMPLE = join(ROOT, 'examples', 'seeds');

// Components run stage by stage over all documents: a document whose analysis fails in one stage must
// be reported with its path and left out, while every other document still gets every later layer.
test('a document failing in one stage is reported and the others get every later layer', () => {
  const at = ANNOTATORS.findIndex((c) => c.name === 'words');
  const original = ANNOTATORS[at]!;
  const wrapped: DocComponent = {
    ...original,
    run: (doc) => {
      if (doc.meta.path.includes('002_')) throw new Error('injected failure');
      return original.run(doc);
    },
  };
  ANNOTATORS[at] = wrapped;
  try {
    const result = analyze([SAMPLE]);
    assert.equal(result.docs.length, 4);
    assert.deepEqual(result.errors.map((e) => [e.path.includes('002_'), e.message]), [[true, 'analysis failed: injected failure']]);
    for (const doc of result.docs) {
      assert.ok(doc.layers.tokens.length > 0, `${doc.meta.path} has words`);
      assert.ok(doc.layers.entities.length > 0, `${doc.meta.path} has entities (a later stage)`);
      assert.ok(doc.layers.quotes.length > 0, `${doc.meta.path} has quotes (after linking)`);
    }
    assert.ok(result.stories.length > 0);
  } finally {
    ANNOTATORS[at] = original;
  }
});
