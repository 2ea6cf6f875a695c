/**
 * `npm run eval:summaries`: every ViMs cluster analysed with the real pipeline as one story, with the
 * summary budget set to the mean length (syllables) of its two human summaries; ROUGE-1/2 F1 against
 * both references, next to a Lead baseline (the first article's first sentences cut to the same
 * length), a plain MMR baseline, and the two human summaries scored against each other.
 * The articles' `Summary:` header (the outlet's sapo) is metadata and is never read.
 * The metric is the diacritic-preserving syllable ROUGE of eval/lib/rouge.ts, under both multi-reference
 * conventions it describes. The issue's target (≥ 0.42) is checked against the best-reference score:
 * that is multi-reference ROUGE-N as Lin (2004) defines it and as rouge_score computes it, and the only
 * convention under which the issue's own Lead figure (about 0.35) comes out (mean of the two: ~0.31).
 * The mean of the two single-reference scores is printed beside it, as the stricter figure.
 * Summary options are chosen on the dev clusters 1–150 only: the test clusters 151–300 are the held-out figure.
 * `--sweep` tries summary options on the dev clusters and reports the best on the test clusters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import type { Doc } from '../src/core/doc.ts';
import { summarize, type SummaryOptions } from '../src/corpus/summary.ts';
import { proseSentences, FUNCTION_SYLLABLES } from '../src/corpus/sentences.ts';
import { VIMS, row } from '../bench/lib.ts';
import { rougeF, rougeBestF, rouge155Tokens, countWords, cutToWords } from './lib/rouge.ts';

interface Cluster { n: number; docs: Doc[]; refs: string[]; words: number; system: string }

const root = join(VIMS, 'original');
if (!existsSync(root)) {
  console.log(`skipped: needs ${root}`);
  process.exit(0);
}

const clusters: Cluster[] = [];
const t0 = performance.now();
for (const name of readdirSync(root).sort()) {
  const n = Number(name.replace(/\D/g, ''));
  const refDir = join(VIMS, 'summary', name);
  const refs = [0, 1].map((i) => join(refDir, `${i}.gold.txt`)).filter(existsSync).map((p) => readFileSync(p, 'utf8'));
  if (refs.length === 0) continue;
  const words = Math.round(refs.reduce((s, r) => s + countWords(r), 0) / refs.length);
  const result = analyze([join(root, name, 'original')], { oneStory: true, summaryWords: words });
  const story = result.stories[0];
  if (!story) continue;
  const byId = new Map(result.docs.map((d) => [d.id, d]));
  clusters.push({ n, docs: story.documents.map((id) => byId.get(id)!), refs, words, system: story.summary.map((s) => s.text).join(' ') });
}
const seconds = (performance.now() - t0) / 1000;

/** Lead: the first article's prose from its start, cut to the budget. */
function lead(c: Cluster): string {
  return cutToWords(proseSentences(c.docs.slice(0, 1)).map((s) => s.text).join(' '), c.words);
}

