/**
 * build/ (src/ compiled by `npm run build`) is what bin/nienbieu.js runs when it is up to date:
 * the freshness rule, and the compiled pipeline giving the same dossier as the sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsFresh } from '../bin/build-state.js';
import { analyze } from '../src/pipeline.ts';
import { toDossier } from '../src/dossier/json.ts';
import { ROOT, SEEDS } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

test('build/ is fresh only when its stamp is newer than every file under src/', () => {
  const root = tempDir('build');
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  mkdirSync(join(root, 'build'));
  const a = join(root, 'src', 'a.ts');
  const b = join(root, 'src', 'deep', 'b.json');
  const stamp = join(root, 'build', '.stamp');
  writeFileSync(a, '');
  writeFileSync(b, '{}');
  assert.equal(buildIsFresh(root), false, 'no stamp: never built');
  writeFileSync(stamp, '');
  const t = Date.now() / 1000;
  utimesSync(a, t - 100, t - 100);
  utimesSync(b, t - 100, t - 100);
  utimesSync(stamp, t - 50, t - 50);
  assert.equal(buildIsFresh(root), true);
  utimesSync(b, t - 10, t - 10);
  assert.equal(buildIsFresh(root), false, 'a data file beside the modules changed after the build');
});

const fresh = buildIsFresh(ROOT);
test('the compiled pipeline in build/ gives the same dossier as src/ on the seeds', { skip: fresh ? false : 'build/ is missing or older than src/ (run npm run build)' }, async () => {
  const compiled = (await import(join(ROOT, 'build', 'pipeline.js'))) as typeof import('../src/pipeline.ts');
  const fromBuild = toDossier(compiled.analyze([SEEDS]));
  const fromSrc = toDossier(analyze([SEEDS]));
  assert.ok(fromSrc.stories.length > 0);
  assert.equal(JSON.stringify(fromBuild), JSON.stringify(fromSrc));
});
