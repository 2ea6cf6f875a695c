import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type MetaRecord } from '../pipeline.ts';
import { toDossier } from '../dossier/json.ts';
import { toMarkdown } from '../dossier/markdown.ts';
import { toHtml } from '../dossier/html.ts';

export interface AnalyzeCliOptions {
  json?: boolean;
  out?: string;
  meta?: string;
  summaryWords?: string;
  oneStory?: boolean;
  maxBytes?: string;
  quiet?: boolean;
}

/** Read a --meta JSONL file; bad lines are reported, not fatal. */
export function readMetaFile(path: string, warn: (msg: string) => void): MetaRecord[] {
  const out: MetaRecord[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const rec = JSON.parse(line);
      if (typeof rec?.path !== 'string') throw new Error('no "path"');
      out.push(rec);
    } catch (e) {
      warn(`${path}:${i + 1}: ignored meta line (${(e as Error).message})`);
    }
  });
  return out;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}

export function runAnalyze(paths: string[], o: AnalyzeCliOptions): number {
  const log = (msg: string) => { if (!o.quiet) process.stderr.write(`${msg}\n`); };
  const meta = o.meta ? readMetaFile(o.meta, log) : undefined;
  const result = analyze(paths, {
    meta,
    summaryWords: positiveInt(o.summaryWords, '--summary-words'),
    oneStory: o.oneStory,
    maxBytes: positiveInt(o.maxBytes, '--max-bytes'),
  });
  for (const e of result.errors) log(`nienbieu: ${e.path}: ${e.message}`);
  const dossier = toDossier(result);
  log(`nienbieu: ${dossier.documents.length} documents, ${dossier.stories.length} stories, ${dossier.errors.length} errors`);
  if (o.out) {
    mkdirSync(o.out, { recursive: true });
    writeFileSync(join(o.out, 'dossier.json'), JSON.stringify(dossier, null, 2));
    writeFileSync(join(o.out, 'dossier.md'), toMarkdown(dossier));
    writeFileSync(join(o.out, 'dossier.html'), toHtml(dossier));
    log(`nienbieu: wrote ${join(o.out, 'dossier.html')}, dossier.md and dossier.json`);
  }
  if (o.json) process.stdout.write(`${JSON.stringify(dossier)}\n`);
  else if (!o.out) process.stdout.write(toMarkdown(dossier));
  return dossier.documents.length > 0 || paths.length === 0 ? 0 : 1;
}
