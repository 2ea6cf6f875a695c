/**
 * Who is speaking: the subject noun phrase before a reporting verb, resolved to a canonical entity.
 * Handles names with titles ("Tổng thư ký NATO Jens Stoltenberg"), unnamed roles resolved through the
 * people the article names ("người đứng đầu liên minh NATO" → its secretary general), capitals used for
 * governments, pronouns ("ông này", "bà", "họ"), and unnamed groups given descriptive English names
 * ("các quan chức Mỹ" → "US officials").
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { isSpace } from '../text/space.ts';
import {
  CAPITAL_OF, DEMONYM, GROUP_MODIFIERS, GROUP_NOUNS, GROUP_PRONOUNS, HONORIFICS, LEADER_TITLES, MEDIA_HEADS,
  MEDIA_NAMES, PERSON_PRONOUNS, PLURAL_DETERMINERS, PREPOSITIONS, SINGULAR_DETERMINERS, SPOKESPERSON_TITLES,
  TITLES, VI_COUNTRY,
} from './lexicon.ts';
import { lowText, matchEach, phraseSets } from './phrases.ts';
import type { Tok } from './units.ts';

export type SpeakerKind = 'PER' | 'ORG' | 'GPE' | 'GROUP';

export interface Speaker {
  canonical: string;
  /** the words that name the speaker here (a pronoun stays a pronoun) */
  start: number;
  end: number;
  kind: SpeakerKind;
  /** a news outlet or agency: relays others' words */
  media?: boolean;
  /** named or described here, not a pronoun or an elided subject */
  explicit: boolean;
  /** an unnamed single official of this entity ("Một quan chức Mỹ"); a lead often names them later */
  unnamedOf?: string;
  /** further speakers joined by "và" ("Cả Triều Tiên và Wagner") */
  also?: Speaker[];
}

// The word lists a subject is read with, as one tree of phrases: the longest match of each at a token in one walk.
const PRONOUN = 0;
const DET = 1;
const TITLE = 2;
const GROUP = 3;
const MEDIA_HEAD = 4;
const MODIFIER = 5;
const SUBJECT_LISTS: readonly (readonly string[])[] = [
  [...Object.keys(PERSON_PRONOUNS), ...GROUP_PRONOUNS],
  [...PLURAL_DETERMINERS, ...SINGULAR_DETERMINERS],
  [...TITLES],
  Object.keys(GROUP_NOUNS),
  [...MEDIA_HEADS],
  Object.keys(GROUP_MODIFIERS),
];
const SUBJECT_WORDS = phraseSets(SUBJECT_LISTS);
/** Longest match of each list at the token being read (see matchEach). */
const LENS = new Int32Array(SUBJECT_LISTS.length);
// The lexicon's word tables as maps: V8 specialises `obj[word]` on the first word it sees and
// re-optimises the reading function at each new one; a map lookup has no such cost.
const MODIFIER_NAMES = new Map(Object.entries(GROUP_MODIFIERS));
const GROUP_INFO = new Map(Object.entries(GROUP_NOUNS));
const HONORIFIC_WORDS = new Set(Object.keys(HONORIFICS));
const PRONOUN_GENDER = new Map(Object.entries(PERSON_PRONOUNS));
/** First words of every phrase a subject may start with (not the modifiers): other words are read with one lookup. */
const SUBJECT_FIRSTS = new Set([PRONOUN, DET, TITLE, GROUP, MEDIA_HEAD].flatMap((k) => SUBJECT_LISTS[k]!.map((p) => p.split(' ')[0]!)));
/** Words that end a subject noun phrase: auxiliaries and adverbs standing before the verb. */
const NP_STOP = new Set(['đã', 'đang', 'sẽ', 'cũng', 'vừa', 'mới', 'đều', 'còn', 'thì', 'hôm', 'ngày', 'vẫn', 'tiếp', 'thậm', 'chí', 'lại', 'luôn', 'hiện', 'nay', 'từng', 'không', 'chưa', 'có', 'là', 'được', 'bị']);
const NP_INNER_PREPS = new Set(['của', 'thuộc', 'từ', 'tại']);
const SPEAKER_TYPES = new Set(['PER', 'ORG', 'GPE', 'MISC']);
const NON_WORD_RE = /[^\p{L}\p{M}\p{N}]+/gu;
const SEGMENT_BREAKS = new Set([',', ';', ':', '–', '—', '-']);
/** Titles of one kind, padded for whole-word search in the words written before a name. */
const LEADER_FAMILY = [...LEADER_TITLES].map((t) => ` ${t} `);
const SPOKESPERSON_FAMILY = [...SPOKESPERSON_TITLES].map((t) => ` ${t} `);

