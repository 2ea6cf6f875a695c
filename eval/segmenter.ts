/**
 * `npm run eval:segmenter`: word-level precision / recall / F1 of the shipped word segmenter on
 * UD_Vietnamese-VTB dev and test (exact word spans, punctuation included), beside a forward
 * longest-matching baseline over the same lexicon and the same units.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../src/core/layers.ts';
import { Featurizer } from '../src/segment/features.ts';
import { dictionaryLexicon } from '../src/segment/lexicon.ts';
import { makeUnits, scanUnits } from '../src/segment/units.ts';
import { emptyScore, prf, readConllu, scoreSpans, type Score } from '../src/segment/treebank.ts';
import { segmentText, segmenterMeta, tokensFromLabels } from '../src/segment/words.ts';
import { SHARED } from '../bench/lib.ts';

const VTB = join(SHARED, 'data', 'UD_Vietnamese-VTB');
if (!existsSync(join(VTB, 'vi_vtb-ud-test.conllu'))) {
  console.log(`skipped: needs ${VTB}`);
  process.exit(0);
}

const meta = segmenterMeta();
const baseline = new Featurizer(dictionaryLexicon(), { assoc: new Map(), treebank: new Map() });
const pct = (x: number) => (x * 100).toFixed(2);
const line = (name: string, s: Score, target?: number) => {
  const { p, r, f1 } = prf(s);
  const t = target === undefined ? '' : `   target F1 ≥ ${target} ${f1 * 100 >= target ? '✓' : '✗'}`;
  console.log(`  ${name.padEnd(34)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}${t}`);
};

console.log(`word segmentation, UD_Vietnamese-VTB @ ${meta.data.commit.slice(0, 12)} (model: ${meta.epochs} epochs on ${meta.trainedOn.join(' + ')})`);
for (const split of ['dev', 'test'] as const) {
  const sents = readConllu(join(VTB, `vi_vtb-ud-${split}.conllu`));
  const model = emptyScore();
  const fmm = emptyScore();
  const u = makeUnits(256);
  for (const g of sents) {
    scoreSpans(g.words, segmentText(g.text), model);
    u.n = 0;
    scanUnits(g.text, 0, g.text.length, u);
    baseline.prepare(g.text, u);
    const toks: Token[] = [];
    tokensFromLabels(u, baseline.forwardLabels(), toks);
    scoreSpans(g.words, toks, fmm);
  }
  const words = sents.reduce((n, g) => n + g.words.length, 0);
  console.log(`${split} (${sents.length} sentences, ${words} words)${split === 'dev' ? ' — the shipped model was trained on dev too; dev F1 of the train-only model: ' + meta.devF1 : ''}`);
  line('perceptron (shipped model)', model, split === 'test' ? 97.5 : undefined);
  line('longest matching, same lexicon', fmm);
}
