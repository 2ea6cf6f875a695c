import { Command } from 'commander';
import { VERSION } from '../dossier/json.ts';
import { runAnalyze } from './analyze.ts';
import { registerStoreCommands } from './store.ts';

export function buildProgram(): Command {
  const program = new Command('nienbieu')
    .description('Niên Biểu (年表): Vietnamese news articles → evidence-linked story dossiers')
    .version(VERSION);

  program.command('analyze')
    .description('analyze articles (files or directories) and print or write a dossier')
    .argument('<paths...>', 'files or directories (plain text in any Vietnamese encoding, HTML, JSON/JSONL, ViMs)')
    .option('--json', 'print the dossier JSON to stdout')
    .option('--out <dir>', 'write dossier.json, dossier.md and dossier.html to DIR')
    .option('--meta <file>', 'JSONL of {"path", "published", ...} overriding what the text says')
    .option('--summary-words <n>', 'summary length per story, in syllables (default 120)')
    .option('--one-story', 'treat all inputs as one story')
    .option('--max-bytes <n>', 'refuse input files larger than this many bytes (default 32 MiB)')
    .option('-q, --quiet', 'no progress or log lines on stderr')
    .action((paths: string[], opts) => {
      process.exitCode = runAnalyze(paths, opts);
    });
  registerStoreCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.stderr.write(`nienbieu: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
