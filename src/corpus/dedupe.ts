/**
 * Near-duplicates: syndicated copies of one article (re-posted with another title, a caption more or less,
 * a credit line changed). MinHash over 3-syllable shingles of the article's content, LSH banding to find
 * candidate pairs in about linear time, then the exact shingle Jaccard to confirm.
 *
 * Shingles are made of diacritic-folded syllables (src/text/fold.ts) so that a copy that lost its
 * diacritics or uses old-style tone placement still matches its original. The signature is one-permutation
 * MinHash (Li, Owen & Zhang 2012): one hash per shingle, split into 64 bins by its top bits, the minimum
 * kept per bin, and empty bins filled from the next full bin (rotation densification, Shrivastava & Li 2014).
 * Two articles agree on a bin with probability about their Jaccard, as with 64 separate hash functions,
 * at one sixty-fourth of the hashing.
 */
import type { Doc } from '../core/doc.ts';
import { CONTENT_ROLES } from '../core/roles.ts';
import { foldDiacritics } from '../text/fold.ts';
import { publishedValue } from './features.ts';

const BINS = 64;
const BIN_BITS = 6; // 2^6 = BINS
const BANDS = 16; // 16 bands × 4 rows: pairs above Jaccard ≈ 0.5 become candidates
const ROWS = BINS / BANDS;
/** Shingle Jaccard at or above which two articles are one article (copies differ only in chrome). */
export const DUPLICATE_JACCARD = 0.8;

/** murmur3's 32-bit finaliser. */
function fmix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a shingle of syllable hashes, in order. */
const combine = (h: number, s: number) => fmix(Math.imul(h, 0x9e3779b1) ^ s);

const SEPARATOR = -1;
const IGNORED = -2;
const UNKNOWN = -3;
/**
 * What each UTF-16 code unit folds to, filled on first sight from foldDiacritics itself: a code unit of a
 * folded letter or digit, SEPARATOR (anything that is not \p{L}\p{N} after folding), or IGNORED (combining
 * marks and zero-width characters, which vanish). Astral characters and the few code units that fold to
 * several characters go through the slow path (`foldSlow`).
 */
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
const MULTI = -4;
const LETTER = /^[\p{L}\p{N}]$/u;
function foldCode(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return MULTI;
  const f = foldDiacritics(String.fromCharCode(c));
  if (f === '') return IGNORED;
  if (f.length > 1) return MULTI;
  return LETTER.test(f) ? f.charCodeAt(0) : SEPARATOR;
}

let shingles = new Uint32Array(1 << 14);

/**
 * The article's shingles (title left out: syndicated copies often retitle) as 32-bit hashes, in text order
 * with repeats: every three consecutive syllables (a shorter article: all its syllables as one shingle).
 * The scan keeps its state in locals (a closure over it made V8 keep every variable in a heap context).
 */
function shingleHashes(doc: Doc): Uint32Array {
  const text = doc.text;
  let out = shingles;
  let count = 0;
  let syllables = 0;
  let s1 = 0;
  let s2 = 0;
  let h = 0x811c9dc5;
  let inSyllable = false;
  for (const b of doc.layers.blocks) {
    if (b.role === 'title' || !CONTENT_ROLES.has(b.role)) continue;
    // One more code unit than the block holds: the separator that ends its last syllable.
    for (let i = b.start; i <= b.end; i++) {
      let f = SEPARATOR;
      let c = 0;
      if (i < b.end) {
        c = text.charCodeAt(i);
        f = FOLD[c]!;
        if (f === UNKNOWN) FOLD[c] = f = foldCode(c);
      }
      if (f >= 0) {
        h = Math.imul(h ^ f, 0x01000193);
        inSyllable = true;
        continue;
      }
      if (f === IGNORED) continue;
      // Astral characters and multi-character folds: fold the whole character (letters, or one separator).
      let folded = '';
      if (f === MULTI) {
        const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < b.end;
        folded = foldDiacritics(wide ? text.slice(i, i + 2) : text[i]!);
        if (wide) i++;
      }
      for (let k = 0; k <= folded.length; k++) {
        // folded[k] (each code point of it in turn), then one separator after a multi fold ends nothing extra
        if (k < folded.length) {
          const cp = folded.codePointAt(k)!;
          const x = String.fromCodePoint(cp);
          if (x.length === 2) k++;
          if (LETTER.test(x)) {
            for (let j = 0; j < x.length; j++) h = Math.imul(h ^ x.charCodeAt(j), 0x01000193);
            inSyllable = true;
            continue;
          }
        } else if (f === MULTI) break;
        // a separator: end the syllable
        if (!inSyllable) continue;
        inSyllable = false;
        const sh = fmix(h);
        h = 0x811c9dc5;
        syllables++;
        if (syllables >= 3) {
          if (count === out.length) {
            const bigger = new Uint32Array(count * 2);
            bigger.set(out);
            shingles = out = bigger;
          }
          out[count++] = combine(combine(s1, s2), sh);
        }
        s1 = s2;
        s2 = sh;
      }
    }
  }
  // Fewer than three syllables: the whole text is one shingle.
  if (syllables > 0 && syllables < 3) out[count++] = syllables === 1 ? s2 : combine(s1, s2);
  return out.slice(0, count);
}

