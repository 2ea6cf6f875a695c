/**
 * `npm run bench`: the whole `analyze` pipeline over every ViMs article in one process, on one core.
 * Prints documents/s, syllables/s and peak RSS, per stage and in total, and the CLI's cold start.
 * It measures what the `nienbieu` command runs: the compiled build/ (made first when missing or older
 * than src/), in node with the V8 flags of bin/nienbieu.js's first line (re-running itself when they
 * are missing). The same cold pass without the flags, and through tsx from the sources, is printed beside.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, vimsFiles, peakRssMb, row, countSyllables } from './lib.ts';
import { buildIsFresh } from '../bin/build-state.js';

const binFlags = (/^#!\S*env -S node(.*)$/m.exec(readFileSync(join(ROOT, 'bin/nienbieu.js'), 'utf8').split('\n')[0]!)?.[1] ?? '').split(/\s+/).filter(Boolean);
const plain = process.argv.includes('--plain');
const fromSources = process.argv.includes('--sources');
const missing = plain ? [] : binFlags.filter((f) => !process.execArgv.includes(f));
if (missing.length > 0) {
  const r = spawnSync(process.execPath, [...missing, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
if (!fromSources && !buildIsFresh()) {
  console.log('build/ is missing or older than src/: npm run build');
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const { analyze } = (await import(fromSources ? '../src/pipeline.ts' : '../build/pipeline.js')) as typeof import('../src/pipeline.ts');

const files = vimsFiles();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = analyze(files);
const totalMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// CPU time of this process (user + system, all its threads): what the pipeline costs one core,
// whatever else the machine is doing. Wall time is printed too; on a quiet machine they agree.
const cpuMs = (cpu.user + cpu.system) / 1000;
const docs = result.docs.length;
if (plain) {
  console.log(JSON.stringify({ docsPerS: docs / (totalMs / 1000), cpuDocsPerS: docs / (cpuMs / 1000) }));
  process.exit(0);
}
const syllables = result.docs.reduce((n, d) => n + countSyllables(d.text), 0);

console.log(`code: build/ (src/ compiled by tsc, what bin/nienbieu.js runs)`);
console.log(`analyze: ${docs} ViMs documents (${files.length} files, ${result.errors.length} errors), ${syllables} syllables, ${result.stories.length} stories`);
console.log(`\nper stage, of ${(totalMs / 1000).toFixed(2)} s in all ('stories' includes dedupe … claims):`);
console.log(`  ${'stage'.padEnd(12)} ${'wall ms'.padStart(9)} ${'CPU ms'.padStart(9)} ${'doc/s (CPU)'.padStart(12)} ${'syl/s (CPU)'.padStart(12)} ${'CPU share'.padStart(10)}`);
for (const t of result.timings) {
  const s = t.cpuMs / 1000;
  console.log(`  ${t.stage.padEnd(12)} ${t.ms.toFixed(0).padStart(9)} ${t.cpuMs.toFixed(0).padStart(9)} ${(docs / s).toFixed(0).padStart(12)} ${(syllables / s).toFixed(0).padStart(12)} ${`${((100 * t.cpuMs) / cpuMs).toFixed(1)}%`.padStart(10)}`);
}
console.log('\ntotal:');
row('analyze throughput (wall clock)', `${(docs / (totalMs / 1000)).toFixed(0)} doc/s`, '≥ 300 doc/s', docs / (totalMs / 1000) >= 300);
row('analyze throughput (CPU time)', `${(docs / (cpuMs / 1000)).toFixed(0)} doc/s`, '≥ 300 doc/s', docs / (cpuMs / 1000) >= 300);
const otherPass = (nodeArgs: string[], args: string[] = []) => {
  const p = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', fileURLToPath(import.meta.url), '--plain', ...args], { encoding: 'utf8' });
  const w = JSON.parse(p.stdout.trim().split('\n').pop() || '{}') as { docsPerS?: number; cpuDocsPerS?: number };
  return `${w.docsPerS?.toFixed(0)} / ${w.cpuDocsPerS?.toFixed(0)} doc/s`;
};
row(`V8 flags (bin/nienbieu.js's)`, binFlags.join(' ') || 'none');
row('same cold pass without them (wall / CPU)', otherPass([]));
row('same cold pass from src/ through tsx (wall / CPU)', otherPass(binFlags, ['--sources']));
row('wall / CPU seconds', `${(totalMs / 1000).toFixed(2)} / ${(cpuMs / 1000).toFixed(2)}`);
row('syllables/s', `${(syllables / (totalMs / 1000) / 1000).toFixed(0)}k`);
const rss = peakRssMb();
row('peak RSS', `${rss.toFixed(0)} MB`, '≤ 500 MB', rss <= 500);

// The same pile again in the same process: what a long-running `serve`/`ingest` pays once V8 has
// compiled the hot code and the lexicons are loaded. Information only; the target is the cold pass.
const warm0 = process.cpuUsage();
analyze(files);
const warm = process.cpuUsage(warm0);
row('second (warm) pass, CPU time', `${(docs / ((warm.user + warm.system) / 1e6)).toFixed(0)} doc/s`);

// Cold start: the median of 7 runs of `nienbieu --version`.
const runs: number[] = [];
for (let i = 0; i < 7; i++) {
  const s = performance.now();
  spawnSync(join(ROOT, 'bin/nienbieu.js'), ['--version']);
  runs.push(performance.now() - s);
}
runs.sort((a, b) => a - b);
row('nienbieu --version cold start (median)', `${runs[3]!.toFixed(0)} ms`, '≤ 150 ms', runs[3]! <= 150);
