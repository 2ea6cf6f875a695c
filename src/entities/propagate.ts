/**
 * One name, one type within a document. Recognition types some mentions only by their shape (a lone
 * foreign word → MISC, two foreign words → PER); the document often says what they are elsewhere
 * ("hãng hàng không Vietjet", "Tổng giám đốc Vietjet", "ông Conner"). Every mention typed by context
 * (a cue, role, honorific, head) or by the gazetteer votes for its canonical and its words; mentions
 * typed by shape alone take the majority. A "person" whose first word the document knows as an
 * organisation ("Chủ tịch Boeing Ray Conner") splits into the organisation and the person.
 */
import { ENTITY_TYPES, type EntityType } from '../core/layers.ts';
import { found, type Found } from './recognize.ts';
import { keyOf, type Word } from './words.ts';

interface Line {
  words: Word[];
  found: Found[];
}

/** Votes per key: a count for each entity type, in ENTITY_TYPES order. */
type Votes = Map<string, number[]>;
const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((t, n) => [t, n]));

function vote(votes: Votes, key: string, type: EntityType): void {
  const v = votes.get(key) ?? votes.set(key, [0, 0, 0, 0, 0]).get(key)!;
  v[TYPE_INDEX.get(type)!]!++;
}

/** The type most votes give, undefined on a tie or without votes. */
function winner(v: number[] | undefined): EntityType | undefined {
  if (!v) return undefined;
  let best = -1;
  let n = 0;
  let tie = false;
  for (let t = 0; t < v.length; t++) {
    const c = v[t]!;
    if (c > n) {
      best = t;
      n = c;
      tie = false;
    } else if (c === n && c > 0) tie = true;
  }
  return tie || best < 0 ? undefined : ENTITY_TYPES[best];
}

/** What the document's context-typed mentions say: by canonical, and by the words of the mention. */
interface Evidence {
  canonical: Votes;
  surface: Votes;
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * Heads whose name alone names the body later in the article ("Công ty Phú An Sinh" … "Phú An Sinh",
 * "Trường Pithakkiart Witthaya" … "Pithakkiart Witthaya"). Not government bodies: "Bộ Ngoại giao Mỹ"
 * is never "Ngoại giao Mỹ".
 */
const NAMED_ALONE_HEADS = new Set(['công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'hãng', 'nhà máy', 'cửa hàng', 'câu lạc bộ', 'clb',
  'trường', 'đại học', 'học viện', 'bệnh viện', 'quỹ', 'nhóm']);

function evidenceVotes(lines: Line[]): Evidence {
  const ev: Evidence = { canonical: new Map(), surface: new Map() };
  for (const { words, found } of lines) {
    for (const f of found) {
      // "Euro 2016", "Copa 2024": a foreign name followed by its edition's year is an event, and so is the name alone
      const next = words[f.j];
      if (!f.known && f.j - f.i === 1 && next?.sep === ' ' && YEAR.test(next.text)) vote(ev.surface, words[f.i]!.key, 'MISC');
      if (!f.known && !f.evidence) continue;
      vote(ev.canonical, f.canonical, f.type);
      vote(ev.surface, keyOf(words, f.i, f.j), f.type);
      if (f.type === 'ORG' && f.head !== undefined) voteNameAlone(ev, words, f);
    }
  }
  return ev;
}

/** The name after an organisation's head, as an organisation ("công ty Phú An Sinh" → "Phú An Sinh"). */
function voteNameAlone(ev: Evidence, words: Word[], f: Found): void {
  for (let h = 1; h <= 3 && f.i + h < f.j; h++) {
    if (NAMED_ALONE_HEADS.has(keyOf(words, f.i, f.i + h))) {
      vote(ev.surface, keyOf(words, f.i + h, f.j), 'ORG');
      return;
    }
  }
}

/** Hyphen groups' starts of words[i..j). */
function groupStarts(words: Word[], i: number, j: number): number[] {
  const out: number[] = [];
  for (let k = i; k < j; k++) if (k === i || words[k]!.sep !== '-') out.push(k);
  return out;
}

/** "Boeing Ray Conner" → ORG "Boeing" + PER "Ray Conner" when the document types "Boeing" as an organisation by context. */
export function splitOrgPeople(text: string, lines: Line[]): void {
  let ev: Evidence | undefined; // worked out when a name of three or more parts asks for it
  for (const line of lines) {
    const { words } = line;
    let out: Found[] | undefined; // a new list once a mention splits
    for (let n = 0; n < line.found.length; n++) {
      const f = line.found[n]!;
      const starts = f.type === 'PER' && !f.known && f.j - f.i >= 3 ? groupStarts(words, f.i, f.j) : [];
      if (starts.length >= 3) ev ??= evidenceVotes(lines);
      // the first of the second and third parts that starts the person, leaving two or more parts to them
      let cut: number | undefined;
      for (let p = 1; p <= 2 && starts.length >= 3; p++) {
        const k = starts[p];
        if (k === undefined || starts.length - p < 2) continue;
        if ((winner(ev!.surface.get(keyOf(words, f.i, k))) ?? winner(ev!.canonical.get(text.slice(words[f.i]!.start, words[k - 1]!.end)))) === 'ORG') {
          cut = k;
          break;
        }
      }
      if (cut === undefined) {
        out?.push(f);
        continue;
      }
      out ??= line.found.slice(0, n);
      out.push(found(f.i, cut, 'ORG', text.slice(words[f.i]!.start, words[cut - 1]!.end), false, true));
      const person = found(cut, f.j, f.type, text.slice(words[cut]!.start, words[f.j - 1]!.end), f.known, f.evidence, f.gender);
      person.role = f.role && { start: f.role.start, end: words[cut - 1]!.end };
      person.head = f.head;
      out.push(person);
    }
    // the line keeps its array: a line's field assigned again, for the first time in a run, throws away
    // the optimised code of every function that reads lines (V8 had taken the field for a constant)
    if (out) {
      line.found.length = 0;
      for (const f of out) line.found.push(f);
    }
  }
}

/** Is there a comma or a semicolon in text[from, to)? LIST_GAP needs one: most gaps between names have none and are not cut out. */
function hasListMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59) return true;
  }
  return false;
}