/**
 * Sorted unique hashes: the shingle set, built only for the few articles a Jaccard or a size is asked of.
 * Sorts `hashes` in place (their signature is taken before any set is asked for).
 */
function shingleSet(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.sort();
  let u = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i]!;
  return sorted.slice(0, u);
}

/** One-permutation MinHash with rotation densification; -1 marks a bin not yet filled. Repeated hashes change nothing. */
function signature(hashes: Uint32Array): Float64Array {
  const sig = new Float64Array(BINS).fill(-1); // values stay below 2^32 (densified ones too)
  const valueBits = 32 - BIN_BITS;
  for (const x of hashes) {
    const v = fmix(x ^ 0x9e3779b9);
    const bin = v >>> valueBits;
    const value = v & ((1 << valueBits) - 1);
    if (sig[bin]! < 0 || value < sig[bin]!) sig[bin] = value;
  }
  densify(sig);
  return sig;
}

/**
 * An empty bin takes the next full bin's value (circularly), offset by the distance so that it never
 * equals a real value of its own. Its own function, called for every signature: only short articles
 * have empty bins, and the first of them deoptimised `signature` when this loop was inside it.
 */
function densify(sig: Float64Array): void {
  const valueBits = 32 - BIN_BITS;
  for (let j = 0; j < BINS; j++) {
    if (sig[j]! >= 0) continue;
    for (let d = 1; d < BINS; d++) {
      const v = sig[(j + d) % BINS]!;
      if (v >= 0 && v < 2 ** valueBits) {
        sig[j] = v + d * 2 ** valueBits;
        break;
      }
    }
  }
}

/** A 30-bit key of one band of a signature (collisions only add candidates, which are then checked). */
function bandKey(sig: Float64Array, band: number): number {
  let h = band + 1;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) {
    h = combine(h, sig[r]!);
  }
  return h & 0x3fffffff;
}

/** Jaccard of two sorted unique hash arrays. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}

interface Item {
  doc: Doc;
  hashes: Uint32Array;
  set: Uint32Array | null;
}

const setOf = (it: Item) => (it.set ??= shingleSet(it.hashes));

/** Earliest published first, then the longest (most distinct shingles), then by id: the copy we keep as canonical. */
function canonicalOrder(a: Item, b: Item): number {
  const pa = publishedValue(a.doc) ?? '9999';
  const pb = publishedValue(b.doc) ?? '9999';
  return pa.localeCompare(pb) || setOf(b).length - setOf(a).length || a.doc.id.localeCompare(b.doc.id);
}

/**
 * Pairs `[canonical, copy]`: every copy points at the one article of its duplicate group that is kept
 * (the earliest published, then the longest). Documents without content are never duplicates.
 */
export function findDuplicates(docs: Doc[]): [string, string][] {
  const items: Item[] = docs.map((doc) => ({ doc, hashes: shingleHashes(doc), set: null })).filter((x) => x.hashes.length > 0);
  // Two functions, not one: V8 compiled the banding loop together with the grouping after it, which had
  // not run yet, and threw that code away when the loop ended.
  return duplicatePairs(items, nearDuplicateSets(items));
}

/** The union-find root of item i (compressing the path on the way). */
function root(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/** Union-find parents joining every two items whose shingle Jaccard reaches DUPLICATE_JACCARD (LSH candidates only). */
function nearDuplicateSets(items: Item[]): Int32Array {
  const parent = Int32Array.from(items, (_, i) => i);
  // Buckets as linked lists: `head` maps a band key to its latest entry (item × BANDS + band), `next` chains entries.
  const head = new Map<number, number>();
  const next = new Int32Array(items.length * BANDS);
  const tested = new Set<number>();
  // A callback per item rather than one long loop: when a rare path deoptimised the loop's code, the
  // rest of the loop ran unoptimised until V8 compiled it again mid-loop; a callback is back sooner.
  items.forEach((it, i) => {
    const sig = signature(it.hashes);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const entry = i * BANDS + b;
      const first = head.get(key);
      next[entry] = first ?? -1;
      head.set(key, entry);
      for (let e = first ?? -1; e >= 0; e = next[e]!) {
        const j = Math.floor(e / BANDS);
        const pairKey = j * items.length + i;
        if (tested.has(pairKey)) continue;
        tested.add(pairKey);
        if (root(parent, i) !== root(parent, j) && jaccard(setOf(it), setOf(items[j]!)) >= DUPLICATE_JACCARD) parent[root(parent, i)] = root(parent, j);
      }
    }
  });
  return parent;
}

/** `[canonical, copy]` for every copy of each duplicate set. */
function duplicatePairs(items: Item[], parent: Int32Array): [string, string][] {
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = root(parent, i);
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