interface PersonInfo {
  /** lower-case text written before the person's mentions (their titles), with the mention's role */
  before: string[];
  /** the same with non-word characters as spaces, padded for whole-word search: made only when a title is looked for */
  titles: string[] | null;
  affils: Set<string>;
  gender?: 'm' | 'f';
  mentions: number;
}

/** A speaker with every field present: one object shape, so V8 need not re-optimise the code reading speakers. */
export function makeSpeaker(canonical: string, kind: SpeakerKind, start: number, end: number, explicit: boolean, media = false): Speaker {
  return { canonical, start, end, kind, media, explicit, unnamedOf: undefined, also: undefined };
}

/** A mention with every field present and always of one type (the entity layer's objects come in several shapes). */
export function sameShape(e: EntityMention): EntityMention {
  return { start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical, role: e.role ?? '' };
}

/** How many of the latest speakers a pronoun may refer back to. */
const RECENT = 32;

const NO_MENTION: EntityMention = sameShape({ start: 0, end: 0, text: '', type: 'MISC', canonical: '' });

/** An empty list of mentions of the elements kind a full one has. */
function mentionList(): EntityMention[] {
  const out = [NO_MENTION];
  out.pop();
  return out;
}

/**
 * The document's mentions with a span inside the text, in one shape, sorted by start (longer first).
 * The list starts as one of objects even when it stays empty: an empty array literal or map() result is
 * of another elements kind, and each code path reading mentions was re-optimised at the first
 * document without any.
 */
