/**
 * `npm run eval`: analyse ../shared/corpus/seeds twice (text only, and with --meta giving the gold's
 * published_true as document creation time) and score both against ../shared/gold/seeds.gold.json.
 * Each scorer lives in eval/scorers/<stage>.ts; this harness runs them all and prints their figures.
 * Corpus-scale evaluations (segmenter, clustering, ViMs summaries) have their own npm scripts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.ts';
import { toDossier } from '../src/dossier/json.ts';
import { loadGold } from './lib/gold.ts';
import { formatMetric, type SeedEvalContext, type SeedScorer } from './lib/metric.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.NIENBIEU_SHARED ?? join(here, '..', '..', 'shared');
const seedsDir = join(shared, 'corpus', 'seeds');
const goldPath = join(shared, 'gold', 'seeds.gold.json');

if (!existsSync(seedsDir) || !existsSync(goldPath)) {
  console.log(`skipped: the seed evaluation needs ${seedsDir} and ${goldPath}`);
  process.exit(0);
}

const gold = loadGold(goldPath);
const meta = gold.documents.map((g) => ({ path: g.file, published: g.published_true }));
const textOnly = toDossier(analyze([seedsDir], { oneStory: true }));
const withMeta = toDossier(analyze([seedsDir], { oneStory: true, meta }));
const byFile = (d: typeof textOnly, file: string) => d.documents.find((x) => x.path.endsWith(file));
const pairs = gold.documents.map((g) => {
  const a = byFile(withMeta, g.file);
  const b = byFile(textOnly, g.file);
  if (!a || !b) throw new Error(`seed ${g.file} missing from the dossier`);
  return { gold: g, withMeta: a, textOnly: b };
});
const ctx: SeedEvalContext = { gold, withMeta, textOnly, pairs };

const only = process.argv.slice(2);
const scorers: SeedScorer[] = [];
for (const f of readdirSync(join(here, 'scorers')).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(join(here, 'scorers', f))) as { scorer?: SeedScorer };
  if (mod.scorer && (only.length === 0 || only.includes(mod.scorer.name))) scorers.push(mod.scorer);
}
scorers.sort((a, b) => a.order - b.order);

console.log(`Niên Biểu seed evaluation — ${pairs.length} documents, gold ${goldPath}`);
for (const s of scorers) {
  console.log(`\n[${s.name}]`);
  for (const m of await s.score(ctx)) console.log(formatMetric(m));
}
