/**
 * `npm run eval:cluster`: all 1,945 ViMs articles analysed together with the real pipeline (`analyze`);
 * the stories it builds are scored against the 300 gold clusters with B-cubed and pairwise P/R/F1.
 * `--sweep` also re-clusters with other join thresholds and split ratios on the dev slice (clusters 1–150)
 * and reports the best of them on the test slice (151–300), which is how JOIN_THRESHOLD and SPLIT_RATIO
 * were chosen.
 */
import { analyze } from '../src/pipeline.ts';
import { clusterStories } from '../src/corpus/cluster.ts';
import { JOIN_THRESHOLD } from '../src/corpus/incremental.ts';
import { SPLIT_RATIO } from '../src/corpus/split.ts';
import type { Doc } from '../src/core/doc.ts';
import { vimsFiles, row } from '../bench/lib.ts';

const clusterOf = (path: string) => Number(/Cluster_(\d+)/.exec(path)![1]);

const t0 = performance.now();
const result = analyze(vimsFiles());
const seconds = (performance.now() - t0) / 1000;
const gold = new Map(result.docs.map((d) => [d.id, clusterOf(d.meta.path)]));

function report(label: string, groups: string[][], keep: (cluster: number) => boolean): { f: number } {
  const sys = groups.map((g) => g.filter((id) => keep(gold.get(id)!))).filter((g) => g.length);
  const b = bcubed(sys, gold);
  const p = pairwise(sys, gold);
  console.log(`\n${label}: ${sys.reduce((n, g) => n + g.length, 0)} documents, ${sys.length} stories`);
  row('B-cubed precision', b.p.toFixed(4));
  row('B-cubed recall', b.r.toFixed(4));
  row('B-cubed F1', b.f.toFixed(4), '≥ 0.97', b.f >= 0.97);
  row('pairwise P / R', `${p.p.toFixed(4)} / ${p.r.toFixed(4)}`);
  row('pairwise F1', p.f.toFixed(4));
  return b;
}

console.log(`ViMs clustering: ${result.docs.length} documents analysed in ${seconds.toFixed(1)} s (${result.errors.length} errors)`);
const storyGroups = result.stories.map((s) => s.documents);
const dev = (c: number) => c <= 150;
const test = (c: number) => c > 150;
report(`pipeline stories, join threshold ${JOIN_THRESHOLD}, split ratio ${SPLIT_RATIO} — all clusters`, storyGroups, () => true);
report('pipeline stories — dev clusters 1–150', storyGroups, dev);
report('pipeline stories — test clusters 151–300', storyGroups, test);

if (process.argv.includes('--sweep')) {
  const ids = (gs: Doc[][]) => gs.map((g) => g.map((d) => d.id));
  const devDocs = result.docs.filter((d) => dev(gold.get(d.id)!));
  const testDocs = result.docs.filter((d) => test(gold.get(d.id)!));
  let best = { threshold: JOIN_THRESHOLD, splitRatio: SPLIT_RATIO, f: -1 };
  console.log('\njoin threshold × split ratio sweep on dev (clusters 1–150, clustered on their own):');
  for (let th = 0.1; th <= 0.1401; th += 0.02) {
    for (const splitRatio of [0, 0.3, 0.35, 0.4]) {
      const opts = { threshold: th, splitRatio };
      const b = bcubed(ids(clusterStories(devDocs, opts)), gold);
      const all = bcubed(ids(clusterStories(result.docs, opts)), gold);
      console.log(`  ${th.toFixed(3)} / ${splitRatio.toFixed(2)}  dev B-cubed P ${b.p.toFixed(4)}  R ${b.r.toFixed(4)}  F1 ${b.f.toFixed(4)}   (all: F1 ${all.f.toFixed(4)})`);
      if (b.f > best.f) best = { threshold: th, splitRatio, f: b.f };
    }
  }
  report(`best on dev: threshold ${best.threshold.toFixed(3)}, split ratio ${best.splitRatio} — test clusters 151–300 clustered on their own`, ids(clusterStories(testDocs, best)), () => true);
}

// Clustering scores against gold labels: B-cubed (Bagga & Baldwin 1998) and pairwise P/R/F1.

interface ClusterPRF { p: number; r: number; f: number }

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** `groups`: system clusters of item ids; `gold`: item id → gold label. Items without a gold label are ignored. */
function bcubed(groups: string[][], gold: Map<string, number | string>): ClusterPRF {
  const goldSize = new Map<number | string, number>();
  for (const g of groups) for (const id of g) if (gold.has(id)) goldSize.set(gold.get(id)!, (goldSize.get(gold.get(id)!) ?? 0) + 1);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const g of groups) {
    const labelled = g.filter((id) => gold.has(id));
    const inGroup = new Map<number | string, number>();
    for (const id of labelled) inGroup.set(gold.get(id)!, (inGroup.get(gold.get(id)!) ?? 0) + 1);
    for (const id of labelled) {
      const same = inGroup.get(gold.get(id)!)!;
      p += same / labelled.length;
      r += same / goldSize.get(gold.get(id)!)!;
      n++;
    }
  }
  return n ? { p: p / n, r: r / n, f: f1(p / n, r / n) } : { p: 0, r: 0, f: 0 };
}

/** Pairwise: every pair of items is a link in the system and/or the gold clustering. */
function pairwise(groups: string[][], gold: Map<string, number | string>): ClusterPRF {
  const pairs = (k: number) => (k * (k - 1)) / 2;
  let sysPairs = 0;
  let both = 0;
  const goldCounts = new Map<number | string, number>();
  for (const g of groups) {
    const labelled = g.filter((id) => gold.has(id));
    sysPairs += pairs(labelled.length);
    const inGroup = new Map<number | string, number>();
    for (const id of labelled) {
      inGroup.set(gold.get(id)!, (inGroup.get(gold.get(id)!) ?? 0) + 1);
      goldCounts.set(gold.get(id)!, (goldCounts.get(gold.get(id)!) ?? 0) + 1);
    }
    for (const k of inGroup.values()) both += pairs(k);
  }
  let goldPairs = 0;
  for (const k of goldCounts.values()) goldPairs += pairs(k);
  const p = sysPairs ? both / sysPairs : 1;
  const r = goldPairs ? both / goldPairs : 1;
  return { p, r, f: f1(p, r) };
}
