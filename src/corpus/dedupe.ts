/**
 * Near-duplicates: syndicated copies of one article (re-posted with another title, a caption more or less,
 * a credit line changed). MinHash over 3-syllable shingles of the article's content, LSH banding to find
 * candidate pairs in about linear time, then the exact shingle Jaccard to confirm.
 *
 * Shingles are made of diacritic-folded syllables (src/text/fold.ts) so that a copy that lost its
 * diacritics or uses old-style tone placement still matches its original.
 */
import type { Doc } from '../core/doc.ts';
import { foldDiacritics } from '../text/fold.ts';

const HASHES = 64;
const BANDS = 16; // 16 bands × 4 rows: pairs above Jaccard ≈ 0.5 become candidates
const ROWS = HASHES / BANDS;
const SHINGLE = 3;
/** Shingle Jaccard at or above which two articles are one article (copies differ only in chrome). */
export const DUPLICATE_JACCARD = 0.8;

/** FNV-1a, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One 32-bit mixer per MinHash function (seeded murmur3 finaliser). */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Hashes of the article's 3-syllable shingles (title left out: syndicated copies often retitle). */
export function shingleSet(doc: Doc): Set<number> {
  const syllables: string[] = [];
  for (const b of doc.contentBlocks()) {
    if (b.role === 'title') continue;
    for (const s of foldDiacritics(doc.slice(b)).split(/[^\p{L}\p{N}]+/u)) if (s) syllables.push(s);
  }
  const out = new Set<number>();
  if (syllables.length < SHINGLE) {
    if (syllables.length) out.add(fnv(syllables.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= syllables.length; i++) out.add(fnv(syllables.slice(i, i + SHINGLE).join(' ')));
  return out;
}

function signature(shingles: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(x, SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

/** Earliest published first, then the longest, then by id: the copy we keep as canonical. */
function canonicalOrder(a: { doc: Doc; size: number }, b: { doc: Doc; size: number }): number {
  const pa = a.doc.meta.published.value ?? '9999';
  const pb = b.doc.meta.published.value ?? '9999';
  return pa.localeCompare(pb) || b.size - a.size || a.doc.id.localeCompare(b.doc.id);
}

/**
 * Pairs `[canonical, copy]`: every copy points at the one article of its duplicate group that is kept
 * (the earliest published, then the longest). Documents without content are never duplicates.
 */
export function findDuplicates(docs: Doc[]): [string, string][] {
  const items = docs.map((doc) => ({ doc, shingles: shingleSet(doc), size: 0 })).filter((x) => x.shingles.size > 0);
  for (const it of items) it.size = it.shingles.size;
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = new Map<string, number[]>();
  const tested = new Set<number>();
  items.forEach((it, i) => {
    const sig = signature(it.shingles);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of bucket) {
        const pairKey = j * items.length + i;
        if (tested.has(pairKey)) continue;
        tested.add(pairKey);
        if (find(i) !== find(j) && jaccard(it.shingles, items[j]!.shingles) >= DUPLICATE_JACCARD) parent[find(i)] = find(j);
      }
      bucket.push(i);
    }
  });
  const groups = new Map<number, typeof items>();
  items.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it);
    else groups.set(r, [it]);
  });
  const pairs: [string, string][] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort(canonicalOrder);
    for (const copy of g.slice(1)) pairs.push([g[0]!.doc.id, copy.doc.id]);
  }
  return pairs;
}
