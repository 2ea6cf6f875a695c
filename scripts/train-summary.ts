/**
 * `npm run train:summary`: fits the summary's sentence scorer (models/summary/scorer.json).
 *
 * Data: ViMs (Tran et al. 2020), DEV clusters 1–150 only (151–300 stay held out for
 * `npm run eval:summaries`). Each cluster is analysed with the real pipeline as one story; every
 * prose sentence gets the features of src/corpus/summary-features.ts and a label from ViMs'
 * S3_summary files: the share of the two annotators who picked it for their summary (S3 lines are
 * matched to our sentences by their syllable keys). Logistic regression with soft labels, L2,
 * full-batch Adam for a fixed number of steps: deterministic. The sharpness with which the scorer
 * scales coverage gain is chosen by 5-fold cross-validated ROUGE-2 within the dev clusters (each
 * cluster summarised by a model that did not see it), then the weights are fitted on all of them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import type { Doc } from '../src/core/doc.ts';
import { proseSentences, syllableKeys } from '../src/corpus/sentences.ts';
import { FEATURE_NAMES, sentenceFeatures, storyConcepts } from '../src/corpus/summary-features.ts';
import { SUMMARY_MODEL_PATH, type SummaryModel } from '../src/corpus/summary-scorer.ts';
import { summarize } from '../src/corpus/summary.ts';
import { VIMS } from '../bench/lib.ts';
import { countWords, rougeF } from '../eval/lib/rouge.ts';

const DEV_LAST = 150;
const MIN_WORDS = 8;
const MAX_WORDS = 80;
const LENGTH_EXPONENT = 0.8;
const CONCEPTS = { conceptPower: 1, unigramWeight: 0.3, titleWeight: 1 };
const STEPS = 500;
const STEP_SIZE = 0.05;
const L2 = 1e-4;
const SHARPNESS = [0.5, 1, 1.5, 2];

interface Cluster { n: number; docs: Doc[]; refs: string[]; words: number; X: Float64Array[]; y: number[] }

const FOLDS = 5;

/** Share of the annotators who picked each sentence ("<0|1>\t<sentence>" lines, CRLF or LF). */
function pickedShare(keys: string[], s3Files: string[]): number[] {
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]));
  const share = new Array<number>(keys.length).fill(0);
  for (const file of s3Files) {
    const picked = new Set<number>();
    for (const line of file.split(/\r?\n/)) {
      const m = /^1\t(.+)$/.exec(line);
      if (m) for (const i of byKey.get(syllableKeys(m[1]!).join(' ')) ?? []) picked.add(i);
    }
    for (const i of picked) share[i]! += 1 / s3Files.length;
  }
  return share;
}

