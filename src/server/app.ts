/** The HTTP API (/api/…) and the web UI (/), on hono. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parseJsonRecord } from '../ingest/formats.ts';
import type { ArticleDraft, InputError } from '../ingest/types.ts';
import type { Store } from '../store/store.ts';
import { ResponseCache } from './cache.ts';
import { OPENAPI } from './openapi.ts';
import { Admission, Overloaded } from './queue.ts';
import { API_CSP, COMMON_HEADERS, UI_CSP, tokenMatches } from './security.ts';
import { DEFAULT_WEB_ROOT, loadWebRoot } from './static.ts';

export interface AppOptions {
  /** bearer token for POST /api/ingest; without one, writes over HTTP are refused */
  token?: string;
  /** the built UI; defaults to dist/web */
  webRoot?: string;
  /** largest ingest request body, bytes */
  maxIngestBytes?: number;
  summaryWords?: number;
  /**
   * Host names the server answers to (any port); others get 403. A server on a loopback address
   * answers only to loopback names, so that a web page whose own name is made to resolve to
   * 127.0.0.1 (DNS rebinding) cannot read the store through the visitor's browser.
   */
  allowedHosts?: string[];
  /** longest a read request waits for the store before a 503 (default 5 s) */
  queueTimeoutMs?: number;
}

const DEFAULT_MAX_INGEST = 16 * 1024 * 1024;

function intParam(c: Context, name: string, dflt: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new BadRequest(`${name} must be a whole number`);
  return Math.min(max, Math.max(min, n));
}

class BadRequest extends Error {}

/** A path parameter that can be a key: PostgreSQL text cannot hold NUL (the query would fail with 500). */
function keyParam(c: Context, name: string): string {
  const v = c.req.param(name) ?? '';
  if (v.length > 1000 || v.includes('\u0000')) throw new BadRequest(`${name} is not a valid identifier`);
  return v;
}

/** The name part of a Host header, lower-cased: "LOCALHOST:8080" → "localhost", "[::1]:80" → "[::1]". */
function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d*$/, '');
}

