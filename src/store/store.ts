/** The store: open (embedded or server), migrate, ingest, and the read queries the CLI and API share. */
import type { Span } from '../core/span.ts';
import type { Layers } from '../core/layers.ts';
import type { Story } from '../corpus/story.ts';
import { documentJson, VERSION } from '../dossier/json.ts';
import { DOSSIER_SCHEMA_ID, type Dossier, type DossierDocument } from '../dossier/types.ts';
import { openPglite, openPostgres } from './drivers.ts';
import { defaultDataDir } from './location.ts';
import { migrate } from './migrations.ts';
import { DOCUMENT_COLUMNS, rowToDoc, type DocumentRow } from './rows.ts';
import { queryTerms, snippet, tsphraseLiteral, tsqueryLiteral, type Snippet } from './search.ts';
import type { Driver } from './sql.ts';
import { Ingester } from './ingest.ts';
import { REVISION_KEY } from './write.ts';

export interface StoreLocation {
  /** data directory of the embedded store */
  data?: string;
  /** postgres:// URL of a server; wins over `data` */
  db?: string;
}

export interface StorySummary {
  id: string;
  title: string;
  documents: number;
  first_published: string | null;
  last_published: string | null;
  updated_at: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  path: string;
  published: DossierDocument['published'];
}

export interface StoryView {
  story: Story;
  /** set when `id` asked for was merged into this story */
  redirected_from?: string;
  documents: (DocumentSummary & { quotes: DossierDocument['quotes']; claims: DossierDocument['claims'] })[];
}

export interface EntityView {
  canonical: string;
  type: string | null;
  aliases: string[];
  mentions: number;
  stories: { id: string; title: string; mentions: number; type: string }[];
  quotes: { doc: string; story: string | null; start: number; end: number; text: string; kind: string; cue: string | null; speaker_text: string | null; title: string | null; source: string | null; published: string | null }[];
}

export interface SearchHit extends Snippet {
  doc: string;
  title: string | null;
  source: string | null;
  published: string | null;
  story: { id: string; title: string } | null;
  rank: number;
}

/** [s0, e0, s1, e1, …] → spans. */
const pairs = (flat: number[]): Span[] => Array.from({ length: flat.length >> 1 }, (_, i) => ({ start: flat[2 * i]!, end: flat[2 * i + 1]! }));

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** How old a revision may be when answering from it while a newer lookup waits (see Store.revision). */
const REVISION_STALE_MS = 2000;

/** Story views kept in memory (least recently built first out). */
const VIEW_CACHE_SIZE = 256;

export class Store {
  readonly ingester: Ingester;
  private readonly views = new Map<string, { stamp: string; view: StoryView }>();
  private revisionLookup: Promise<number> | null = null;
  /** the last revision read, and when its lookup started */
  private known: { rev: number; at: number } | null = null;
  private constructor(readonly db: Driver) {
    // what this process commits is visible to its next read: forget the revision read before
    this.ingester = new Ingester(db, () => { this.revisionLookup = null; this.known = null; });
  }

  /**
   * How many writes the store has committed (any process's): an answer computed at one revision holds
   * until the next. Callers at the same moment share one key lookup. While a lookup is under way
   * (behind a long write transaction, say), callers get the last revision read if it is recent
   * (stale-while-revalidate): a cached answer up to REVISION_STALE_MS old instead of a wait.
   */
  revision(): Promise<number> {
    if (this.revisionLookup) {
      return this.known && performance.now() - this.known.at < REVISION_STALE_MS ? Promise.resolve(this.known.rev) : this.revisionLookup;
    }
    const at = performance.now();
    const lookup = this.db.query<{ rev: unknown }>(`SELECT rev FROM store_state WHERE key = '${REVISION_KEY}'`)
      .then(([r]) => {
        const rev = Number(r?.rev ?? 0);
        if (this.revisionLookup === lookup) this.known = { rev, at };
        return rev;
      })
      .finally(() => { if (this.revisionLookup === lookup) this.revisionLookup = null; });
    this.revisionLookup = lookup;
    return lookup;
  }

