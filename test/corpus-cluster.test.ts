import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { clusterStories } from '../src/corpus/cluster.ts';
import { StoryIndex } from '../src/corpus/incremental.ts';
import { needShared, sharedPath, SEEDS } from './helpers/shared.ts';

// Three ViMs events: an air crash, the Clinton–Trump campaign, and a third unrelated cluster.
const CLUSTERS = ['Cluster_001', 'Cluster_002', 'Cluster_150'];
const vims = needShared('data/ViMs/original/Cluster_001');
const load = () => {
  const dirs = CLUSTERS.map((c) => sharedPath(`data/ViMs/original/${c}/original`));
  const r = analyze(dirs);
  const label = (path: string) => CLUSTERS.find((c) => path.includes(`/${c}/`))!;
  return { docs: r.docs, label };
};

test('batch clustering recovers three ViMs events without being told how many', vims, () => {
  const { docs, label } = load();
  const groups = clusterStories(docs);
  for (const g of groups) assert.equal(new Set(g.map((d) => label(d.meta.path))).size, 1, `a story mixes events: ${g.map((d) => d.meta.path).join(', ')}`);
  for (const c of CLUSTERS) {
    const sizes = groups.map((g) => g.filter((d) => label(d.meta.path) === c).length).filter(Boolean);
    assert.ok(Math.max(...sizes) >= sizes.reduce((a, b) => a + b, 0) - 1, `${c} is split: ${sizes.join('+')}`);
  }
});

test('the incremental index places new articles into the right story and survives a JSON round trip', vims, () => {
  const { docs, label } = load();
  const index = new StoryIndex();
  const held = docs.filter((_, i) => i % 4 === 3);
  for (const d of docs.filter((_, i) => i % 4 !== 3)) index.add(d);
  const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
  assert.equal(restored.size, index.size);
  for (const d of held) {
    const { storyId, isNew } = restored.add(d);
    assert.equal(isNew, false, `${d.meta.path} opened a new story`);
    const members = restored.members(storyId).filter((id) => id !== d.id);
    const labels = members.map((id) => label(docs.find((x) => x.id === id)!.meta.path));
    assert.ok(labels.filter((l) => l === label(d.meta.path)).length > labels.length / 2, `${d.meta.path} joined ${labels.join(', ')}`);
  }
  const again = restored.add(held[0]!);
  assert.deepEqual(again, { storyId: restored.storyOf(held[0]!.id), isNew: false });
});

test('an article of another kind opens a new story', vims, () => {
  const { docs } = load();
  const index = new StoryIndex();
  for (const d of docs) index.add(d);
  const seed = analyze([join(SEEDS, readdirSync(SEEDS).sort()[0]!)]).docs[0]!;
  assert.equal(index.add(seed).isNew, true);
});

test('fromJSON refuses what it does not know', () => {
  assert.throws(() => StoryIndex.fromJSON({} as never), /unknown format/);
});

test('clustering nothing gives nothing, one document gives one story', () => {
  assert.deepEqual(clusterStories([]), []);
  const one = analyze([join(SEEDS, readdirSync(SEEDS).sort()[0]!)]).docs;
  assert.equal(clusterStories(one).length, 1);
});

test('the five seed articles, months apart, stay one story', () => {
  const seeds = analyze([SEEDS]).docs;
  assert.equal(seeds.length, 5);
  assert.equal(clusterStories(seeds).length, 1);
});

test('two events on one topic, days apart, become two stories (ViMs 149: online international licences announced; 198: the service launched five days later)', needShared('data/ViMs/original/Cluster_198'), () => {
  const r = analyze(['Cluster_149', 'Cluster_198'].map((c) => sharedPath(`data/ViMs/original/${c}/original`)));
  const groups = clusterStories(r.docs).map((g) => new Set(g.map((d) => /Cluster_(\d+)/.exec(d.meta.path)![1])));
  assert.equal(groups.length, 2);
  for (const g of groups) assert.equal(g.size, 1);
  assert.equal(clusterStories(r.docs, { splitRatio: 0 }).length, 1, 'without the split pass the centroid keeps them together');
});

test('the running IDF gives the first article of an empty index a real centroid, which the next article of its story joins', () => {
  // With a plain running IDF, log((n + 1) / (df + 1)), every term of the first article has IDF log(2/2) = 0:
  // its story's centroid is empty and no later article can ever join it.
  const seeds = analyze([SEEDS]).docs.sort((a, b) => a.meta.path.localeCompare(b.meta.path));
  const index = new StoryIndex();
  const first = index.add(seeds[0]!);
  assert.equal(first.isNew, true);
  const sum = index.toJSON().stories[0]!.sum;
  assert.ok(sum.length > 0 && sum.every(([, w]) => w > 0), 'the first centroid has positive weights');
  assert.deepEqual(index.add(seeds[1]!), { storyId: first.storyId, isNew: false });
});
