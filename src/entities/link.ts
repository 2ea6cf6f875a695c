/**
 * Canonical identities. Within a document: a short form ("Blinken", "ông Park", "ông Kim", "Wagner")
 * takes the canonical of the full name it shortens (the nearest one before it, else the first
 * after); an acronym in brackets after a name ("Thông tấn xã Trung ương Triều Tiên (CNA)") shares
 * its canonical; a misspelt single name ("Bliken") joins a full name one edit away; an unqualified
 * body ("Bộ Ngoại giao") joins the only qualified one of the same head. Across documents
 * (`linkEntities`): spelling variants (Kim Jong-un / Kim Jong Un), short forms and typos of names
 * known elsewhere in the batch are merged, and each cluster takes one stable canonical: the
 * gazetteer's when it knows the entity, else the fullest, most frequent name.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention, EntityType } from '../core/layers.ts';
import { matchKey } from '../text/fold.ts';
import { gazetteer } from './gazetteer.ts';
import { FEMALE_CUES, MALE_CUES, ORG_EN } from './lexicon.ts';
import { propagateTypes, splitOrgPeople } from './propagate.ts';
import { found as makeFound, shapeTyped, type Found } from './recognize.ts';
import { editDistance, isVietSyllable } from './shape.ts';
import { keyOf, vietShaped, type Word } from './words.ts';

interface Line {
  words: Word[];
  found: Found[];
}

interface NameRef {
  pos: number;
  canonical: string;
  type: EntityType;
  gender: 'm' | 'f' | undefined;
}

/** The gender each canonical's mentions tell (none when they disagree). */
function gendersOf(lines: Line[]): Map<string, 'm' | 'f' | null> {
  const out = new Map<string, 'm' | 'f' | null>();
  for (const line of lines) {
    for (const f of line.found) {
      if (!f.gender) continue;
      const g = out.get(f.canonical);
      out.set(f.canonical, g === undefined || g === f.gender ? f.gender : null);
    }
  }
  return out;
}

/** Number of hyphen groups of words[i..j). */
function groupCount(words: Word[], i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (k === i || words[k]!.sep !== '-') n++;
  return n;
}

/** Hyphen groups of words[i..j) ("Kim", "Jong-un"), as [start, end) word indices. */
function groups(words: Word[], i: number, j: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = i; k < j; k++) {
    if (k > i && words[k]!.sep === '-') out[out.length - 1]![1] = k + 1;
    else out.push([k, k + 1]);
  }
  return out;
}

const isForeignKey = (text: string) => !isVietSyllable(text);

/** Index ref under key, unless the key is too short or names a known entity. */
function put(idx: Map<string, NameRef[]>, key: string, ref: NameRef): void {
  if (key.length < 2 || gazetteer().entries.has(key)) return;
  const list = idx.get(key);
  if (list) list.push(ref);
  else idx.set(key, [ref]);
}

/** Name words a later short form may use: first and last words of full personal names; the foreign name in "Tập đoàn Wagner". */
function shortFormIndex(lines: Line[]): Map<string, NameRef[]> {
  const idx = new Map<string, NameRef[]>();
  const genders = gendersOf(lines);
  for (const { words, found } of lines) {
    for (const f of found) {
      // only names of two or more groups are indexed
      if (f.j - f.i < 2 || !(f.type === 'PER' || ((f.type === 'ORG' || f.type === 'LOC') && !f.known))) continue;
      const gs = groups(words, f.i, f.j);
      const gender = genders.get(f.canonical) ?? undefined;
      const ref: NameRef = { pos: words[f.i]!.start, canonical: f.canonical, type: f.type, gender }; // one shape, gender or not
      if (f.type === 'PER' && gs.length >= 2) {
        put(idx, keyOf(words, gs[0]![0], gs[0]![1]), ref);
        put(idx, keyOf(words, gs[gs.length - 1]![0], gs[gs.length - 1]![1]), ref);
        // "Xuân Vinh" for "Hoàng Xuân Vinh"
        if (gs.length >= 3) put(idx, keyOf(words, gs[gs.length - 2]![0], gs[gs.length - 1]![1]), ref);
      } else if ((f.type === 'ORG' || f.type === 'LOC') && !f.known && gs.length >= 2) {
        const last = gs[gs.length - 1]!;
        if (last[1] - last[0] === 1 && !vietShaped(words[last[0]]!) && words[last[0]]!.cap) put(idx, keyOf(words, last[0], last[1]), ref);
      }
    }
  }
  return idx;
}

