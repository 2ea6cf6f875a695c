/**
 * The story's timeline: dated events, one entry per event however many outlets report it.
 *
 * 1. Candidates: every calendar date a timex gives in the article's content (lead, body, subheadings,
 *    captions; never titles, sidebars or bylines) at the precision the text gives (day, month, or a week
 *    that lies within one month). Left out: vague references (PAST_REF …), durations and sets, dates
 *    with a modifier ("đầu tuần", "cuối năm nay": no date to place), year-only dates, which in news
 *    are aggregates ("phóng tên lửa trong năm 2022") or background rather than events, and dates that
 *    end a period ("kéo dài đến ngày 30/6", the end of "từ ngày 19-26/5").
 *    Years the tagger could not resolve (XXXX-05-19) take the year of the article's publication.
 * 2. Description: the clause of the sentence that carries the date (a sentence with two dates is cut
 *    between them), without the date phrase itself, opening connectives ("Trước đó,") and source
 *    attributions ("Theo Reuters,", "Reuters cho biết,"), capped at a clause boundary.
 * 3. Merging: per date, candidates whose content syllables overlap enough are one event; its entry keeps
 *    the description of the best-placed mention (prose over captions, a date at the head of its clause)
 *    and the evidence spans of all mentions. An event dated only by days written without a year joins
 *    the same event another article dates with its year (reconcileYears).
 */
import type { Doc } from '../core/doc.ts';
import type { Timex } from '../core/layers.ts';
import type { BlockRole } from '../core/roles.ts';
import { isSpace } from '../text/space.ts';
import { FUNCTION_SYLLABLES, syllableKeys } from './sentences.ts';
import { publishedEarliest, publishedValue } from './features.ts';
import type { Evidence, TimelineEntry } from './story.ts';

/** Roles whose sentences can date an event: the article's content except its title. */
const EVENT_ROLES: ReadonlySet<BlockRole> = new Set(['lead', 'body', 'subheading', 'caption']);
/** Content-syllable cosine at which two mentions of one date are the same event. */
const SAME_EVENT = 0.3;
/** Longest description (syllables) before it is cut at a clause boundary. */
const MAX_DESCRIPTION_WORDS = 32;

interface Candidate {
  date: string;
  doc: Doc;
  /** the clause carrying the date (evidence) */
  clause: Evidence;
  description: string;
  keys: Map<string, number>;
  /** squared Euclidean norm of `keys` */
  norm2: number;
  /** syllables of the description */
  words: number;
  /** lower is better: prose before captions, dates at the head of their clause first */
  rank: number;
  /** the text gave day and month but no year, so the year is a guess: the article's (see reconcileYears) */
  yearGuessed: boolean;
  /** the text wrote the year in digits */
  yearWritten: boolean;
}

/** Monday (ms since epoch, UTC) of an ISO week value "2024-W24", or null. */
function weekStart(value: string): number | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  // ISO week: the week with 4 January is week 1; weeks start on Monday.
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
}

function weekToMonth(value: string): string | null {
  const monday = weekStart(value);
  if (monday === null) return null;
  const a = new Date(monday).toISOString().slice(0, 7);
  const b = new Date(monday + 6 * 86_400_000).toISOString().slice(0, 7);
  return a === b ? a : null;
}

/** The calendar date of a timex for a timeline, or null when it names no placeable date. */
export function timelineDate(t: Timex, published: string | null): string | null {
  if (t.mod || (t.type && t.type !== 'DATE' && t.type !== 'TIME')) return null;
  let v = t.value;
  const year = published && /^\d{4}/.test(published) ? published.slice(0, 4) : null;
  if (/^XXXX-\d{2}(-\d{2})?$/.test(v)) {
    if (!year) return null;
    v = year + v.slice(4);
  }
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(v);
  if (day) return validDay(day[1]!) ? day[1]! : null;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return v;
  return weekToMonth(v);
}

/** Calendar check of a YYYY-MM-DD string, memoised: a pile repeats a few hundred days. */
const validDays = new Map<string, boolean>();
function validDay(v: string): boolean {
  let ok = validDays.get(v);
  if (ok === undefined) {
    const d = new Date(`${v}T00:00:00Z`);
    ok = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    if (validDays.size >= 10_000) validDays.clear();
    validDays.set(v, ok);
  }
  return ok;
}