function speakerMentions(doc: Doc): EntityMention[] {
  const out = mentionList();
  for (const e of doc.layers.entities) if (e.end > e.start && e.end <= doc.text.length) out.push(sameShape(e));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What the whole document knows about speakers: people with their titles, and who spoke last. */
export class SpeakerContext {
  readonly doc: Doc;
  readonly ents: EntityMention[];
  private people: Map<string, PersonInfo> | null = null;
  /** the last RECENT speakers remembered, as a ring: speaker number n is at n % RECENT */
  private readonly recent: Speaker[] = [];
  /** how many speakers were ever remembered */
  private remembered = 0;
  private readonly fixed = new Map<string, string>();
  private names: Map<string, string[]> | null = null;
  /** stateOf, once per mention */
  private readonly states = new Map<EntityMention, string>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.ents = speakerMentions(doc);
  }

  /** People named in the document, with the titles and organisations written before their names. */
  private peopleIndex(): Map<string, PersonInfo> {
    if (this.people) return this.people;
    const text = this.doc.text;
    const people = new Map<string, PersonInfo>();
    let prevEnd = -1;
    const affilsBefore: EntityMention[] = [];
    for (const e of this.ents) {
      if (e.start < prevEnd) continue;
      prevEnd = e.end;
      if (e.type !== 'PER') {
        affilsBefore.push(e);
        continue;
      }
      const canon = this.fixPerson(e.canonical);
      const info: PersonInfo = people.get(canon) ?? { before: [], titles: null, affils: new Set<string>(), gender: undefined, mentions: 0 };
      info.mentions++;
      // The title phrase: back from the name to the previous punctuation, at most 80 characters.
      let from = Math.max(0, e.start - 80);
      for (let k = e.start - 1; k >= from; k--) {
        const c = text.charCodeAt(k);
        if (c === 44 || c === 46 || c === 10 || c === 59 || c === 58) {
          from = k + 1; // , . \n ; :
          break;
        }
      }
      const before = text.slice(from, e.start).normalize('NFC').toLowerCase();
      const role = e.role!.normalize('NFC').toLowerCase();
      info.before.push(`${before} ${role}`);
      for (let k = affilsBefore.length - 1; k >= 0 && affilsBefore[k]!.start >= from; k--) info.affils.add(this.stateOf(affilsBefore[k]!));
      const hon = lastWord(before);
      if (hon === 'ông') info.gender = 'm';
      else if (hon === 'bà') info.gender = 'f';
      people.set(canon, info);
    }
    this.people = people;
    return people;
  }

  /** A lone surname or a misspelt one ("Bliken") → the full name the document gives ("Antony Blinken"). */
  fixPerson(canonical: string): string {
    if (canonical.includes(' ')) return canonical;
    let fixed = this.fixed.get(canonical);
    if (fixed === undefined) {
      fixed = this.fullName(canonical);
      this.fixed.set(canonical, fixed);
    }
    return fixed;
  }

  private fullName(canonical: string): string {
    const low = canonical.toLowerCase();
    let found: string | null = null;
    for (const [full, parts] of this.fullNames()) {
      const ok = parts.some((p) => p === low || (low.length >= 5 && p.length >= 5 && editDistanceAtMostOne(p, low)));
      if (!ok) continue;
      if (found !== null) return canonical; // ambiguous
      found = full;
    }
    return found ?? canonical;
  }

  /** Each full name of a person the document mentions, with its lower-case parts (worked out once). */
  private fullNames(): Map<string, string[]> {
    if (this.names) return this.names;
    this.names = new Map();
    for (const e of this.ents) {
      if (e.type === 'PER' && e.canonical.includes(' ') && !this.names.has(e.canonical)) this.names.set(e.canonical, e.canonical.toLowerCase().split(/\s+/));
    }
    return this.names;
  }

  /** The canonical a GPE speaker stands for: capitals speak for their states. */
  stateOf(e: EntityMention): string {
    let state = this.states.get(e);
    if (state === undefined) {
      const c = e.type === 'PER' ? undefined : CAPITAL_OF[e.canonical.toLowerCase()] ?? CAPITAL_OF[e.text.normalize('NFC').toLowerCase()];
      state = c || (e.type === 'PER' ? this.fixPerson(e.canonical) : e.canonical);
      this.states.set(e, state);
    }
    return state;
  }

  /** The person the document names with this kind of title at this organisation ("người đứng đầu NATO"). */
  personWithRole(title: string, affil: string): string | null {
    let best: string | null = null;
    let bestMentions = 0;
    const family = LEADER_TITLES.has(title) ? LEADER_FAMILY : SPOKESPERSON_TITLES.has(title) ? SPOKESPERSON_FAMILY : [` ${title} `];
    for (const [canon, info] of this.peopleIndex()) {
      if (!info.affils.has(affil)) continue;
      info.titles ??= info.before.map((b) => ` ${b.replace(NON_WORD_RE, ' ')} `);
      const ok = info.titles.some((b) => family.some((t) => b.includes(t)));
      if (ok && info.mentions > bestMentions) {
        best = canon;
        bestMentions = info.mentions;
      }
    }
    return best;
  }

  /** Whether the document writes this person with a title of that organisation or state. */
  affiliatedWith(person: string, affil: string): boolean {
    return this.peopleIndex().get(person)?.affils.has(affil) ?? false;
  }

  genderOf(canonical: string): 'm' | 'f' | undefined {
    return this.peopleIndex().get(canonical)?.gender;
  }

  /** Record a speaker or a sentence subject as the latest one a pronoun may refer to. */
  remember(s: Speaker): void {
    // a ring, not push and shift: the first shift, met only in long articles, re-optimised every reader that inlines this
    this.recent[this.remembered % RECENT] = s;
    this.remembered++;
  }

  /** The k-th latest speaker remembered (0: the latest), or undefined. */
  private recentAt(k: number): Speaker | undefined {
    return k < Math.min(this.remembered, RECENT) ? this.recent[(this.remembered - 1 - k) % RECENT] : undefined;
  }

  lastSpeaker(): Speaker | undefined {
    return this.recentAt(0);
  }

  /** "ông / bà / ông này" → the latest person of a compatible gender; "họ / nước này" → the latest group. */
  resolvePronoun(pron: string, start: number, end: number): Speaker | null {
    const person = PRONOUN_GENDER.has(pron);
    const gender = PRONOUN_GENDER.get(pron);
    for (let k = 0; k < RECENT; k++) {
      const r = this.recentAt(k);
      if (!r) break;
      if (person !== (r.kind === 'PER')) continue;
      if (person && gender) {
        const g = this.genderOf(r.canonical);
        if (g && g !== gender) continue;
      }
      return makeSpeaker(r.canonical, r.kind, start, end, false);
    }
    // no antecedent of that gender: the gender guess may be wrong, the latest person is still the best bet
    let any: Speaker | undefined;
    for (let k = 0; person && !any && k < RECENT; k++) {
      const r = this.recentAt(k);
      if (!r) break;
      if (r.kind === 'PER') any = r;
    }
    return any ? makeSpeaker(any.canonical, 'PER', start, end, false) : null;
  }
}