  /** Open the store at `where` (creating and migrating it as needed). */
  static async open(where: StoreLocation = {}): Promise<Store> {
    const db = where.db ? await openPostgres(where.db) : await openPglite(where.data ?? defaultDataDir());
    try {
      await migrate(db);
    } catch (e) {
      await db.close();
      throw e;
    }
    return new Store(db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async counts(): Promise<{ documents: number; stories: number }> {
    const [r] = await this.db.query<{ documents: number; stories: number }>(
      'SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM stories)::int AS stories');
    return r!;
  }

  /** Stories, most recent news first. */
  async listStories(limit = 100, offset = 0): Promise<StorySummary[]> {
    const rows = await this.db.query<StorySummary & { doc_count: number }>(
      `SELECT id, title, doc_count, first_published, last_published, updated_at FROM stories
       ORDER BY last_published DESC NULLS LAST, doc_count DESC, id LIMIT $1 OFFSET $2`, [limit, offset]);
    return rows.map((r) => ({ id: r.id, title: r.title, documents: r.doc_count, first_published: r.first_published, last_published: r.last_published, updated_at: iso(r.updated_at) }));
  }

  /**
   * The story (following a merge redirect) and when it last changed. Views are cached by that stamp:
   * building one parses every member's layers, and a story page is read far more often than written.
   */
  async getStory(id: string): Promise<StoryView | null> {
    const [head] = await this.db.query<{ id: string; updated_at: unknown }>(
      'SELECT id, updated_at FROM stories WHERE id = coalesce((SELECT new_id FROM story_redirects WHERE old_id = $1), $1)', [id]);
    if (!head) return null;
    const target = head.id;
    const stamp = iso(head.updated_at);
    const cached = this.views.get(target);
    if (cached?.stamp === stamp) return { ...cached.view, ...(target !== id ? { redirected_from: id } : {}) };
    const [row] = await this.db.query<{ story: Story }>('SELECT story FROM stories WHERE id = $1', [target]);
    if (!row) return null;
    const rows = await this.db.query<{ id: string; title: string | null; source: string | null; url: string | null; path: string; meta: { published: DossierDocument['published'] }; layers: string }>(
      `SELECT d.id, d.title, d.source, d.url, d.path, d.meta, d.layers
       FROM story_documents sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = $1`, [target]);
    const docs = rows.map(({ layers, ...d }) => ({ ...d, ...(JSON.parse(layers) as Pick<Layers, 'quotes' | 'claims'>) }));
    const byId = new Map(docs.map((d) => [d.id, d]));
    const view: StoryView = {
      story: row.story,
      documents: row.story.documents.map((docId) => byId.get(docId)).filter((d) => !!d).map((d) => ({
        id: d.id, title: d.title, source: d.source, url: d.url, path: d.path, published: d.meta.published,
        quotes: (d.quotes ?? []).map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, cue: q.cue, speaker: q.speaker, speaker_text: q.speaker_text })),
        claims: (d.claims ?? []).map((c) => ({ start: c.start, end: c.end, claimant: c.claimant, stance: c.stance, text: c.text })),
      })),
    };
    this.views.delete(target);
    this.views.set(target, { stamp, view });
    if (this.views.size > VIEW_CACHE_SIZE) this.views.delete(this.views.keys().next().value!);
    return { ...view, ...(target !== id ? { redirected_from: id } : {}) };
  }

  /** A document as the dossier contract shapes it, plus the story it belongs to. */
  async getDocument(id: string): Promise<(DossierDocument & { story: string | null }) | null> {
    const [row] = await this.db.query<DocumentRow & { story_id: string | null }>(
      `SELECT ${DOCUMENT_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ')}, sd.story_id
       FROM documents d LEFT JOIN story_documents sd ON sd.doc_id = d.id WHERE d.id = $1`, [id]);
    if (!row) return null;
    return { ...documentJson(rowToDoc(row)), story: row.story_id };
  }

  async getEntity(canonical: string): Promise<EntityView | null> {
    const rows = await this.db.query<{ story_id: string; title: string; type: string; aliases: string[]; mentions: number }>(
      `SELECT se.story_id, s.title, se.type, se.aliases, se.mentions FROM story_entities se JOIN stories s ON s.id = se.story_id
       WHERE se.canonical = $1 ORDER BY se.mentions DESC, s.last_published DESC NULLS LAST LIMIT 200`, [canonical]);
    const quotes = await this.db.query<{ doc_id: string; story_id: string | null; start_at: number; end_at: number; text: string; kind: string; cue: string | null; speaker_text: string | null; title: string | null; source: string | null; published: string | null }>(
      `SELECT q.doc_id, sd.story_id, q.start_at, q.end_at, q.text, q.kind, q.cue, q.speaker_text, d.title, d.source, d.published
       FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN story_documents sd ON sd.doc_id = q.doc_id WHERE q.speaker = $1
       ORDER BY d.published NULLS LAST, q.doc_id, q.start_at LIMIT 200`, [canonical]);
    if (rows.length === 0 && quotes.length === 0) return null;
    const types = new Map<string, number>();
    for (const r of rows) types.set(r.type, (types.get(r.type) ?? 0) + r.mentions);
    return {
      canonical,
      type: [...types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      aliases: [...new Set(rows.flatMap((r) => r.aliases))].sort((a, b) => a.localeCompare(b, 'vi')),
      mentions: rows.reduce((n, r) => n + r.mentions, 0),
      stories: rows.map((r) => ({ id: r.story_id, title: r.title, mentions: r.mentions, type: r.type })),
      quotes: quotes.map((q) => ({ doc: q.doc_id, story: q.story_id, start: q.start_at, end: q.end_at, text: q.text, kind: q.kind, cue: q.cue, speaker_text: q.speaker_text, title: q.title, source: q.source, published: q.published })),
    };
  }

  /**
   * Accent-blind full-text search over titles and article content: "trieu tien" finds "Triều Tiên",
   * "doi" finds "Đội". Every word must occur; title hits and the exact phrase rank first.
   */
  async search(q: string, limit = 20): Promise<{ query: string; terms: string[]; hits: SearchHit[] }> {
    const terms = queryTerms(q);
    if (terms.length === 0) return { query: q, terms, hits: [] };
    // Ranked on the index alone (the phrase bonus is a tsquery too), limited, and only then are the
    // few hits' texts and content spans read to cut snippets.
    const rows = await this.db.query<{ id: string; title: string | null; source: string | null; published: string | null; text: string; content_spans: number[]; story_id: string | null; story_title: string | null; rank: number }>(
      `WITH hits AS (
         SELECT d.doc_id, ts_rank_cd(d.search, $1::tsquery, 1)
                  + CASE WHEN d.search @@ $2::tsquery THEN 2 WHEN d.search @@ $3::tsquery THEN 1 ELSE 0 END AS rank
         FROM document_search d WHERE d.search @@ $1::tsquery
         ORDER BY rank DESC, d.published DESC NULLS LAST, d.doc_id LIMIT $4)
       SELECT d.id, d.title, d.source, d.published, d.text, d.content_spans, sd.story_id, s.title AS story_title, h.rank::float8 AS rank
       FROM hits h JOIN documents d ON d.id = h.doc_id
       LEFT JOIN story_documents sd ON sd.doc_id = d.id LEFT JOIN stories s ON s.id = sd.story_id
       ORDER BY h.rank DESC, d.published DESC NULLS LAST, d.id`,
      [tsqueryLiteral(terms), tsphraseLiteral(terms, 'A'), tsphraseLiteral(terms), limit]);
    return {
      query: q,
      terms,
      hits: rows.map((r) => ({
        doc: r.id, title: r.title, source: r.source, published: r.published,
        story: r.story_id ? { id: r.story_id, title: r.story_title ?? '' } : null,
        rank: Math.round(Number(r.rank) * 1e4) / 1e4,
        ...snippet(r.text, pairs(r.content_spans), terms),
      })),
    };
  }

  /** One stored story as a dossier (the contract's shape), for the Markdown/HTML/JSON renderers. */
  async dossier(storyId: string): Promise<Dossier | null> {
    const view = await this.getStory(storyId);
    if (!view) return null;
    const rows = await this.db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ANY($1)`, [view.story.documents]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      schema: DOSSIER_SCHEMA_ID,
      generator: { name: 'nienbieu', version: VERSION },
      errors: [],
      documents: view.story.documents.map((id) => byId.get(id)).filter((r) => !!r).map((r) => documentJson(rowToDoc(r))),
      stories: [view.story],
    };
  }
}
