/**
 * The scanner: one pass of a combined trigger regex over a lower-cased block; at each trigger a
 * small hand-written parser (chrono-node style: one parser per form, longest match wins) reads
 * syllables forward. Every step reads a bounded number of characters, so a 10 MB line costs one
 * linear pass and no regex can backtrack over it.
 */
import { daysInMonth } from './calendar.ts';
import {
  BRANCHES, BRANCH_VARIANTS, DATE_CONTEXT_BEFORE, DIGIT_WORDS, FRACTION_AFTER, FUTURE_CUES, HIEN_NEXT, HIEN_PREV,
  INDEFINITE_HEADS, MONTH_WORDS, NOT_DATE_BEFORE, ORDINAL_BEFORE, PARTS_OF_DAY, PAST_CUES, REL_AFTER_UNIT, ROMAN,
  STEMS, STEM_VARIANTS, UNITS, UNIT_AFTER_TENS, VAGUE, VAGUE_QUANTITY, WEEKDAY_AFTER_THU, type RelWord,
} from './lexicon.ts';
import type { Mention, Tense, Unit } from './mention.ts';

type R = { ms: Mention[]; end: number } | null;
type Reader = (sc: BlockScanner, p: number) => R;

const TRIGGER_WORDS = [
  'ngày', 'hôm', 'thứ', 'chủ nhật', 'tháng', 'năm', 'tuần', 'quý', 'quí', 'thế kỷ', 'thế kỉ', 'thập', 'những', 'đầu', 'giữa',
  'cuối', 'nửa', 'hiện', 'bây giờ', 'tương lai', 'trước', 'mới đây', 'gần đây', 'thời', 'sắp tới', 'sau', 'cùng', 'sáng', 'trưa',
  'chiều', 'tối', 'đêm', 'khuya', 'rạng', 'xế', 'mùng', 'mồng', 'rằm', 'tết', 'trung thu', 'giáng sinh', 'noel', 'một', 'hai',
  'ba', 'bốn', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'vài', 'mấy', 'nhiều', 'hàng', 'hằng', 'mỗi', 'dăm', 'cách đây',
  'quá khứ', 'giai đoạn', 'dịp', 'lúc',
];
// One shared RegExp object (not a copy per block): V8 compiles a regexp to native code only once it has run a few times.
// Each of these must also start a word. That is checked on the one character before a match (nextAtWordStart):
// a lookbehind in the regexp would be tried at every position of the text and triple the cost of the scan.
// A number is one match ("2023", not four): its inner digits could never start a mention.
const TRIGGER = new RegExp(`\\d+|(?:${TRIGGER_WORDS.join('|').replace(/ /g, '\\s')})(?![\\p{L}\\p{N}])`, 'gu');
const CUE_RE = new RegExp(`(?:${[...FUTURE_CUES, ...PAST_CUES].join('|')})(?![\\p{L}])`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The Latin letters Vietnamese uses (U+00C0–U+024F but × ÷, U+1E00–U+1EFF): all \p{L}, known without a regexp. */
const latinLetter = (c: number) => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);

