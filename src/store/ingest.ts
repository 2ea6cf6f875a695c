/** Files or records → analysed documents → the store, batch by batch. */
import type { Doc } from '../core/doc.ts';
import { listInputFiles, readInputs, type ArticleDraft, type InputError } from '../ingest/index.ts';
import { annotateDocs, makeDocs, type MetaRecord } from '../pipeline.ts';
import type { StoryOptions } from '../corpus/index.ts';
import type { Driver } from './sql.ts';
import { writeBatch, type IndexCache } from './write.ts';
import { StoreUnavailableError } from './location.ts';

/** Files read and analysed together; one transaction writes each batch. */
export const DEFAULT_BATCH_FILES = 64;

export interface IngestOptions extends StoryOptions {
  meta?: MetaRecord[];
  maxBytes?: number;
  batchFiles?: number;
  /** files (or records) handled so far, of the total */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReport {
  /** ids of the documents written now */
  added: string[];
  /** documents given that were already stored (same content = same id) */
  unchanged: number;
  stories: { id: string; isNew: boolean }[];
  errors: InputError[];
}

export class Ingester {
  private readonly cache: { current: IndexCache | null } = { current: null };
  /** `onCommit` runs after each batch this ingester commits (the store drops what it cached before). */
  constructor(private readonly db: Driver, private readonly onCommit: () => void = () => undefined) {}

  /** Ingest files and directories (recursively), in batches. Bad files become errors; the rest goes on. */
  async ingestPaths(paths: string[], opts: IngestOptions = {}): Promise<IngestReport> {
    const report: IngestReport = { added: [], unchanged: 0, stories: [], errors: [] };
    const files = listInputFiles(paths, report.errors);
    const size = opts.batchFiles ?? DEFAULT_BATCH_FILES;
    for (let i = 0; i < files.length; i += size) {
      const chunk = files.slice(i, i + size);
      const { drafts, errors } = readInputs(chunk, { maxBytes: opts.maxBytes });
      report.errors.push(...errors);
      await this.ingestDraftBatch(drafts, opts, report);
      opts.onProgress?.(Math.min(i + size, files.length), files.length);
    }
    await this.refreshStatistics(report.added.length);
    return finish(report);
  }

  /**
   * PGlite runs no autovacuum, so the planner would never learn the tables' sizes and would, e.g.,
   * scan every document for a rare word. After a run that grew the documents by a tenth or more
   * (a first ingest always does), ANALYZE once; a server's autovacuum does this by itself.
   */
  private async refreshStatistics(added: number): Promise<void> {
    if (this.db.kind !== 'pglite' || added === 0) return;
    const [row] = await this.db.query<{ rows: number }>(`SELECT reltuples::float8 AS rows FROM pg_class WHERE relname = 'documents'`);
    if (row && row.rows >= 0 && added < row.rows / 10) return;
    await this.db.exec('ANALYZE');
  }

  /** Ingest drafts already read (the HTTP API's records). */
  async ingestDrafts(drafts: ArticleDraft[], opts: IngestOptions = {}): Promise<IngestReport> {
    const report: IngestReport = { added: [], unchanged: 0, stories: [], errors: [] };
    const size = opts.batchFiles ?? DEFAULT_BATCH_FILES;
    for (let i = 0; i < drafts.length; i += size) {
      await this.ingestDraftBatch(drafts.slice(i, i + size), opts, report);
      opts.onProgress?.(Math.min(i + size, drafts.length), drafts.length);
    }
    await this.refreshStatistics(report.added.length);
    return finish(report);
  }

  private async ingestDraftBatch(drafts: ArticleDraft[], opts: IngestOptions, report: IngestReport): Promise<void> {
    const docs = makeDocs(drafts, opts.meta, report.errors);
    const unique = new Map<string, Doc>();
    for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d);
    report.unchanged += docs.length - unique.size;
    // Idempotence: what is stored already is neither analysed nor written again.
    const stored = new Set((await this.db.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1)', [[...unique.keys()]])).map((r) => r.id));
    report.unchanged += stored.size;
    const fresh = [...unique.values()].filter((d) => !stored.has(d.id));
    if (fresh.length === 0) return;
    // Layers only: the store places articles into stories itself (StoryIndex) and rebuilds those it touched.
    const analysed = annotateDocs(fresh, {}, report.errors);
    try {
      await this.write(analysed, opts, report);
    } catch (e) {
      // A store that cannot take writes (disk full, read-only) fails every document alike: stop.
      if (e instanceof StoreUnavailableError) throw e;
      // A batch that cannot be written whole is retried one document at a time, so that one bad
      // article is reported alone and the others are kept.
      if (analysed.length === 1) {
        report.errors.push({ path: analysed[0]!.meta.path, message: `not stored: ${(e as Error).message}` });
        return;
      }
      for (const doc of analysed) {
        try {
          await this.write([doc], opts, report);
        } catch (err) {
          if (err instanceof StoreUnavailableError) throw err;
          report.errors.push({ path: doc.meta.path, message: `not stored: ${(err as Error).message}` });
        }
      }
    }
  }

  private async write(docs: Doc[], opts: StoryOptions, report: IngestReport): Promise<void> {
    this.db.preflight();
    const { result, next } = await this.db.transaction((tx) => writeBatch(tx, docs, opts, this.cache));
    this.cache.current = next; // committed: our copy of the index is the store's
    this.onCommit();
    report.added.push(...result.added);
    report.unchanged += docs.length - result.added.length;
    report.stories.push(...result.stories);
  }
}

/** One entry per story (a story touched by several batches is new if any batch created it). */
function finish(report: IngestReport): IngestReport {
  const merged = new Map<string, boolean>();
  for (const s of report.stories) merged.set(s.id, (merged.get(s.id) ?? false) || s.isNew);
  report.stories = [...merged].map(([id, isNew]) => ({ id, isNew }));
  return report;
}