/** Plain MMR (Carbonell & Goldstein 1998): cosine to the story centroid minus redundancy, λ = 0.7, whole sentences. */
function mmr(c: Cluster): string {
  const sents = proseSentences(c.docs).filter((s) => s.words >= 5);
  const vec = (s: string[]) => {
    const m = new Map<string, number>();
    for (const x of s) if (!FUNCTION_SYLLABLES.has(x)) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let d = 0;
    let na = 0;
    let nb = 0;
    for (const [k, v] of a) {
      d += v * (b.get(k) ?? 0);
      na += v * v;
    }
    for (const v of b.values()) nb += v * v;
    return na && nb ? d / Math.sqrt(na * nb) : 0;
  };
  const vs = sents.map((s) => vec(s.syllables));
  const centroid = vec(sents.flatMap((s) => s.syllables));
  const chosen: number[] = [];
  let used = 0;
  for (;;) {
    let best = -1;
    let bestScore = -Infinity;
    vs.forEach((v, i) => {
      if (chosen.includes(i) || used + sents[i]!.words > c.words) return;
      const red = Math.max(0, ...chosen.map((j) => cos(v, vs[j]!)));
      const score = 0.7 * cos(v, centroid) - 0.3 * red;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) break;
    chosen.push(best);
    used += sents[best]!.words;
  }
  return chosen.sort((a, b) => a - b).map((i) => sents[i]!.text).join(' ');
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const humans = (c: Cluster) => [rougeF(c.refs[0]!, [c.refs[1] ?? c.refs[0]!], 1), rougeF(c.refs[0]!, [c.refs[1] ?? c.refs[0]!], 2)];

function report(label: string, cs: Cluster[], system: (c: Cluster) => string): void {
  const ours = cs.map(system);
  const l = cs.map(lead);
  const m = cs.map(mmr);
  const score = (texts: string[], f: typeof rougeF, n: number) => mean(cs.map((c, i) => f(texts[i]!, c.refs, n)));
  const trio = (f: typeof rougeF, n: number) => [ours, l, m].map((t) => score(t, f, n).toFixed(4)).join(' / ');
  const best = score(ours, rougeBestF, 2);
  const over = cs.filter((c, i) => countWords(ours[i]!) > c.words).length;
  console.log(`\n${label}: ${cs.length} clusters`);
  row('ROUGE-2 F1, best reference (Niên Biểu)', best.toFixed(4), '≥ 0.42', best >= 0.42);
  row('ROUGE-2 F1, best reference: Lead / MMR', [l, m].map((t) => score(t, rougeBestF, 2).toFixed(4)).join(' / '), 'issue: Lead ≈ 0.35');
  row('ROUGE-2 F1, mean of the two: ours/Lead/MMR', trio(rougeF, 2));
  row('ROUGE-2 F1 human vs human', mean(cs.map((c) => humans(c)[1]!)).toFixed(4));
  row('ROUGE-1 F1, best reference: ours/Lead/MMR', trio(rougeBestF, 1));
  row('ROUGE-1 F1, mean of the two: ours/Lead/MMR', trio(rougeF, 1));
  row('ROUGE-1 F1 human vs human', mean(cs.map((c) => humans(c)[0]!)).toFixed(4));
  // ROUGE-1.5.5's own tokeniser (cuts syllables at accented letters): only to compare with the ViMs paper's 0.507.
  const r155 = (text: string, refs: string[], n: number) => rougeF(text, refs, n, rouge155Tokens);
  row('R-2 F1 mean, ROUGE-1.5.5 tokens: ours/Lead/MMR', [ours, l, m].map((t) => mean(cs.map((c, i) => r155(t[i]!, c.refs, 2))).toFixed(4)).join(' / '));
  row('R-1/R-2 F1, ROUGE-1.5.5 tokens: human', [1, 2].map((n) => mean(cs.map((c) => r155(c.refs[0]!, [c.refs[1] ?? c.refs[0]!], n))).toFixed(4)).join(' / '), 'paper 0.729 / 0.507');
  row('summaries over budget', String(over), '0', over === 0);
}

console.log(`ViMs summaries: ${clusters.length} clusters analysed one by one in ${seconds.toFixed(1)} s; syllable ROUGE with diacritics (eval/lib/rouge.ts)`);
const dev = clusters.filter((c) => c.n <= 150);
const test = clusters.filter((c) => c.n > 150);
report('all clusters', clusters, (c) => c.system);
report('dev clusters 1–150 (options are chosen on these)', dev, (c) => c.system);
report('HELD-OUT test clusters 151–300', test, (c) => c.system);
const heldOut = (f: typeof rougeF) => mean(test.map((c) => f(c.system, c.refs, 2)));
const everything = (f: typeof rougeF) => mean(clusters.map((c) => f(c.system, c.refs, 2)));
console.log(`\nheld-out test ROUGE-2 F1, best reference ${heldOut(rougeBestF).toFixed(4)} (target ≥ 0.42 ${heldOut(rougeBestF) >= 0.42 ? '✓' : '✗'}); all ${everything(rougeBestF).toFixed(4)}`);
console.log(`held-out test ROUGE-2 F1, mean of the two references ${heldOut(rougeF).toFixed(4)} (stricter convention); all ${everything(rougeF).toFixed(4)}`);

if (process.argv.includes('--sweep')) {
  const run = (opts: SummaryOptions) => (c: Cluster) => summarize(c.docs, c.words, opts).map((s) => s.text).join(' ');
  let best: { opts: SummaryOptions; r2: number } = { opts: {}, r2: -1 };
  console.log('\nsweep on dev (ROUGE-2 F1):');
  for (const lengthExponent of [0.6, 0.8, 1])
    for (const leadWeight of [0, 0.1, 0.2, 0.3]) {
      const opts = { lengthExponent, leadWeight };
      const r2 = mean(dev.map((c) => rougeF(run(opts)(c), c.refs, 2)));
      console.log(`  ${JSON.stringify(opts)}  R-2 ${r2.toFixed(4)}`);
      if (r2 > best.r2) best = { opts, r2 };
    }
  console.log(`best on dev: ${JSON.stringify(best.opts)}`);
  report('test clusters 151–300 with the best dev options', test, run(best.opts));
}
