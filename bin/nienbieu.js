#!/usr/bin/env -S node --no-concurrent-recompilation --max-inlined-bytecode-size=100
// Entry point. `--version` answers without loading the pipeline (cold start matters for scripts);
// everything else runs build/ (src/ compiled by `npm run build`, which `npm install` runs) when it is
// up to date, else the TypeScript sources through tsx's loader (same program, slower to start).
// The V8 flags on the first line. A batch spends its first seconds in code V8 is still optimising:
// - --no-concurrent-recompilation: V8 optimises hot code on the main thread; on one or two busy cores
//   a background compiler competes with it and its results arrive late (ViMs: 10–15 % less CPU
//   pinned to one core, no slower on two);
// - --max-inlined-bytecode-size=100 (default 460): mid-sized helpers called from many places are no
//   longer inlined, and so compiled again, into each caller (ViMs, one core: 6 of 6 alternating cold
//   runs cheaper, median 6 % less CPU).
// `node bin/nienbieu.js` works too, without the flags; bench/analyze.ts reads the flags from this
// line so it measures what the bin runs.
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
