#!/usr/bin/env -S node --no-concurrent-recompilation
// Entry point. `--version` answers without loading the pipeline (cold start matters for scripts);
// everything else runs build/ (src/ compiled by `npm run build`, which `npm install` runs) when it is
// up to date, else the TypeScript sources through tsx's loader (same program, ~10 % more CPU).
// The V8 flag on the first line: V8 optimises hot code synchronously instead of on a background
// thread. A batch spends its first seconds in code V8 is still optimising; on one or two busy cores
// the background compiler competes with the main thread and its results arrive late (measured on
// ViMs: 10–15 % less CPU pinned to one core, no slower on two). `node bin/nienbieu.js` works too,
// without the flag; bench/analyze.ts reads the flags from this line so it measures what the bin runs.
import { readFileSync } from 'node:fs';

// A closed pipe (`nienbieu … | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { buildIsFresh } = await import('./build-state.js');
  let main;
  if (buildIsFresh()) ({ main } = await import('../build/cli/main.js'));
  else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../src/cli/main.ts'));
  }
  await main(process.argv);
}
