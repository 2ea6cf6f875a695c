/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), ISO weeks and
 * TIMEX3 formatting. Pure integer arithmetic: no Date objects, no time zones.
 */

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : MONTH_DAYS[m - 1]!;
}

export const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (y: number, m: number, d: number) => (((dayNumber(y, m, d) + 4) % 7) + 7) % 7;

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const n = dayNumber(y, m, d);
  const isoDay = ((weekday(y, m, d) + 6) % 7) + 1; // Monday = 1 … Sunday = 7
  const thursday = fromDayNumber(n - isoDay + 4);
  const week = Math.floor((n - isoDay + 4 - dayNumber(thursday.y, 1, 1)) / 7) + 1;
  return { year: thursday.y, week };
}

export function addDays(date: YMD, days: number): YMD {
  return fromDayNumber(dayNumber(date.y, date.m, date.d) + days);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(date: YMD, months: number): YMD {
  const idx = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const pad4 = (n: number) => String(n).padStart(4, '0');

export const fmtDay = (x: YMD) => `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
export const fmtMonth = (y: number, m: number) => `${pad4(y)}-${pad2(m)}`;
export function fmtWeek(x: YMD): string {
  const w = isoWeek(x.y, x.m, x.d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}