/** Records of a POST /api/ingest body → drafts; records that are not articles become errors. */
function draftsFromBody(body: unknown): { drafts: ArticleDraft[]; errors: InputError[] } {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as { documents?: unknown }).documents) ? (body as { documents: unknown[] }).documents : [body];
  const drafts: ArticleDraft[] = [];
  const errors: InputError[] = [];
  list.forEach((rec, i) => {
    const given = rec && typeof rec === 'object' && typeof (rec as { path?: unknown }).path === 'string' ? (rec as { path: string }).path.slice(0, 300) : '';
    const path = given || `api#${i + 1}`;
    try {
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new Error('record is not a JSON object');
      drafts.push(parseJsonRecord(path, rec as Record<string, unknown>, 'utf-8'));
    } catch (e) {
      errors.push({ path, message: (e as Error).message });
    }
  });
  return { drafts, errors };
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const web = loadWebRoot(opts.webRoot ?? DEFAULT_WEB_ROOT);
  const cache = new ResponseCache();
  // PGlite answers one query at a time (a few in flight let JSON work overlap it); a server pool has 8 connections
  const admission = new Admission({ concurrency: store.db.kind === 'pglite' ? 4 : 8, maxQueued: 1000, maxWaitMs: opts.queueTimeoutMs ?? 5000 });

  /** A read answer: served from the cache while the store's revision holds, else built once, under admission. */
  const cachedJson = async (c: Context, key: string, build: () => Promise<{ status: number; value: unknown }>) => {
    const res = await cache.get(key, await store.revision(), () => admission.run(build));
    return c.body(res.body, res.status as 200 | 404, { 'Content-Type': 'application/json' });
  };
  const found = (value: unknown, missing: string) => (value ? { status: 200, value } : { status: 404, value: { error: missing } });

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(COMMON_HEADERS)) c.header(k, v);
    c.header('Content-Security-Policy', c.req.path.startsWith('/api/') ? API_CSP : UI_CSP);
  });

  if (opts.allowedHosts) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      if (!allowed.has(hostName(c.req.header('host')))) {
        return c.json({ error: 'unexpected Host header: this server answers to its loopback address only' }, 403);
      }
      await next();
    });
  }

  app.onError((e, c) => {
    if (e instanceof BadRequest) return c.json({ error: e.message }, 400);
    if (e instanceof Overloaded) {
      c.header('Retry-After', '1');
      return c.json({ error: `the store is busy (${e.message}); retry shortly` }, 503);
    }
    process.stderr.write(`nienbieu serve: ${c.req.method} ${c.req.path}: ${(e as Error).message}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));

  app.get('/api/status', (c) => cachedJson(c, 'status', async () => ({ status: 200, value: { store: store.db.kind, ...(await store.counts()), ingest: opts.token ? 'token' : 'disabled' } })));

  app.get('/api/stories', (c) => {
    const limit = intParam(c, 'limit', 100, 1, 500);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    return cachedJson(c, `stories\u0000${limit}\u0000${offset}`, async () => ({ status: 200, value: { stories: await store.listStories(limit, offset) } }));
  });

  app.get('/api/stories/:id', (c) => {
    const id = keyParam(c, 'id');
    return cachedJson(c, `story\u0000${id}`, async () => found(await store.getStory(id), 'no such story'));
  });

  app.get('/api/documents/:id', (c) => {
    const id = keyParam(c, 'id');
    return cachedJson(c, `document\u0000${id}`, async () => found(await store.getDocument(id), 'no such document'));
  });

  app.get('/api/entities/:canonical', (c) => {
    const canonical = keyParam(c, 'canonical');
    return cachedJson(c, `entity\u0000${canonical}`, async () => found(await store.getEntity(canonical), 'no such entity'));
  });

  app.get('/api/search', (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) throw new BadRequest('q (the search words) is required');
    if (q.length > 500) throw new BadRequest('q is longer than 500 characters');
    const limit = intParam(c, 'limit', 20, 1, 100);
    return cachedJson(c, `search\u0000${limit}\u0000${q}`, async () => ({ status: 200, value: await store.search(q, limit) }));
  });

  app.post(
    '/api/ingest',
    async (c, next) => {
      if (!opts.token) return c.json({ error: 'ingest over HTTP is disabled: start the server with NIENBIEU_TOKEN set' }, 403);
      const auth = c.req.header('authorization') ?? '';
      const presented = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
      if (!presented || !tokenMatches(presented, opts.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="nienbieu"');
        return c.json({ error: 'a valid bearer token is required' }, 401);
      }
      await next();
    },
    bodyLimit({ maxSize: opts.maxIngestBytes ?? DEFAULT_MAX_INGEST, onError: (c) => c.json({ error: 'request body too large' }, 413) }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new BadRequest('the body must be JSON: a record {"text", "title", …}, an array of records, or {"documents": [...]}');
      }
      const { drafts, errors } = draftsFromBody(body);
      const report = await store.ingester.ingestDrafts(drafts, { summaryWords: opts.summaryWords });
      return c.json({ ...report, errors: [...errors, ...report.errors] });
    },
  );

  app.all('/api/*', (c) => c.json({ error: 'no such API route' }, 404));

  app.get('*', (c) => {
    if (!web) {
      return c.text('Niên Biểu: the web UI is not built. Run `npm run build:web`, then restart `nienbieu serve`. The API is at /api/stories.', 503);
    }
    const file = web.get(c.req.path);
    // Client-side routes (/story/…, /entity/…) get the app shell; missing assets are a plain 404.
    const hit = file ?? (/\.[a-z0-9]+$/i.test(c.req.path) ? undefined : web.get('/index.html'));
    if (!hit) return c.text('not found', 404);
    c.header('Content-Type', hit.type);
    c.header('Cache-Control', hit.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(hit.body));
  });

  return app;
}
