/**
 * The sentences a summary or a timeline may quote: running prose only (lead and body blocks; never
 * titles, captions, sidebars, bylines or credits), each with its syllable keys for comparing content.
 */
import type { Doc } from '../core/doc.ts';
import { PROSE_ROLES } from '../core/roles.ts';
import { matchKey, normalizeTonePlacement } from '../text/fold.ts';
import { SeenTable, hashStep } from '../text/seen.ts';

export interface ProseSentence {
  doc: Doc;
  /** index of the document in the story (chronological) */
  docIndex: number;
  /** position among the document's prose sentences, 0 = first */
  position: number;
  start: number;
  end: number;
  text: string;
  /** syllables as the budget counts them (space-separated tokens) */
  words: number;
  /** lower-cased syllables with diacritics, punctuation dropped */
  syllables: string[];
  /** the same syllables as numbers, equal for equal syllables within one proseSentences call (see callFunctionFlags) */
  ids: number[];
}

/** Function syllables of Vietnamese: they carry grammar, not content, so they never make a sentence look on-topic. */
export const FUNCTION_SYLLABLES: ReadonlySet<string> = new Set(
  ('của và các là được cho với trong có những một này đã không theo để khi từ về đến tại cũng thì nhưng ra sẽ lại đó ' +
    'như vào bị do mà nên rằng hay hoặc còn vẫn đang nếu vì bởi nhằm qua trên dưới sau trước cùng nhau ấy kia nào gì ' +
    'ai đây đấy thế vậy rất quá lắm hơn nhất mới chỉ đều cả mỗi mọi nhiều ít chưa đã hãy đừng nữa thêm luôn ngay vừa ' +
    'phải cần nhé ạ ông bà anh chị em họ chúng tôi ta mình người việc điều sự cuộc nơi lúc thời khi ở thì là')
    .split(' '),
);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

/**
 * Letters, marks and digits below U+0250 (ASCII, Latin-1, Latin Extended-A/B), read from the regex once.
 * One table lookup rather than range tests: a test that only a rare character reaches (a "_", a "°")
 * has no type feedback when V8 optimises the scan, and reaching it then deoptimised scanRuns.
 */
