/**
 * Stated publication dates: the many ways Vietnamese pages print when they were published
 * ("Thứ 6, 11:03, 20/05/2016", "09:15 ngày 20 tháng 5 năm 2016", "20.05.2016 | 10:49 AM",
 * "Cập nhật: 7: 25': 10'' (GMT+7) - 19 / 5 / 2016", ISO 8601 from meta tags …).
 * Day-first unless only month-first is a real date, or the stated weekday says month-first.
 * A time zone is written only when the string states one (GMT+7, UTC+7, an ISO offset): like the
 * seed gold, a bare Vietnamese timestamp keeps no offset.
 */

export interface StatedDate {
  /** YYYY-MM-DD, or null when the year is not stated (then month and day are) */
  date: string | null;
  year: number | null;
  month: number;
  day: number;
  /** HH:MM, 24-hour */
  time: string | null;
  /** '+07:00' when the string states Vietnam's zone (other offsets are converted to it) */
  zone: string | null;
  /** where in the input the date part matched */
  index: number;
  length: number;
}

const MONTH_WORDS: Record<string, number> = {
  'giêng': 1, 'một': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
  'mười': 10, 'mười một': 11, 'mười hai': 12, 'chạp': 12,
};
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS: Record<string, number> = {
  'chủ nhật': 0, 'cn': 0, 'thứ hai': 1, 'thứ 2': 1, 'thứ ba': 2, 'thứ 3': 2, 'thứ tư': 3, 'thứ 4': 3,
  'thứ năm': 4, 'thứ 5': 4, 'thứ sáu': 5, 'thứ 6': 5, 'thứ bảy': 6, 'thứ bẩy': 6, 'thứ 7': 6,
};

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// 20/05/2016, 20-5-2016, 20.05.2016, 19 / 5 / 2016, 31/05/16; a year glued to a time ("201600:00:00") still ends at 4 digits
// Never from a clock's minutes ("00:07 - 23/05/2016" is not 23 July 2005), and a two-digit year is
// no year when a date goes on after it ("07 - 23/05/2016").
const NUMERIC = /(?<![\d:])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2}(?!\d|[/.-]\d))/g;
const WORDY = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}|mười một|mười hai|[\p{L}]+)\s*(?:,|năm)?\s*(\d{4})/iu;
const ENGLISH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i;
// "21/05 06:45", or a truncated year ("31-05-201") that cannot be trusted
const NO_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2\d{1,3})?(?![\d/.-])/;
const TIME = /(?<![\d/.-])(\d{1,2})\s*(?:h\s*:?|:)\s*(\d{1,2})(?!\d)\s*'?(?:\s*:\s*\d{1,2}'*)?\s*(?:(am|pm|sa|ch|sáng|chiều|tối)(?![\p{L}]))?/iu;
const ZONE = /(?:GMT|UTC)\s*\+\s*0?7(?::?00)?\b|(?:GMT|UTC)\s*\+\s*(?=[\s)\]]|$)/i;

/** Every match of a global regex, including overlapping ones (matchAll skips past each match). */
function overlapping(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function weekdayOf(s: string): number | null {
  const m = /(chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7]))/iu.exec(s);
  return m ? (WEEKDAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null) : null;
}

function monthWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  return MONTH_WORDS[w.toLowerCase()] ?? null;
}

function readTime(rest: string): string | null {
  const t = TIME.exec(rest);
  if (!t) return null;
  let h = Number(t[1]);
  const min = Number(t[2]);
  const ampm = t[3]?.toLowerCase();
  if (ampm && /^(pm|ch|chiều|tối)$/.test(ampm) && h < 12) h += 12;
  if (ampm && /^(am|sa|sáng)$/.test(ampm) && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

function isoParts(m: RegExpExecArray): StatedDate | null {
  let [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDay(y, mo, d)) return null;
  let time: string | null = null;
  let zone: string | null = null;
  if (m[4]) {
    let h = Number(m[4]);
    let min = Number(m[5]);
    if (m[6]) {
      // Convert any stated offset to Vietnam's (+07:00), the zone these dates are read in.
      const off = m[6] === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
      const t = Date.UTC(y, mo - 1, d, h, min) + (7 * 60 - off) * 60_000;
      const dt = new Date(t);
      [y, mo, d, h, min] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), dt.getUTCHours(), dt.getUTCMinutes()];
      zone = '+07:00';
    }
    time = `${pad(h)}:${pad(min)}`;
  }
  return { date: `${y}-${pad(mo)}-${pad(d)}`, year: y, month: mo, day: d, time, zone, index: m.index, length: m[0].length };
}