const CONNECTIVE = /^(?:trước đó|sau đó|đáp lại|tuy nhiên|trong khi đó|ngoài ra|đồng thời|bên cạnh đó|theo đó|cũng trong ngày|cùng ngày|hiện tại|hiện nay|mặt khác|thêm vào đó|trước đấy)\s*,?\s+/iu;
/** Leading conjunctions left when a sentence is cut between two dates ("… và quay trở lại Nga …") or its date phrase goes ("Đến tháng 4 thì …"). */
const CONJUNCTION = /^(?:và|nhưng|rồi|khi|còn|song|để rồi|thì)\s+/iu;
/** An outlet's dateline prefix on a lead: "VOH - ", "(Dân trí) - ", "TTO – ". */
const OUTLET_PREFIX = /^\(?[\p{Lu}\p{N}][\p{L}\p{N}.]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.]*){0,3}\)?\s*[-–—]\s+/u;
/** A clause ending in a reporting verb: never cut after it, the reported content follows. */
const REPORTING_END = /(?:cho biết|cho hay|nói|nói rằng|khẳng định|tuyên bố|cho rằng|nhấn mạnh|thông báo|cảnh báo|xác nhận|bày tỏ)$/iu;
const ATTRIBUTION_HEAD = /^(?:theo\s+[^,]{1,60},\s*|[^,]{1,40}\s(?:cho biết|đưa tin|dẫn lời[^,]{0,40}|cho hay)\s*,\s*)/iu;
const DATE_PHRASE_START = /^(?:(?:vào|trong|hồi|từ|đến|tới|sau|trước|ngay|cũng)\s+)*(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)*$/iu;
/** "-26/5", "– 9/3/2016": the end of a range right after its start date. */
const RANGE_END = /^\s*[-–]\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{2,4})?(?!\d)/u;
/** "(giờ địa phương)", "(theo giờ Việt Nam)" right after a date: part of the date phrase. */
const TIME_ZONE_NOTE = /^\s*\((?:theo\s+)?giờ\s[^()]{1,30}\)/iu;
/** Separators a clause can be cut at. */
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:và|nhưng|trong khi|khi)\s+/gu;

