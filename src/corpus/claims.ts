/**
 * Claims of a story: every document's claims with their sentence as evidence, and each denial paired
 * with the allegation it answers (`answers`), across documents. A denial answers the allegation that
 * shares the most with it: the parties both name (above all the denier, as the accused), the words of
 * the claim, and the article and sentence (a denial often follows or quotes the report it rejects).
 * Earlier allegations win ties. The same claim by the same claimant in several articles (outlets
 * copying one wire story, an article quoting an earlier one) is then one claim with all its evidence.
 */
import type { Doc } from '../core/doc.ts';
import { lowerBound } from '../core/span.ts';
import type { EntityMention } from '../core/layers.ts';
import { wordsOf } from '../quotes/stance.ts';
import type { StoryClaim } from './story.ts';

interface Item {
  claim: StoryClaim;
  doc: string;
  sentence: number;
  /** canonicals named in the claim's sentence */
  names: Set<string>;
  /** content words of what is claimed */
  words: Set<string>;
}

/** Words too common in news to tell two claims apart. */
const COMMON = new Set(['của', 'và', 'các', 'những', 'là', 'có', 'cho', 'với', 'được', 'trong', 'đã', 'đang', 'sẽ', 'này', 'đó', 'một', 'về', 'không', 'rằng', 'nước', 'việc', 'để', 'tại', 'từ', 'như', 'cũng', 'thể', 'người', 'ông', 'bà', 'họ']);
const MAX_CANDIDATES = 500;
/** Characters within which an earlier allegation counts as the one just reported. */
const NEAR = 400;

export function collectClaims(docs: Doc[]): StoryClaim[] {
  const claims: StoryClaim[] = [];
  for (const d of docs) {
    for (const c of d.layers.claims) claims.push({ claimant: c.claimant, stance: c.stance, text: c.text, evidence: [{ doc: d.id, start: c.start, end: c.end }] });
  }
  // Names and words are only read to pair denials: a story without one needs neither.
  if (!claims.some((c) => c.stance === 'deny')) return mergeRepeats(claims);
  const items: Item[] = [];
  for (const d of docs) {
    if (d.layers.claims.length === 0) continue;
    const ents = [...d.layers.entities].sort((a, b) => a.start - b.start);
    for (const c of d.layers.claims) {
      items.push({
        claim: claims[items.length]!,
        doc: d.id,
        sentence: c.start,
        names: namesIn(ents, c.start, c.end),
        words: new Set(wordsOf(c.text).trim().split(' ').filter((w) => w.length > 1 && !COMMON.has(w))),
      });
    }
  }
  pairDenials(items, rarity(items));
  return mergeRepeats(claims);
}

/** Share of content words two wordings of one claim have in common (Jaccard) at which they are one claim. */
const SAME_CLAIM = 0.8;

/**
 * One claim per claimant, stance and wording: a repeat (content words overlapping by SAME_CLAIM or more)
 * adds its evidence to the first and goes; `answers` indices follow the claims they point at.
 */
function mergeRepeats(claims: StoryClaim[]): StoryClaim[] {
  const out: StoryClaim[] = [];
  const newIndex: number[] = [];
  const seen = new Map<string, { at: number; words: Set<string> }[]>();
  // only claims that share claimant and stance with another are compared (most share with none)
  const keys = claims.map((c) => `${c.claimant}\u0000${c.stance}`);
  const perKey = new Map<string, number>();
  for (const key of keys) perKey.set(key, (perKey.get(key) ?? 0) + 1);
  claims.forEach((c, i) => {
    const key = keys[i]!;
    if (perKey.get(key) === 1) {
      newIndex.push(out.length);
      out.push(unanswered(c));
      return;
    }
    const words = new Set(wordsOf(c.text).trim().split(' ').filter((w) => w.length > 0 && !COMMON.has(w)));
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((e) => jaccard(e.words, words) >= SAME_CLAIM);
    if (same) {
      out[same.at]!.evidence.push(...c.evidence);
      newIndex.push(same.at);
      return;
    }
    newIndex.push(out.length);
    earlier.push({ at: out.length, words });
    seen.set(key, earlier);
    out.push(unanswered(c));
  });
  claims.forEach((c, i) => {
    const merged = out[newIndex[i]!]!;
    if (c.answers !== undefined && merged.answers === undefined) merged.answers = newIndex[c.answers]!;
  });
  return out;
}

/** A copy of a claim with its own evidence list and no `answers` yet (that index is into the old list). */
function unanswered(c: StoryClaim): StoryClaim {
  return { claimant: c.claimant, stance: c.stance, text: c.text, evidence: [...c.evidence] };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function namesIn(ents: EntityMention[], start: number, end: number): Set<string> {
  const lo = lowerBound(ents, start, (e) => e.start);
  const out = new Set<string>();
  for (let k = lo; k < ents.length && ents[k]!.start < end; k++) if (ents[k]!.type !== 'LOC') out.add(ents[k]!.canonical);
  return out;
}

/** How telling a shared name or word is: rare in the story's claims → high (inverse document frequency). */
function rarity(items: Item[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const x of items) for (const k of new Set([...x.names, ...x.words])) df.set(k, (df.get(k) ?? 0) + 1);
  return (key) => Math.log((items.length + 1) / (df.get(key) ?? 1));
}

function pairDenials(items: Item[], idf: (key: string) => number): void {
  // allegations indexed by the names in their sentence and by their claimant
  const byName = new Map<string, number[]>();
  items.forEach((x, i) => {
    if (x.claim.stance !== 'allege') return;
    for (const n of new Set([...x.names, x.claim.claimant])) {
      const list = byName.get(n) ?? [];
      list.push(i);
      byName.set(n, list);
    }
  });
  items.forEach((d, di) => {
    if (d.claim.stance !== 'deny') return;
    const seen = new Set<number>();
    let best = -1;
    let bestScore = 0;
    for (const n of new Set([...d.names, d.claim.claimant])) {
      for (const ai of (byName.get(n) ?? []).slice(-MAX_CANDIDATES)) {
        if (seen.has(ai)) continue;
        seen.add(ai);
        const a = items[ai]!;
        if (a.claim.claimant === d.claim.claimant) continue;
        const score = answerScore(d, a, idf) + (ai < di ? 0.5 : 0);
        if (score > bestScore) {
          best = ai;
          bestScore = score;
        }
      }
    }
    if (best >= 0 && bestScore >= 3) d.claim.answers = best;
  });
}

function answerScore(d: Item, a: Item, idf: (key: string) => number): number {
  let score = 0;
  if (a.names.has(d.claim.claimant)) score += 2; // the denier is the one accused
  if (d.names.has(a.claim.claimant)) score += 2; // the denial names who alleged
  if (d.doc === a.doc) {
    score += 2; // an article reporting a denial usually reports what is denied
    if (d.sentence === a.sentence) score += 3; // "bác bỏ báo cáo … rằng …"
    else if (a.sentence < d.sentence && d.sentence - a.sentence < NEAR) score += 1; // "Khi được đề nghị xác nhận thông tin này, …"
  }
  for (const n of d.names) if (n !== d.claim.claimant && a.names.has(n)) score += idf(n);
  let shared = 0;
  for (const w of d.words) if (a.words.has(w)) shared += idf(w);
  return score + Math.min(shared, 6) * 0.5;
}