/** Is there a letter (or, with `digits`, a letter or digit) just before p? A code point: an astral letter counts. */
function wordBefore(s: string, p: number, digits: boolean): boolean {
  if (p === 0) return false;
  const c = s.charCodeAt(p - 1);
  if (c < 128) return (digits && c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (latinLetter(c)) return true;
  const re = digits ? LETTER_OR_DIGIT : LETTER;
  if (c < 0xdc00 || c > 0xdfff) return re.test(s[p - 1]!);
  const h = p >= 2 ? s.charCodeAt(p - 2) : 0;
  return h >= 0xd800 && h <= 0xdbff && re.test(s.slice(p - 2, p));
}

/** The next match of the global `re` from its lastIndex that no letter (or, with `digits`, no letter or digit) precedes. */
function nextAtWordStart(re: RegExp, s: string, digits: boolean): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (!wordBefore(s, m.index, digits)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
const FUTURE_SET = new Set(FUTURE_CUES);
/** Quarters written as words: "quý một", "quý tư". */
const QUARTER_WORDS: Record<string, number> = { 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4 };
const REPORT_RE = /(?:rằng|cho biết|cho hay|nói|tuyên bố|khẳng định|thông báo|nhận định|:)(?![\p{L}])/gu;
const UNTIL_BEFORE = new Set(['đến', 'tới', 'hạn', 'hết', 'trước']);
/** Words after "6-7" that make it a count or a span of hours, not a date. */
const NOT_DATE_AFTER = new Set(['giờ', 'tiếng', 'phút', 'giây', 'tuổi', 'người', 'lần', 'km', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'độ', 'điểm', 'bàn', 'trận', 'h']);
const GENERIC_WORDS = ['hàng năm', 'hằng năm', 'mỗi năm', 'thường niên', 'hàng tháng', 'hằng tháng', 'mỗi khi'];
const GENERIC_RE = new RegExp(`(?:${GENERIC_WORDS.join('|')})(?![\\p{L}])`, 'gu');
/** Each recurring phrase starts with one of these: a clause with none of them is not searched. */
const GENERIC_HEADS = [...new Set(GENERIC_WORDS.map((w) => `${w.split(' ')[0]!} `))];
/** Words after "3 ngày trước" / "hai ngày sau" that keep it an offset (a pause, a new subject), not "before X". */
const CLAUSE_START = new Set(['ông', 'bà', 'anh', 'chị', 'họ', 'tôi', 'chúng', 'người', 'đã', 'vừa', 'mới', 'cũng', 'thì', 'lại', 'nữa', 'đây', 'đó']);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** . ! ? ; or a line break: where a mention's clause ends. */
const endsClause = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 8239 || c === 8201 || c === 8202 || c === 8199;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A phrase list with the first characters of its phrases: most positions are ruled out with one lookup. */
type PhraseList<T> = readonly (readonly [string, T])[] & { readonly firsts: ReadonlySet<number> };
function indexed<T>(list: readonly (readonly [string, T])[]): PhraseList<T> {
  return Object.assign([...list], { firsts: new Set(list.map(([w]) => w.charCodeAt(0))) });
}
const MONTH_LIST = indexed(MONTH_WORDS);
const REL_LIST = indexed(REL_AFTER_UNIT);
const POD_LIST = indexed(PARTS_OF_DAY);
const VAGUE_LIST = indexed(VAGUE);
const UNIT_FIRSTS = new Set(UNITS.map(([w]) => w.charCodeAt(0)));

const RANGE_WORDS = indexed(['đến', 'tới', 'và', 'hoặc', 'cho đến', 'sang'].map((x) => [x, x] as const));
const HEADS = indexed(INDEFINITE_HEADS.map((x) => [x, x] as const));
const QUANTITY_WORDS = indexed(VAGUE_QUANTITY.map((x) => [x, x] as const));
const TIME_CONTEXT_BEFORE = new Set(['lúc', 'vào', 'từ', 'đến', 'tới', 'khoảng', 'tầm', 'chừng', 'hồi', 'trước', 'sau']);
const DURATION_BEFORE = new Set(['trong', 'mất', 'suốt', 'kéo', 'dài', 'hơn', 'gần', 'tròn', 'cả', 'những', 'các']);
const WEEKDAY_CONTEXT_BEFORE = new Set(['hôm', 'ngày', 'vào', 'từ', 'đến', 'tới', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng', 'sớm', 'và', 'các', 'mỗi', 'hằng', 'hàng']);
const DURATION_SUFFIX = indexed([
  ['trở lại đây', 'dur'], ['vừa qua', 'dur'], ['gần đây', 'dur'], ['sắp tới', 'dur'], ['tiếp theo', 'dur'], ['trước đó', 'ago-ana'],
  ['sau đó', 'later'], ['qua', 'dur'], ['tới', 'dur'], ['nữa', 'dur'], ['trước', 'ago'], ['sau', 'later'],
] as [string, 'dur' | 'ago' | 'ago-ana' | 'later'][]);

// Phrase lists the parsers read (module constants: a literal in a method is a new array on every call).
const DATE_DIR = indexed([['vừa qua', -1], ['sắp tới', 1], ['tới', 1]] as const);
const CLOCK_DURATION_AFTER = indexed([['qua', 1], ['tới', 1], ['liền', 1], ['đồng hồ', 1], ['liên tục', 1]] as const);
const DAY_AFTER_TIME = indexed([['nay', 0], ['qua', -1], ['mai', 1]] as const);
const NGAY_REL = indexed([
  ['hôm qua', { off: -1 }], ['hôm nay', { off: 0 }], ['hôm kia', { off: -2 }], ['hôm sau', { off: 1, ana: true }],
  ['hôm trước', { off: -1, ana: true }], ['trước đó', { off: -1, ana: true }], ['sau đó', { off: 1, ana: true }],
  ['mai', { off: 1 }], ['kia', { off: 2 }],
] as [string, RelWord][]);
const HOM_REL = indexed([
  ['nay', { off: 0 }], ['qua', { off: -1 }], ['kia', { off: -2 }], ['sau', { off: 1, ana: true }],
  ['trước đó', { off: -1, ana: true }], ['trước', { off: -1, ana: true }], ['đó', { off: 0, ana: true }], ['ấy', { off: 0, ana: true }],
] as [string, RelWord][]);
const WEEKDAY_DIR = indexed([['vừa qua', -1], ['tới', 1], ['sau', 1], ['trước', -1], ['rồi', -1], ['này', 0]] as const);
const MONTH_DIR = indexed([['vừa qua', -1], ['tới', 1], ['sắp tới', 1], ['trước', -1], ['rồi', -1], ['này', 0], ['năm nay', 0]] as const);
const HALVES = indexed([['đầu', 1], ['cuối', 2], ['sau', 2]] as const);
const DECADE_HEADS = indexed([['thập niên', 1], ['thập kỷ', 1], ['thập kỉ', 1]] as const);
const DAY_UNITS = indexed([['ngày', 'D'], ['tuần', 'W'], ['tháng', 'M'], ['năm', 'Y']] as const);
const NHUNG_AFTER = indexed([['qua', 1], ['vừa qua', 1], ['gần đây', 1], ['tới', 1], ['sắp tới', 1], ['trước đó', 1]] as const);
const CENTURY_HEADS = indexed([['thế kỷ', 1], ['thế kỉ', 1]] as const);
const SET_HEADS = indexed([['hằng', 1], ['hàng', 1], ['mỗi', 1]] as const);
const SET_UNITS = indexed([['ngày', 'D'], ['tuần', 'W'], ['tháng', 'M'], ['quý', 'Q'], ['năm', 'Y']] as const);
const NIGHT_LINKS = indexed([['rạng sáng', 1], ['sáng', 1], ['đến', 1], ['-', 1]] as const);
const TET_KINDS = indexed([
  ['nguyên đán', [1, 1, true]], ['âm lịch', [1, 1, true]], ['cổ truyền', [1, 1, true]], ['dương lịch', [1, 1, false]],
  ['tây', [1, 1, false]], ['trung thu', [15, 8, true]], ['đoan ngọ', [5, 5, true]], ['nguyên tiêu', [15, 1, true]],
] as [string, [number, number, boolean]][]);

/** The longer of two readings of a trigger; the first one on a tie. */
const longer = (a: R, b: R): R => (b && (!a || b.end > a.end) ? b : a);

/** Triggers of several words are at least this long: a shorter match is one word. */
const SPACED_MIN = Math.min(...TRIGGER_WORDS.filter((t) => t.includes(' ')).map((t) => t.length));
/** A matched trigger with single spaces between its words; a one-word trigger (most are) comes back as it is. */
const spaced = (trig: string) => (trig.length >= SPACED_MIN ? trig.replace(/\s+/g, ' ') : trig);

/** Triggers that are numbers or vague quantities: they may start a duration ("hai ngày", "vài tuần"). */
const QUANTITY_TRIGGERS = new Set(TRIGGER_WORDS.filter((t) => t in DIGIT_WORDS || t === 'mười' || VAGUE_QUANTITY.some((v) => v.startsWith(t))));

// ---- which triggers are worth reading ---------------------------------------------------------
// Most triggers start nothing ("một người", "sau khi", "3 người"). What the parsers of a trigger
// (see `at`) read right after it is known, so a trigger followed by anything else is skipped without
// running them. Each list below is what those parsers accept there, or more; never less.

const firstWords = (phrases: readonly string[]) => phrases.map((p) => p.split(' ')[0]!);
/** Second words of the phrases of `list` that start with `first`: VAGUE, "hiện" → nay, tại, giờ, thời. */
const nextWords = (list: readonly (readonly [string, unknown])[], first: string) => list.filter(([w]) => w.startsWith(`${first} `)).map(([w]) => w.split(' ')[1]!);
/** First words of the duration units ("ngày", "thập" of "thập kỷ"): what a number must be followed by to be a duration. */
const UNIT_HEADS = new Set(firstWords(UNITS.map(([w]) => w)));
const CALENDAR_UNITS = DAY_UNITS.map(([w]) => w);
/** After a numeral word: more of the numeral, or a unit. */
const AFTER_NUMERAL = ['trăm', 'mươi', 'chục', ...UNIT_HEADS];
const TRIGGER_NEXT = new Map<string, Set<string>>([
  // duration (numeral, unit) or "một thời điểm nào đó"
  ['một', new Set([...AFTER_NUMERAL, ...firstWords(INDEFINITE_HEADS)])],
  ...['hai', 'ba', 'bốn', 'sáu', 'bảy', 'bẩy', 'tám', 'chín'].map((t) => [t, new Set(AFTER_NUMERAL)] as const),
  ['mười', new Set([...AFTER_NUMERAL, ...Object.keys(DIGIT_WORDS), ...Object.keys(UNIT_AFTER_TENS)])],
  // durations of a vague quantity: "vài ngày"
  ...VAGUE_QUANTITY.filter((q) => !q.includes(' ')).map((t) => [t, UNIT_HEADS] as const),
  // sets ("hàng năm") and "hàng chục năm"
  ['hàng', new Set([...SET_UNITS.map(([w]) => w), ...nextWords(QUANTITY_WORDS, 'hàng')])],
  ['hằng', new Set(SET_UNITS.map(([w]) => w))],
  ['mỗi', new Set(SET_UNITS.map(([w]) => w))],
  ['những', new Set([...CALENDAR_UNITS, ...nextWords(VAGUE, 'những')])],
  ['cùng', new Set(CALENDAR_UNITS)],
  ['sau', new Set(['đó', ...nextWords(VAGUE, 'sau')])],
  ['trước', new Set(nextWords(VAGUE, 'trước'))],
  ['thời', new Set([...nextWords(VAGUE, 'thời'), ...nextWords(HEADS, 'thời')])],
  ['lúc', new Set(['nào'])],
  ['dịp', new Set(['nào'])],
  ['hiện', new Set([...nextWords(VAGUE, 'hiện'), ...HIEN_NEXT])],
  ...['đầu', 'giữa', 'cuối'].map((t) => [t, new Set(['tuần', 'tháng', 'năm', 'quý', 'quí', 'thập', 'những', 'thế', 'ngày'])] as const),
]);
/** After a one- or two-digit number and a space: a day range ("18 đến 19/11"), "20 tháng 1", "21 giờ", a duration. */
const AFTER_SMALL_NUMBER = new Set([...firstWords(RANGE_WORDS.map(([w]) => w)), 'tháng', 'giờ', ...UNIT_HEADS]);

/** "một tuần sau", "3 ngày trước": a counted offset; weeks count in days ("sau đó một tuần" is a date). */
function counted(start: number, end: number, kind: 'rel' | 'ana', letter: string, off: number): Mention {
  return letter === 'W' ? { start, end, kind, unit: 'D', off: off * 7 } : { start, end, kind, unit: letter as Unit, off };
}

export class BlockScanner {
  private readonly s: string;
  private readonly o: string;

  /** `text` is the block as written; the scanner reads a lower-cased copy of the same length (`low`, when known). */
  constructor(text: string, low = text.toLowerCase()) {
    this.o = text;
    this.s = low.length === text.length ? low : text;
  }

  scan(): Mention[] {
    const out: Mention[] = [];
    const re = TRIGGER;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.s))) {
      if (wordBefore(this.s, m.index, true)) {
        // inside a word: go on from the next character; inside a number, from its end (no digit of it
        // starts a word, and stepping one digit at a time re-reads the number: quadratic on a long one)
        re.lastIndex = isDigit(m[0].charCodeAt(0)) ? m.index + m[0].length : m.index + 1;
        continue;
      }
      if (!this.worthReading(m.index, m[0])) continue;
      const resume = re.lastIndex;
      const r = this.at(m.index, m[0]);
      re.lastIndex = resume;
      if (r && r.ms.length) {
        for (let i = 0; i < r.ms.length; i++) this.qualify(r.ms[i]!, i);
        out.push(...r.ms);
        re.lastIndex = Math.max(re.lastIndex, r.end);
      }
    }
    return out;
  }

  /** Tense, "until" and recurrence of the i-th mention read at one trigger (a method: no closure per trigger). */
  private qualify(x: Mention, i: number): void {
    x.tense ??= this.tense(x);
    const pc = this.prevChar(x.start);
    if (i > 0 || pc === '-' || pc === '–' || UNTIL_BEFORE.has(this.prevWord(x.start))) x.until = true;
    if (x.dir === 1) x.tense = 'future';
    if (this.recurring(this.clause(x))) x.generic = true;
  }

  // ---- reading helpers -------------------------------------------------------------------------

  private isWordChar(q: number): boolean {
    if (q < 0 || q >= this.s.length) return false;
    const c = this.s.charCodeAt(q);
    if (isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    return c >= 0xc0 && (latinLetter(c) || LETTER.test(this.s[q]!));
  }

  /** The code unit at q, or -1 outside the block (reading past the end would make V8 re-optimise the caller). */
  private code(q: number): number {
    return q >= 0 && q < this.s.length ? this.s.charCodeAt(q) : -1;
  }

  /** Skip up to four spaces. */
  private sp(p: number): number {
    if (p < 0) return p;
    let q = p;
    for (let n = 0; n < 4 && q < this.s.length && isSpace(this.s.charCodeAt(q)); n++) q++;
    return q;
  }

  /** At least one space, then the position of the next token; -1 if none. */
  private gap(p: number): number {
    const q = this.sp(p);
    return q > p ? q : -1;
  }

  /** A phrase of one or more syllables ("trước đó") at p, ending at a word boundary; its end or -1. */
  private ph(p: number, phrase: string): number {
    if (p < 0) return -1;
    let q = p;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      if (c === 32) {
        q = this.gap(q);
        if (q < 0) return -1;
      } else if (this.code(q++) !== c) return -1;
    }
    return this.isWordChar(q) ? -1 : q;
  }

  /** The first phrase of `list` found at p. */
  private phs<T>(p: number, list: PhraseList<T>): { v: T; end: number } | null {
    if (p < 0 || !list.firsts.has(this.code(p))) return null;
    for (let i = 0; i < list.length; i++) {
      const e = this.ph(p, list[i]![0]);
      if (e >= 0) return { v: list[i]![1], end: e };
    }
    return null;
  }

  private digits(p: number, max = 4): { n: number; len: number; end: number } | null {
    if (p < 0) return null;
    let q = p;
    let n = 0;
    for (let c = this.code(q); isDigit(c) && q - p <= max; c = this.code(++q)) n = n * 10 + c - 48;
    const len = q - p;
    if (len === 0 || len > max) return null;
    return { n, len, end: q };
  }

  private word(p: number): { w: string; end: number } | null {
    if (p < 0 || !this.isWordChar(p) || isDigit(this.s.charCodeAt(p))) return null;
    let q = p;
    while (q < this.s.length && q - p < 16 && this.isWordChar(q)) q++;
    return { w: this.s.slice(p, q), end: q };
  }

  /** The word before p (lower case), skipping spaces. */
  private prevWord(p: number): string {
    let q = p;
    for (let n = 0; n < 4 && q > 0 && isSpace(this.s.charCodeAt(q - 1)); n++) q--;
    const end = q;
    while (q > 0 && end - q < 16 && this.isWordChar(q - 1)) q--;
    return this.s.slice(q, end);
  }

  private prevChar(p: number): string {
    let q = p;
    for (let n = 0; n < 4 && q > 0 && isSpace(this.s.charCodeAt(q - 1)); n++) q--;
    return q > 0 ? this.s[q - 1]! : '';
  }

  private nextWord(p: number): string {
    return this.word(this.sp(p))?.w ?? '';
  }

  private upperAt(p: number): boolean {
    return UPPER.test(this.o[p] ?? '');
  }

  /** A clause about something recurring: "hàng năm", "mỗi khi" … */
  private recurring(clause: string): boolean {
    if (!GENERIC_HEADS.some((h) => clause.includes(h))) return false;
    GENERIC_RE.lastIndex = 0;
    return nextAtWordStart(GENERIC_RE, clause, false) !== null;
  }

  /** The mention's clause, at most 160 characters either side. */
  private clause(m: Mention): string {
    const s = this.s;
    let a = m.start;
    for (let n = 0; a > 0 && n < 160 && !endsClause(s.charCodeAt(a - 1)); n++) a--;
    let b = m.end;
    for (let n = 0; b < s.length && n < 160 && !endsClause(s.charCodeAt(b)); n++) b++;
    return s.slice(a, b);
  }

  /** Tense from the cue nearest the mention within its clause (a bounded window: no scan past it). */
  private tense(m: Mention): Tense {
    if (m.past) return 'past';
    const s = this.s;
    let a = m.start;
    for (let n = 0; a > 0 && n < 160 && !endsClause(s.charCodeAt(a - 1)); n++) a--;
    let b = m.end;
    for (let n = 0; b < s.length && n < 160 && !endsClause(s.charCodeAt(b)); n++) b++;
    const after = s.slice(m.end, b);
    // What follows "nói rằng", "cho biết" … is reported content: its tense is not the mention's.
    REPORT_RE.lastIndex = 0;
    const rep = nextAtWordStart(REPORT_RE, after, false);
    const right = rep ? after.slice(0, rep.index) : after;
    let best: Tense = null;
    let bestDist = Infinity;
    // the nearest cue: before the mention (distance to the mention's start), then after it
    const before = s.slice(a, m.start);
    let x: RegExpExecArray | null;
    CUE_RE.lastIndex = 0;
    while ((x = nextAtWordStart(CUE_RE, before, false))) {
      const dist = before.length - x.index - x[0].length;
      if (dist < bestDist) {
        bestDist = dist;
        best = FUTURE_SET.has(x[0]) ? 'future' : 'past';
      }
    }
    CUE_RE.lastIndex = 0;
    while ((x = nextAtWordStart(CUE_RE, right, false))) {
      if (x.index < bestDist) {
        bestDist = x.index;
        best = FUTURE_SET.has(x[0]) ? 'future' : 'past';
      }
    }
    if (best === null && this.prevWord(m.start) === 'hồi') return 'past';
    return best;
  }

  // ---- dispatch --------------------------------------------------------------------------------

  /** False when no parser of the trigger can read a mention at p (see TRIGGER_NEXT). */
  private worthReading(p: number, trig: string): boolean {
    if (isDigit(this.s.charCodeAt(p))) return this.numberWorthReading(p);
    const next = TRIGGER_NEXT.get(trig);
    if (!next) return true;
    const q = this.gap(p + trig.length);
    const w = q < 0 ? undefined : this.word(q)?.w;
    return w !== undefined && next.has(w);
  }

  /**
   * A number starts a mention only as D/M, D-M, D.M, a time (9h, 9g, 9:30), a year range (2015-2020),
   * a decimal, or when a space and a range word, "tháng", "giờ" or a unit follow.
   */
  private numberWorthReading(p: number): boolean {
    const s = this.s;
    let e = p;
    while (e < s.length && isDigit(s.charCodeAt(e))) e++;
    const len = e - p;
    if (len > 4) return false;
    const c = this.code(e);
    if (c === 44 || c === 46) return true; // , .
    if (len <= 2 && (c === 47 || c === 45 || c === 0x2013 || c === 104 || c === 103 || c === 58)) return true; // / - – h g :
    if (len === 4 && (c === 45 || c === 0x2013)) return true;
    if (!isSpace(c)) return false;
    const q = this.sp(e);
    const d = this.code(q);
    if (len <= 2 && (d === 45 || d === 0x2013 || d === 44)) return true;
    const w = this.word(q)?.w;
    return w !== undefined && (UNIT_HEADS.has(w) || (len <= 2 && AFTER_SMALL_NUMBER.has(w)));
  }

  private at(p: number, trig: string): R {
    const read = isDigit(this.s.charCodeAt(p)) ? BlockScanner.NUMBER : BlockScanner.READERS.get(spaced(trig))!;
    return read(this, p);
  }

  /**
   * The parsers of each trigger, longest reading wins. They are called through this table, from one place
   * for all of them, so that V8 optimises each on its own: inlined all together into one function they
   * cost more to compile, on a run over a few thousand documents, than they saved.
   */
  private static readonly NUMBER: Reader = (sc, p) => {
    if (sc.partOfNumber(p)) return null;
    let r = longer(sc.numericDate(p, p, false), sc.dayRange(p, p));
    r = longer(longer(r, sc.wordDate(p, p)), sc.clock(p));
    return longer(longer(r, sc.yearRange(p)), sc.duration(p));
  };

  private static readonly READERS: ReadonlyMap<string, Reader> = (() => {
    const readers = new Map<string, Reader>();
    const add = (words: string[], read: Reader) => words.forEach((w) => readers.set(w, read));
    add(['ngày'], (sc, p) => longer(longer(sc.ngay(p), sc.vague(p)), sc.indefinite(p)));
    add(['hôm'], (sc, p) => longer(sc.hom(p), sc.indefinite(p)));
    add(['thứ', 'chủ nhật'], (sc, p) => sc.weekday(p, false));
    add(['tháng'], (sc, p) => sc.month(p));
    add(['năm'], (sc, p) => longer(sc.year(p), sc.duration(p)));
    add(['tuần'], (sc, p) => sc.week(p));
    add(['quý', 'quí'], (sc, p) => sc.quarter(p));
    add(['thế kỷ', 'thế kỉ'], (sc, p) => sc.century(p));
    add(['thập'], (sc, p) => sc.decade(p));
    add(['những'], (sc, p) => longer(sc.nhung(p), sc.vague(p)));
    add(['đầu', 'giữa', 'cuối'], (sc, p) => sc.modified(p));
    add(['nửa'], (sc, p) => longer(sc.half(p), sc.pod(p)));
    add(['hiện'], (sc, p) => longer(sc.vague(p), sc.hien(p)));
    add(['sau'], (sc, p) => longer(sc.afterThat(p), sc.vague(p)));
    add(['cùng'], (sc, p) => sc.same(p));
    add(['cách đây'], (sc, p) => sc.ago(p));
    add(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng', 'xế'], (sc, p) => sc.pod(p));
    add(['mùng', 'mồng'], (sc, p) => sc.mung(p));
    add(['rằm'], (sc, p) => sc.ram(p));
    add(['tết', 'trung thu', 'giáng sinh', 'noel'], (sc, p) => sc.holiday(p));
    add(['thời', 'giai đoạn', 'dịp', 'lúc'], (sc, p) => longer(sc.vague(p), sc.indefinite(p)));
    add(['một'], (sc, p) => longer(sc.duration(p), sc.indefinite(p)));
    add(['hàng', 'hằng', 'mỗi'], (sc, p) => longer(sc.duration(p), sc.set(p)));
    // the rest: numbers and vague quantities may start a duration; any may be a vague reference
    const rest = TRIGGER_WORDS.filter((w) => !readers.has(w));
    add(rest.filter((w) => QUANTITY_TRIGGERS.has(w)), (sc, p) => longer(sc.duration(p), sc.vague(p)));
    add(rest.filter((w) => !QUANTITY_TRIGGERS.has(w)), (sc, p) => sc.vague(p));
    return readers;
  })();

  /** "1.200.000", "3,5": a digit run that continues a number is not a trigger. */
  private partOfNumber(p: number): boolean {
    const c = this.s[p - 1];
    return (c === '.' || c === ',' || c === '/' || c === ':' || c === '-') && isDigit(this.s.charCodeAt(p - 2));
  }

  // ---- numeric dates ---------------------------------------------------------------------------

  /** D/M, D-M, D.M with optional year and time: "29/1", "9-11", "09/11/2023 22:05 GMT+7". */
  private numericDate(p: number, start: number, ctx: boolean): R {
    const a = this.digits(p, 2);
    if (!a) return null;
    const sep = this.code(a.end); // / - . –
    if (sep !== 47 && sep !== 45 && sep !== 46 && sep !== 0x2013) return null;
    // "ngày 5/ 6": after a date word a slash may have a space after it
    const b = this.digits(a.end + (ctx && sep === 47 && this.code(a.end + 1) === 32 ? 2 : 1), 2);
    if (!b) return null;
    let q = b.end;
    let y: number | undefined;
    if (this.code(q) === sep || (sep === 0x2013 && this.code(q) === 45)) {
      const c = this.digits(q + 1, 4);
      if (c && (c.len === 4 || (c.len === 2 && sep === 47))) {
        y = c.len === 4 ? c.n : c.n + (c.n <= 50 ? 2000 : 1900);
        q = c.end;
      }
    }
    const next = this.code(q);
    if (next >= 0 && (this.isWordChar(q) || ((next === 47 || next === 46 || next === 45) && this.isWordChar(q + 1)))) return null;
    const d = a.n;
    const m = b.n;
    if (m < 1 || m > 12 || d < 1 || d > (y ? daysInMonth(y, m) : daysInMonth(2000, m))) return null;
    if (y !== undefined && (y < 1000 || y > 2199)) return null;
    if (NOT_DATE_AFTER.has(this.nextWord(q))) return null;
    if (y === undefined && !ctx) {
      const pw = this.prevWord(start);
      const pc = this.prevChar(start);
      // "6-1 và 7-6" are set scores: a bare "D-M" needs a date word before it, not just "và"
      if (sep !== 47 && (!DATE_CONTEXT_BEFORE.has(pw) || pw === 'và' || pw === 'hoặc') && pc !== '(') return null;
      if (NOT_DATE_BEFORE.has(pw) || FRACTION_AFTER.has(this.nextWord(q))) return null;
      if (d === 24 && m === 7) return null;
    }
    const men: Mention = { start, end: q, kind: 'date', d, m };
    if (y !== undefined) men.y = y;
    if (y === undefined) q = this.yearPart(q, men);
    q = this.timeAfterDate(q, men);
    q = this.lunarSuffix(q, men);
    if (men.y === undefined && men.yOff === undefined) {
      const dir = this.phs(this.gap(q), DATE_DIR);
      if (dir && this.offsetEnds(dir.end)) {
        men.dir = dir.v;
        q = dir.end;
      }
    }
    men.end = q;
    return { ms: [men], end: q };
  }

  /** ", 22:05 GMT+7" after a date. */
  private timeAfterDate(p: number, men: Mention): number {
    let q = this.sp(p);
    if (this.s[q] === ',' || this.s[q] === '-' || this.s[q] === '|') q = this.sp(q + 1);
    const h = this.digits(q, 2);
    if (!h || h.n > 23) return p;
    let e = -1;
    let mi = 0;
    const sepc = this.s[h.end];
    if (sepc === ':' || sepc === 'h' || sepc === 'g') {
      const m = this.digits(h.end + 1, 2);
      if (m && m.len === 2 && m.n < 60) {
        mi = m.n;
        e = m.end;
        if (this.s[e] === ':' && this.digits(e + 1, 2)) e = this.digits(e + 1, 2)!.end;
      } else if (sepc !== ':' && !this.isWordChar(h.end + 1)) e = h.end + 1;
    }
    if (e < 0 || this.isWordChar(e)) return p;
    men.h = h.n;
    men.mi = mi;
    const z = this.sp(e);
    const tz = /^\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?|^[+-]\d{2}:\d{2}/.exec(this.s.slice(z, z + 16));
    return tz ? z + tz[0].length : e;
  }

  /** "(âm lịch)", "âm lịch", "ÂL" after a date: a lunar date. */
  private lunarSuffix(p: number, men: Mention): number {
    let q = this.sp(p);
    const paren = this.s[q] === '(';
    if (paren) q = this.sp(q + 1);
    let e = this.ph(q, 'âm lịch');
    if (e < 0) e = this.ph(q, 'âl');
    if (e < 0) return p;
    men.lunar = true;
    if (paren) {
      const c = this.sp(e);
      return this.s[c] === ')' ? c + 1 : p;
    }
    return e;
  }

  /** "18-19/11", "18 đến 19/11", "ngày 18 và 19/11": a bare day borrowing month and year from the next date. */
  private dayRange(p: number, start: number): R {
    const a = this.digits(p, 2);
    if (!a || a.n < 1 || a.n > 31 || this.isWordChar(a.end)) return null;
    let q = this.sp(a.end);
    const c = this.s[q];
    if (c === '-' || c === '–' || c === ',') q = this.sp(q + 1);
    else {
      const w = this.phs(q, RANGE_WORDS);
      if (!w) return null;
      q = this.gap(w.end);
    }
    if (q < 0) return null;
    const secondStart = q;
    const n = this.ph(q, 'ngày');
    if (n >= 0) q = this.gap(n);
    const second = this.numericDate(q, secondStart, true) ?? this.wordDate(q, secondStart);
    if (!second) return null;
    const s2 = second.ms[0]!;
    if (s2.kind !== 'date' || s2.m === undefined || s2.d === undefined || s2.d <= a.n) return null;
    const first: Mention = { start, end: a.end, kind: 'date', d: a.n, m: s2.m };
    if (s2.y !== undefined) first.y = s2.y;
    if (s2.lunar) first.lunar = true;
    if (first.d! > daysInMonth(s2.y ?? 2000, s2.m)) return null;
    return { ms: [first, ...second.ms], end: second.end };
  }

  /** "20 tháng 1", "20 tháng 1 năm 2023", "20 tháng Giêng". */
  private wordDate(p: number, start: number): R {
    const a = this.digits(p, 2);
    if (!a || a.n < 1 || a.n > 31) return null;
    const t = this.ph(this.gap(a.end), 'tháng');
    if (t < 0) return null;
    const mo = this.monthNumber(this.gap(t));
    if (!mo || a.n > daysInMonth(2000, mo.m)) return null;
    const men: Mention = { start, end: mo.end, kind: 'date', d: a.n, m: mo.m };
    if (mo.lunar) men.lunar = true;
    men.end = this.yearPart(mo.end, men);
    men.end = this.lunarSuffix(men.end, men);
    return { ms: [men], end: men.end };
  }

  /** A month after "tháng": digits 1–12 or a month word ("tháng Năm" only capitalised). */
  private monthNumber(p: number): { m: number; end: number; lunar: boolean } | null {
    if (p < 0) return null;
    const d = this.digits(p, 2);
    if (d) return d.n >= 1 && d.n <= 12 && !this.isWordChar(d.end) ? { m: d.n, end: d.end, lunar: false } : null;
    const w = this.phs(p, MONTH_LIST);
    if (!w) return null;
    if (w.v === 5 && !this.upperAt(p)) return null;
    const lunar = this.s.startsWith('giêng', p) || this.s.startsWith('chạp', p);
    return { m: w.v, end: w.end, lunar };
  }

  /** "/2022", "-2022", " năm 2022", " năm ngoái", " năm Giáp Thìn" after a month or date; sets y/yOff. */
  private yearPart(p: number, men: Mention): number {
    const c = this.s[p];
    if ((c === '/' || c === '-' || c === '.') && !this.isWordChar(p + 5)) {
      const y = this.digits(p + 1, 4);
      if (y && y.len === 4 && y.n >= 1000 && y.n <= 2199) {
        men.y = y.n;
        return y.end;
      }
    }
    let q = this.sp(p);
    if (this.s[q] === ',') q = this.sp(q + 1);
    const n = this.ph(q, 'năm');
    if (n < 0) return p;
    const g = this.gap(n);
    const y = this.digits(g, 4);
    if (y && y.len === 4 && y.n >= 1000 && y.n <= 2199 && !this.isWordChar(y.end)) {
      men.y = y.n;
      return y.end;
    }
    const rel = this.phs(g, REL_LIST);
    if (rel && !rel.v.ana) {
      men.yOff = rel.v.off;
      return rel.end;
    }
    const cc = this.canChi(g);
    if (cc) {
      men.stem = cc.stem;
      men.branch = cc.branch;
      return cc.end;
    }
    return p;
  }

  private canChi(p: number): { stem: number; branch: number; end: number } | null {
    const a = this.word(p);
    if (!a) return null;
    const stem = STEMS.indexOf(a.w) >= 0 ? STEMS.indexOf(a.w) : STEM_VARIANTS[a.w];
    if (stem === undefined || !this.upperAt(p)) return null;
    const bp = this.gap(a.end);
    const b = this.word(bp);
    if (!b) return null;
    const branch = BRANCHES.indexOf(b.w) >= 0 ? BRANCHES.indexOf(b.w) : BRANCH_VARIANTS[b.w];
    if (branch === undefined || stem % 2 !== branch % 2) return null;
    return { stem, branch, end: b.end };
  }

  /** "1990-2000", "2015–2020": two years. */
  private yearRange(p: number): R {
    const a = this.digits(p, 4);
    if (!a || a.len !== 4 || a.n < 1800 || a.n > 2199) return null;
    const c = this.s[a.end];
    if (c !== '-' && c !== '–') return null;
    const b = this.digits(a.end + 1, 4);
    if (!b || b.len !== 4 || b.n <= a.n || b.n > 2199 || this.isWordChar(b.end)) return null;
    return {
      ms: [{ start: p, end: a.end, kind: 'year', y: a.n }, { start: a.end + 1, end: b.end, kind: 'year', y: b.n }],
      end: b.end,
    };
  }

  // ---- clock times -----------------------------------------------------------------------------

  /** "9h30", "21 giờ", "21 giờ 30 phút", "lúc 22:05", "9h sáng 20/2", "21h ngày 20/2". */
  private clock(p: number): R {
    const h = this.digits(p, 2);
    if (!h || h.n > 24) return null;
    let q = h.end;
    let mi = 0;
    let hasMin = false;
    const c = this.s[q];
    if (c === 'h' || c === 'g' || c === ':') {
      const m = this.digits(q + 1, 2);
      if (m && m.len === 2 && m.n < 60) {
        mi = m.n;
        hasMin = true;
        q = m.end;
      } else if (c === ':') return null;
      else q += 1;
      if (this.isWordChar(q)) return null;
    } else {
      const g = this.ph(this.gap(q), 'giờ');
      if (g < 0) return null;
      q = g;
      const m = this.digits(this.gap(q), 2);
      if (m && m.n < 60) {
        const ph = this.ph(this.gap(m.end), 'phút');
        mi = m.n;
        hasMin = true;
        q = ph >= 0 ? ph : m.end;
      } else {
        const r = this.ph(this.gap(q), 'rưỡi');
        if (r >= 0) {
          mi = 30;
          hasMin = true;
          q = r;
        }
      }
    }
    const pw = this.prevWord(p);
    const suffix = this.phs(this.gap(q), CLOCK_DURATION_AFTER);
    if (c !== ':' && (suffix || DURATION_BEFORE.has(pw))) {
      const end = suffix ? suffix.end : q;
      const value = `PT${h.n}H${mi ? `${mi}M` : ''}`;
      return { ms: [{ start: p, end, kind: 'literal', value, type: 'DURATION' }], end };
    }
    let hour = h.n;
    let e = q;
    const men: Mention = { start: p, end: q, kind: 'ana', unit: 'D', off: 0, type: 'TIME' };
    const pod = this.phs(this.gap(q), POD_LIST);
    if (pod) {
      e = pod.end;
      if ((pod.v === 'AF' || pod.v === 'EV') && hour < 12) hour += 12;
      if (pod.v === 'NI' && hour >= 6 && hour < 12) hour += 12;
    }
    const day = this.dayAfter(e);
    // "22:05" and "5g" (grams?) need a day, a part of day or "lúc" to be a time
    const weak = c === ':' || (c === 'g' && !hasMin);
    if (weak && !day && !pod && !TIME_CONTEXT_BEFORE.has(pw)) return null;
    if (hour > 24 || (day && day.ms.length !== 1)) return null;
    const base = day ? day.ms[0]! : men;
    Object.assign(base, { start: p, h: hour === 24 ? 0 : hour, mi, type: 'TIME' as const });
    delete base.pod;
    base.end = day ? day.end : e;
    return { ms: [base], end: base.end };
  }

  /** A day after a time or part of day: a date, "nay", "qua", "mai", "hôm …", "ngày …", a weekday, "cùng ngày". */
  private dayAfter(p: number): R {
    let q = this.sp(p);
    if (q === p && q < this.s.length) return null;
    if (this.s[q] === ',') q = this.sp(q + 1);
    // "10:07 - 19/5": a dash between a time and a date (a dateline's shape) joins them
    else if ((this.s[q] === '-' || this.s[q] === '–') && isDigit(this.s.charCodeAt(this.sp(q + 1)))) {
      const d = this.numericDate(this.sp(q + 1), this.sp(q + 1), true);
      if (d) return d;
    }
    const rel = this.phs(q, DAY_AFTER_TIME);
    if (rel) return { ms: [{ start: q, end: rel.end, kind: 'rel', unit: 'D', off: rel.v }], end: rel.end };
    const w = this.word(q)?.w;
    if (w === 'hôm') return this.hom(q);
    if (w === 'ngày') return this.ngay(q);
    if (w === 'thứ' || w === 'chủ') return this.weekday(q, true);
    if (w === 'cùng') return this.same(q);
    if (w === 'mùng' || w === 'mồng') return this.mung(q);
    if (isDigit(this.s.charCodeAt(q))) return this.numericDate(q, q, true) ?? this.dayRange(q, q) ?? this.wordDate(q, q);
    return null;
  }

  // ---- word-led dates --------------------------------------------------------------------------

  private ngay(p: number): R {
    const q = this.gap(p + 4);
    if (q < 0) return null;
    const c = this.s.charCodeAt(q);
    if (isDigit(c)) {
      let r = this.numericDate(q, p, true) ?? this.dayRange(q, p) ?? this.wordDate(q, p);
      if (!r) {
        const d = this.digits(q, 2);
        const nx = d ? this.nextWord(d.end) : '';
        if (d && d.n >= 1 && d.n <= 31 && !this.isWordChar(d.end) && !UNITS.some(([u]) => u.startsWith(nx + ' ') || u === nx) && !isDigit(this.s.charCodeAt(this.sp(d.end)))) {
          r = { ms: [{ start: p, end: d.end, kind: 'date', d: d.n }], end: d.end };
        }
      }
      return r;
    }
    const rel = this.phs(q, NGAY_REL);
    if (rel) return { ms: [{ start: p, end: rel.end, kind: rel.v.ana ? 'ana' : 'rel', unit: 'D', off: rel.v.off }], end: rel.end };
    const w = this.word(q)?.w;
    let r: R = null;
    if (w === 'thứ' || w === 'chủ') r = this.weekday(q, true);
    else if (w === 'mùng' || w === 'mồng') r = this.mung(q);
    else if (w === 'rằm') r = this.ram(q);
    if (r) r.ms[0]!.start = p;
    return r;
  }

  private hom(p: number): R {
    const q = this.gap(p + 3);
    if (q < 0) return null;
    let r: R = null;
    if (isDigit(this.s.charCodeAt(q))) r = this.numericDate(q, p, true) ?? this.dayRange(q, p) ?? this.wordDate(q, p);
    else {
      const rel = this.phs(q, HOM_REL);
      if (rel) return { ms: [{ start: p, end: rel.end, kind: rel.v.ana ? 'ana' : 'rel', unit: 'D', off: rel.v.off }], end: rel.end };
      const w = this.word(q)?.w;
      if (w === 'thứ' || w === 'chủ') r = this.weekday(q, true);
      else if (w === 'mùng' || w === 'mồng') r = this.mung(q);
    }
    if (!r) return null;
    r.ms[0]!.start = p;
    for (const m of r.ms) m.past = true;
    return r;
  }

  /** "Chủ nhật", "thứ Hai (30/1)", "thứ 2, ngày 30/1", "thứ Hai tuần trước", "Thứ 6, 11:03, 20/05/2016". */
  private weekday(p: number, ctx: boolean): R {
    let wd: number;
    let q: number;
    const cn = this.ph(p, 'chủ nhật');
    if (cn >= 0) {
      wd = 0;
      q = cn;
      ctx = true;
    } else {
      const g = this.gap(p + 3);
      if (g < 0 || this.ph(p, 'thứ') < 0) return null;
      const w = this.word(g) ?? null;
      const d = w ? null : this.digits(g, 1);
      const key = w ? w.w : d ? String(d.n) : '';
      if (!(key in WEEKDAY_AFTER_THU)) return null;
      if (d && this.isWordChar(d.end)) return null;
      wd = WEEKDAY_AFTER_THU[key]!;
      q = w ? w.end : d!.end;
      if (!ctx) {
        const pw = this.prevWord(p);
        if (ORDINAL_BEFORE.has(pw)) return null;
        ctx = WEEKDAY_CONTEXT_BEFORE.has(pw) || (w !== null && this.upperAt(g));
      }
    }
    // a date in brackets or after a comma / "ngày"
    let e = this.sp(q);
    const paren = this.s[e] === '(';
    if (paren || this.s[e] === ',') e = this.sp(e + 1);
    const n = this.ph(e, 'ngày');
    if (n >= 0) e = this.gap(n);
    let timeH: number | undefined;
    let timeM: number | undefined;
    if (!paren && e >= 0) {
      // "Thứ 6, 11:03, 20/05/2016"
      const t = /^(\d{1,2})[:h](\d{2})\s?,\s?/.exec(this.s.slice(e, e + 12));
      if (t && Number(t[1]) < 24 && Number(t[2]) < 60) {
        timeH = Number(t[1]);
        timeM = Number(t[2]);
        e += t[0].length;
      }
    }
    if (e >= 0 && isDigit(this.s.charCodeAt(e))) {
      const r = this.numericDate(e, e, true) ?? this.wordDate(e, e);
      if (r && r.ms.length === 1) {
        const m = r.ms[0]!;
        let end = r.end;
        if (paren) {
          const c = this.sp(end);
          if (this.s[c] !== ')') return null;
          end = c + 1;
        }
        Object.assign(m, { start: p, end, wd });
        if (timeH !== undefined) Object.assign(m, { h: timeH, mi: timeM });
        return { ms: [m], end };
      }
    }
    const men: Mention = { start: p, end: q, kind: 'weekday', wd };
    const wk = this.ph(this.gap(q), 'tuần');
    const wrel = wk >= 0 ? this.phs(this.gap(wk), REL_LIST) : null;
    if (wrel && !wrel.v.ana && wrel.v.off >= -2 && wrel.v.off <= 2) {
      men.weekOff = wrel.v.off;
      men.end = wrel.end;
      return { ms: [men], end: men.end };
    }
    const dir = this.phs(this.gap(q), WEEKDAY_DIR);
    if (dir) {
      if (dir.v !== 0) men.dir = dir.v;
      else men.weekOff = 0;
      men.end = dir.end;
      return { ms: [men], end: men.end };
    }
    return ctx ? { ms: [men], end: q } : null;
  }

  private month(p: number): R {
    const q = this.gap(p + 5);
    if (q < 0) return null;
    const rel = this.prevWord(p) === 'năm' ? null : this.relAfter(p, q, 'M');
    if (rel) return rel;
    const mo = this.monthNumber(q);
    if (!mo) return null;
    const men: Mention = { start: p, end: mo.end, kind: 'month', m: mo.m };
    if (mo.lunar) men.lunar = true;
    // "tháng 3 đến tháng 5/2024", "tháng 3-5/2024"
    let r = this.sp(mo.end);
    const joined = this.rangeJoin(r);
    if (joined >= 0) {
      const t = this.ph(joined, 'tháng');
      const m2p = t >= 0 ? this.gap(t) : joined;
      const mo2 = this.monthNumber(m2p);
      if (mo2 && mo2.m > mo.m) {
        const second: Mention = { start: t >= 0 ? joined : m2p, end: mo2.end, kind: 'month', m: mo2.m };
        second.end = this.yearPart(mo2.end, second);
        if (second.y !== undefined) men.y = second.y;
        if (second.yOff !== undefined) men.yOff = second.yOff;
        return { ms: [men, second], end: second.end };
      }
    }
    men.end = this.yearPart(mo.end, men);
    if (men.y === undefined && men.yOff === undefined && men.stem === undefined) {
      const dir = this.phs(this.gap(men.end), MONTH_DIR);
      if (dir) {
        if (dir.v === 0) men.yOff = 0;
        else men.dir = dir.v;
        men.end = dir.end;
      }
    }
    men.end = this.lunarSuffix(men.end, men);
    return { ms: [men], end: men.end };
  }

  /** "tháng này", "tuần trước", "năm ngoái", "quý tới", "tháng sau đó", "tuần qua" (a duration). */
  private relAfter(p: number, q: number, unit: Unit): R {
    if (this.ph(q, 'qua') >= 0 && this.ph(this.gap(q + 3), 'đời') < 0) {
      const e = q + 3;
      const n = unit === 'Q' ? 'P3M' : `P1${unit}`;
      return { ms: [{ start: p, end: e, kind: 'literal', value: n, type: 'DURATION' }], end: e };
    }
    const rel = this.phs(q, REL_LIST);
    if (!rel) return null;
    const v: RelWord = rel.v;
    if (v.off === -1 && this.s.startsWith('ngoái', q) && unit !== 'Y') return null;
    if (this.s.startsWith('nay', q) && unit !== 'Y' && unit !== 'M') return null;
    return { ms: [{ start: p, end: rel.end, kind: v.ana ? 'ana' : 'rel', unit, off: v.off }], end: rel.end };
  }

  private year(p: number): R {
    const q = this.gap(p + 3);
    if (q < 0) return null;
    const y = this.digits(q, 4);
    if (y) {
      if (y.len !== 4 || y.n < 1000 || y.n > 2199 || this.isWordChar(y.end)) return null;
      const men: Mention = { start: p, end: y.end, kind: 'year', y: y.n };
      // "năm 2015-2020", "năm 2015 đến (năm) 2020"
      let r = this.sp(y.end);
      const joined = this.rangeJoin(r);
      if (joined >= 0) {
        const n = this.ph(joined, 'năm');
        const y2p = n >= 0 ? this.gap(n) : joined;
        const y2 = this.digits(y2p, 4);
        if (y2 && y2.len === 4 && y2.n > y.n && y2.n <= 2199 && !this.isWordChar(y2.end)) {
          r = y2.end;
          return { ms: [men, { start: joined, end: r, kind: 'year', y: y2.n }], end: r };
        }
      }
      return { ms: [men], end: men.end };
    }
    const cc = this.canChi(q);
    if (cc) return { ms: [{ start: p, end: cc.end, kind: 'canchi', stem: cc.stem, branch: cc.branch }], end: cc.end };
    const kia = this.ph(q, 'kia');
    if (kia >= 0) return { ms: [{ start: p, end: kia, kind: 'rel', unit: 'Y', off: -2 }], end: kia };
    return this.relAfter(p, q, 'Y');
  }

  private week(p: number): R {
    const q = this.gap(p + 4);
    return q < 0 ? null : this.relAfter(p, q, 'W');
  }

  /** Where the second end of a range starts after "-", "–" or a range word ("đến", "tới" …) at r; -1 if none. */
  private rangeJoin(r: number): number {
    const c = this.s[r];
    if (c === '-' || c === '–') return this.sp(r + 1);
    const w = this.phs(r, RANGE_WORDS);
    return w ? this.gap(w.end) : -1;
  }

  /** A number written as digits, an upper-case Roman numeral ("quý III", "thế kỷ XX") or one of `words`. */
  private ordinalNumber(q: number, maxDigits: number, words: Record<string, number> = {}): { n: number; end: number } | null {
    const d = this.digits(q, maxDigits);
    if (d && !this.isWordChar(d.end)) return { n: d.n, end: d.end };
    const w = this.word(q);
    if (w && ROMAN[w.w] !== undefined && this.upperAt(q)) return { n: ROMAN[w.w]!, end: w.end };
    if (w && words[w.w] !== undefined) return { n: words[w.w]!, end: w.end };
    return null;
  }

  private quarter(p: number): R {
    const q = this.gap(p + 3);
    if (q < 0) return null;
    const rel = this.relAfter(p, q, 'Q');
    if (rel) return rel;
    const num = this.ordinalNumber(q, 1, QUARTER_WORDS);
    if (!num || num.n < 1 || num.n > 4) return null;
    const { n, end: e } = num;
    const men: Mention = { start: p, end: e, kind: 'quarter', q: n };
    men.end = this.yearPart(e, men);
    return { ms: [men], end: men.end };
  }

  /** "đầu tuần này", "giữa tháng 11", "cuối năm nay", "cuối tuần" (the weekend), "đầu những năm 1990". */
  private modified(p: number): R {
    const w = this.word(p)!.w;
    const mod = w === 'đầu' ? 'START' : w === 'giữa' ? 'MID' : 'END';
    const q = this.gap(p + w.length);
    if (q < 0) return null;
    const head = this.word(q)?.w;
    let r: R = null;
    let unit: Unit | null = null;
    if (head === 'tuần') {
      r = this.week(q);
      unit = 'W';
    } else if (head === 'tháng') {
      r = this.month(q);
      unit = 'M';
    } else if (head === 'năm') {
      r = this.year(q);
      unit = 'Y';
    } else if (head === 'quý' || head === 'quí') {
      r = this.quarter(q);
      unit = 'Q';
    } else if (head === 'thập') r = this.decade(q);
    else if (head === 'những') r = this.nhung(q);
    else if (head === 'thế') r = this.century(q);
    else if (head === 'ngày') r = this.ngay(q);
    if (r && r.ms[0]!.kind === 'literal') r = null;
    if (!r) {
      if (!unit || (unit === 'Y' && this.s.startsWith('năm', q) && isDigit(this.s.charCodeAt(this.sp(q + 3))))) return null;
      const e = q + head!.length;
      if (this.isWordChar(e)) return null;
      r = { ms: [{ start: p, end: e, kind: 'rel', unit, off: 0 }], end: e };
    }
    const m = r.ms[0]!;
    m.start = p;
    if (mod === 'END' && unit === 'W' && (m.kind === 'rel' || m.kind === 'ana')) m.weekend = true;
    else for (const x of r.ms) x.mod = mod;
    return r;
  }

  private half(p: number): R {
    const q = this.gap(p + 3);
    const which = this.phs(q, HALVES);
    if (!which) return null;
    const y = this.gap(which.end);
    if (this.ph(y, 'năm') < 0) return null;
    const r = this.year(y) ?? { ms: [{ start: y, end: y + 3, kind: 'rel', unit: 'Y', off: 0 } as Mention], end: y + 3 };
    const m = r.ms[0]!;
    if (r.ms.length !== 1 || m.kind === 'literal' || m.kind === 'canchi') return null;
    const men: Mention = m.kind === 'year' ? { start: p, end: r.end, kind: 'half', half: which.v, y: m.y! } : { start: p, end: r.end, kind: 'half', half: which.v, yOff: m.off ?? 0 };
    return { ms: [men], end: r.end };
  }

  /** "thập niên 1990", "thập kỷ 90", "thập kỷ qua". */
  private decade(p: number): R {
    const h = this.phs(p, DECADE_HEADS);
    if (!h) return null;
    const q = this.gap(h.end);
    if (q < 0) return null;
    const dec = this.decadeNumber(q);
    if (dec) return { ms: [{ start: p, end: dec.end, kind: 'decade', decade: dec.decade }], end: dec.end };
    return this.relAfter(p, q, 'DE');
  }

  private decadeNumber(q: number): { decade: number; end: number } | null {
    const d = this.digits(q, 4);
    if (!d || this.isWordChar(d.end) || d.n % 10 !== 0) return null;
    if (d.len === 4 && d.n >= 1000 && d.n <= 2190) return { decade: d.n / 10, end: d.end };
    if (d.len === 2) return { decade: (d.n >= 30 ? 190 : 200) + d.n / 10, end: d.end };
    return null;
  }

  /** "những năm 1990", "những ngày qua" (PXD), "những năm tới". */
  private nhung(p: number): R {
    const q = this.gap(p + 5);
    if (q < 0) return null;
    if (this.ph(q, 'năm') >= 0) {
      const dec = this.decadeNumber(this.gap(q + 3));
      if (dec) return { ms: [{ start: p, end: dec.end, kind: 'decade', decade: dec.decade }], end: dec.end };
    }
    const u = this.phs(q, DAY_UNITS);
    if (!u) return null;
    const s = this.phs(this.gap(u.end), NHUNG_AFTER);
    if (!s) return null;
    return { ms: [{ start: p, end: s.end, kind: 'literal', value: `PX${u.v}`, type: 'DURATION' }], end: s.end };
  }

  /** "thế kỷ 20", "thế kỷ XXI", "thế kỷ này". */
  private century(p: number): R {
    const h = this.phs(p, CENTURY_HEADS);
    if (!h) return null;
    const q = this.gap(h.end);
    if (q < 0) return null;
    const num = this.ordinalNumber(q, 2);
    const n = num?.n;
    const e = num?.end ?? -1;
    if (n && n >= 1 && n <= 22) return { ms: [{ start: p, end: e, kind: 'century', century: n - 1 }], end: e };
    return this.relAfter(p, q, 'CE');
  }

  // ---- vague, anaphoric, relative --------------------------------------------------------------

  private vague(p: number): R {
    const v = this.phs(p, VAGUE_LIST);
    if (!v || (this.s.startsWith('hiện', p) && HIEN_PREV.has(this.prevWord(p)))) return null;
    // "trước đó" after a unit belongs to that unit ("tuần trước đó"); here it stands alone
    return { ms: [{ start: p, end: v.end, kind: 'literal', value: v.v }], end: v.end };
  }

  /** "hiện" as the adverb "currently": "Hiệp ước này hiện đã được …" (not "thể hiện", "hiện diện"). */
  private hien(p: number): R {
    const e = p + 4;
    if (this.isWordChar(e) || HIEN_PREV.has(this.prevWord(p))) return null;
    if (!HIEN_NEXT.has(this.nextWord(e))) return null;
    return { ms: [{ start: p, end: e, kind: 'literal', value: 'PRESENT_REF' }], end: e };
  }

  /** "(một) giai đoạn nào đó": FUTURE_REF, or PAST_REF in a past clause. */
  private indefinite(p: number): R {
    let q = p;
    const mot = this.ph(p, 'một');
    if (mot >= 0) q = this.gap(mot);
    const h = this.phs(q, HEADS);
    if (!h) return null;
    const e = this.ph(this.gap(h.end), 'nào đó');
    if (e < 0) return null;
    const men: Mention = { start: p, end: e, kind: 'literal', value: 'FUTURE_REF' };
    if (this.tense(men) === 'past') men.value = 'PAST_REF';
    return { ms: [men], end: e };
  }

  /** "cùng ngày", "cùng tháng", "cùng năm": the discourse's current date. */
  private same(p: number): R {
    const u = this.phs(this.gap(p + 4), DAY_UNITS);
    if (!u || this.ph(this.gap(u.end), 'càng') >= 0) return null;
    return { ms: [{ start: p, end: u.end, kind: 'ana', unit: u.v as Unit, off: 0 }], end: u.end };
  }

  /** "sau đó một tuần". */
  private afterThat(p: number): R {
    const e = this.ph(p, 'sau đó');
    if (e < 0) return null;
    const q = this.gap(e);
    const n = this.quantity(q);
    if (!n || n.x) return null;
    const u = this.unit(this.gap(n.end));
    if (!u || u.time || u.letter === 'DE' || u.letter === 'CE') return null;
    return { ms: [counted(p, u.end, 'ana', u.letter, n.n * u.mult)], end: u.end };
  }

  /** "cách đây 3 năm". */
  private ago(p: number): R {
    const q = this.gap(this.ph(p, 'cách đây'));
    const n = this.quantity(q);
    if (!n || n.x) return null;
    const u = this.unit(this.gap(n.end));
    if (!u || u.time || u.letter === 'DE' || u.letter === 'CE') return null;
    return { ms: [{ start: p, end: u.end, kind: 'rel', unit: u.letter as Unit, off: -n.n * u.mult }], end: u.end };
  }

  // ---- durations -------------------------------------------------------------------------------

  /** A number: digits ("24", "1,5"), Vietnamese numerals ("hai mươi lăm"), or a vague quantity ("vài") → x. */
  private quantity(p: number): { n: number; end: number; x?: boolean } | null {
    if (p < 0) return null;
    const d = this.digits(p, 4);
    if (d) {
      const sep = this.code(d.end);
      if ((sep === 44 || sep === 46) && isDigit(this.code(d.end + 1))) {
        const f = this.digits(d.end + 1, 2);
        if (!f || this.isWordChar(f.end)) return null;
        return { n: Number(`${d.n}.${this.s.slice(d.end + 1, f.end)}`), end: f.end };
      }
      return this.isWordChar(d.end) ? null : { n: d.n, end: d.end };
    }
    const v = this.phs(p, QUANTITY_WORDS);
    if (v) return { n: 0, end: v.end, x: true };
    return this.numeral(p);
  }

  /** Vietnamese numerals up to 999: "hai", "mười hai", "hai mươi lăm", "ba trăm linh năm", "hai chục". */
  private numeral(p: number): { n: number; end: number } | null {
    // where the next word is read, and where the numeral read so far ends
    const cur = { q: p, end: -1 };
    let total = 0;
    let t = this.numeralWord(cur);
    if (t && t.w in DIGIT_WORDS) {
      const n = DIGIT_WORDS[t.w]!;
      this.numeralAdvance(cur, t.e);
      const t2 = this.numeralWord(cur);
      if (t2?.w === 'trăm') {
        total = n * 100;
        this.numeralAdvance(cur, t2.e);
        const t3 = this.numeralWord(cur);
        if (t3 && (t3.w === 'linh' || t3.w === 'lẻ')) {
          this.numeralAdvance(cur, t3.e);
          const t4 = this.numeralWord(cur);
          if (t4 && t4.w in DIGIT_WORDS) {
            total += DIGIT_WORDS[t4.w]!;
            this.numeralAdvance(cur, t4.e);
          }
          return { n: total, end: cur.end };
        }
        t = this.numeralWord(cur);
      } else if (t2 && (t2.w === 'mươi' || t2.w === 'chục')) {
        total = n * 10;
        this.numeralAdvance(cur, t2.e);
        const t3 = this.numeralWord(cur);
        if (t2.w === 'mươi' && t3 && (t3.w in DIGIT_WORDS || t3.w in UNIT_AFTER_TENS) && t3.w !== 'không' && t3.w !== 'năm') {
          total += DIGIT_WORDS[t3.w] ?? UNIT_AFTER_TENS[t3.w]!;
          this.numeralAdvance(cur, t3.e);
        }
        return { n: total, end: cur.end };
      } else return { n, end: cur.end };
    }
    if (t && t.w === 'mười') {
      total += 10;
      this.numeralAdvance(cur, t.e);
      // after "mười", 5 is "lăm": "mười năm" is ten years
      const t2 = this.numeralWord(cur);
      if (t2 && (t2.w in DIGIT_WORDS || t2.w === 'lăm') && t2.w !== 'không' && t2.w !== 'năm') {
        total += DIGIT_WORDS[t2.w] ?? 5;
        this.numeralAdvance(cur, t2.e);
      }
      return { n: total, end: cur.end };
    }
    if (t && total > 0 && t.w in DIGIT_WORDS) {
      const n = DIGIT_WORDS[t.w]!;
      this.numeralAdvance(cur, t.e);
      const t2 = this.numeralWord(cur);
      if (t2?.w === 'mươi') {
        total += n * 10;
        this.numeralAdvance(cur, t2.e);
        const t3 = this.numeralWord(cur);
        if (t3 && (t3.w in DIGIT_WORDS || t3.w in UNIT_AFTER_TENS) && t3.w !== 'không' && t3.w !== 'năm') {
          total += DIGIT_WORDS[t3.w] ?? UNIT_AFTER_TENS[t3.w]!;
          this.numeralAdvance(cur, t3.e);
        }
      } else total += n;
    }
    return cur.end < 0 ? null : { n: total, end: cur.end };
  }

  /** The word at a numeral's reading position. */
  private numeralWord(cur: { q: number }): { w: string; e: number } | null {
    const w = this.word(cur.q);
    return w ? { w: w.w, e: w.end } : null;
  }

  /** Past a numeral's word ending at e: the numeral ends there; reading goes on after the space. */
  private numeralAdvance(cur: { q: number; end: number }, e: number): void {
    cur.end = e;
    const g = this.gap(e);
    cur.q = g < 0 ? this.s.length : g;
  }

  private unit(p: number): { letter: string; time: boolean; mult: number; end: number } | null {
    if (p < 0 || !UNIT_FIRSTS.has(this.s.charCodeAt(p))) return null;
    for (let i = 0; i < UNITS.length; i++) {
      const [w, letter, time, mult] = UNITS[i]!;
      const e = this.ph(p, w);
      if (e >= 0) return { letter, time, mult, end: e };
    }
    return null;
  }

  /** "hai ngày" P2D, "24 năm" P24Y, "3 tháng qua" P3M, "vài ngày" PXD, "3 ngày trước" (a date), "hai ngày sau" (anaphoric). */
  private duration(p: number): R {
    const n = this.quantity(p);
    if (!n) return null;
    const u = this.unit(this.gap(n.end));
    if (!u) return null;
    const yearWord = this.s.startsWith('năm', p) && !n.x;
    if (yearWord && n.n === 5 && u.letter === 'M') return null; // "năm tháng": years and months, an idiom
    if (n.n >= 1000 && u.letter === 'Y') return null;
    let suf = this.phs(this.gap(u.end), DURATION_SUFFIX);
    if (suf && (suf.v !== 'dur' || this.s.startsWith('tới', this.gap(u.end))) && !this.offsetEnds(suf.end)) suf = null;
    const qty = n.x ? 'X' : String(n.n * u.mult);
    const value = `P${u.time ? 'T' : ''}${qty}${u.letter}`;
    if (suf && !n.x && !u.time && u.letter !== 'DE' && u.letter !== 'CE' && suf.v !== 'dur') {
      const off = n.n * u.mult * (suf.v === 'later' ? 1 : -1);
      if (Number.isInteger(off)) {
        return { ms: [counted(p, suf.end, suf.v === 'ago' ? 'rel' : 'ana', u.letter, off)], end: suf.end };
      }
    }
    const end = suf && suf.v === 'dur' ? suf.end : u.end;
    return { ms: [{ start: p, end, kind: 'literal', value, type: 'DURATION' }], end };
  }

  /** After "hai ngày tới|trước|sau": end of clause or a new subject, not a noun ("tới Hàn Quốc", "trước khi"). */
  private offsetEnds(p: number): boolean {
    const q = this.sp(p);
    if (q >= this.s.length || !this.isWordChar(q)) return true;
    if (this.upperAt(q)) return false;
    return CLAUSE_START.has(this.word(q)?.w ?? '');
  }

  /** "hằng ngày", "mỗi tuần", "hàng năm": a SET. */
  private set(p: number): R {
    const e = this.phs(p, SET_HEADS);
    if (!e) return null;
    const u = this.phs(this.gap(e.end), SET_UNITS);
    if (!u) return null;
    const value = u.v === 'Q' ? 'P3M' : `P1${u.v}`;
    return { ms: [{ start: p, end: u.end, kind: 'literal', value, type: 'SET' }], end: u.end };
  }

  // ---- parts of day ----------------------------------------------------------------------------

  /** "sáng 20/2", "tối qua", "chiều cùng ngày", "rạng sáng thứ Hai", "đêm 20 rạng sáng 21/2". */
  private pod(p: number): R {
    const pd = this.phs(p, POD_LIST);
    if (!pd) return null;
    const q = this.gap(pd.end);
    if (q < 0) return null;
    let r = this.dayAfter(pd.end);
    if (!r) {
      // "đêm 20 rạng sáng 21/2": the first night, month from the second date
      const d = this.digits(q, 2);
      if (!d || this.isWordChar(d.end)) return null;
      const link = this.phs(this.gap(d.end), NIGHT_LINKS) ?? (this.s[this.sp(d.end)] === '-' ? { v: 1, end: this.sp(d.end) + 1 } : null);
      if (!link) return null;
      const second = this.dayAfter(link.end);
      const s2 = second?.ms[0];
      if (!second || !s2 || s2.kind !== 'date' || s2.m === undefined) return null;
      const men: Mention = { start: p, end: second.end, kind: 'date', d: d.n, m: s2.m, pod: pd.v };
      if (s2.y !== undefined) men.y = s2.y;
      return { ms: [men], end: second.end };
    }
    if (r.ms.length !== 1) return null;
    const m = r.ms[0]!;
    if (m.kind === 'literal' || m.h !== undefined) return null;
    m.start = p;
    m.pod = pd.v;
    m.type = 'TIME';
    return r;
  }

  // ---- lunar calendar and holidays -------------------------------------------------------------

  /** "mùng 1 Tết", "mùng 10 tháng 3 âm lịch", "mồng 5/5 âm lịch", "mùng 2/9" (solar). */
  private mung(p: number): R {
    const q = this.gap(p + 4);
    if (q < 0) return null;
    const n = this.digits(q, 2) ?? this.numeral(q);
    if (!n || n.n < 1 || n.n > 30) return null;
    const tet = this.ph(this.gap(n.end), 'tết');
    if (tet >= 0) return { ms: [{ start: p, end: tet, kind: 'date', d: n.n, m: 1, lunar: true }], end: tet };
    let men: Mention | null = null;
    if (isDigit(this.s.charCodeAt(q))) {
      const r = this.numericDate(q, p, true) ?? this.wordDate(q, p);
      if (r && r.ms.length === 1) men = r.ms[0]!;
    } else {
      const t = this.ph(this.gap(n.end), 'tháng');
      const mo = this.monthNumber(this.gap(t));
      if (mo) {
        men = { start: p, end: mo.end, kind: 'date', d: n.n, m: mo.m };
        if (mo.lunar) men.lunar = true;
        men.end = this.lunarSuffix(mo.end, men);
      }
    }
    if (!men) return null;
    men.start = p;
    return { ms: [men], end: men.end };
  }

  /** "rằm tháng Giêng", "rằm tháng 7 (âm lịch)": the 15th of a lunar month. */
  private ram(p: number): R {
    const t = this.ph(this.gap(p + 3), 'tháng');
    const mo = this.monthNumber(this.gap(t));
    if (!mo) return null;
    const men: Mention = { start: p, end: mo.end, kind: 'date', d: 15, m: mo.m, lunar: true };
    men.end = this.lunarSuffix(mo.end, men);
    men.end = this.yearPart(men.end, men);
    return { ms: [men], end: men.end };
  }

  /** "Tết Nguyên đán 2024", "Tết Giáp Thìn", "Tết Trung thu", "Tết Dương lịch", "Giáng sinh". */
  private holiday(p: number): R {
    if (!this.upperAt(p)) return null;
    let men: Mention;
    const g = this.ph(p, 'giáng sinh') >= 0 ? this.ph(p, 'giáng sinh') : this.ph(p, 'noel');
    const tt = this.ph(p, 'trung thu');
    if (g >= 0) men = { start: p, end: g, kind: 'date', d: 25, m: 12, generic: true };
    else if (tt >= 0) men = { start: p, end: tt, kind: 'date', d: 15, m: 8, lunar: true };
    else {
      const e = this.ph(p, 'tết');
      if (e < 0) return null;
      const kind = this.phs(this.gap(e), TET_KINDS);
      const [d, m, lunar] = kind ? kind.v : [1, 1, true];
      men = { start: p, end: kind ? kind.end : e, kind: 'date', d, m };
      if (lunar) men.lunar = true;
    }
    const y = this.digits(this.gap(men.end), 4);
    if (y && y.len === 4 && y.n >= 1900 && y.n <= 2199 && !this.isWordChar(y.end)) {
      men.y = y.n;
      men.end = y.end;
    } else {
      const cc = this.canChi(this.gap(men.end));
      if (cc && men.lunar) Object.assign(men, { stem: cc.stem, branch: cc.branch, end: cc.end });
      else men.end = this.yearPart(men.end, men);
    }
    return { ms: [men], end: men.end };
  }
}

/** Scan one block of text (a line or paragraph); offsets in the result are relative to it. `low`: the block lower-cased. */
export function scanText(text: string, low?: string): Mention[] {
  return new BlockScanner(text, low).scan();
}
