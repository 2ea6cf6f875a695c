/** Story clustering. First cut: single link over shared entity canonicals. Issue #8 brings TF-IDF clustering. */
import type { Doc } from '../core/doc.ts';

export function clusterStories(docs: Doc[]): Doc[][] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const sets = docs.map((d) => new Set(d.layers.entities.map((e) => e.canonical)));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      let shared = 0;
      for (const c of sets[i]!) if (sets[j]!.has(c)) shared++;
      if (shared >= 5) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Doc[]>();
  docs.forEach((d, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), d]);
  });
  return [...groups.values()];
}
