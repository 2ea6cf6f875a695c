/**
 * The sentences a summary or a timeline may quote: running prose only (lead and body blocks; never
 * titles, captions, sidebars, bylines or credits), each with its syllable keys for comparing content.
 */
import type { Doc } from '../core/doc.ts';
import { PROSE_ROLES } from '../core/roles.ts';
import { matchKey, normalizeTonePlacement } from '../text/fold.ts';
import { SeenTable, hashStep } from '../text/seen.ts';
import { isSpace } from '../text/space.ts';

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
const seenSyllables = new SeenTable<null>(1 << 16);

function syllableAt(key: string, start: number, end: number, h: number): string {
  // One cut for both lengths: a call only long runs reached deoptimised scanRuns when the first came.
  const remembered = end - start <= MAX_REMEMBERED;
  const seen = remembered ? seenSyllables.find(key, start, end, h) : undefined;
  if (seen) return seen.text;
  const text = key.slice(start, end);
  if (remembered) seenSyllables.put(h, text, null);
  return text;
}

/**
 * One pass over key[start, end): pushes its runs of letters, marks and digits onto `runs` (the same
 * as splitting on /[^\p{L}\p{M}\p{N}]+/u, without the regex's cost) and returns its number of
 * space-separated tokens (countWords; a key has its text's spaces where the text has them).
 */
function scanRuns(key: string, start: number, end: number, runs: string[]): number {
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
        runs.push(syllableAt(key, runStart, i, h));
        runStart = -1;
      }
      const space = isSpace(c);
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

/** Lower-cased syllables with diacritics (new-style tone placement), punctuation dropped. */
export function syllableKeys(text: string): string[] {
  const key = matchKey(text);
  const runs = syllableArray();
  scanRuns(key, 0, key.length, runs);
  return runs;
}

/** Space-separated tokens, as the summary budget counts them. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isSpace(c);
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
    let syllables: string[];
    let words: number;
    if (key === null) {
      syllables = syllableKeys(text);
      words = countWords(text);
    } else words = scanRuns(key, s.start, s.end, (syllables = syllableArray()));
    if (syllables.length === 0) continue;
    out.push({ doc, docIndex, position: position++, start: s.start, end: s.end, text, words, syllables });
  }
}