const LATIN_WORD = Uint8Array.from({ length: 0x250 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/** Is this code point a letter, mark or digit (what ROUGE and our keys keep)? Fast for Latin and Vietnamese. */
function isWordChar(c: number): boolean {
  if (c < 0x250) return LATIN_WORD[c] === 1;
  // Combining marks, Latin Extended Additional (Vietnamese).
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  // General Punctuation (news quotes “ ”, dashes –, ellipses …): no letter, mark or digit in the block.
  if (c >= 0x2000 && c <= 0x206f) return false;
  let v = wordCharCache.get(c);
  if (v === undefined) wordCharCache.set(c, (v = WORD_CHAR.test(String.fromCodePoint(c))));
  return v;
}

/**
 * Syllables met before, returned as the same string object: news repeats a few thousand syllables,
 * so most runs cost no new string, and a reused string already carries the hash the maps that read
 * it need. Longer runs (numbers, URLs, foreign words) rarely repeat: they are cut out, not remembered
 * (and V8 would keep a cut of 13 characters or more as a view of the whole document's key, which the
 * table must not hold on to).
 */
const MAX_REMEMBERED = 12;
const SEEN_SLOTS = 1 << 16;
/** Per remembered syllable: the call of proseSentences that last numbered it, and its number there. */
interface SyllableMark {
  call: number;
  id: number;
  /** 1 for a function syllable (FUNCTION_SYLLABLES), found once per table entry rather than per story */
  isFunction: number;
}
const seenSyllables = new SeenTable<SyllableMark>(SEEN_SLOTS);
/** How many syllables the table holds: it empties itself when half full (seen.ts), which this mirrors. */
let remembered = 0;

/**
 * Syllable numbers of the current proseSentences call, so a summary compares numbers, not strings
 * (a Map lookup per syllable of a story). A remembered syllable keeps its number on its table entry,
 * stamped with the call; only long syllables (never remembered) go through `byText`, and every
 * syllable does once the table has emptied itself during the call (its entries, and their numbers, gone).
 */
let call = 0;
let names = syllableArray();
let functionFlags = idArray();
let byText = new Map<string, number>();
let complete = false;

function startCall(): void {
  call++;
  names = syllableArray(); // the literal all string arrays come from (see there)
  functionFlags = idArray();
  byText = new Map();
  complete = false;
}

function assign(text: string, mark: SyllableMark | null): number {
  const id = names.length;
  names.push(text);
  // A long syllable (never remembered, mark null) is no function syllable: those are all short.
  functionFlags.push(mark !== null ? mark.isFunction : 0);
  if (mark !== null) stamp(mark, id);
  if (mark === null || complete) byText.set(text, id);
  return id;
}

/** Numbers a table entry for the current call (the one place that does). */
function stamp(mark: SyllableMark, id: number): void {
  mark.call = call;
  mark.id = id;
}

function idOf(text: string, mark: SyllableMark | null): number {
  if (mark !== null && mark.call === call) return mark.id;
  if (mark === null || complete) {
    const id = byText.get(text);
    if (id !== undefined) {
      if (mark !== null) stamp(mark, id);
      return id;
    }
  }
  return assign(text, mark);
}

function remember(h: number, text: string): SyllableMark {
  if (remembered >= SEEN_SLOTS / 2) {
    remembered = 0;
    // The table empties now: from here on every numbered syllable must be found by its text.
    if (!complete) for (let id = 0; id < names.length; id++) if (!byText.has(names[id]!)) byText.set(names[id]!, id);
    complete = true;
  }
  remembered++;
  const mark: SyllableMark = { call: -1, id: -1, isFunction: FUNCTION_SYLLABLES.has(text) ? 1 : 0 };
  seenSyllables.put(h, text, mark);
  return mark;
}

/** Per syllable number of the current call: 1 for a function syllable, else 0. */
export function callFunctionFlags(): readonly number[] {
  return functionFlags;
}

/** Syllable numbers of `text` in the current proseSentences call (new syllables get new numbers). */
export function callSyllableIds(text: string): number[] {
  const key = matchKey(text);
  const ids = idArray();
  scanRuns(key, 0, key.length, syllableArray(), ids);
  return ids;
}

function syllableAt(key: string, start: number, end: number, h: number, ids: number[] | null): string {
  // One cut for both lengths: a call only long runs reached deoptimised scanRuns when the first came.
  const short = end - start <= MAX_REMEMBERED;
  const seen = short ? seenSyllables.find(key, start, end, h) : undefined;
  if (seen) {
    if (ids !== null) ids.push(idOf(seen.text, seen.value));
    return seen.text;
  }
  const text = key.slice(start, end);
  const mark = short ? remember(h, text) : null;
  if (ids !== null) ids.push(idOf(text, mark));
  return text;
}

/** JavaScript's \s above ASCII: no-break, Ogham, en quad … hair, line and paragraph separators, narrow, math and ideographic spaces, BOM. */
export function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * One pass over key[start, end): pushes its runs of letters, marks and digits onto `runs` (the same
 * as splitting on /[^\p{L}\p{M}\p{N}]+/u, without the regex's cost) and returns its number of
 * space-separated tokens (countWords; a key has its text's spaces where the text has them).
 */
function scanRuns(key: string, start: number, end: number, runs: string[], ids: number[] | null): number {
  let runStart = -1;
  let h = 0;
  let tokens = 0;
  let inToken = false;
  // Plain assignments, no destructuring: until V8 optimises this loop, `[a, b] = [x, y]` builds an array.
  // One step past the range, as a space: it ends the last run at the same place as every other run
  // (a second place, reached only by text ending in a letter, deoptimised this loop when first reached).
  for (let i = start; i <= end; i++) {
    let c = i < end ? key.charCodeAt(i) : 32;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const lo = key.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordChar(c)) {
      if (runStart < 0) {
        runStart = i;
        h = 0;
      }
      h = hashStep(h, c);
      if (!inToken) {
        tokens++;
        inToken = true;
      }
    } else {
      if (runStart >= 0) {
        runs.push(syllableAt(key, runStart, i, h, ids));
        runStart = -1;
      }
      const space = c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isWideSpace(c));
      if (!space && !inToken) tokens++;
      inToken = !space;
    }
    i += width - 1;
  }
  return tokens;
}

/**
 * A new array for scanRuns to fill. Every such array comes from this one literal: V8 learns at a
 * literal that its arrays end up holding strings and then makes them ready for strings, but a second
 * literal's first array reached scanRuns still set up for small integers and deoptimised it.
 */
function syllableArray(): string[] {
  return [];
}

/** Likewise for syllable numbers. */
function idArray(): number[] {
  return [];
}

/** Lower-cased syllables with diacritics (new-style tone placement), punctuation dropped. */
export function syllableKeys(text: string): string[] {
  const key = matchKey(text);
  const runs = syllableArray();
  scanRuns(key, 0, key.length, runs, null);
  return runs;
}

/** Space-separated tokens, as the summary budget counts them. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isWideSpace(c));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The matching key of a whole document when it lines up with the text character for character (the
 * usual case), so sentences can slice it instead of each paying for normalisation; otherwise null.
 * Keys differ in length from the text only for non-NFC text, zero-width characters (dropped) and "İ".
 */
function alignedKey(text: string): string | null {
  if (/[\u200b\u200c\u200d\u2060\ufeff\u0130]/.test(text) || text.normalize('NFC') !== text) return null;
  // matchKey(text) without its two passes that change nothing scanRuns reads: the text is NFC already,
  // and the odd spaces it would turn into " " are spaces to scanRuns either way (and never in a syllable).
  const key = normalizeTonePlacement(text).toLowerCase();
  return key.length === text.length ? key : null;
}

/** Prose sentences of every document, in story order then reading order. */
export function proseSentences(docs: Doc[]): ProseSentence[] {
  const out: ProseSentence[] = [];
  startCall();
  for (let docIndex = 0; docIndex < docs.length; docIndex++) addProse(out, docs[docIndex]!, docIndex);
  return out;
}

function addProse(out: ProseSentence[], doc: Doc, docIndex: number): void {
  let position = 0;
  const key = alignedKey(doc.text);
  for (const s of doc.layers.sentences) {
    const role = doc.blockAt(s.start)?.role;
    if (!role || !PROSE_ROLES.has(role)) continue;
    const text = doc.text.slice(s.start, s.end);
    const syllables = syllableArray();
    const ids = idArray();
    let words: number;
    if (key === null) {
      const k = matchKey(text);
      scanRuns(k, 0, k.length, syllables, ids);
      words = countWords(text);
    } else words = scanRuns(key, s.start, s.end, syllables, ids);
    if (syllables.length === 0) continue;
    out.push({ doc, docIndex, position: position++, start: s.start, end: s.end, text, words, syllables, ids });
  }
}