// What may separate the items of a list of names: commas, semicolons, "và", and bracketed substitutes with minutes.
const LIST_GAP = /^(?:[\s,;()'’+\d]|và)*[,;](?:[\s,;()'’+\d]|và)*$/;

/**
 * "Valencia, Smalling, Blind, Rojo (Darmian 66')": items of one list are of one kind; shape-typed items
 * take the type the context-typed items of their list agree on.
 */
function typeLists(text: string, lines: Line[]): void {
  for (const { words, found } of lines) {
    let from = 0;
    for (let n = 1; n <= found.length; n++) {
      const gapStart = n < found.length ? words[found[n - 1]!.j - 1]!.end : 0;
      const gapEnd = n < found.length ? words[found[n]!.i]!.start : 0;
      const joined = gapEnd - gapStart <= 24 && n < found.length && hasListMark(text, gapStart, gapEnd) && LIST_GAP.test(text.slice(gapStart, gapEnd));
      if (joined) continue;
      const items = found.slice(from, n);
      from = n;
      if (items.length < 3) continue;
      const types = new Set(items.filter((f) => f.evidence || f.known).map((f) => f.type));
      if (types.size !== 1) continue;
      const [type] = types;
      for (const f of items) if (!f.evidence && !f.known) { f.type = type!; f.evidence = true; }
    }
  }
}

/** Mentions typed by shape alone take the type the document's evidence gives their canonical, else their words. */
export function propagateTypes(text: string, lines: Line[]): void {
  typeLists(text, lines);
  const ev = evidenceVotes(lines);
  // without evidence, a name still has one type: the one most of its mentions have ("từ Murray" once, "Murray" four times)
  const shapeVotes: Votes = new Map();
  const unresolved: Found[] = [];
  for (const { words, found } of lines) {
    for (const f of found) {
      if (f.known || f.evidence) continue;
      const t = winner(ev.canonical.get(f.canonical)) ?? winner(ev.surface.get(keyOf(words, f.i, f.j)));
      if (t) f.type = t;
      else {
        vote(shapeVotes, f.canonical, f.type);
        unresolved.push(f);
      }
    }
  }
  for (const f of unresolved) f.type = winner(shapeVotes.get(f.canonical)) ?? f.type;
}
