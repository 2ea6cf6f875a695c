/**
 * What a person sees in a line before deciding what it is: its length and ending, whether it is a
 * known chrome phrase, a date, a name, a file name, a caption, a repeat (next to itself, elsewhere
 * in the file, in other files of the same outlet), a headline glued to its own copy.
 */
import { isSpace } from '../text/space.ts';
import { parseStatedDate, type StatedDate } from './dates.ts';
import {
  AD_LINE, BYLINE_SUFFIX, CAPTION_MARKER, CREDIT_PREFIX, OUTLET_NAMES, RELATED_INLINE, RELATED_STRONG, SECTION_LINE, SOCIAL_TOKENS, UI_LINE,
} from './phrases.ts';

export interface LineFeatures {
  text: string;
  key: string;
  chars: number;
  /** words, counted only as far as any test compares them (see wordCount) */
  words: number;
  /** ends like a sentence (. ! ? … possibly followed by a closing quote) */
  endsSentence: boolean;
  endsColon: boolean;
  /** a paragraph of running text */
  prose: boolean;
  /** short and not a sentence: a headline, label, name … */
  short: boolean;
  ui: boolean;
  social: boolean;
  section: boolean;
  relatedStrong: boolean;
  relatedInline: boolean;
  ad: boolean;
  captionMarker: boolean;
  imageName: boolean;
  /** the line is (nearly) only a date/time: "09/11/2023 22:05 GMT+7", "Thứ năm, 13/6/2013, 08:28 GMT+7" */
  dateline: StatedDate | null;
  /** a person's name, with an optional date or "biên dịch": "Hoàng Bách 19/06/2024 15:44", "Huyền Anh biên dịch" */
  byline: { name: string; date: StatedDate | null } | null;
  /** "Theo The Epoch Times", "(Theo CNN)", "Báo Tiền Phong", "Nguồn: TTXVN" */
  credit: string | null;
  /** "…mọi lĩnh vựcĐiện Kremlin: …": a headline glued to a copy of itself */
  glued: boolean;
  sameAsPrev: boolean;
  sameAsNext: boolean;
  firstOccurrence: boolean;
  /** in how many other files of the same outlet in this run the line occurs */
  otherFiles: number;
}

const MAYBE_DATE = /\d\s?[/.-]\s?\d|\d{4}-\d|tháng|\b[A-Z][a-z]{2}\.? \d/iu;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$/i;
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/;
const LOWER_UNDERSCORE = /^[a-z0-9 ]+_[a-z0-9_ ]+$/;
const SECTION_PATH = /^[\p{L} ]{2,25}(\s[>»›/|]\s[\p{L} ]{2,25})+$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}]*\.?|\p{Lu}\.(?:\p{Lu}\.?)*|[\p{Lu}\p{M}]+)$/u;

/** Any white space but single plain spaces (what `replace(/\s+/g, ' ')` would change)? */
function oddSpace(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c === 32 ? i + 1 < k.length && isSpace(k.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

/**
 * Words of a trimmed line: its runs of white space plus one (what `t.split(/\s+/).length` gives,
 * without the array), counted no further than `limit`: only small counts are ever compared, so
 * counting stops there instead of scanning every paragraph.
 */
function wordCount(t: string, limit: number): number {
  let n = 1;
  for (let i = 0; i < t.length && n < limit; i++) if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1))) n++;
  return n;
}
const CLOSERS = new Set([...'"”’»)]'].map((c) => c.charCodeAt(0)));
const ENDERS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));

/**
 * Ends like a sentence: . ! ? … then only closing quotes or brackets (what /[.!?…]["”’»)\]]*$/ tests,
 * read from the end instead of trying every position of a long paragraph).
 */
function endsLikeSentence(t: string): boolean {
  let k = t.length;
  while (k > 0 && CLOSERS.has(t.charCodeAt(k - 1))) k--;
  return k > 0 && ENDERS.has(t.charCodeAt(k - 1));
}

// What a key drops at its end (its white space is plain spaces by then).
const KEY_TRAILING = new Set([...' .:;,!?…"“”'].map((c) => c.charCodeAt(0)));

/**
 * Normalised comparison key of a line: case, spaces and trailing punctuation do not matter. Long
 * lines are keyed by their start and length, which tells repeated paragraphs apart just as well.
 */
export function lineKey(text: string): string {
  const t = text.length > 200 ? `${text.slice(0, 200)}…${text.length}` : text;
  let k = t.toLowerCase();
  // most lines are single-spaced already: rewrite only those that are not
  if (oddSpace(k)) k = k.replace(/\s+/g, ' ');
  let end = k.length;
  while (end > 0 && KEY_TRAILING.has(k.charCodeAt(end - 1))) end--;
  return (end < k.length ? k.slice(0, end) : k).trim();
}

function isName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5 || s.length > 40 || /\d/.test(s)) return false;
  // single-word names are only accepted in capitals ("MINH ANH" is two words; "BT" is a signature)
  if (words.length === 1 && !/^[\p{Lu}.]{2,}$/u.test(s)) return false;
  return words.every((w) => NAME_WORD.test(w.replace(/[,/-]+$/, '')));
}

function readByline(text: string, date: StatedDate | null): LineFeatures['byline'] {
  if (text.length > 80) return null;
  let name = text;
  if (date) name = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.length)).replace(/\d{1,2}\s*[:h]\s*\d{2}(\s*(AM|PM))?|GMT\s*\+\s*\d+|[|,()-]/gi, ' ');
  name = name.replace(BYLINE_SUFFIX, '').replace(/\s+/g, ' ').trim();
  return isName(name) ? { name, date } : null;
}