/** Logistic regression on standardised features; the weights are returned for the raw features. */
function fit(X: Float64Array[], y: number[]): { weights: number[]; bias: number } {
  const d = X[0]!.length;
  const n = X.length;
  const mu = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const x of X) for (let j = 0; j < d; j++) mu[j]! += x[j]! / n;
  for (const x of X) for (let j = 0; j < d; j++) sd[j]! += (x[j]! - mu[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const Z = X.map((x) => Float64Array.from(x, (v, j) => (v - mu[j]!) / sd[j]!));
  const w = new Float64Array(d + 1);
  const m1 = new Float64Array(d + 1);
  const m2 = new Float64Array(d + 1);
  for (let step = 1; step <= STEPS; step++) {
    const g = new Float64Array(d + 1);
    for (let i = 0; i < n; i++) {
      const z = Z[i]!;
      let s = w[d]!;
      for (let j = 0; j < d; j++) s += w[j]! * z[j]!;
      const e = 1 / (1 + Math.exp(-s)) - y[i]!;
      for (let j = 0; j < d; j++) g[j]! += e * z[j]!;
      g[d]! += e;
    }
    for (let j = 0; j <= d; j++) {
      const gj = g[j]! / n + (j < d ? L2 * w[j]! : 0);
      m1[j] = 0.9 * m1[j]! + 0.1 * gj;
      m2[j] = 0.999 * m2[j]! + 0.001 * gj * gj;
      w[j]! -= (STEP_SIZE * (m1[j]! / (1 - 0.9 ** step))) / (Math.sqrt(m2[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const weights = Array.from({ length: d }, (_, j) => w[j]! / sd[j]!);
  let bias = w[d]!;
  for (let j = 0; j < d; j++) bias -= (w[j]! * mu[j]!) / sd[j]!;
  return { weights, bias };
}

const root = join(VIMS, 'original');
if (!existsSync(root)) {
  console.error(`needs ${root}`);
  process.exit(1);
}
const clusters: Cluster[] = [];
for (const name of readdirSync(root).sort()) {
  const n = Number(name.replace(/\D/g, ''));
  if (n > DEV_LAST) continue;
  const read = (dir: string, suffix: string) => [0, 1].map((i) => join(VIMS, dir, name, `${i}.${suffix}`)).filter(existsSync).map((p) => readFileSync(p, 'utf8'));
  const refs = read('summary', 'gold.txt');
  const s3 = read('S3_summary', 's3.txt');
  if (refs.length === 0 || s3.length === 0) continue;
  const words = Math.round(refs.reduce((s, r) => s + countWords(r), 0) / refs.length);
  // A zero budget skips the summary, which needs the model this script makes.
  const result = analyze([join(root, name, 'original')], { oneStory: true, summaryWords: 0 });
  const story = result.stories[0];
  if (!story) continue;
  const byId = new Map(result.docs.map((d) => [d.id, d]));
  // The summary reads the story's documents in story order, without near-duplicate copies.
  const docs = story.documents.filter((id) => !story.duplicates.some(([, copy]) => copy === id)).map((id) => byId.get(id)!);
  const all = proseSentences(docs);
  const rows = all.flatMap((s, i) => (s.words >= MIN_WORDS && s.words <= MAX_WORDS ? [i] : []));
  const labels = pickedShare(all.map((s) => s.syllables.join(' ')), s3);
  clusters.push({ n, docs, refs, words, X: sentenceFeatures(docs, all, storyConcepts(docs, all, CONCEPTS), LENGTH_EXPONENT, rows), y: rows.map((i) => labels[i]!) });
}
const X = clusters.flatMap((c) => c.X);
const y = clusters.flatMap((c) => c.y);
const positives = y.filter((v) => v > 0).length;
console.log(`${clusters.length} dev clusters, ${X.length} candidate sentences, ${positives} picked by an annotator`);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const asModel = (f: { weights: number[]; bias: number }, sharpness = 1): SummaryModel => ({ features: [...FEATURE_NAMES], ...f, sharpness, trained: {} });
const foldModels = Array.from({ length: FOLDS }, (_, f) => {
  const train = clusters.filter((c) => c.n % FOLDS !== f);
  return asModel(fit(train.flatMap((c) => c.X), train.flatMap((c) => c.y)));
});
const cvR2: Record<string, number> = {};
for (const sharpness of SHARPNESS) {
  const r2 = mean(clusters.map((c) => rougeF(summarize(c.docs, c.words, { model: foldModels[c.n % FOLDS]!, sharpness }).map((s) => s.text).join(' '), c.refs, 2)));
  cvR2[String(sharpness)] = r2;
  console.log(`  sharpness ${sharpness}: dev ROUGE-2 F1, ${FOLDS}-fold cross-validated ${r2.toFixed(4)}`);
}
const { weights, bias } = fit(X, y);
const model = asModel({ weights, bias }, SHARPNESS.reduce((a, b) => (cvR2[String(b)]! > cvR2[String(a)]! ? b : a)));
const round = (v: number) => Math.round(v * 1e6) / 1e6;
model.weights = weights.map(round);
model.bias = round(bias);
model.trained = {
  data: 'ViMs (Tran et al. 2020, research use): S3_summary sentence picks of clusters 1–150',
  labels: 'share of the two annotators who picked the sentence',
  candidates: `prose sentences of ${MIN_WORDS}–${MAX_WORDS} syllables`,
  rows: X.length,
  positives,
  model: `logistic regression, L2 ${L2}, ${STEPS} full-batch Adam steps of ${STEP_SIZE}`,
  devCrossValidatedRouge2BySharpness: Object.fromEntries(Object.entries(cvR2).map(([k, v]) => [k, round(v)])),
};
writeFileSync(SUMMARY_MODEL_PATH, `${JSON.stringify(model, null, 1)}\n`);
console.log(`sharpness ${model.sharpness}; wrote ${SUMMARY_MODEL_PATH}`);
