/**
 * Serialised API answers kept per store revision (Store.revision): an answer computed at one revision
 * is served as bytes until the store changes, so a popular story or search costs one key lookup
 * instead of queries, JSON parsing and serialisation. Concurrent misses for one key share one build.
 */
export interface CachedResponse {
  status: number;
  body: Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse & { rev: number }>();
  private readonly building = new Map<string, Promise<CachedResponse>>();
  private bytes = 0;

  /** Bounded by total bytes (least recently used out first); a larger single answer is served, not kept. */
  constructor(private readonly maxBytes = 64 * 1024 * 1024, private readonly maxEntryBytes = 4 * 1024 * 1024) {}

  async get(key: string, rev: number, build: () => Promise<{ status: number; value: unknown }>): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    if (hit && hit.rev === rev) {
      this.entries.delete(key); // re-insert: most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    const flightKey = `${rev}\u0000${key}`;
    const pending = this.building.get(flightKey);
    if (pending) return pending;
    const job = build().then(({ status, value }) => {
      const out = { status, body: utf8.encode(JSON.stringify(value)) };
      this.put(key, rev, out);
      return out;
    }).finally(() => this.building.delete(flightKey));
    this.building.set(flightKey, job);
    return job;
  }

  private put(key: string, rev: number, res: CachedResponse): void {
    const old = this.entries.get(key);
    if (old && old.rev > rev) return; // a slower build of an older revision finished last
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.byteLength;
    }
    if (res.body.byteLength > this.maxEntryBytes) return;
    this.entries.set(key, { ...res, rev });
    this.bytes += res.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }
}