function readCredit(text: string): string | null {
  if (text.length > 70) return null;
  const inner = text.replace(/^\((.*)\)$/, '$1').trim();
  if (CREDIT_PREFIX.test(inner)) {
    const what = inner.replace(CREDIT_PREFIX, '').replace(/[.)]+$/, '').trim();
    // "Theo Reuters, Điện Kremlin …" is a sentence, "Nguồn cung khách sạn…" a noun phrase: neither is a credit
    if (what && what.split(/\s+/).length <= 8 && !/[,;]/.test(what) && /^(?:[\p{Lu}\d]|(?:báo|tờ|trang|hãng|đài|kênh|tạp chí)\s)/u.test(what)) return what;
    return null;
  }
  if (/^Báo\s+\p{Lu}/u.test(inner) && inner.split(/\s+/).length <= 6 && !/[,;.]$/.test(inner)) return inner;
  if (OUTLET_NAMES.has(inner.toLowerCase())) return inner;
  return null;
}

function isGlued(text: string): boolean {
  if (text.length < 30) return false;
  const head = text.slice(0, 15);
  const at = text.indexOf(head, 15);
  // the copy starts right after a letter with no space in between ("…lĩnh vựcĐiện Kremlin")
  return at > 0 && /[\p{L}\p{N}.!?"”)]/u.test(text[at - 1]!) && text.length - at >= 15;
}

function isSocial(text: string): boolean {
  const toks = text.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  return toks.length >= 2 && toks.every((t) => SOCIAL_TOKENS.has(t));
}

function isImageName(text: string): boolean {
  if (/\s/.test(text.trim()) && !LOWER_UNDERSCORE.test(text)) return IMAGE_FILE.test(text) && !/\s\S+\s\S+\s/.test(text);
  return IMAGE_FILE.test(text) || SLUG.test(text) || LOWER_UNDERSCORE.test(text);
}

/**
 * Every line's features are built by this one literal, long lines included: objects of one shape keep
 * the code that reads them monomorphic.
 */
function blankFeatures(t: string, chars: number): LineFeatures {
  return {
    text: t, key: lineKey(t), chars, words: 0, endsSentence: false, endsColon: false,
    prose: false, short: false, ui: false, social: false, section: false, relatedStrong: false, relatedInline: false, ad: false,
    captionMarker: false, imageName: false, dateline: null, byline: null, credit: null, glued: false,
    sameAsPrev: false, sameAsNext: false, firstOccurrence: true, otherFiles: 0,
  };
}

/** Features of one line, apart from the repetition counts that need the whole file or batch. */
export function lineFeatures(text: string): LineFeatures {
  const t = text.trim();
  const chars = t.length;
  const f = blankFeatures(t, chars);
  if (chars > 1000) return longLine(f);
  // a short line (≤ 160 chars) needs its count up to 31, any other line only up to 6 (tests go to ≤ 5)
  const words = t ? wordCount(t, chars <= 160 ? 31 : 6) : 0;
  const endsSentence = endsLikeSentence(t);
  const date = chars <= 90 && MAYBE_DATE.test(t) ? parseStatedDate(t) : null;
  // whole-line phrases are short: long lines skip those tests (most lines of an article are long)
  const small = chars <= 100;
  const dateline = date?.date && datelineLeftover(t, date).length <= 2 ? date : null;
  f.words = words;
  f.endsSentence = endsSentence;
  f.endsColon = t.charCodeAt(chars - 1) === 58; // ':'
  f.prose = (chars >= 60 && endsSentence) || chars >= 160;
  f.short = chars > 0 && chars <= 160 && words <= 30 && !endsSentence;
  if (small) {
    f.ui = UI_LINE.test(t);
    f.social = isSocial(t);
    f.section = SECTION_LINE.test(t) || SECTION_PATH.test(t);
    f.relatedStrong = RELATED_STRONG.test(t);
    f.ad = AD_LINE.test(t);
  }
  f.relatedInline = chars <= 200 && RELATED_INLINE.test(t);
  f.captionMarker = chars <= 400 && CAPTION_MARKER.test(t);
  f.imageName = chars <= 200 && isImageName(t);
  f.dateline = dateline;
  f.byline = dateline || chars > 80 ? null : readByline(t, date?.date ? date : null);
  f.credit = readCredit(t);
  f.glued = isGlued(t);
  return f;
}

// a dateline is a date with little else: weekday names, "Cập nhật", "GMT+7", times, separators
const DATELINE_FILLER = /chủ nhật|thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|cập nhật|đăng( lúc| ngày)?|ngày|lúc|GMT\s*\+?\s*\d*|UTC\s*\+?\s*\d*|\d{1,2}\s*[:h]\s*\d{2}(\s*:\s*\d{2})?|\b(am|pm|sa|ch)\b|[\s|,()\-–:/.]/giu;

/** What is left of a line beside its date once the dateline filler is gone. */
function datelineLeftover(t: string, date: StatedDate): string {
  return (t.slice(0, date.index) + t.slice(date.index + date.length)).replace(DATELINE_FILLER, '');
}

/** A very long line (up to megabytes in scraped dumps) is running text: no phrase can match it. */
function longLine(f: LineFeatures): LineFeatures {
  f.words = 200;
  f.endsSentence = endsLikeSentence(f.text.slice(-10));
  f.prose = true;
  return f;
}
