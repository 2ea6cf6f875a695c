/** The HTTP API's shapes (see /api/openapi.json) and small fetch helpers. */
export interface Span { start: number; end: number }
export interface Evidence extends Span { doc: string }
export interface Published { value: string | null; basis: string; earliest: string | null; latest: string | null }

export interface StorySummary {
  id: string; title: string; documents: number;
  first_published: string | null; last_published: string | null; updated_at: string;
}

export interface Quote extends Span { text: string; kind: string; cue: string | null; speaker: string | null; speaker_text: string | null }
export interface DocClaim extends Span { claimant: string; stance: string; text: string }

export interface Story {
  id: string; title: string; documents: string[]; duplicates: [string, string][];
  summary: (Evidence & { text: string })[];
  timeline: { date: string; text: string; evidence: Evidence[] }[];
  entities: { canonical: string; type: string; aliases: string[]; mentions: number; documents: number; roles?: string[] }[];
  claims: { claimant: string; stance: string; text: string; evidence: Evidence[]; answers?: number }[];
}

export interface DocSummary {
  id: string; title: string | null; source: string | null; url: string | null; path: string; published: Published;
  quotes: Quote[]; claims: DocClaim[];
}

export interface StoryView { story: Story; redirected_from?: string; documents: DocSummary[] }

export interface DocumentView {
  id: string; path: string; title: string | null; source: string | null; author: string | null; url: string | null;
  published: Published; text: string; story: string | null;
  body: Span[]; removed: (Span & { reason: string })[];
  entities: (Span & { text: string; type: string; canonical: string })[];
  quotes: Quote[];
}

export interface EntityView {
  canonical: string; type: string | null; aliases: string[]; mentions: number;
  stories: { id: string; title: string; mentions: number; type: string }[];
  quotes: (Span & { doc: string; story: string | null; text: string; kind: string; cue: string | null; speaker_text: string | null; title: string | null; source: string | null; published: string | null })[];
}

export interface SearchHit {
  doc: string; title: string | null; source: string | null; published: string | null;
  story: { id: string; title: string } | null; rank: number; text: string; marks: Span[]; match: Span | null;
}

export class NotFound extends Error {}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (res.status === 404) throw new NotFound(path);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

export const api = {
  stories: (signal?: AbortSignal) => getJson<{ stories: StorySummary[] }>('/api/stories?limit=500', signal),
  story: (id: string, signal?: AbortSignal) => getJson<StoryView>(`/api/stories/${encodeURIComponent(id)}`, signal),
  document: (id: string, signal?: AbortSignal) => getJson<DocumentView>(`/api/documents/${encodeURIComponent(id)}`, signal),
  entity: (name: string, signal?: AbortSignal) => getJson<EntityView>(`/api/entities/${encodeURIComponent(name)}`, signal),
  search: (q: string, signal?: AbortSignal) => getJson<{ query: string; terms: string[]; hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=50`, signal),
};
