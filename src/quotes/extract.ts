/**
 * Reported speech in one document. Each prose block is read sentence unit by sentence unit:
 *   “Q”, ông X nói.               direct quote, attribution after it
 *   X nói (với …) rằng: “Q”.      direct quote, attribution before it
 *   X cho biết (rằng) …           indirect speech; content runs to the end of the sentence or to a
 *                                 coordinated second verb (", đồng thời cảnh báo …")
 *   …, nguồn tin từ X cho biết.   indirect speech, attribution after it
 *   Theo X, …                     indirect speech through a source
 *   Y dẫn lời X …                 X speaks, via Y (also "Reuters cho biết, … X bày tỏ …")
 * Every step moves forward through the tokens, so the work is linear in the length of the text.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { lowerBound } from '../core/span.ts';
import type { Span } from '../core/span.ts';
import { PROSE_ROLES } from '../core/roles.ts';
import {
  ADJUNCT_OPENERS, CLAUSE_MARKERS, CUE_AFTER_BLOCKERS, CUE_BLOCKERS, CUES, PREPOSITIONS, THEO_NON_SOURCES,
  type CueInfo,
} from './lexicon.ts';
import { lowText, phraseTree, type PhraseNode } from './phrases.ts';
import { entityIndex, findSubjectPhrase, makeSpeaker, mayNamePerson, phraseAt, SpeakerContext, speakerOf, subjectBefore, type Speaker, type TokView } from './speakers.ts';
import { findQuoteRegions, splitUnits, tokenize, type QuoteRegion, type Tok, type Unit } from './units.ts';

/** One reported statement: a quote, or (claimOnly) a claim with no quotable words. */
export interface Statement extends Span {
  kind: 'direct' | 'indirect';
  cue: string | null;
  cueSpan: Span | null;
  cueInfo: CueInfo | null;
  speaker: Speaker | null;
  via: Speaker | null;
  /** the sentence(s) the statement is made in: its evidence */
  sentence: Span;
  claimOnly: boolean;
  denyContext: boolean;
  /** index of the prose block, in reading order */
  block: number;
  /** the reported words, lower case, single-spaced and padded (see wordsOf) */
  words: string;
}

interface Cue {
  i: number;
  j: number;
  low: string;
  info: CueInfo;
}

/** Words before "gọi" that make it naming, not speech: "còn gọi là", "thường gọi là", "tên gọi". */
const NAMING_BEFORE_CALL = new Set(['còn', 'thường', 'hay', 'tên', ',', '(']);
const CITE = 'dẫn lời';
const CITE_INFO: CueInfo = { frame: 'say' };
const SAY_INFO: CueInfo = { frame: 'say' };
/** What introduces reported words right after a verb. */
const INTRODUCERS = new Set(['rằng', ':', ',']);
const CUE_FIRSTS = new Set([...Object.keys(CUES), CITE, 'theo'].map((k) => k.split(' ')[0]!));
/** Each cue (and "dẫn lời") with its phrase and how it takes its complement. */
const CUE_TREE = phraseTree<{ low: string; info: CueInfo }>([
  ...Object.entries(CUES).map(([low, info]) => [low, { low, info }] as const),
  [CITE, { low: CITE, info: CITE_INFO }],
]);
const CONJUNCTIONS = new Set(['và', 'đồng thời', 'cũng như', 'rồi', 'sau đó']);
/** First words of the two-word conjunctions: only after one of them is a pair of tokens joined and looked up. */
const CONJ_PAIR_FIRSTS = new Set([...CONJUNCTIONS].filter((c) => c.includes(' ')).map((c) => c.split(' ')[0]!));
const CONJ_FILLERS = new Set(['cũng', 'còn', 'đã', 'thì', 'lại', 'sau', 'đó']);
const NOMINAL_REPORTS = ['báo cáo', 'thông tin', 'tuyên bố', 'cáo buộc', 'nhận định'];
const NOMINAL_FIRSTS = new Set(NOMINAL_REPORTS.map((h) => h.split(' ')[0]!));
const NOMINAL_SET = new Set(NOMINAL_REPORTS);
/** Cues ending in a noun that may carry its own modifiers before "rằng" ("tuyên bố trước đó của Mỹ rằng"), or taking an addressee ("trả lời hãng Reuters rằng"). */
const NOUN_COMPLEMENT = /(tuyên bố|nhận định|cáo buộc|trả lời)$/;
/** How far into a news agency's report to look for the speaker it relays (keeps the search linear). */
const INNER_REACH = 60;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', '-', '–']);

