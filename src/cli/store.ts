/** Store commands: ingest, stories, story, search, serve. Each opens the store at --data or --db. */
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { toMarkdown } from '../dossier/markdown.ts';
import { toHtml } from '../dossier/html.ts';
import { Store } from '../store/store.ts';
import { defaultDataDir } from '../store/location.ts';
import { readMetaFile } from './analyze.ts';

interface StoreCliOptions {
  data?: string;
  db?: string;
  quiet?: boolean;
}

function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'embedded store directory (default: $NIENBIEU_DATA, else the per-user data folder)')
    .option('--db <url>', 'a PostgreSQL server, postgres://user:pass@host/db (default: $NIENBIEU_DB); wins over --data');
}

async function openStore(o: StoreCliOptions): Promise<Store> {
  const db = o.db ?? process.env.NIENBIEU_DB;
  if (db && !/^postgres(ql)?:\/\//.test(db)) throw new Error(`--db must be a postgres:// URL, got ${JSON.stringify(db)}`);
  return Store.open(db ? { db } : { data: o.data ?? defaultDataDir() });
}

async function withStore<T>(o: StoreCliOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(o);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function positiveInt(value: string | undefined, name: string, dflt: number): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

interface IngestCli extends StoreCliOptions {
  meta?: string;
  summaryWords?: string;
  maxBytes?: string;
  batch?: string;
}

async function runIngest(paths: string[], o: IngestCli): Promise<number> {
  const log = (msg: string) => { if (!o.quiet) process.stderr.write(`${msg}\n`); };
  const meta = o.meta ? readMetaFile(o.meta, log) : undefined;
  return withStore(o, async (store) => {
    // A bar on a terminal; on a pipe or in CI the bar would only be noise.
    const bar = !o.quiet && process.stderr.isTTY ? new SingleBar({ format: 'ingest {bar} {value}/{total} files · {eta_formatted} left', stream: process.stderr }, Presets.shades_classic) : null;
    let started = false;
    const t0 = performance.now();
    const report = await store.ingester.ingestPaths(paths, {
      meta,
      summaryWords: o.summaryWords ? positiveInt(o.summaryWords, '--summary-words', 120) : undefined,
      maxBytes: o.maxBytes ? positiveInt(o.maxBytes, '--max-bytes', 1) : undefined,
      batchFiles: o.batch ? positiveInt(o.batch, '--batch', 64) : undefined,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) { bar.start(total, 0); started = true; }
        bar.update(done);
      },
    });
    bar?.stop();
    for (const e of report.errors) log(`nienbieu: ${e.path}: ${e.message}`);
    const created = report.stories.filter((s) => s.isNew).length;
    log(`nienbieu: ${report.added.length} documents added, ${report.unchanged} already stored, ${report.stories.length} stories touched (${created} new), ${report.errors.length} errors in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${store.db.location}`);
    return report.added.length + report.unchanged > 0 || (paths.length > 0 && report.errors.length === 0) ? 0 : 1;
  });
}

export function registerStoreCommands(program: Command): void {
  withStoreOptions(program.command('ingest'))
    .description('analyse articles and add them to the store (idempotent: stored articles are skipped; new ones join their stories)')
    .argument('<paths...>', 'files or directories, as for analyze')
    .option('--meta <file>', 'JSONL of {"path", "published", ...} overriding what the text says')
    .option('--summary-words <n>', 'summary length per story, in syllables (default 120)')
    .option('--max-bytes <n>', 'refuse input files larger than this many bytes (default 32 MiB)')
    .option('--batch <n>', 'files per transaction (default 64)')
    .option('-q, --quiet', 'no progress or log lines on stderr')
    .action(async (paths: string[], o: IngestCli) => {
      process.exitCode = await runIngest(paths, o);
    });

  withStoreOptions(program.command('stories'))
    .description('list stored stories, most recent first')
    .option('--limit <n>', 'how many (default 100)')
    .option('--json', 'print JSON')
    .action(async (o: StoreCliOptions & { limit?: string; json?: boolean }) => {
      await withStore(o, async (store) => {
        const list = await store.listStories(positiveInt(o.limit, '--limit', 100));
        if (o.json) return out(JSON.stringify({ stories: list }));
        if (list.length === 0) return out('(no stories: add articles with `nienbieu ingest PATH`)');
        for (const s of list) {
          const dates = s.first_published ? `${s.first_published}${s.last_published && s.last_published !== s.first_published ? ` → ${s.last_published}` : ''}` : 'undated';
          out(`${s.id}\t${s.documents} doc${s.documents === 1 ? '' : 's'}\t${dates}\t${s.title}`);
        }
      });
    });

  withStoreOptions(program.command('story'))
    .description('print one stored story as a dossier')
    .argument('<id>', 'story id (see `nienbieu stories`)')
    .option('--format <fmt>', 'md, json or html', 'md')
    .action(async (id: string, o: StoreCliOptions & { format: string }) => {
      if (!['md', 'json', 'html'].includes(o.format)) throw new Error(`--format must be md, json or html, got ${JSON.stringify(o.format)}`);
      await withStore(o, async (store) => {
        const dossier = await store.dossier(id);
        if (!dossier) {
          process.stderr.write(`nienbieu: no story ${JSON.stringify(id)} in ${store.db.location}\n`);
          process.exitCode = 1;
          return;
        }
        out(o.format === 'json' ? JSON.stringify(dossier) : o.format === 'html' ? toHtml(dossier) : toMarkdown(dossier));
      });
    });

  withStoreOptions(program.command('search'))
    .description('full-text search, accents optional ("trieu tien" finds "Triều Tiên")')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'how many hits (default 20)')
    .option('--json', 'print JSON')
    .action(async (words: string[], o: StoreCliOptions & { limit?: string; json?: boolean }) => {
      await withStore(o, async (store) => {
        const r = await store.search(words.join(' '), positiveInt(o.limit, '--limit', 20));
        if (o.json) return out(JSON.stringify(r));
        if (r.hits.length === 0) return out(`(nothing found for ${JSON.stringify(r.query)})`);
        for (const h of r.hits) {
          out(`${h.doc}\t${h.published ?? 'undated'}\t${h.source ?? ''}\t${h.title ?? '(untitled)'}`);
          out(`  story ${h.story?.id ?? '-'} · ${h.text.replace(/\s+/g, ' ')}`);
        }
      });
    });

  withStoreOptions(program.command('serve'))
    .description('serve the web UI and the HTTP API (/api) over the store')
    .option('--port <n>', 'port (default 8080; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1: this machine only)', '127.0.0.1')
    .action(async (o: StoreCliOptions & { port?: string; host: string }) => {
      const port = o.port === undefined ? 8080 : Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0…65535, got ${JSON.stringify(o.port)}`);
      const store = await openStore(o);
      const { startServer } = await import('../server/serve.ts');
      const token = process.env.NIENBIEU_TOKEN || undefined;
      const { server, url } = await startServer(store, { port, host: o.host, token });
      const counts = await store.counts();
      process.stderr.write(`nienbieu: serving ${counts.stories} ${counts.stories === 1 ? 'story' : 'stories'} (${counts.documents} documents, ${store.db.location}) at ${url}/\n`);
      process.stderr.write(`nienbieu: POST /api/ingest is ${token ? 'enabled (bearer token from NIENBIEU_TOKEN)' : 'disabled (set NIENBIEU_TOKEN to enable)'}; Ctrl-C stops\n`);
      const stop = () => {
        server.close();
        store.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
