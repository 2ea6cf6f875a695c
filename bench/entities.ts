/**
 * `npm run bench:entities`: sentence split + word segmentation + entity recognition + cross-document
 * linking over every ViMs article, on one core; beside it the `vntk` package's CRF NER on the same
 * documents (speed) and on the seed gold (quality), when vntk is installed in $VNTK_DIR
 * (default /tmp/vntk-bench; it is never a dependency of this repository).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Doc } from '../src/core/doc.ts';
import { readInputs } from '../src/ingest/index.ts';
import { makeDocs } from '../src/pipeline.ts';
import { splitSentences, segmentWords } from '../src/segment/index.ts';
import { recognizeEntities, linkEntities } from '../src/entities/index.ts';
import { loadGold, prf, type PRF } from '../eval/lib/gold.ts';
import { SHARED, vimsFiles, peakRssMb, row } from './lib.ts';

const load = (paths: string[]): Doc[] => makeDocs(readInputs(paths).drafts);

// CPU time of this process (ms): the machine is shared, so wall time measures the neighbours too.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function ours(docs: Doc[]): { seg: number; rec: number; link: number; wall: number } {
  const w0 = performance.now();
  let t = cpu();
  for (const d of docs) {
    d.layers.sentences = splitSentences(d);
    d.layers.tokens = segmentWords(d);
  }
  const seg = cpu() - t;
  t = cpu();
  for (const d of docs) d.layers.entities = recognizeEntities(d);
  const rec = cpu() - t;
  t = cpu();
  linkEntities(docs);
  return { seg, rec, link: cpu() - t, wall: performance.now() - w0 };
}

// ---- vntk (optional peer)
type VntkToken = [string, string, string, string];
interface VntkNer { tag(text: string): VntkToken[] }
function loadVntk(): { ner?: VntkNer; why?: string } {
  const dir = process.env.VNTK_DIR ?? '/tmp/vntk-bench';
  if (!existsSync(join(dir, 'node_modules', 'vntk'))) return { why: `not installed in ${dir} (cd ${dir} && npm install --no-save vntk; npm install-scripts approve crfsuite && npm rebuild crfsuite)` };
  try {
    const vntk = createRequire(join(dir, 'package.json'))('vntk') as { ner(): VntkNer };
    const ner = vntk.ner();
    ner.tag('Hà Nội');
    return { ner };
  } catch (e) {
    return { why: `does not load: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** vntk's entities of a document's annotated lines: B-/I- runs joined, with its type (PER, LOC, ORG, MISC). */
function vntkEntities(ner: VntkNer, doc: Doc): { text: string; type: string }[] {
  const out: { text: string; type: string }[] = [];
  for (const b of doc.annotatedBlocks()) {
    const line = doc.text.slice(b.start, b.end);
    if (!line.trim()) continue;
    let cur: { words: string[]; type: string } | undefined;
    const flush = () => cur && out.push({ text: cur.words.join(' '), type: cur.type });
    for (const [word, , , tag] of ner.tag(line)) {
      if (tag.startsWith('I-') && cur && cur.type === tag.slice(2)) cur.words.push(word);
      else {
        flush();
        cur = tag.startsWith('B-') || tag.startsWith('I-') ? { words: [word], type: tag.slice(2) } : undefined;
      }
    }
    flush();
  }
  return out;
}

/** Distinct-mention F1 over documents, micro-averaged; vntk's LOC counts for gold GPE or LOC. */
function seedF1(pairs: { gold: { text: string; type: string }[]; ours: { text: string; type: string }[] }[]): { typed: PRF; untyped: PRF } {
  const t = [0, 0, 0];
  const u = [0, 0, 0];
  const lenient = (type: string) => (type === 'GPE' ? 'LOC' : type);
  for (const p of pairs) {
    for (const [acc, key] of [[t, (e: { text: string; type: string }) => `${e.text}\t${lenient(e.type)}`], [u, (e: { text: string }) => e.text]] as const) {
      const o = new Set(p.ours.map(key));
      const g = new Set(p.gold.map(key));
      const tp = [...o].filter((x) => g.has(x)).length;
      acc[0]! += tp;
      acc[1]! += o.size - tp;
      acc[2]! += g.size - tp;
    }
  }
  return { typed: prf(t[0]!, t[1]!, t[2]!), untyped: prf(u[0]!, u[1]!, u[2]!) };
}

const files = vimsFiles();
const docs = load(files);
ours(load(files.slice(0, 20))); // load the segmenter's model and the gazetteer outside the timing
const time = ours(docs);
const total = time.seg + time.rec + time.link;
const mentions = docs.reduce((n, d) => n + d.layers.entities.length, 0);
console.log(`entities: ${docs.length} ViMs documents, ${mentions} mentions, one core (CPU time; wall ${(time.wall / 1000).toFixed(1)} s)`);
row('segmentation (sentences + words)', `${(docs.length / (time.seg / 1000)).toFixed(0)} doc/s`);
row('recognition', `${(docs.length / (time.rec / 1000)).toFixed(0)} doc/s`);
row('cross-document linking', `${(docs.length / (time.link / 1000)).toFixed(0)} doc/s`);
row('segmentation + recognition + linking', `${(docs.length / (total / 1000)).toFixed(0)} doc/s`, '≥ 300 doc/s', docs.length / (total / 1000) >= 300);
row('peak RSS', `${peakRssMb().toFixed(0)} MB`);

const goldPath = join(SHARED, 'gold', 'seeds.gold.json');
const seedDir = join(SHARED, 'corpus', 'seeds');
const vntk = loadVntk();
if (!vntk.ner) {
  console.log(`\nvntk: speed and quality unavailable — ${vntk.why}`);
} else {
  const n = Math.min(docs.length, Number(process.env.VNTK_DOCS ?? 300));
  const t0 = cpu();
  let found = 0;
  for (const d of docs.slice(0, n)) found += vntkEntities(vntk.ner, d).length;
  const ms = cpu() - t0;
  console.log(`\nvntk NER (CRF, its own segmentation) on the first ${n} of the same documents: ${found} mentions`);
  row('vntk NER', `${(n / (ms / 1000)).toFixed(2)} doc/s`);
  row('ratio ours / vntk (speed)', `${((docs.length / total) / (n / ms)).toFixed(0)}×`);
}
if (existsSync(goldPath) && existsSync(seedDir)) {
  const gold = loadGold(goldPath);
  const seeds = load([seedDir]);
  ours(seeds);
  const byFile = (g: { file: string }) => seeds.find((d) => d.meta.path.endsWith(g.file))!;
  const mine = seedF1(gold.documents.map((g) => ({ gold: g.entities, ours: byFile(g).layers.entities })));
  console.log('\nquality on the seed gold (distinct-mention F1; typed counts LOC for GPE, as vntk has no GPE):');
  row('Niên Biểu typed / untyped', `${mine.typed.f.toFixed(3)} / ${mine.untyped.f.toFixed(3)}`);
  if (vntk.ner) {
    const theirs = seedF1(gold.documents.map((g) => ({ gold: g.entities, ours: vntkEntities(vntk.ner!, byFile(g)) })));
    row('vntk typed / untyped', `${theirs.typed.f.toFixed(3)} / ${theirs.untyped.f.toFixed(3)}`);
  }
}