/** What reading a document found: its statements, and the entity mentions they were read with. */
export interface Analysis {
  statements: Statement[];
  /** the entity layer's mentions in one shape, sorted by start (longer first), empty or out-of-text spans left out */
  mentions: EntityMention[];
}

const cache = new WeakMap<Doc, { ents: unknown; analysis: Analysis }>();

/** All statements of a document, computed once per entity layer. */
export function statementsOf(doc: Doc): Statement[] {
  return analysisOf(doc).statements;
}

/** The statements of a document and the mentions they were read with, computed once per entity layer. */
export function analysisOf(doc: Doc): Analysis {
  const hit = cache.get(doc);
  if (hit && hit.ents === doc.layers.entities) return hit.analysis;
  const ctx = new SpeakerContext(doc);
  const analysis: Analysis = { statements: analyse(doc, ctx), mentions: ctx.ents };
  cache.set(doc, { ents: doc.layers.entities, analysis });
  return analysis;
}

function analyse(doc: Doc, ctx: SpeakerContext): Statement[] {
  const out: Statement[] = [];
  const state: BlockState = { pendingColon: null, lastBlockWithSpeech: -2 };
  const blocks = doc.blocksWith(PROSE_ROLES);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const regions = findQuoteRegions(doc.text, b.start, b.end);
    const toks = tokenize(doc.text, b.start, b.end, regions);
    // a block of spaces has no tokens: it is skimmed too (its empty token list would be a new array kind for V8)
    if (mayReport(regions, toks)) new BlockReader(doc, ctx, regions, toks, k, out, state).read();
    else rememberFirstPerson(ctx, b);
  }
  nameLeadOfficials(ctx, out);
  return out;
}

/** Any reporting verb, source word or quotation: most paragraphs have none and are only skimmed. */
function mayReport(regions: readonly QuoteRegion[], toks: readonly Tok[]): boolean {
  if (regions.length > 0) return true;
  for (let k = 0; k < toks.length; k++) if (CUE_FIRSTS.has(toks[k]!.low)) return true;
  return false;
}