/** The first stated date (and time) in a string, or null. */
export function parseStatedDate(input: string): StatedDate | null {
  const s = input.length > 400 ? input.slice(0, 400) : input;
  const iso = ISO.exec(s);
  if (iso) {
    const r = isoParts(iso);
    if (r) return r;
  }
  let y: number | null = null;
  let mo = 0;
  let d = 0;
  let at = -1;
  let len = 0;
  // the first numeric match that is a real date ("11:52 - 20/05/2016" also matches "52 - 20/05")
  const num = overlapping(NUMERIC, s).find((m) => {
    const yy = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return validDay(yy, Number(m[3]), Number(m[1])) || validDay(yy, Number(m[1]), Number(m[3]));
  });
  const wordy = WORDY.exec(s);
  if (num && (!wordy || num.index <= wordy.index)) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    y = num[4]!.length === 2 ? 2000 + Number(num[4]) : Number(num[4]);
    [d, mo] = [a, b];
    const wd = weekdayOf(s);
    const dayFirstOk = validDay(y, b, a);
    const monthFirstOk = validDay(y, a, b);
    const usClock = /\d{1,2}:\d{2}:\d{2}\s*[AP]M/i.test(s) && num[2] === '/';
    if (monthFirstOk && (!dayFirstOk || (wd !== null && new Date(Date.UTC(y, a - 1, b)).getUTCDay() === wd && new Date(Date.UTC(y, b - 1, a)).getUTCDay() !== wd) || (usClock && wd === null))) [d, mo] = [b, a];
    at = num.index;
    len = num[0].length;
  } else if (wordy) {
    const m = monthWord(wordy[2]!);
    if (m) {
      [d, mo, y] = [Number(wordy[1]), m, Number(wordy[3])];
      at = wordy.index;
      len = wordy[0].length;
    }
  } else {
    // English month names are rare on these pages: looked for only when nothing else matched
    const en = ENGLISH.exec(s);
    if (en) {
      [mo, d, y] = [EN_MONTHS.indexOf(en[1]!.toLowerCase()) + 1, Number(en[2]), Number(en[3])];
      at = en.index;
      len = en[0].length;
    }
  }
  if (at < 0) {
    const ny = NO_YEAR.exec(s);
    if (!ny || !validDay(2000, Number(ny[3]), Number(ny[1]))) return null;
    // "3-2" alone is a score or a range; a day-month needs a slash, a cut-off year or a time beside it
    if (ny[2] !== '/' && ny[0].length <= 5 && !TIME.test(s.slice(0, ny.index) + s.slice(ny.index + ny[0].length))) return null;
    // Day and month without a year ("21/05 06:45"): the year is left to inference.
    [d, mo, y, at, len] = [Number(ny[1]), Number(ny[3]), null, ny.index, ny[0].length];
  }
  if (y !== null && (y < 1900 || y > 2100 || !validDay(y, mo, d))) return null;
  const rest = s.slice(0, at) + ' '.repeat(len) + s.slice(at + len);
  return {
    date: y === null ? null : `${y}-${pad(mo)}-${pad(d)}`,
    year: y, month: mo, day: d,
    time: readTime(rest),
    zone: ZONE.test(s) ? '+07:00' : null,
    index: at, length: len,
  };
}

/** The contract's `published.value` for a stated date: YYYY-MM-DD or YYYY-MM-DDTHH:MM(+07:00). */
export function statedValue(d: StatedDate): string | null {
  if (!d.date) return null;
  return d.time ? `${d.date}T${d.time}${d.zone ?? ''}` : d.date;
}

/** A date-time embedded in a URL path (yyyymmdd or yyyymmddhhmm…): "…-20160520083549653.htm", "/20160520/". */
export function dateInUrl(url: string): StatedDate | null {
  const m = /(?<!\d)(20\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})\d*)?(?!\d)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDay(y, mo, d)) return null;
  const time = m[4] && Number(m[4]) < 24 && Number(m[5]) < 60 ? `${m[4]}:${m[5]}` : null;
  return { date: `${y}-${pad(mo)}-${pad(d)}`, year: y, month: mo, day: d, time, zone: null, index: m.index, length: m[0].length };
}