/** The reference nearest before pos (else the first after). */
function nearest(refs: NameRef[], pos: number): NameRef {
  return nearestOf(refs, pos, undefined, false)!;
}

/**
 * nearest() among the references of a gender that does not contradict `gender` (persons only when
 * `personOnly`), undefined when none is. Plain loops and no callback: a closure per call, or an array
 * builtin with one, makes every optimisation of the callers much larger.
 */
function nearestOf(refs: NameRef[], pos: number, gender: 'm' | 'f' | undefined, personOnly: boolean): NameRef | undefined {
  let before: NameRef | undefined;
  let first: NameRef | undefined;
  for (let n = 0; n < refs.length; n++) {
    const r = refs[n]!;
    if ((personOnly && r.type !== 'PER') || (gender && r.gender && r.gender !== gender)) continue;
    if (r.pos <= pos && (!before || r.pos > before.pos)) before = r;
    if (!first || r.pos < first.pos) first = r;
  }
  return before ?? first;
}

function linkShortForms(lines: Line[], idx: Map<string, NameRef[]>): void {
  const dict = gazetteer().words;
  for (const line of lines) {
    const { words, found } = line;
    if (!idx.size) {
      found.sort((a, b) => a.i - b.i);
      continue; // no full name to shorten
    }
    const covered = new Uint8Array(words.length);
    for (const f of found) covered.fill(1, f.i, f.j);
    // an existing one-word mention that shortens a full name
    for (const f of found) {
      if (f.known || groupCount(words, f.i, f.j) > 2) continue;
      const refs = idx.get(keyOf(words, f.i, f.j));
      // "bà Clinton" is never "ông Bill Clinton"
      const r = refs && nearestOf(refs, words[f.i]!.start, f.gender, false);
      if (!r) continue;
      f.canonical = r.canonical;
      f.type = r.type;
    }
    // a capitalised word standing alone that no rule claimed ("Kim cho biết", "Stoltenberg nói")
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (covered[k] || !w.cap || w.sep === '-') continue;
      let j = k + 1;
      while (j < words.length && words[j]!.sep === '-') j++;
      const prev = words[k - 1];
      const next = words[j];
      if ((prev && w.sep === ' ' && prev.cap && !covered[k - 1]) || (next && next.sep === ' ' && next.cap)) continue;
      const refs = idx.get(keyOf(words, k, j));
      if (!refs) continue;
      if (j < words.length && next!.sep === ' ' && dict.has(keyOf(words, k, j + 1))) continue; // "Kim loại"
      const r = nearest(refs, w.start);
      found.push(makeFound(k, j, r.type, r.canonical, false));
    }
    found.sort((a, b) => a.i - b.i);
  }
}

const isPersonRef = (r: NameRef) => r.type === 'PER';

/** "Bliken" → "Blinken": a one-word personal name one edit from a full name's word in the same document. */
function linkTypos(lines: Line[], idx: Map<string, NameRef[]>): void {
  let keys: string[] | undefined; // the index's long foreign keys, listed when a one-word name needs them
  for (const { words, found } of lines) {
    for (const f of found) {
      if (f.type !== 'PER' || f.known || f.j - f.i !== 1) continue;
      const key = words[f.i]!.key;
      if (key.length < 5 || idx.has(key) || !isForeignKey(key)) continue;
      if (!keys) {
        keys = [];
        for (const k of idx.keys()) if (k.length >= 5 && isForeignKey(k)) keys.push(k);
      }
      // the one key a single edit away that names a person (none when two do)
      let hit: string | undefined;
      let hits = 0;
      for (const k of keys) {
        if (editDistance(k, key, 1) > 1 || !idx.get(k)!.some(isPersonRef)) continue;
        hit = k;
        if (++hits > 1) break;
      }
      if (hits === 1) f.canonical = nearestOf(idx.get(hit!)!, words[f.i]!.start, undefined, true)!.canonical;
    }
  }
}

