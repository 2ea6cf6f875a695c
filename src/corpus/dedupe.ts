/** Near-duplicates. First cut: identical normalised body text. Issue #8 brings MinHash. */
import type { Doc } from '../core/doc.ts';

export function findDuplicates(docs: Doc[]): [string, string][] {
  const seen = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const d of docs) {
    const key = d.contentBlocks().map((b) => d.slice(b)).join('\n').toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first) pairs.push([first, d.id]);
    else seen.set(key, d.id);
  }
  return pairs;
}
