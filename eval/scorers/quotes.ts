/**
 * Quotes and claims against the seed gold (the --meta run).
 * - quote recall: a gold quote is found when a system quote of its document contains its text_prefix
 *   (quote characters removed and white space collapsed on both sides);
 * - precision: a system quote is correct when it contains some gold text_prefix of its document;
 * - speaker accuracy on found quotes (the tightest containing system quote): canonical equal to the
 *   gold speaker; the lenient variant also accepts the gold's aliases of that speaker;
 * - claim stance accuracy: a gold claim is matched to a system claim of its document with the same
 *   claimant and the most shared content (entities named in the English claim found as Vietnamese
 *   aliases in the system claim, numbers, a small glossary of news words), one to one.
 * The same figures are also printed with the gold entities given to the quote stage ("gold entities"),
 * which measures attribution apart from entity recognition.
 */
import { join } from 'node:path';
import type { Doc } from '../../src/core/doc.ts';
import type { EntityMention, EntityType } from '../../src/core/layers.ts';
import { ANNOTATORS, makeDocs } from '../../src/pipeline.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { extractClaims, extractQuotes } from '../../src/quotes/index.ts';
import type { Gold, GoldDoc } from '../lib/gold.ts';
import type { Metric, SeedScorer } from '../lib/metric.ts';

interface SysQuote { text: string; speaker: string | null }
interface SysClaim { claimant: string; stance: string; text: string }
interface SysDoc { quotes: SysQuote[]; claims: SysClaim[] }