/** "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)": the bracketed acronym and the name are one entity. */
function linkAcronyms(text: string, lines: Line[]): void {
  const alias = new Map<string, { canonical: string; type: EntityType }>();
  for (const { words, found } of lines) {
    for (let n = 1; n < found.length; n++) {
      const a = found[n - 1]!;
      const b = found[n]!;
      // a bracket after a person holds a country or team, not the person's acronym; after a place, an
      // unknown acronym names the body in front of it ("Cơ quan hàng không Hoa Kỳ (FAA)")
      if (b.j - b.i !== 1 || !words[b.i]!.allCaps || a.type === 'PER') continue;
      if ((a.type === 'GPE' || a.type === 'LOC') && !b.known) continue;
      const between = text.slice(words[a.j - 1]!.end, words[b.i]!.start);
      const after = text.slice(words[b.i]!.end, words[b.i]!.end + 1);
      if (!/^\s*\(\s*$/.test(between) || after !== ')') continue;
      if (b.known && !a.known) a.canonical = b.canonical;
      else if (!b.known) {
        b.canonical = a.canonical;
        b.type = a.type;
      }
      alias.set(words[b.i]!.key, { canonical: b.canonical, type: b.type });
    }
  }
  for (const { words, found } of lines) {
    for (const f of found) {
      const al = !f.known && f.j - f.i === 1 ? alias.get(words[f.i]!.key) : undefined;
      if (al) Object.assign(f, al);
    }
  }
}

/** "Bộ Ngoại giao" alone joins "Bộ Ngoại giao Triều Tiên" when the document qualifies that head once. */
function linkHeads(lines: Line[]): void {
  // (plain loops: most documents have no unqualified head, and this runs for every document)
  let heads = false;
  for (const l of lines) for (const f of l.found) if (f.head) heads = true;
  if (!heads) return;
  const qualified = new Map<string, Set<string>>(); // "Ministry of Foreign Affairs" → its qualified canonicals
  for (const l of lines) {
    for (const o of l.found) {
      const cut = o.type === 'ORG' ? o.canonical.indexOf(' (') : -1;
      if (cut <= 0) continue;
      const head = o.canonical.slice(0, cut);
      const set = qualified.get(head);
      if (set) set.add(o.canonical);
      else qualified.set(head, new Set([o.canonical]));
    }
  }
  for (const l of lines) {
    for (const f of l.found) {
      const quals = f.head ? qualified.get(ORG_EN[f.head] ?? f.canonical) : undefined;
      if (quals?.size === 1) f.canonical = quals.values().next().value!;
    }
  }
}

/** Within one document: fill in canonicals of short forms, acronyms, typos and unqualified heads. */
export function linkWithinDoc(text: string, lines: Line[]): void {
  linkAcronyms(text, lines);
  splitOrgPeople(text, lines);
  const idx = shortFormIndex(lines);
  linkShortForms(lines, idx);
  linkTypos(lines, idx);
  linkHeads(lines);
  propagateTypes(text, lines);
}

// ---------------------------------------------------------------------------------------------
// Across documents

/** Spelling-insensitive key of a canonical: case, tone placement, hyphens and dots do not matter. */
export function variantKey(canonical: string): string {
  let k = VARIANT_KEYS.get(canonical);
  if (k === undefined) {
    if (VARIANT_KEYS.size > 100_000) VARIANT_KEYS.clear();
    k = matchKey(canonical).replace(/[-‐.]/g, ' ').replace(/\s+/g, ' ').trim();
    VARIANT_KEYS.set(canonical, k);
  }
  return k;
}
// Batches name the same entities many times over: each canonical's key is worked out once.
const VARIANT_KEYS = new Map<string, string>();

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

interface CanonStats {
  canonical: string;
  type: EntityType;
  mentions: number;
  words: string[];
}

/** Word-by-word match allowing one edit in words of five letters or more (Volodymir/Volodymyr). */
function nearSame(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let edits = 0;
  for (let n = 0; n < a.length; n++) {
    if (a[n] === b[n]) continue;
    if (a[n]!.length < 5 || b[n]!.length < 5 || editDistance(a[n]!, b[n]!, 1) > 1) return false;
    edits++;
  }
  return edits <= 2 && edits < a.length + (a.length === 1 ? 0 : 1);
}

/** One-deletion variants of a word: two words one edit apart share one. */
function deletions(w: string): string[] {
  const out = [w];
  for (let n = 0; n < w.length; n++) out.push(w.slice(0, n) + w.slice(n + 1));
  return out;
}

// Per UTF-16 unit: 1 when it is white space (\s), a letter (\p{L}) or neither (0), -1 not looked at yet.
const SPACE = 1;
const LETTER = 2;
const UNIT_CLASS = new Int8Array(0x10000).fill(-1);
function unitClass(c: number): number {
  const v = UNIT_CLASS[c]!;
  if (v >= 0) return v;
  const ch = String.fromCharCode(c);
  return (UNIT_CLASS[c] = /\s/.test(ch) ? SPACE : /\p{L}/u.test(ch) ? LETTER : 0);
}

/**
 * The word right before a mention (its honorific, if any): what /(\p{L}+)\s+$/u captures in
 * text[from, to), found by walking back over the white space and the letters, without a slice per mention.
 */
function wordBefore(text: string, from: number, to: number): string | undefined {
  let k = to;
  while (k > from && unitClass(text.charCodeAt(k - 1)) === SPACE) k--;
  const end = k;
  if (end === to) return undefined;
  for (;;) {
    const c = k > from ? text.charCodeAt(k - 1) : -1;
    if (c >= 0xdc00 && c <= 0xdfff) {
      // a letter outside the BMP comes as a surrogate pair, both inside the range
      if (k - 2 < from || !/^\p{L}$/u.test(text.slice(k - 2, k))) break;
      k -= 2;
    } else if (c >= 0 && unitClass(c) === LETTER && !(c >= 0xd800 && c <= 0xdbff)) k--;
    else break;
  }
  return k < end ? text.slice(k, end) : undefined;
}

/** The gender of each person canonical, from the honorific before its mentions ("ông", "bà") or a middle name (Thị, Văn); null when they disagree. */
function personGenders(docs: Doc[]): Map<string, 'm' | 'f' | null> {
  const out = new Map<string, 'm' | 'f' | null>();
  for (const d of docs) {
    for (const e of d.layers.entities) {
      if (e.type !== 'PER') continue;
      const cue = wordBefore(d.text, Math.max(0, e.start - 12), e.start);
      const word = cue && (cue === 'Ông' || cue === 'Bà' ? cue.toLowerCase() : cue);
      const padded = ` ${e.canonical} `;
      const middle = padded.includes(' Thị ') ? 'f' : padded.includes(' Văn ') ? 'm' : undefined;
      const g = word && MALE_CUES.has(word) ? 'm' : word && FEMALE_CUES.has(word) ? 'f' : middle;
      if (!g) continue;
      const cur = out.get(e.canonical);
      out.set(e.canonical, cur === undefined || cur === g ? g : null);
    }
  }
  return out;
}

// Across the batch every phase below is a function of its own with one loop: V8 optimises a loop
// that runs long while it runs, and a phase's code after it, never run yet, would throw that away
// and have the whole function optimised again for its next loop.

/** Votes of the context-typed mentions for the type of each name; the shape-typed mentions, listed. */
function typeVotes(docs: Doc[], shaped: EntityMention[]): Map<string, Map<EntityType, number>> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const d of docs) {
    for (const e of d.layers.entities) {
      if (shapeTyped.has(e)) {
        shaped.push(e);
        continue;
      }
      const k = variantKey(e.canonical);
      const v = votes.get(k) ?? votes.set(k, new Map()).get(k)!;
      v.set(e.type, (v.get(e.type) ?? 0) + 1);
    }
  }
  return votes;
}

