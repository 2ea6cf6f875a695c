/**
 * The trained sentence scorer: logistic regression over the features of summary-features.ts, fitted
 * by `npm run train:summary` on which sentences the ViMs annotators picked for their summaries
 * (dev clusters only). models/summary/scorer.json holds the weights; it is read once, lazily.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from './summary-features.ts';

export const SUMMARY_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'summary', 'scorer.json');

export interface SummaryModel {
  /** the feature names the weights were fitted on, in order */
  features: string[];
  weights: number[];
  bias: number;
  /** a sentence's coverage gain is scaled by exp(sharpness × (its logit − the story's best logit)) */
  sharpness: number;
  /** where the weights come from (data, clusters, labels, settings) */
  trained: Record<string, unknown>;
}

let loaded: SummaryModel | undefined;

export function summaryModel(): SummaryModel {
  if (loaded) return loaded;
  let model: SummaryModel;
  try {
    model = JSON.parse(readFileSync(SUMMARY_MODEL_PATH, 'utf8')) as SummaryModel;
  } catch (e) {
    throw new Error(`summary scorer missing or unreadable at ${SUMMARY_MODEL_PATH} (run npm run train:summary): ${(e as Error).message}`);
  }
  if (model.features.join('\n') !== FEATURE_NAMES.join('\n') || model.weights.length !== FEATURE_NAMES.length) {
    throw new Error(`summary scorer at ${SUMMARY_MODEL_PATH} was trained on other features (run npm run train:summary)`);
  }
  return (loaded = model);
}

/** The model's logit for each feature vector. */
export function sentenceLogits(features: Float64Array[], model: SummaryModel = summaryModel()): Float64Array {
  const w = model.weights;
  return Float64Array.from(features, (x) => {
    let s = model.bias;
    for (let j = 0; j < w.length; j++) s += w[j]! * x[j]!;
    return s;
  });
}
