/**
 * `npm run eval:vims-entities`: a sanity table of the cast (top entities by salience) of 10 ViMs
 * clusters, each analysed as one story. ViMs has no entity gold: this is for a person to read.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { VIMS } from '../bench/lib.ts';

const root = join(VIMS, 'original');
if (!existsSync(root)) {
  console.log(`skipped: needs ${root}`);
  process.exit(0);
}
const clusters = readdirSync(root).sort();
const picked = Array.from({ length: 10 }, (_, n) => clusters[Math.floor((n * clusters.length) / 10)]!);
const esc = (s: string) => s.replace(/\|/g, '\\|');

console.log('| cluster | docs | first title | top entities (type, documents) |');
console.log('| --- | --- | --- | --- |');
const types = new Map<string, number>();
let mentions = 0;
let docs = 0;
for (const c of picked) {
  const dir = join(root, c, 'original');
  const r = analyze([dir], { oneStory: true });
  const story = r.stories[0];
  if (!story) continue;
  for (const d of r.docs) for (const e of d.layers.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  mentions += r.docs.reduce((n, d) => n + d.layers.entities.length, 0);
  docs += r.docs.length;
  const top = story.entities.slice(0, 6).map((e) => {
    const alias = e.aliases.find((a) => a !== e.canonical);
    return `${esc(e.canonical)}${alias ? ` ("${esc(alias)}")` : ''} (${e.type}, ${e.documents})`;
  });
  const title = r.docs[0]?.meta.title ?? '';
  console.log(`| ${c} | ${r.docs.length} | ${esc(title.slice(0, 60))} | ${top.join('; ')} |`);
}
console.log(`\n${docs} documents, ${mentions} mentions (${(mentions / Math.max(docs, 1)).toFixed(1)} per document): ${[...types].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