/** Index of the token that starts at offset `s` (tokens are in text order), or -1. */
function tokenStartingAt(toks: readonly { s: number }[], s: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = toks[mid]!.s;
    if (at === s) return mid;
    if (at < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A paragraph without speech still names who later pronouns refer to: its first person. */
function rememberFirstPerson(ctx: SpeakerContext, b: Span): void {
  for (const m of ctx.ents) {
    if (m.start >= b.end) return; // mentions are sorted by start
    if (m.start >= b.start && m.end <= b.end && m.type === 'PER') {
      ctx.remember(makeSpeaker(ctx.fixPerson(m.canonical), 'PER', m.start, m.end, true));
      return;
    }
  }
}

interface BlockState {
  /** "Ông X nói:" closing a paragraph: the next paragraph's quotation is theirs */
  pendingColon: Speaker | null;
  lastBlockWithSpeech: number;
}

class BlockReader {
  private readonly text: string;
  private readonly v: TokView;
  /** the block's tokens (this.v.toks), a plain field: read in every step */
  private readonly toks: Tok[];
  private readonly regions: QuoteRegion[];
  /** for each token, the region whose opening mark it is, or -1; and each region's closing-mark token */
  private readonly opens: Int32Array;
  private readonly closeTok: number[] = [];

  constructor(
    doc: Doc,
    private readonly ctx: SpeakerContext,
    regions: QuoteRegion[],
    toks: Tok[],
    private readonly blockNo: number,
    private readonly out: Statement[],
    private readonly state: BlockState,
  ) {
    this.text = doc.text;
    this.regions = regions;
    this.toks = toks;
    this.v = { toks, ent: entityIndex(toks, ctx.ents) };
    this.opens = new Int32Array(toks.length).fill(-1);
    for (let ri = 0; ri < this.regions.length; ri++) {
      const reg = this.regions[ri]!;
      const o = tokenStartingAt(toks, reg.open);
      if (o >= 0) this.opens[o] = ri;
      const c = reg.unclosed ? -1 : tokenStartingAt(toks, reg.close);
      this.closeTok.push(c >= 0 ? c : toks.length);
    }
  }

  /** The region whose opening mark is token k, or -1. */
  private openAt(k: number): number {
    return k >= 0 && k < this.opens.length ? this.opens[k]! : -1;
  }

  read(): void {
    for (const u of splitUnits(this.v.toks, this.regions)) this.unit(u);
  }

  /** The reporting verb starting at token i, if it is used as one there. */
  private cueAt(i: number, end: number): Cue | null {
    const toks = this.toks;
    const t = toks[i]!;
    if (!t.w || t.q >= 0 || !CUE_FIRSTS.has(t.low)) return null;
    let node: PhraseNode<{ low: string; info: CueInfo }> | undefined = CUE_TREE;
    let found: { low: string; info: CueInfo } | undefined;
    let j = i;
    for (let k = 0; i + k < end; k++) {
      const x = toks[i + k]!;
      if (!x.w || x.q >= 0) break;
      node = node.next.get(x.low);
      if (!node) break; // no cue starts so
      if (node.value) {
        found = node.value;
        j = i + k + 1;
      }
    }
    if (!found) return null;
    const best: Cue = { i, j, low: found.low, info: found.info };
    const prev = toks[i - 1];
    if (prev?.w && (CUE_BLOCKERS.has(prev.low) || (PREPOSITIONS.has(prev.low) && prev.low !== 'là'))) return null;
    if (best.info.frame === 'call') {
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (toks[k]!.low === 'được' || toks[k]!.low === 'bị') return null;
      // "(gọi tắt là …)", "còn gọi là", "tên gọi": naming, not speech
      if (toks[j]?.low === 'tắt' || (prev !== undefined && NAMING_BEFORE_CALL.has(prev.low))) return null;
    }
    return best;
  }

  /** A coordinated reporting verb at p: "[,] và / đồng thời [cũng] cho rằng". */
  private conjCue(p: number, end: number): Cue | null {
    const toks = this.toks;
    let k = p;
    let joined = false;
    if (toks[k]?.low === ',') {
      k++;
      joined = true;
    }
    const n = this.conjunctionAt(k, end);
    if (n) {
      k += n;
      joined = true;
    }
    if (!joined) return null;
    while (k < end && CONJ_FILLERS.has(toks[k]!.low)) k++;
    const c = k < end ? this.cueAt(k, end) : null;
    return c && c.low !== CITE ? c : null;
  }

  /** Length in tokens of the conjunction at k before `end` ("đồng thời" 2, "và" 1), or 0. */
  private conjunctionAt(k: number, end: number): number {
    const toks = this.toks;
    if (k + 2 <= end && CONJ_PAIR_FIRSTS.has(toks[k]!.low) && CONJUNCTIONS.has(lowText(toks, k, k + 2))) return 2;
    return k + 1 <= end && CONJUNCTIONS.has(toks[k]!.low) ? 1 : 0;
  }

  /** A complement that is a clause: "rằng", ":", a quotation, or a finite-clause word soon after. */
  private clausal(c: Cue, end: number): boolean {
    const toks = this.toks;
    const t = toks[c.j];
    if (!t) return false;
    if (t.low === 'rằng' || t.low === ':' || this.openAt(c.j) >= 0) return true;
    let words = 0;
    for (let k = c.j; k < end && words < 5; k++) {
      if (!toks[k]!.w) continue;
      words++;
      if (CLAUSE_MARKERS.has(toks[k]!.low)) return true;
    }
    return false;
  }

  private onlyPunct(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.toks[k]!.w || this.openAt(k) >= 0) return false;
    return true;
  }

  /**
   * One sentence unit. Its steps are methods of their own: a path met late in a run ("Theo X," opening
   * a sentence, a quotation with no verb) then makes V8 re-optimise one small step, not the whole unit.
   */
  private unit(u: Unit): void {
    const toks = this.toks;
    if (u.b <= u.a) return;
    const before = this.out.length;
    const theo = this.theoIntro(u);
    let pos = theo ? theo.after : u.a;
    const lead = this.openAt(pos);
    if (lead >= 0) pos = this.closeTok[lead]! + 1;
    const st: UnitState = { u, sentence: { start: toks[u.a]!.s, end: toks[u.b - 1]!.e }, lead, source: theo ? theo.speaker : null, subject: null, deniers: null };
    this.readCues(st, pos);
    if (theo && this.out.length === before && pos < u.b) this.theoContent(st, theo, pos);
    this.finishUnit(st, before);
  }

  /** Every reporting verb of the unit from `pos` on, with its speaker and content. */
  private readCues(st: UnitState, pos: number): void {
    const end = st.u.b;
    let i = pos;
    let left = pos;
    while (i < end) {
      const r = this.openAt(i);
      if (r >= 0) {
        i = Math.max(i + 1, this.closeTok[r]! + 1);
        continue;
      }
      const c = this.cueAt(i, end);
      if (!c) {
        i++;
        continue;
      }
      const next = this.handleCue(c, left, st);
      i = Math.max(next, c.j);
      left = i;
    }
  }

  /** "Theo X, …" with no verb of its own: the rest of the unit is what X reports. */
  private theoContent(st: UnitState, theo: { speaker: Speaker; cue: Cue }, pos: number): void {
    const ce = this.trimEnd(pos, st.u.b);
    if (wordCount(this.toks, pos, ce) >= 3) this.emit(st, theo.speaker, null, theo.cue, pos, ce, false);
  }

  /** A leading quotation with no verb, nominal reports, and the subject pronouns may later refer to. */
  private finishUnit(st: UnitState, before: number): void {
    if (st.lead >= 0) this.orphanQuote(st);
    this.nominalReports(st);
    if (this.out.length === before) {
      const subj = this.unitSubject(st.u);
      if (subj?.kind === 'PER') this.ctx.remember(subj);
    } else this.state.lastBlockWithSpeech = this.blockNo;
  }

  /** "Theo X, …" at the start of a sentence (after at most one introductory phrase). */
  private theoIntro(u: Unit): { speaker: Speaker; after: number; cue: Cue } | null {
    const toks = this.toks;
    let k = u.a;
    for (let seg = 0; seg < 2 && k < u.b; seg++) {
      if (toks[k]!.low === 'theo') {
        const ph = phraseAt(this.ctx, this.v, k + 1, u.b);
        let comma = ph.end;
        while (comma < u.b && comma < k + 14 && toks[comma]!.low !== ',') comma++;
        if (!ph.speaker || comma >= toks.length || toks[comma]!.low !== ',' || THEO_NON_SOURCES.has(toks[k + 1]!.low)) return null;
        return { speaker: ph.speaker, after: comma + 1, cue: { i: k, j: k + 1, low: 'theo', info: SAY_INFO } };
      }
      // skip one short introductory phrase: "Bên cạnh đó, Theo …"
      let c = k;
      while (c < u.b && c < k + 6 && toks[c]!.low !== ',') c++;
      if (c >= toks.length || toks[c]!.low !== ',') return null;
      k = c + 1;
    }
    return null;
  }

  /**
   * Attribute one reporting verb: its speaker on the left (from `left`), its content on the right.
   * Returns the token index where reading resumes.
   */
  private handleCue(first: Cue, left: number, st: UnitState): number {
    const { u } = st;
    let c = first;
    let speaker: Speaker | null = null;
    let via: Speaker | null = null;
    // coordinated and chained verbs continue with the same speaker: a loop, not recursion (long lines)
    for (;;) {
      let cue = c;
      let right = c.j;
      let rc: RightSide | null = null;
      if (c.low === CITE) {
        via = subjectBefore(this.ctx, this.v, left, c.i) ?? via;
        const ph = phraseAt(this.ctx, this.v, c.j, u.b);
        if (!ph.speaker) return c.j;
        speaker = ph.speaker;
        right = ph.end;
        const then = right < u.b ? this.cueAt(right, u.b) : null;
        if (then && then.low !== CITE) {
          cue = then;
          right = then.j;
        } else cue = { i: c.i, j: c.j, low: c.low, info: SAY_INFO };
      } else if (!speaker) {
        // what follows first (both are pure): a verb not used as one here ("đưa ra quyết định") needs no speaker search
        rc = this.rightContent(cue, right, u.b);
        if (rc.type === 'invalid') return c.j;
        speaker = subjectBefore(this.ctx, this.v, left, c.i) ?? st.subject;
      }
      if (!speaker) return c.j;
      rc ??= this.rightContent(cue, right, u.b);
      if (rc.type === 'invalid') return c.j;
      via = rc.via ?? via;
      if (rc.type === 'chain') {
        if (st.lead >= 0) this.emitLead(st, speaker, via, cue);
        left = rc.cue!.i;
        c = rc.cue!;
        continue;
      }
      if (rc.type === 'none') {
        if (st.lead >= 0) this.emitLead(st, speaker, via, cue);
        else this.postposed(st, speaker, via, cue, left, c.i);
        return rc.after;
      }
      if (rc.type === 'claim') {
        this.emit(st, speaker, via, cue, rc.cs, rc.ce, true);
        st.subject = speaker;
        if (cue.info.stance === 'deny') (st.deniers ??= new Set()).add(speaker.canonical);
        return rc.ce;
      }
      // a news agency relaying someone named inside its report is a source, not the speaker
      if (speaker.media && speaker.explicit && this.innerSpeaker(rc.cs, u.b)) {
        st.source = speaker;
        return rc.cs;
      }
      const end = this.contentEnd(rc.cs, u.b);
      via = end.via ?? via ?? (st.source && st.source.canonical !== speaker.canonical ? st.source : null);
      this.emitContent(st, speaker, via, cue, rc.cs, end.ce);
      st.subject = speaker;
      if (!end.next) return end.ce;
      left = end.next.i;
      c = end.next;
    }
  }

  /** What follows a reporting verb. */
  private rightContent(c: Cue, p: number, end: number): RightSide {
    const toks = this.toks;
    const frame = c.info.frame;
    if (p >= end || this.onlyPunct(p, end)) return none(end);
    const t = toks[p]!;
    if (frame === 'call') {
      if (t.low === 'là') return INVALID;
      for (let k = p + 1; k < end && k < p + 16; k++) if (toks[k]!.low === 'là' && toks[k]!.q < 0) return content(p);
      return INVALID;
    }
    if (frame === 'rel') {
      const k = t.low === ',' ? p + 1 : p;
      return toks[k]?.low === 'rằng' ? content(this.skipIntro(k + 1, end)) : INVALID;
    }
    if (t.low === ':' || t.low === 'rằng') return this.contentFrom(this.skipIntro(p + 1, end), end);
    // "EgyptAir thông báo nói rằng …": a second verb right after the first carries the content
    const chained = this.conjCue(p, end) ?? (frame === 'say' ? this.introducedCue(p, end) : null);
    if (chained && chained.low !== CITE) return chain(chained);
    // "… nhưng Mỹ bác bỏ, ông So cho hay": a denial with nothing after it reports nothing of its own
    if (t.low === ',' && frame === 'deny') return INVALID;
    if (t.low === ',') {
      if (toks[p + 1]?.low === 'theo') {
        const ph = phraseAt(this.ctx, this.v, p + 2, end);
        if (ph.speaker) {
          const chain2 = this.conjCue(ph.end, end);
          if (chain2) return chain(chain2, ph.speaker);
          return none(ph.end, ph.speaker);
        }
      }
      return this.contentFrom(this.skipIntro(p + 1, end), end);
    }
    if (frame === 'say' && CUE_AFTER_BLOCKERS.has(t.low)) return INVALID;
    // "bày tỏ lo ngại rằng …", "lặp lại tuyên bố trước đó của Hoa Kỳ rằng …"
    const reach = frame === 'np' ? 4 : NOUN_COMPLEMENT.test(c.low) ? 8 : 0;
    for (let k = p; k < end && k < p + reach; k++) {
      const x = toks[k]!;
      if (x.low === 'rằng') return this.contentFrom(this.skipIntro(k + 1, end), end);
      if (!x.w || x.q >= 0 || CLAUSE_MARKERS.has(x.low) || this.cueAt(k, end)) break;
    }
    if (ADJUNCT_OPENERS.has(t.low) || /^\p{N}/u.test(t.low)) {
      for (let k = p; k < end && k < p + 30; k++) {
        const x = toks[k]!;
        if (this.openAt(k) >= 0) break;
        if (x.low === 'rằng' || x.low === ':') return this.contentFrom(this.skipIntro(k + 1, end), end);
        if (x.low === ',' && toks[k + 1]?.low === 'theo') {
          const ph = phraseAt(this.ctx, this.v, k + 2, end);
          if (ph.speaker && this.onlyPunct(ph.end, end)) return none(end, ph.speaker);
        }
        const inner = k > p ? this.cueAt(k, end) : null;
        if (inner && inner.low !== CITE) return chain(inner);
        if (k === end - 1 || this.onlyPunct(k + 1, end)) return none(end);
      }
      return this.contentFrom(p, end);
    }
    if (frame === 'deny' && this.openAt(p) < 0) {
      let ce = p;
      while (ce < end && toks[ce]!.low !== ',' && toks[ce]!.low !== '.') ce++;
      return rightSide('claim', -1, p, ce, null, null);
    }
    if (t.low === 'về' && frame === 'np') return this.contentFrom(p + 1, end);
    return this.contentFrom(p, end);
  }

  /** "thông báo nói rằng …", "trả lời VTV cho biết: …": a second verb soon after, with "rằng" or ":". */
  private introducedCue(p: number, end: number): Cue | null {
    for (let k = p; k < end && k < p + 4; k++) {
      const x = this.toks[k]!;
      if (!x.w || x.q >= 0) return null;
      const c = this.cueAt(k, end);
      if (c) return INTRODUCERS.has(this.toks[c.j]?.low ?? '') ? c : null;
    }
    return null;
  }

  private contentFrom(cs: number, end: number): RightSide {
    if (cs >= end || this.onlyPunct(cs, end)) return none(end);
    return content(cs);
  }

  private skipIntro(k: number, end: number): number {
    const toks = this.toks;
    while (k < end && (toks[k]!.low === ',' || toks[k]!.low === ':' || toks[k]!.low === 'rằng')) k++;
    return k;
  }

  /** Where reported content starting at cs ends: sentence end, ", theo X", or a coordinated verb. */
  private contentEnd(cs: number, end: number): { ce: number; next?: Cue; via?: Speaker } {
    const toks = this.toks;
    const last = this.trimEnd(cs, end);
    for (let i = cs; i < last; i++) {
      const r = this.openAt(i);
      if (r >= 0) {
        i = Math.max(i, this.closeTok[r]!);
        continue;
      }
      const t = toks[i]!;
      if (t.q >= 0) continue;
      if (t.low === ',' && toks[i + 1]?.low === 'theo') {
        const ph = phraseAt(this.ctx, this.v, i + 2, last);
        if (ph.speaker && ph.end >= last) return { ce: i, via: ph.speaker };
      }
      if (i > cs && (t.low === ',' || CONJUNCTIONS.has(t.low) || t.low === 'đồng')) {
        const c = this.conjCue(i, last);
        if (c && this.clausal(c, last)) return { ce: i, next: c };
      }
    }
    return { ce: last };
  }

  private trimEnd(a: number, b: number): number {
    while (b > a && !this.toks[b - 1]!.w && TRAILING.has(this.toks[b - 1]!.low)) b--;
    return b;
  }

  /** A reporting verb inside [a, b) with its own named subject ("Reuters cho biết, … X bày tỏ …"). */
  private innerSpeaker(a: number, b: number): boolean {
    for (let k = a; k < b && k < a + INNER_REACH; k++) {
      if (this.toks[k]!.q >= 0) continue;
      const c = this.cueAt(k, b);
      if (!c || c.low === CITE) continue;
      const s = subjectBefore(this.ctx, this.v, a, c.i);
      if (s?.explicit) return true;
    }
    return false;
  }

  /** Emit the content [cs, ce): one direct quotation, or indirect speech (split off a final ", “…”"). */
  private emitContent(st: UnitState, speaker: Speaker, via: Speaker | null, cue: Cue, cs: number, ce: number): void {
    const r = this.openAt(cs);
    if (r >= 0 && this.closeTok[r]! >= ce - 1) {
      this.emitRegion(st, r, speaker, via, cue);
      return;
    }
    for (let k = cs + 1; k < ce; k++) {
      const rr = this.openAt(k);
      if (rr < 0) continue;
      if (this.toks[k - 1]!.low === ',' && this.closeTok[rr]! >= ce - 1 && k - 1 > cs) {
        this.emit(st, speaker, via, cue, cs, k - 1, false);
        this.emitRegion(st, rr, speaker, via, cue);
        return;
      }
      k = Math.max(k, this.closeTok[rr]!);
    }
    this.emit(st, speaker, via, cue, cs, ce, false);
    this.nestedRelative(st, cs, ce);
  }

  /** "… thông tin mà giới chức Mỹ đưa ra, rằng …": a statement reported inside another. */
  private nestedRelative(st: UnitState, cs: number, ce: number): void {
    const toks = this.toks;
    for (let k = cs; k < ce; k++) {
      if (toks[k]!.low !== 'mà' || toks[k]!.q >= 0) continue;
      const ph = phraseAt(this.ctx, this.v, k + 1, ce);
      if (!ph.speaker) continue;
      const c = this.cueAt(ph.end, ce);
      if (!c || c.info.frame !== 'rel') continue;
      const rc = this.rightContent(c, c.j, ce);
      if (rc.type === 'content') this.emit(st, ph.speaker, null, c, rc.cs, this.trimEnd(rc.cs, ce), false);
    }
  }

  private emitLead(st: UnitState, speaker: Speaker, via: Speaker | null, cue: Cue): void {
    const r = st.lead;
    st.lead = -1;
    this.emitRegion(st, r, speaker, via, cue);
  }

  private emitRegion(st: UnitState, r: number, speaker: Speaker, via: Speaker | null, cue: Cue | null): void {
    const reg = this.regions[r]!;
    let start = reg.open + 1;
    let end = reg.close;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    if (end > start) this.push(st, speaker, via, cue, start, end, 'direct', false);
  }

  private emit(st: UnitState, speaker: Speaker, via: Speaker | null, cue: Cue | null, a: number, b: number, claimOnly: boolean): void {
    if (b <= a) return;
    this.push(st, speaker, via, cue, this.toks[a]!.s, this.toks[b - 1]!.e, 'indirect', claimOnly);
  }

  private push(st: UnitState, speaker: Speaker, via: Speaker | null, cue: Cue | null, start: number, end: number, kind: 'direct' | 'indirect', claimOnly: boolean): void {
    const toks = this.toks;
    const cueSpan = cue ? { start: toks[cue.i]!.s, end: toks[cue.j - 1]!.e } : null;
    this.out.push({
      start, end, kind, claimOnly, speaker, via,
      cue: cueSpan ? this.text.slice(cueSpan.start, cueSpan.end) : null, cueSpan, cueInfo: cue?.info ?? null,
      sentence: st.sentence, block: this.blockNo, words: this.wordsIn(start, end),
      denyContext: !claimOnly && st.deniers !== null && st.deniers.has(speaker.canonical) && !(cue?.info.strong && cue.info.stance),
    });
    this.ctx.remember(speaker);
  }

  /** Lower-case words of the tokens inside [start, end), padded with spaces for phrase search. */
  private wordsIn(start: number, end: number): string {
    const toks = this.toks;
    const lo = lowerBound(toks, start, (t) => t.s);
    let out = ' ';
    for (let k = lo; k < toks.length && toks[k]!.e <= end; k++) if (toks[k]!.w) out += `${toks[k]!.low} `;
    return out;
  }

  /** "…, nguồn tin từ NATO cho biết.": the content before the comma that precedes the speaker. */
  private postposed(st: UnitState, speaker: Speaker, via: Speaker | null, cue: Cue, left: number, ci: number): void {
    const toks = this.toks;
    if (!speaker.explicit) return;
    let comma = -1;
    for (let k = ci - 1; k >= left; k--) {
      if (toks[k]!.low === ',' && toks[k]!.q < 0) {
        comma = k;
        break;
      }
    }
    if (comma < 0 || toks[comma + 1]!.s > speaker.start) return;
    let speakerTok = comma + 1;
    while (speakerTok < ci && toks[speakerTok]!.s < speaker.start) speakerTok++;
    if (!this.onlyPunct(comma + 1, speakerTok)) return;
    if (wordCount(toks, left, comma) < 4) return;
    this.emit(st, speaker, via, cue, left, comma, false);
  }

  /** A quotation making up a whole sentence with no verb of its own: the speaker of the last one. */
  private orphanQuote(st: UnitState): void {
    const r = st.lead;
    const after = this.closeTok[r]! + 1;
    if (!this.onlyPunct(after, st.u.b)) return;
    const pending = this.state.pendingColon;
    const last = this.ctx.lastSpeaker();
    const reg = this.regions[r]!;
    const words = this.text.slice(reg.open + 1, reg.close).split(/\s+/).length;
    if (pending) this.emitRegion(st, r, pending, null, null);
    else if (last && words >= 6 && this.blockNo - this.state.lastBlockWithSpeech <= 1) this.emitRegion(st, r, last, null, null);
    this.state.pendingColon = null;
  }

  /** "báo cáo của một số chuyên gia quân sự rằng …": a claim by X reported as a noun, not a quote. */
  private nominalReports(st: UnitState): void {
    const toks = this.toks;
    const { u } = st;
    for (let k = u.a; k + 2 < u.b; k++) {
      if (!toks[k]!.w || toks[k]!.q >= 0 || !NOMINAL_FIRSTS.has(toks[k]!.low)) continue;
      if (!NOMINAL_SET.has(lowText(toks, k, k + 2)) || toks[k + 2]!.low !== 'của') continue;
      const ph = phraseAt(this.ctx, this.v, k + 3, u.b);
      if (!ph.speaker || toks[ph.end]?.low !== 'rằng') continue;
      const cs = ph.end + 1;
      let ce = cs;
      while (ce < u.b && toks[ce]!.low !== ',' && !TRAILING.has(toks[ce]!.low)) ce++;
      this.emit(st, ph.speaker, null, null, cs, ce, true);
    }
  }

  /** The subject of a sentence with no reported speech, for later pronouns (null unless it may be a person). */
  private unitSubject(u: Unit): Speaker | null {
    let s = u.a;
    for (let k = u.a; k <= u.b; k++) {
      if (k === u.b || this.toks[k]!.low === ',') {
        const np = findSubjectPhrase(this.ctx, this.v, s, k);
        if (np && !np.pronoun) return mayNamePerson(np) ? speakerOf(this.ctx, this.v, np) : null;
        s = k + 1;
      }
    }
    return null;
  }
}

interface UnitState {
  u: Unit;
  sentence: Span;
  /** region index of a quotation opening the sentence, not yet attributed */
  lead: number;
  /** "Theo X," or a news agency relaying someone else */
  source: Speaker | null;
  /** the last speaker of the sentence: the subject of a verb with none ("…, nói …") */
  subject: Speaker | null;
  /** speakers who denied something in this sentence (most sentences have none: made on the first) */
  deniers: Set<string> | null;
}

/** What follows a reporting verb; every field present whatever the type (one object shape for V8). */
interface RightSide {
  type: 'invalid' | 'none' | 'content' | 'chain' | 'claim';
  /** none: where reading resumes */
  after: number;
  /** content and claim: where the reported words start; claim: where they end */
  cs: number;
  ce: number;
  /** chain: the second verb that carries the content */
  cue: Cue | null;
  /** a source named on the way ("…, theo X") */
  via: Speaker | null;
}

function rightSide(type: RightSide['type'], after: number, cs: number, ce: number, cue: Cue | null, via: Speaker | null): RightSide {
  return { type, after, cs, ce, cue, via };
}
const INVALID = rightSide('invalid', -1, -1, -1, null, null);
const none = (after: number, via: Speaker | null = null) => rightSide('none', after, -1, -1, null, via);
const content = (cs: number) => rightSide('content', -1, cs, -1, null, null);
const chain = (cue: Cue, via: Speaker | null = null) => rightSide('chain', -1, -1, -1, cue, via);

function wordCount(toks: readonly { w: boolean }[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]!.w) n++;
  return n;
}