/** Syllables (runs between whitespace), as `text.split(/\s+/)` counts them, without building the pieces. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** `text` without trailing whitespace, commas, semicolons and colons. */
function trimClauseEnd(text: string): string {
  let end = text.length;
  // (never reads before the start: an out-of-bounds read made V8 deoptimise `describe`)
  while (end > 0 && isClauseEdge(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Sentence → clause pieces, one per date timex in it (cut at the last clause break between two dates). */
function clauseBounds(text: string, base: number, timexes: Timex[]): [number, number][] {
  const bounds: [number, number][] = [];
  let start = base;
  for (let i = 0; i < timexes.length; i++) {
    const next = i + 1 < timexes.length ? timexes[i + 1] : undefined; // no read past the end (V8 deoptimises on it)
    let end = base + text.length;
    if (next) {
      const between = text.slice(timexes[i]!.end - base, next.start - base);
      let cut = -1;
      for (const m of between.matchAll(CLAUSE_BREAK)) cut = m.index;
      end = cut >= 0 ? timexes[i]!.end + cut : next.start;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** Strip the date phrase, connectives and attributions; cap at a clause boundary. */
function describe(doc: Doc, clause: [number, number], t: Timex, also: Timex[]): { text: string; headDate: boolean } {
  const before = doc.text.slice(clause[0], t.start);
  let after = doc.text.slice(t.end, clause[1]);
  // Other mentions of the same date in the clause go too: "vào ngày hôm sau (19/11/2022)".
  for (const x of also) after = after.replace(x.text, '').replace(/\s*\(\s*\)/gu, '');
  // The date phrase with its preposition and a following parenthesis/comma: "vào hôm 29/1,", "Hôm thứ Hai (30/1),".
  const prep = /(?:(?:vào|trong|hồi|kể từ|từ|ngay|cũng|tính đến|cho đến|đến|tới|khoảng|lúc|dịp)\s+)*(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)*(?:(?:thứ\s+\S+|chủ nhật)\s*)?\(?\s*$/iu.exec(before);
  let head = prep ? before.slice(0, prep.index) : before;
  // …and the end of a range it starts: "từ ngày 19-26/5" describes what began on the 19th.
  let tail = after.replace(/^\s*\)?/u, '').replace(RANGE_END, '').replace(/^\s*\)/u, '').replace(TIME_ZONE_NOTE, '');
  const headDate = DATE_PHRASE_START.test(head.replace(/[\s,(]+$/u, '').trim()) || head.trim() === '';
  // a note in brackets right after a date that opens the clause belongs to the date: "Khoảng 16h30 (tức 20 phút sau …),"
  if (headDate) tail = tail.replace(/^\s*\([^()]{1,60}\)/u, '').replace(/^\s*[,:]\s*/u, '');
  head = head.replace(/[\s,(]+$/u, '');
  let text = `${head}${head && tail && !/^[,.;:]/.test(tail) ? ' ' : ''}${tail}`.replace(/\s+/g, ' ').trim();
  text = text.replace(OUTLET_PREFIX, '');
  for (let i = 0; i < 3; i++) {
    const stripped = text.replace(CONNECTIVE, '').replace(ATTRIBUTION_HEAD, '').replace(CONJUNCTION, '').replace(/^[\s,;:–-]+/u, '');
    if (stripped === text) break; // nothing left to strip: another round would strip nothing either
    text = stripped;
  }
  text = trimClauseEnd(text);
  if (countWords(text) > MAX_DESCRIPTION_WORDS) text = trimClauseEnd(capAtClause(text));
  if (text) text = text[0]!.toUpperCase() + text.slice(1) + (/[.!?…"”]$/.test(text) ? '' : '.');
  return { text, headDate };
}

/** Cut a long description at the last clause break within the cap that is outside quotes and not right after a reporting verb. */
function capAtClause(text: string): string {
  let cut = -1;
  for (const m of text.matchAll(/[,;:]\s+/gu)) {
    const head = text.slice(0, m.index);
    const n = countWords(head);
    if (n > MAX_DESCRIPTION_WORDS) break;
    const openQuotes = (head.match(/[“"]/g)?.length ?? 0) - (head.match(/”/g)?.length ?? 0) * 2;
    if (n >= 12 && openQuotes % 2 === 0 && !REPORTING_END.test(head)) cut = m.index;
  }
  if (cut > 0) return text.slice(0, cut);
  const words = text.split(/\s+/).slice(0, MAX_DESCRIPTION_WORDS);
  return `${words.join(' ')} …`;
}

/** Is a syllable all ASCII digits (a number, no content)? */
function isNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function contentKeys(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of syllableKeys(text)) if (!FUNCTION_SYLLABLES.has(s) && !isNumber(s)) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

function norm2(keys: Map<string, number>): number {
  let n2 = 0;
  for (const v of keys.values()) n2 += v * v;
  return n2;
}

function cosine(a: Candidate, b: Candidate): number {
  if (!a.norm2 || !b.norm2) return 0;
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  return dot / Math.sqrt(a.norm2 * b.norm2);
}

/**
 * "tháng này", "tuần tới" in an article of that same month: a period around the reporting itself, not
 * a date the event can be placed at (an explicit "tháng 9" has digits and stays).
 */
function isReportingPeriod(t: Timex, date: string, published: string | null): boolean {
  if (date.length !== 7 || /\d/.test(t.text) || !published || !published.startsWith(date)) return false;
  const week = weekStart(t.value);
  // "tuần trước" ended before the article and still places an event; "tuần này/tới" does not.
  return week === null || week + 6 * 86_400_000 >= Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
}

/** "… (cho) đến (hết)", "… tới" or "… kể từ" right before a date: the date ends or starts a period ("cao nhất kể từ tháng 10/2021"). */
const UNTIL = /(?:^|[\s,;:(])(?:(?:cho\s+)?(?:đến|tới)(?:\s+hết)?|kể\s+từ)\s+$/iu;
/** A number and a dash right before a date: "từ ngày 19-26/5" (the date is the range's end). */
const RANGE_DASH = /\d\s*[-–]\s*$/u;
/** Words after which "đến <date>" opens its clause and dates an event: "Nhưng đến chiều 17/5, …", "Tính đến ngày 19/5". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['nhưng', 'nhiên', 'và', 'rồi', 'mãi', 'phải', 'tính', 'thì', 'song', 'chờ', 'đợi', 'là']);

/**
 * Does the date at `start` end a period rather than date an event: "kéo dài đến ngày 30/6", "từ năm
 * 2011 đến tháng 2/2042", "có hiệu lực đến hết năm", "đóng cửa tới ngày 27/5", "từ ngày 19-26/5"? Not
 * when "đến" opens its clause ("Đến chiều 17/5, chị Loan …", "Tuy nhiên, đến ngày 29/4, …"): that is
 * when the event happened. Likewise "kể từ" (since): mid-clause it only measures ("cao nhất kể từ tháng
 * 10/2021"); opening a clause ("Kể từ ngày 1/7, …") it dates what starts then.
 */
function endsPeriod(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (RANGE_DASH.test(before)) return true;
  const m = UNTIL.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index + (/^[\s,;:(]/u.test(m[0]) ? 1 : 0)).trimEnd();
  if (head === '' || /[,;:(.!?"“\n]$/u.test(head)) return false;
  const word = /[\p{L}]+$/u.exec(head);
  return !(word && CLAUSE_OPENERS.has(word[0].toLowerCase()));
}

/** A date timex of a sentence, with the later mentions of the same date right after it. */
interface DatedMention {
  t: Timex;
  date: string;
  also: Timex[];
}

/**
 * The candidates of one document. The per-sentence work is in small functions of its own (`datedMentions`,
 * `addCandidates`): V8 recompiled one big function for every new shape of timex, block or metadata object
 * it met, and recompiling a big function costs far more than a small one.
 */
function candidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const published = publishedValue(doc) ?? publishedEarliest(doc);
  const timexes = doc.layers.timexes;
  let ti = 0;
  for (const s of doc.layers.sentences) {
    while (ti < timexes.length && timexes[ti]!.start < s.start) ti++;
    // most sentences hold no timex: look their block up only when one does
    if (ti >= timexes.length || timexes[ti]!.start >= s.end) continue;
    const role = doc.blockAt(s.start)?.role;
    if (!role || !EVENT_ROLES.has(role)) continue;
    const inside = datedMentions(doc.text, timexes, ti, s.end, published);
    if (inside.length > 0) addCandidates(out, doc, s.start, s.end, role, inside);
  }
  return out;
}

/** The placeable dates of the timexes from `first` that lie in a sentence ending at `end`. */
function datedMentions(text: string, timexes: Timex[], first: number, end: number, published: string | null): DatedMention[] {
  const inside: DatedMention[] = [];
  for (let j = first; j < timexes.length && timexes[j]!.start < end; j++) {
    const t = timexes[j]!;
    if (t.end > end) continue;
    const date = timelineDate(t, published);
    if (!date || isReportingPeriod(t, date, published) || endsPeriod(text, t.start)) continue;
    const prev = inside[inside.length - 1];
    if (prev && prev.date === date) prev.also.push(t);
    else inside.push({ t, date, also: [] });
  }
  return inside;
}

/** A year in digits. */
const YEAR_DIGITS = /\d{4}/u;
/** A day and month in digits ("11/5", "11-5", "ngày 11 tháng 5"). */
const DAY_MONTH = /\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d/iu;
/** A year written in words ("năm ngoái", "năm nay"). */
const YEAR_WORDS = /năm/iu;

/** One candidate per dated clause of the sentence [start, end). */
function addCandidates(out: Candidate[], doc: Doc, start: number, end: number, role: BlockRole, inside: DatedMention[]): void {
  const text = doc.text.slice(start, end);
  const bounds = clauseBounds(text, start, inside.map((x) => x.t));
  // rank: prose before captions, and a sentence opening with a quote last among its kind
  const sentenceRank = (role === 'caption' ? 4 : 0) + (/^["“'‘]/.test(text) ? 2 : 0);
  for (let k = 0; k < inside.length; k++) {
    const { t, date, also } = inside[k]!;
    const [clauseStart, clauseEnd] = bounds[k]!;
    const d = describe(doc, [clauseStart, clauseEnd], t, also);
    const words = countWords(d.text);
    if (words < 3) continue;
    const keys = contentKeys(d.text);
    const written = YEAR_DIGITS.test(t.text);
    out.push({
      date, doc, clause: { doc: doc.id, start: clauseStart, end: clauseEnd }, description: d.text, keys, norm2: norm2(keys), words,
      rank: sentenceRank + (d.headDate ? 0 : 1),
      yearGuessed: date.length === 10 && (t.value.startsWith('XXXX') || (t.anchor !== 'absolute' && DAY_MONTH.test(t.text) && !written && !YEAR_WORDS.test(t.text))),
      yearWritten: written,
    });
  }
}

/** An evidence span without the spaces and clause punctuation at its ends. */
function trimEvidence(doc: Doc, e: Evidence): Evidence {
  const text = doc.text;
  let { start, end } = e;
  while (start < end && isClauseEdge(text.charCodeAt(start))) start++;
  while (end > start && isClauseEdge(text.charCodeAt(end - 1))) end--;
  return { doc: e.doc, start, end };
}

/** `/[\s,;:]/`: whitespace, comma, semicolon, colon. */
function isClauseEdge(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58;
}

/**
 * Three small functions rather than one: V8 optimises a function whole, and a loop that runs hot made
 * it compile the once-per-story parts too (and compile them again after every deoptimisation).
 */
export function buildTimeline(docs: Doc[]): TimelineEntry[] {
  const byDate = new Map<string, Candidate[][]>();
  for (const doc of docs) for (const c of candidates(doc)) placeCandidate(byDate, c);
  reconcileYears(byDate);
  return timelineEntries(byDate);
}

/** Are all of an event's mentions days whose year is a guess? */
function yearGuessed(event: Candidate[]): boolean {
  for (const m of event) if (!m.yearGuessed) return false;
  return true;
}

/** Does one of an event's mentions write its year? */
function yearWritten(event: Candidate[]): boolean {
  for (const m of event) if (m.yearWritten) return true;
  return false;
}

/** Years an article may recall without writing the year: older dates are anniversaries, not the same event. */
const RECALLED_YEARS = 2;

/**
 * "Ngày 11/5" in one article, "ngày 11/5/2015" in another: a day written without its year takes the
 * year of the article's publication, which is wrong when the article recalls an earlier year. An event
 * all of whose mentions guessed their year so joins the event of the same day and month, at most
 * RECALLED_YEARS away, that a written year dates, when a mention of each is like enough to be the same
 * event. ("Hôm qua" is no guess: its year is the article's.)
 */
function reconcileYears(byDate: Map<string, Candidate[][]>): void {
  const byDayOfYear = new Map<string, string[]>();
  for (const date of byDate.keys()) {
    if (date.length !== 10) continue;
    const dates = byDayOfYear.get(date.slice(4)) ?? [];
    dates.push(date);
    byDayOfYear.set(date.slice(4), dates);
  }
  for (const dates of byDayOfYear.values()) {
    if (dates.length < 2) continue;
    for (const date of dates) {
      const events = byDate.get(date)!;
      for (let e = events.length - 1; e >= 0; e--) {
        if (!yearGuessed(events[e]!)) continue;
        const target = likeliestYear(byDate, dates, date, events[e]!);
        if (!target) continue;
        target.push(...events[e]!);
        events.splice(e, 1);
      }
      if (events.length === 0) byDate.delete(date);
    }
  }
}

/** The event on another of `dates`, near enough in years, that a written year dates and that is most like `event`, if like enough. */
function likeliestYear(byDate: Map<string, Candidate[][]>, dates: string[], date: string, event: Candidate[]): Candidate[] | null {
  let best: Candidate[] | null = null;
  let bestSim = SAME_EVENT;
  const year = Number(date.slice(0, 4));
  for (const other of dates) {
    if (other === date || Math.abs(Number(other.slice(0, 4)) - year) > RECALLED_YEARS) continue;
    for (const candidate of byDate.get(other) ?? []) {
      if (!yearWritten(candidate)) continue;
      for (const m of candidate)
        for (const c of event) {
          const sim = cosine(m, c);
          if (sim >= bestSim) [best, bestSim] = [candidate, sim];
        }
    }
  }
  return best;
}

/** Into the event of its date whose closest mention is most like it, when like enough; else a new event. */
function placeCandidate(byDate: Map<string, Candidate[][]>, c: Candidate): void {
  const events = byDate.get(c.date) ?? [];
  byDate.set(c.date, events);
  let best: Candidate[] | null = null;
  let bestSim = -Infinity;
  for (const event of events) {
    let sim = -Infinity;
    for (const m of event) sim = Math.max(sim, cosine(m, c));
    if (best === null || sim > bestSim) {
      best = event;
      bestSim = sim;
    }
  }
  if (best !== null && bestSim >= SAME_EVENT) best.push(c);
  else events.push([c]);
}

function timelineEntries(byDate: Map<string, Candidate[][]>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [date, events] of byDate) {
    for (const event of events) {
      // the best-placed mention, the first of equals (what a stable sort by rank, then length, puts first)
      let lead = event[0]!;
      for (const m of event) if (m.rank < lead.rank || (m.rank === lead.rank && m.words < lead.words)) lead = m;
      const seen = new Set<string>();
      const evidence: Evidence[] = [];
      for (const m of event) {
        const e = trimEvidence(m.doc, m.clause);
        const key = `${e.doc}:${e.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.push(e);
      }
      entries.push({ date, text: lead.description, evidence });
    }
  }
  // Chronological; a month or week-month sorts before the days in it.
  const compareDates = entries.every((e) => ISO_DATE.test(e.date)) ? compareCodeUnits : compareLocale;
  return entries.sort((a, b) => compareDates(a.date, b.date) || b.evidence.length - a.evidence.length);
}

/**
 * A calendar day or month, digits and "-" in fixed places: two of these are ordered by their code units
 * exactly as localeCompare orders them (only digit meets digit, or one is the other's prefix), at a
 * fraction of its cost. Other dates (years beyond 9999) keep localeCompare.
 */
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareLocale = (a: string, b: string): number => a.localeCompare(b);