/** The last whitespace-separated word of a string, or '' (as `s.trimEnd().split(/\s+/).pop()`). */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  let k = end;
  while (k > 0 && !isSpace(s.charCodeAt(k - 1))) k--;
  return s.slice(k, end);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Tokens of one block with the entity mention each token lies in. */
export interface TokView {
  toks: Tok[];
  /** for each token, the index in ctx.ents of the mention covering it, or -1 */
  ent: Int32Array;
}

export function entityIndex(toks: readonly Tok[], ents: readonly EntityMention[]): Int32Array {
  const out = new Int32Array(toks.length).fill(-1);
  if (toks.length === 0) return out;
  let k = lowerBound(ents, toks[0]!.s);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < ents.length && ents[k]!.end <= t.s) k++;
    // the longest mention covering the token (sorted by start, longer first among equal starts)
    for (let m = k; m < ents.length && ents[m]!.start <= t.s; m++) {
      if (ents[m]!.end >= t.e && SPEAKER_TYPES.has(ents[m]!.type)) {
        out[i] = m;
        break;
      }
    }
  }
  return out;
}

function lowerBound(ents: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ents[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  // mentions are sorted by start, not end: step back over earlier ones that still cover offset
  while (lo > 0 && ents[lo - 1]!.end > offset) lo--;
  return lo;
}

const entType = (e: EntityMention): SpeakerKind => (e.type === 'PER' ? 'PER' : e.type === 'GPE' ? 'GPE' : 'ORG');

/** A noun phrase read left to right from its first word. */
interface NounPhrase {
  a: number;
  b: number;
  per?: number;
  ents: number[];
  title?: string;
  group?: string;
  det?: string;
  mods: string[];
  allied: boolean;
  honorific?: number;
  pronoun?: string;
  media: boolean;
}

/** A phrase with every field present from the start: one object shape, so V8 need not re-optimise its readers. */
function nounPhrase(a: number, b: number): NounPhrase {
  return { a, b, per: undefined, ents: [], title: undefined, group: undefined, det: undefined, mods: [], allied: false, honorific: undefined, pronoun: undefined, media: false };
}

/**
 * The speaker named by tokens [a, b) in front of a reporting verb. Walks comma-separated segments from
 * the verb backwards; in a segment, the first phrase not governed by a preposition is the subject.
 */
export function subjectBefore(ctx: SpeakerContext, v: TokView, a: number, b: number): Speaker | null {
  let segEnd = b;
  let prevPerSegment: Speaker | null = null;
  const segments: [number, number][] = [];
  for (let i = b - 1; i >= a - 1; i--) {
    if (i < a || (!v.toks[i]!.w && SEGMENT_BREAKS.has(v.toks[i]!.low) && v.ent[i] < 0)) {
      segments.push([i + 1, segEnd]);
      segEnd = i;
    }
  }
  for (let k = 0; k < segments.length; k++) {
    const [s, e] = segments[k]!;
    const np = findSubjectPhrase(ctx, v, s, e);
    if (!np) continue;
    const sp = speakerOf(ctx, v, np);
    if (!sp) continue;
    // "ông So Se Pyong – đại sứ … ở TP Geneva – Thụy Sĩ – trả lời": a place alone between breaks ends an
    // address; the speaker is the person the segments before name
    if (placeOnly(ctx, np) && k + 1 < segments.length) {
      const person = personBefore(ctx, v, segments, k + 1);
      if (person) return person;
    }
    // "ông Kwon Jong Gun, người đứng đầu …, đã cảnh báo": a bare role after a name is an apposition
    if (np.per === undefined && (np.title || np.group) && k + 1 < segments.length) {
      const [ps, pe] = segments[k + 1]!;
      const prev = findSubjectPhrase(ctx, v, ps, pe);
      if (prev?.per !== undefined && prev.b >= pe) prevPerSegment = speakerOf(ctx, v, prev);
    }
    return prevPerSegment ?? sp;
  }
  return null;
}

/** Is the phrase a place and nothing else (no person, title, group or pronoun)? */
function placeOnly(ctx: SpeakerContext, np: NounPhrase): boolean {
  if (np.per !== undefined || np.title || np.group || np.pronoun || np.honorific !== undefined || np.ents.length !== 1) return false;
  const type = ctx.ents[np.ents[0]!]!.type;
  return type === 'GPE' || type === 'LOC';
}

/** The speaker of the first segment from `from` on (right to left) whose subject is a person, if any. */
function personBefore(ctx: SpeakerContext, v: TokView, segments: [number, number][], from: number): Speaker | null {
  for (let k = from; k < segments.length; k++) {
    const np = findSubjectPhrase(ctx, v, segments[k]![0], segments[k]![1]);
    if (np?.per !== undefined) return speakerOf(ctx, v, np);
  }
  return null;
}

/** The first phrase in [s, e) that can be a subject (not inside a prepositional phrase). */
export function findSubjectPhrase(ctx: SpeakerContext, v: TokView, s: number, e: number): NounPhrase | null {
  const { toks, ent } = v;
  let governed = false;
  for (let i = s; i < e; i++) {
    const t = toks[i]!;
    if (!t.w) continue;
    if (ent[i] >= 0) {
      const m = ctx.ents[ent[i]!]!;
      if (!governed && m.type !== 'LOC') return readPhrase(ctx, v, i, e);
      while (i + 1 < e && ent[i + 1] === ent[i]) i++;
      continue;
    }
    if (!SUBJECT_FIRSTS.has(t.low)) {
      if (PREPOSITIONS.has(t.low)) governed = true;
      continue;
    }
    matchEach(toks, i, e, SUBJECT_WORDS, LENS);
    const pn = governed ? 0 : LENS[PRONOUN]!;
    if (pn && (i + pn >= e || !toks[i + pn]!.cap)) {
      const np = nounPhrase(i, i + pn);
      np.pronoun = lowText(toks, i, i + pn);
      return np;
    }
    if (!governed && (LENS[DET] || LENS[TITLE] || LENS[GROUP] || LENS[MEDIA_HEAD])) {
      const np = readPhrase(ctx, v, i, e);
      if (np.per !== undefined || np.ents.length || np.title || np.group || np.honorific !== undefined) return np;
    }
    if (PREPOSITIONS.has(t.low)) governed = true;
  }
  return null;
}

/** Read a subject noun phrase from token i: determiners, titles or group nouns, entities, names. */
function readPhrase(ctx: SpeakerContext, v: TokView, i: number, e: number): NounPhrase {
  const { toks, ent } = v;
  const np = nounPhrase(i, i);
  let loose = 0;
  let j = i;
  while (j < e) {
    const t = toks[j]!;
    if (!t.w) {
      if (t.low === '(' || t.low === ')') {
        j++;
        continue;
      }
      break;
    }
    if (ent[j] >= 0) {
      const idx = ent[j]!;
      const m = ctx.ents[idx]!;
      let k = j;
      while (k + 1 < e && ent[k + 1] === idx) k++;
      if (m.type !== 'LOC') {
        if (!np.ents.includes(idx)) np.ents.push(idx);
        if (MEDIA_NAMES.has(m.canonical.toLowerCase()) || MEDIA_NAMES.has(m.text.toLowerCase())) np.media = true;
      }
      j = k + 1;
      np.b = j;
      loose = 0;
      if (m.type === 'PER') {
        np.per = idx;
        break;
      }
      continue;
    }
    matchEach(toks, j, e, SUBJECT_WORDS, LENS);
    const media = LENS[MEDIA_HEAD]!;
    const det = j === np.a || np.ents.length === 0 || toks[j - 1]?.low === 'và' ? LENS[DET]! : 0;
    if (det && !np.det) np.det = lowText(toks, j, j + det);
    const n = det || LENS[MODIFIER] || LENS[GROUP] || LENS[TITLE] || media;
    if (n && !det) {
      const phrase = lowText(toks, j, j + n);
      const mod = MODIFIER_NAMES.get(phrase);
      if (mod !== undefined) np.mods.push(mod);
      else if (HONORIFIC_WORDS.has(phrase) && toks[j + n]?.cap) np.honorific = j;
      else if (GROUP_INFO.has(phrase) && (!np.group || !np.title)) np.group ??= phrase;
      else if (TITLES.has(phrase)) np.title ??= phrase;
      if (media === n) np.media = true;
    }
    if (n) {
      j += n;
      np.b = j;
      loose = 0;
      continue;
    }
    if (t.low === 'và' || t.low === 'cả') {
      j++;
      continue;
    }
    if (t.low === 'đồng' && toks[j + 1]?.low === 'minh') {
      np.allied = true;
      j += 2;
      np.b = j;
      continue;
    }
    if (np.honorific !== undefined && t.cap) {
      // a name the entity layer missed: "ông Kirby"
      j++;
      np.b = j;
      continue;
    }
    if (NP_STOP.has(t.low)) break;
    const head = np.title || np.group;
    if (PREPOSITIONS.has(t.low) && !(head && NP_INNER_PREPS.has(t.low))) break;
    // an organisation the entity layer missed ("Hội đồng An ninh Quốc gia …") does not use up the budget
    if (!head || (!t.cap && ++loose > 6)) break;
    j++;
  }
  if (np.b === np.a) np.b = Math.min(e, np.a + 1);
  return np;
}

/** Whether speakerOf can make a person of a phrase that is no pronoun: a name, an honorific, a title, a spokesperson. */
export function mayNamePerson(np: NounPhrase): boolean {
  return np.per !== undefined || np.honorific !== undefined || np.title !== undefined || (np.group !== undefined && SPOKESPERSON_TITLES.has(np.group));
}

/** The speaker a noun phrase names. */
export function speakerOf(ctx: SpeakerContext, v: TokView, np: NounPhrase): Speaker | null {
  const { toks } = v;
  const start = toks[np.a]!.s;
  const end = toks[np.b - 1]!.e;
  if (np.pronoun) return ctx.resolvePronoun(np.pronoun, start, end);
  if (np.per !== undefined) {
    const m = ctx.ents[np.per]!;
    return makeSpeaker(ctx.fixPerson(m.canonical), 'PER', start, end, true);
  }
  if (np.honorific !== undefined && np.ents.length === 0) {
    // honorific + capitalised name with no entity: find the person by surname
    const nameStart = np.honorific + 1;
    if (nameStart >= np.b) return null;
    const name = ctx.doc.text.slice(toks[nameStart]!.s, toks[np.b - 1]!.e);
    return makeSpeaker(ctx.fixPerson(name), 'PER', start, end, true);
  }
  const ents = mentionList();
  for (const k of np.ents) ents.push(ctx.ents[k]!);
  const first = ents[0];
  const media = np.media || ents.some((e) => MEDIA_NAMES.has(e.canonical.toLowerCase()));
  if (np.title && !np.group && first) {
    const person = ctx.personWithRole(np.title, ctx.stateOf(first));
    if (person) return makeSpeaker(person, 'PER', start, end, true);
    return entitySpeaker(ctx, first, start, end, media);
  }
  if (np.group) {
    const g = GROUP_INFO.get(np.group)!;
    const plural = g.plural || (np.det !== undefined && PLURAL_DETERMINERS.has(np.det));
    if (first && (g.state || np.group === 'nguồn tin' || np.group === 'thông tin')) return entitySpeaker(ctx, first, start, end, media);
    if (first && SPOKESPERSON_TITLES.has(np.group)) {
      const person = ctx.personWithRole(np.group, ctx.stateOf(first));
      if (person) return makeSpeaker(person, 'PER', start, end, true);
      return entitySpeaker(ctx, first, start, end, media);
    }
    if (first && !plural) {
      const sp = entitySpeaker(ctx, first, start, end, media);
      sp.unnamedOf = ctx.stateOf(first);
      return sp;
    }
    const who = ents.map((e) => demonym(ctx.stateOf(e), e.text)).join(' and ');
    const name = [...np.mods, who, np.allied ? (who ? 'and allied' : 'allied') : '', g.en].filter(Boolean).join(' ');
    return makeSpeaker(name || np.group, 'GROUP', start, end, true, media);
  }
  if (first) {
    const sp = entitySpeaker(ctx, first, start, end, media);
    if (ents.length > 1) sp.also = ents.slice(1).map((e) => entitySpeaker(ctx, e, start, end, media));
    return sp;
  }
  return null;
}

/** The speaker an entity of a noun phrase [start, end) names. */
function entitySpeaker(ctx: SpeakerContext, e: EntityMention, start: number, end: number, media: boolean): Speaker {
  return makeSpeaker(ctx.stateOf(e), entType(e), start, end, true, media);
}

function demonym(canonical: string, surface: string): string {
  return DEMONYM[canonical] ?? DEMONYM[VI_COUNTRY[surface.normalize('NFC').toLowerCase()] ?? ''] ?? canonical;
}

/** The speaker named by the noun phrase starting at token i (after "dẫn lời", "Theo"). */
export function phraseAt(ctx: SpeakerContext, v: TokView, i: number, e: number): { speaker: Speaker | null; end: number } {
  const np = findSubjectPhrase(ctx, v, i, Math.min(e, i + 16));
  if (!np || np.a !== firstWord(v.toks, i, e)) return { speaker: null, end: i };
  return { speaker: speakerOf(ctx, v, np), end: np.b };
}

function firstWord(toks: readonly Tok[], i: number, e: number): number {
  while (i < e && !toks[i]!.w) i++;
  return i;
}