/** One name, one type across the batch: mentions typed by shape alone take the type most context-typed mentions of the same name have. */
function unifyTypes(docs: Doc[]): void {
  const shaped: EntityMention[] = [];
  const votes = typeVotes(docs, shaped);
  // the type a name's votes give (null on a tie), decided once per name
  const decided = new Map<string, EntityType | null>();
  for (const e of shaped) {
    const k = variantKey(e.canonical);
    let type = decided.get(k);
    if (type === undefined) {
      const v = votes.get(k);
      if (!v) continue;
      const [best, second] = [...v].sort((a, b) => b[1] - a[1]);
      type = !second || best![1] > second[1] ? best![0] : null;
      decided.set(k, type);
    }
    if (type) e.type = type;
  }
}

/** Each canonical of the batch with its type, mention count and words. */
function canonStats(docs: Doc[]): Map<string, CanonStats> {
  const stats = new Map<string, CanonStats>();
  for (const d of docs) {
    for (const e of d.layers.entities) {
      const s = stats.get(e.canonical);
      if (s) s.mentions++;
      else stats.set(e.canonical, { canonical: e.canonical, type: e.type, mentions: 1, words: variantKey(e.canonical).split(' ') });
    }
  }
  return stats;
}

/** Spelling variants: canonicals of one type with the same words. */
function unionVariants(stats: Map<string, CanonStats>, uf: UnionFind): void {
  const byKey = new Map<string, string>();
  for (const s of stats.values()) {
    const k = `${s.type}|${s.words.join(' ')}`;
    const other = byKey.get(k);
    if (other) uf.union(s.canonical, other);
    else byKey.set(k, s.canonical);
  }
}