/**
 * A lead often names a speaker only as "Một quan chức Mỹ" and names them further down. Give such a
 * statement to the named person of the same side whose statements share the most words with it.
 */
function nameLeadOfficials(ctx: SpeakerContext, statements: Statement[]): void {
  for (const s of statements) {
    if (!s.speaker?.unnamedOf || s.block !== 0) continue;
    const mine = words(s);
    const score = new Map<string, number>();
    for (const o of statements) {
      if (o === s || o.speaker?.kind !== 'PER' || !o.speaker.explicit || o.block === 0) continue;
      if (!ctx.affiliatedWith(o.speaker.canonical, s.speaker.unnamedOf)) continue;
      let shared = 0;
      for (const w of words(o)) if (mine.has(w)) shared++;
      score.set(o.speaker.canonical, (score.get(o.speaker.canonical) ?? 0) + shared);
    }
    let best: string | null = null;
    let bestScore = 5;
    for (const [c, n] of score) if (n > bestScore) [best, bestScore] = [c, n];
    if (best) s.speaker = renamed(s.speaker, best);
  }
}

/** The words of a statement longer than one character (a function, not a closure made per document). */
function words(s: Statement): Set<string> {
  return new Set(s.words.trim().split(' ').filter((w) => w.length > 1));
}

/** The speaker as the named person `canonical`, made by makeSpeaker: a spread copy is an object of another shape. */
function renamed(sp: Speaker, canonical: string): Speaker {
  const out = makeSpeaker(canonical, 'PER', sp.start, sp.end, sp.explicit, sp.media);
  out.unnamedOf = sp.unnamedOf;
  out.also = sp.also;
  return out;
}
