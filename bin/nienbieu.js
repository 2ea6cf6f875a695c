#!/usr/bin/env node
// Entry point. `--version` answers without loading the pipeline (cold start matters for scripts);
// everything else runs the TypeScript sources through tsx's loader.
import { readFileSync } from 'node:fs';

// A closed pipe (`nienbieu … | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  await main(process.argv);
}
