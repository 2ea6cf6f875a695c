/** The API's OpenAPI 3 description (served at /api/openapi.json). */
import { VERSION } from '../dossier/json.ts';

const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = json({ $ref: '#/components/schemas/Error' }, 'error');
/** Reads wait a bounded time for the store; past it they are refused with Retry-After. */
const busy = json({ $ref: '#/components/schemas/Error' }, 'the store is busy: retry after the Retry-After header\'s seconds');
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const span = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } };

export const OPENAPI = {
  openapi: '3.0.3',
  info: {
    title: 'Niên Biểu API',
    version: VERSION,
    description: 'Stories, documents, entities and accent-blind search over a Niên Biểu store. Offsets are UTF-16 code units into a document\'s text, end exclusive (the dossier contract, nienbieu.dossier/1).',
  },
  paths: {
    '/api/stories': {
      get: {
        summary: 'Stories, most recent first',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { 200: json({ type: 'object', properties: { stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } } } }, 'story list'), 503: busy },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story: summary, timeline, cast, claims, and its documents with their quotes and claims',
        parameters: [idParam('id', 'story id')],
        responses: { 200: json({ $ref: '#/components/schemas/StoryView' }, 'the story'), 404: error, 503: busy },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document: text and every annotation layer, shaped as in the dossier contract',
        parameters: [idParam('id', 'document id (derived from its content)')],
        responses: { 200: json({ type: 'object', description: 'a dossier document plus `story` (the id of its story)' }, 'the document'), 404: error, 503: busy },
      },
    },
    '/api/entities/{canonical}': {
      get: {
        summary: 'An entity by canonical name: its stories, aliases and quotes',
        parameters: [idParam('canonical', 'canonical name, URL-encoded')],
        responses: { 200: json({ type: 'object' }, 'the entity'), 404: error, 503: busy },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search that ignores diacritics ("trieu tien" finds "Triều Tiên", "doi" finds "Đội")',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, terms: { type: 'array', items: { type: 'string' } }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } } }, 'ranked hits'), 400: error, 503: busy },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'Analyse and store articles (JSON records as `nienbieu analyze` reads them)',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Record' }, { type: 'array', items: { $ref: '#/components/schemas/Record' } }, { type: 'object', properties: { documents: { type: 'array', items: { $ref: '#/components/schemas/Record' } } } }] } } },
        },
        responses: {
          200: json({ type: 'object', properties: { added: { type: 'array', items: { type: 'string' } }, unchanged: { type: 'integer' }, stories: { type: 'array' }, errors: { type: 'array' } } }, 'what was stored'),
          400: error, 401: error, 403: json({ $ref: '#/components/schemas/Error' }, 'ingest is disabled: no NIENBIEU_TOKEN configured'), 413: error,
        },
      },
    },
    '/api/status': {
      get: { summary: 'Store kind and counts', responses: { 200: json({ type: 'object' }, 'status'), 503: busy } },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the server\'s NIENBIEU_TOKEN' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Span: span,
      Record: {
        type: 'object',
        description: 'one article: `text` (or `html`) with optional metadata',
        properties: { text: { type: 'string' }, html: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' }, source: { type: 'string' }, author: { type: 'string' }, path: { type: 'string' } },
      },
      StorySummary: {
        type: 'object',
        properties: { id: { type: 'string' }, title: { type: 'string' }, documents: { type: 'integer' }, first_published: { type: 'string', nullable: true }, last_published: { type: 'string', nullable: true }, updated_at: { type: 'string' } },
      },
      StoryView: {
        type: 'object',
        properties: {
          story: { type: 'object', description: 'the dossier story: id, title, documents, duplicates, summary, timeline, entities, claims' },
          redirected_from: { type: 'string' },
          documents: { type: 'array', items: { type: 'object' } },
        },
      },
      SearchHit: {
        type: 'object',
        properties: {
          doc: { type: 'string' }, title: { type: 'string', nullable: true }, source: { type: 'string', nullable: true }, published: { type: 'string', nullable: true },
          story: { type: 'object', nullable: true, properties: { id: { type: 'string' }, title: { type: 'string' } } },
          rank: { type: 'number' }, text: { type: 'string', description: 'snippet' },
          marks: { type: 'array', items: span, description: 'hits inside the snippet' },
          match: { ...span, nullable: true, description: 'best hit in the document text' },
        },
      },
    },
  },
} as const;