/** People by number of words and by each one-deletion variant of their last word. */
function typoBuckets(people: CanonStats[]): Map<string, CanonStats[]> {
  const buckets = new Map<string, CanonStats[]>();
  for (const s of people) {
    const last = s.words[s.words.length - 1]!;
    for (const v of last.length >= 5 ? deletions(last) : [last]) {
      const k = `${s.words.length}|${v}`;
      const list = buckets.get(k) ?? [];
      list.push(s);
      buckets.set(k, list);
    }
  }
  return buckets;
}

/** The gazetteer's people, put in the buckets too, so a misspelt well-known name finds its canonical. */
function knownPeople(buckets: Map<string, CanonStats[]>): Map<string, CanonStats> {
  const known = new Map<string, CanonStats>();
  for (const [key, e] of gazetteer().entries) {
    if (e.type !== 'PER') continue;
    const words = variantKey(key).split(' ');
    const last = words[words.length - 1]!;
    const s: CanonStats = { canonical: e.canonical, type: 'PER', mentions: 0, words };
    known.set(e.canonical, s);
    for (const v of last.length >= 5 ? deletions(last) : [last]) buckets.get(`${words.length}|${v}`)?.push(s);
  }
  return known;
}

/** Typos of names (word by word, one edit in long words). */
function unionTypos(buckets: Map<string, CanonStats[]>, uf: UnionFind): void {
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length && list.length > 1; a++) {
      for (let b = a + 1; b < list.length; b++) if (nearSame(list[a]!.words, list[b]!.words)) uf.union(list[a]!.canonical, list[b]!.canonical);
    }
  }
}

/** The clusters of full personal names (two words or more) by their first and by their last word; genders carried to the roots. */
function fullNamesByWord(people: CanonStats[], genders: Map<string, 'm' | 'f' | null>, uf: UnionFind): Map<string, Set<string>> {
  const fullByWord = new Map<string, Set<string>>();
  for (const s of people) {
    if (s.words.length < 2) continue;
    for (const w of [s.words[0]!, s.words[s.words.length - 1]!]) {
      const set = fullByWord.get(w) ?? new Set();
      const root = uf.find(s.canonical);
      const g = genders.get(s.canonical);
      if (g) genders.set(root, genders.get(root) === undefined || genders.get(root) === g ? g : null);
      set.add(root);
      fullByWord.set(w, set);
    }
  }
  return fullByWord;
}

/** One-word personal names known in full elsewhere ("Putin" → Vladimir Putin), when only one full name fits. */
function unionShortNames(people: CanonStats[], genders: Map<string, 'm' | 'f' | null>, uf: UnionFind): void {
  const fullByWord = fullNamesByWord(people, genders, uf);
  for (const s of people) {
    if (s.words.length !== 1) continue;
    // "bà Clinton" does not join "ông Bill Clinton"
    const g = genders.get(s.canonical);
    const full = [...(fullByWord.get(s.words[0]!) ?? [])].filter((f) => !g || !genders.get(f) || genders.get(f) === g);
    if (full.length === 1) uf.union(s.canonical, full[0]!);
  }
}

/** The cluster's canonical: the gazetteer's, else the fullest and most mentioned name. */
function clusterBest(all: CanonStats[], uf: UnionFind): Map<string, CanonStats> {
  const g = gazetteer();
  const best = new Map<string, CanonStats>();
  const score = (s: CanonStats) => (g.byCanonical.has(s.canonical) ? 1e9 : 0) + s.words.length * 1e6 + s.mentions;
  for (const s of all) {
    const root = uf.find(s.canonical);
    const cur = best.get(root);
    if (!cur || score(s) > score(cur)) best.set(root, s);
  }
  return best;
}

/** Every mention takes its cluster's canonical. */
function applyCanonicals(docs: Doc[], best: Map<string, CanonStats>, uf: UnionFind): void {
  const final = new Map<string, string>(); // each canonical's cluster canonical, worked out once
  for (const d of docs) {
    for (const e of d.layers.entities) {
      let c = final.get(e.canonical);
      if (c === undefined) final.set(e.canonical, (c = best.get(uf.find(e.canonical))!.canonical));
      e.canonical = c;
    }
  }
}

/** Cross-document identity: merge canonicals of the same entity across all documents, in place. */
export function linkEntities(docs: Doc[]): void {
  unifyTypes(docs);
  const stats = canonStats(docs);
  const genders = personGenders(docs);
  const uf = new UnionFind();
  unionVariants(stats, uf);
  const people = [...stats.values()].filter((s) => s.type === 'PER');
  const buckets = typoBuckets(people);
  const known = knownPeople(buckets);
  unionTypos(buckets, uf);
  unionShortNames(people, genders, uf);
  applyCanonicals(docs, clusterBest([...stats.values(), ...known.values()], uf), uf);
}