const norm = (s: string) => s.normalize('NFC').replace(/["“”„‟«»‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** English words of gold claims → Vietnamese words that say the same, for matching claims. */
const GLOSSARY: Record<string, string[]> = {
  weapon: ['vũ khí'], arms: ['vũ khí'], missile: ['tên lửa'], troops: ['quân', 'binh lính'], sanction: ['trừng phạt'],
  nuclear: ['hạt nhân'], evidence: ['bằng chứng'], concern: ['lo ngại', 'quan ngại', 'quan tâm'], talks: ['đàm phán', 'bàn'],
  visit: ['thăm'], deal: ['thỏa thuận'], exercise: ['tập trận'], consequence: ['hậu quả'], price: ['trả giá'],
  trade: ['thương mại', 'giao dịch'], watch: ['theo dõi'], monitor: ['theo dõi'], condemn: ['lên án'], withdraw: ['rút'],
  deny: ['bác bỏ', 'phủ nhận'], groundless: ['vô căn cứ'], fabricat: ['bịa đặt'], plot: ['âm mưu'], law: ['luật pháp'],
  munition: ['đạn dược'], source: ['nguồn'], meet: ['gặp'], 'fighter jet': ['máy bay chiến đấu'], pledge: ['cam kết'],
  support: ['hỗ trợ'], confrontation: ['đối đầu'], 'two-way': ['hai chiều'], interconnect: ['liên hệ'], economy: ['kinh tế'],
  deliver: ['giao'], 'rail car': ['toa tàu'], difficult: ['khó khăn'], serious: ['nghiêm trọng'], war: ['chiến tranh', 'cuộc chiến'],
  fuel: ['thúc đẩy'], 'nothing to say': ['không có gì để nói'], 'never': ['chưa bao giờ'], 'undesirable': ['không mong muốn'],
  squeez: ['siết chặt'], 'defence industr': ['công nghiệp quốc phòng'], 'measures': ['biện pháp'], 'treaty': ['hiệp ước'],
  'international law': ['luật pháp quốc tế'], 'pressure': ['áp lực'], 'halt': ['ngừng'], 'tension': ['căng thẳng'],
};
const ENGLISH_ALIASES: Record<string, string[]> = { 'United States': ['US', 'U.S.'], 'North Korea': ['North Korean'], 'South Korea': ['South Korean'], Russia: ["Russia's", 'Russian'] };

function claimKeys(gold: Gold, english: string): Set<string> {
  const keys = new Set<string>();
  for (const canon of Object.keys(gold.canonical_aliases)) {
    const names = [canon, ...(ENGLISH_ALIASES[canon] ?? [])];
    if (names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(english))) keys.add(`E:${canon}`);
  }
  const low = english.toLowerCase();
  for (const [en, vi] of Object.entries(GLOSSARY)) if (low.includes(en)) for (const v of vi) keys.add(`W:${v}`);
  for (const n of english.match(/\d[\d,.]*/g) ?? []) keys.add(`N:${n.replace(/[,.]/g, '')}`);
  return keys;
}

function systemKeys(gold: Gold, text: string): Set<string> {
  const keys = new Set<string>();
  const low = ` ${norm(text)} `;
  for (const [canon, aliases] of Object.entries(gold.canonical_aliases)) if (aliases.some((a) => low.includes(` ${a.toLowerCase()}`))) keys.add(`E:${canon}`);
  for (const vi of Object.values(GLOSSARY).flat()) if (low.includes(vi)) keys.add(`W:${vi}`);
  for (const n of text.match(/\d[\d,.]*/g) ?? []) keys.add(`N:${n.replace(/[,.]/g, '')}`);
  return keys;
}

const sameSpeaker = (gold: Gold, goldName: string, sys: string | null, lenient: boolean) => {
  if (!sys) return false;
  if (sys === goldName) return true;
  if (!lenient) return false;
  const aliases = (gold.canonical_aliases[goldName] ?? []).map((a) => a.toLowerCase());
  return aliases.includes(sys.toLowerCase()) || sys.toLowerCase() === goldName.toLowerCase();
};

export interface QuoteFigures {
  found: number; gold: number; correct: number; system: number;
  speakerStrict: number; speakerLenient: number;
  claimsFound: number; claimsGold: number; stanceRight: number;
  misses: string[];
}

/** Score system quotes and claims of each seed document against the gold. */
export function scoreQuotes(gold: Gold, docs: { gold: GoldDoc; sys: SysDoc }[]): QuoteFigures {
  const f: QuoteFigures = { found: 0, gold: 0, correct: 0, system: 0, speakerStrict: 0, speakerLenient: 0, claimsFound: 0, claimsGold: 0, stanceRight: 0, misses: [] };
  for (const { gold: g, sys } of docs) {
    const prefixes = g.quotes.map((q) => norm(q.text_prefix));
    const sysTexts = sys.quotes.map((q) => norm(q.text));
    for (const [k, q] of g.quotes.entries()) {
      f.gold++;
      const hits = sys.quotes.map((s, i) => ({ s, t: sysTexts[i]! })).filter((x) => x.t.includes(prefixes[k]!));
      if (!hits.length) {
        f.misses.push(`${g.file.slice(0, 3)} L${q.line} missed: ${q.text_prefix}`);
        continue;
      }
      f.found++;
      const best = hits.sort((a, b) => a.t.length - b.t.length)[0]!.s;
      if (sameSpeaker(gold, q.speaker, best.speaker, false)) f.speakerStrict++;
      else f.misses.push(`${g.file.slice(0, 3)} L${q.line} speaker ${best.speaker} ≠ ${q.speaker}`);
      if (sameSpeaker(gold, q.speaker, best.speaker, true)) f.speakerLenient++;
    }
    for (const [i, t] of sysTexts.entries()) {
      f.system++;
      if (prefixes.some((p) => t.includes(p))) f.correct++;
      else f.misses.push(`${g.file.slice(0, 3)} spurious: ${sys.quotes[i]!.text.slice(0, 70)}`);
    }
    const used = new Set<number>();
    const candidates: { gi: number; si: number; score: number }[] = [];
    const sysKeys = sys.claims.map((c) => systemKeys(gold, c.text));
    g.claims.forEach((gc, gi) => {
      const keys = claimKeys(gold, gc.claim);
      sys.claims.forEach((sc, si) => {
        if (!sameSpeaker(gold, gc.claimant, sc.claimant, true)) return;
        let score = 0;
        for (const key of keys) if (sysKeys[si]!.has(key)) score += key.startsWith('E:') ? 1 : 2;
        if (score > 0) candidates.push({ gi, si, score });
      });
    });
    candidates.sort((a, b) => b.score - a.score || a.si - b.si);
    const matched = new Map<number, number>();
    for (const c of candidates) {
      if (matched.has(c.gi) || used.has(c.si)) continue;
      matched.set(c.gi, c.si);
      used.add(c.si);
    }
    g.claims.forEach((gc, gi) => {
      f.claimsGold++;
      const si = matched.get(gi);
      if (si === undefined) return;
      f.claimsFound++;
      if (sys.claims[si]!.stance === gc.stance) f.stanceRight++;
      else f.misses.push(`${g.file.slice(0, 3)} claim ${gc.claimant}: ${sys.claims[si]!.stance} ≠ ${gc.stance} (${sys.claims[si]!.text.slice(0, 50)})`);
    });
  }
  return f;
}

function metrics(f: QuoteFigures, suffix: string): Metric[] {
  const r = (a: number, b: number) => (b ? a / b : 0);
  return [
    { name: `quote recall${suffix}`, value: r(f.found, f.gold), target: 0.9, note: `${f.found}/${f.gold}` },
    { name: `quote precision${suffix}`, value: r(f.correct, f.system), target: 0.85, note: `${f.correct}/${f.system}` },
    { name: `speaker accuracy on found${suffix}`, value: r(f.speakerStrict, f.found), target: 0.9, note: `${f.speakerStrict}/${f.found}` },
    { name: `speaker accuracy, lenient${suffix}`, value: r(f.speakerLenient, f.found), note: `${f.speakerLenient}/${f.found} (gold aliases accepted)` },
    { name: `claim stance accuracy on found${suffix}`, value: r(f.stanceRight, f.claimsFound), target: 0.85, note: `${f.stanceRight}/${f.claimsFound}; found ${f.claimsFound}/${f.claimsGold} gold claims` },
  ];
}

/** Tag every occurrence of the gold entities' surface forms (longest first) in the annotated blocks. */
export function goldEntities(doc: Doc, g: GoldDoc): EntityMention[] {
  const forms = [...new Map(g.entities.map((e) => [e.text, e])).values()].sort((a, b) => b.text.length - a.text.length);
  const taken: boolean[] = [];
  const out: EntityMention[] = [];
  for (const b of doc.annotatedBlocks()) {
    for (const e of forms) {
      let at = doc.text.indexOf(e.text, b.start);
      while (at >= 0 && at + e.text.length <= b.end) {
        const end = at + e.text.length;
        const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
        let free = edge(doc.text[at - 1]) && edge(doc.text[end]);
        for (let k = at; free && k < end; k++) if (taken[k]) free = false;
        if (free) {
          for (let k = at; k < end; k++) taken[k] = true;
          out.push({ start: at, end, text: e.text, type: e.type as EntityType, canonical: e.canonical });
        }
        at = doc.text.indexOf(e.text, end);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function seedsDir(): string {
  const shared = process.env.NIENBIEU_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');
  return join(shared, 'corpus', 'seeds');
}

/** The quote stage run on the seeds with gold entities in place of recognised ones. */
export function withGoldEntities(gold: Gold): { gold: GoldDoc; sys: SysDoc }[] {
  const { drafts } = readInputs([seedsDir()]);
  const meta = gold.documents.map((g) => ({ path: g.file, published: g.published_true }));
  const docs = makeDocs(drafts, meta);
  return gold.documents.map((g) => {
    const doc = docs.find((d) => d.meta.path.endsWith(g.file));
    if (!doc) throw new Error(`seed ${g.file} missing`);
    for (const c of ANNOTATORS) if (c.layer !== 'entities') (doc.layers as unknown as Record<string, unknown>)[c.layer] = c.run(doc);
    doc.layers.entities = goldEntities(doc, g);
    doc.layers.quotes = extractQuotes(doc);
    doc.layers.claims = extractClaims(doc);
    return { gold: g, sys: { quotes: doc.layers.quotes, claims: doc.layers.claims } };
  });
}

export const scorer: SeedScorer = {
  name: 'quotes',
  order: 70,
  score(ctx) {
    const pipeline = scoreQuotes(ctx.gold, ctx.pairs.map((p) => ({ gold: p.gold, sys: p.withMeta })));
    const oracle = scoreQuotes(ctx.gold, withGoldEntities(ctx.gold));
    if (process.env.NIENBIEU_VERBOSE) for (const m of [...pipeline.misses, ...oracle.misses.map((x) => `(gold entities) ${x}`)]) console.log(`    ${m}`);
    return [...metrics(pipeline, ''), ...metrics(oracle, ' (gold entities)').map(({ target: _t, ...m }) => m)];
  },
};
