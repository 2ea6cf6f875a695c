/**
 * Word segmentation: units (src/segment/units.ts) labelled B/I by the trained model in
 * models/segmenter (loaded lazily, once), grouped into Token spans. Punctuation is its own token.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../core/doc.ts';
import type { Token } from '../core/layers.ts';
import { B, Featurizer } from './features.ts';
import { dictionaryLexicon } from './lexicon.ts';
import { decodeModel, type Model, type ModelMeta } from './model.ts';
import { Scorer } from './scorer.ts';
import { makeUnits, PUNCT, scanUnits, type Units } from './units.ts';

export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'segmenter');

interface Segmenter {
  model: Model;
  featurizer: Featurizer;
  scorer: Scorer;
  units: Units;
  labels: Uint8Array;
}

let loaded: Segmenter | undefined;

function segmenter(): Segmenter {
  if (loaded) return loaded;
  const metaPath = join(MODEL_DIR, 'segmenter.json');
  let meta: ModelMeta;
  let bin: Buffer;
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8')) as ModelMeta;
    bin = readFileSync(join(MODEL_DIR, 'segmenter.bin.gz'));
  } catch (e) {
    throw new Error(`word segmenter model missing in ${MODEL_DIR} (run npm run train:segmenter): ${(e as Error).message}`);
  }
  const model = decodeModel(meta, bin);
  const featurizer = new Featurizer(dictionaryLexicon(), model.stats);
  loaded = { model, featurizer, scorer: new Scorer(model.sparse, featurizer), units: makeUnits(1024), labels: new Uint8Array(1024) };
  for (let k = 1; k <= WARM_UP_PASSES; k++) {
    const text = Array(k).fill(WARM_UP).join('\n'); // longer each time: the buffers grow once warm
    segmentSpan(text, 0, text.length, []);
  }
  return loaded;
}

/**
 * Segmented at load, before V8 optimises anything: text that takes every branch of the unit
 * scanner, the form interning and the scorer. V8 compiles hot code for the branches that have run;
 * a branch that first runs later throws the compiled code away, and the function is compiled again
 * (the scanner was compiled five times over ViMs, tens of milliseconds each). More than one pass,
 * because V8 records which branches ran only once a function has run for a while, and longer
 * each time, so that the per-sentence buffers grow then too. Labels do not depend on what was
 * segmented before, so this changes no output.
 */
const WARM_UP_PASSES = 3;
const WARM_UP = [
  'TP. Hồ Chí Minh, ngày 18/11/2022 lúc 22:05 - PGS. TS. Nguyễn Văn A và J. Biden (Mỹ) nói: “Chính phủ',
  'hoà giải” với NATO, G7, COVID-19, Hwasong-17, Jong-un, Nga-Triều, Jean-Pierre; 11.000 người, 3,5% và',
  '2022, 12, 123456 km/h... O\'Neil d’Ivoire a_b x@y.vn https://vnexpress.net/a.html. www.x.vn v.v!! ??',
  '-- Ðà Nẵng Ho\u0300a thuý 😀 αβγ 中国 ٣ U.S. TP.HCM vnexpress.net\tquan\u00a0hệ\u2009ABC\u3000x\ufeffy',
].join('\n');

/** The loaded model's metadata (loads it if needed). */
export function segmenterMeta(): ModelMeta {
  return segmenter().model.meta;
}

/** Group labelled units into tokens, appending to `out`. */
export function tokensFromLabels(u: Units, labels: Uint8Array, out: Token[]): void {
  for (let i = 0; i < u.n; ) {
    let j = i + 1;
    while (j < u.n && labels[j] !== B) j++;
    if (u.kind[i] === PUNCT) out.push({ start: u.start[i]!, end: u.end[j - 1]!, punct: true });
    else out.push({ start: u.start[i]!, end: u.end[j - 1]! });
    i = j;
  }
}

/** Words of text[from, to), as spans into `text`, appended to `out`. */
export function segmentSpan(text: string, from: number, to: number, out: Token[]): void {
  const s = segmenter();
  s.units.n = 0;
  scanUnits(text, from, to, s.units);
  if (s.labels.length < s.units.n) s.labels = new Uint8Array(s.units.start.length);
  s.featurizer.prepare(text, s.units);
  s.scorer.label(s.units, s.labels);
  tokensFromLabels(s.units, s.labels, out);
}

/** Words of a string (treated as one sentence): for stages that segment text outside a Doc. */
export function segmentText(text: string): Token[] {
  const out: Token[] = [];
  segmentSpan(text, 0, text.length, out);
  return out;
}

/** Word tokens of every sentence of the document, in order. */
export function segmentWords(doc: Doc): Token[] {
  const out: Token[] = [];
  for (const s of doc.layers.sentences) segmentSpan(doc.text, s.start, s.end, out);
  return out;
}
