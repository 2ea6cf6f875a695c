/**
 * Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm
 * ("Computing the Vietnamese lunar calendar", public description and reference code).
 * Months begin on the day of the new moon and the winter-solstice month is month 11, both reckoned
 * at UTC+7. Chinese calendars reckon at UTC+8, so Chinese lunar libraries disagree with the
 * Vietnamese calendar on some dates (Tết 1985 and 2007, for instance), which is why this is ours.
 * Before 1968 the Vietnamese calendar was computed at UTC+8, as Hồ Ngọc Đức's tables are.
 */
import { dayNumber, fromDayNumber, type YMD } from './calendar.ts';

const INT = Math.floor;
const DR = Math.PI / 180;
/** Julian day number of 1970-01-01 (our day numbers count from there). */
const JD_EPOCH = 2440588;

const jd = (y: number, m: number, d: number) => dayNumber(y, m, d) + JD_EPOCH;
const fromJd = (n: number): YMD => fromDayNumber(n - JD_EPOCH);

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltat = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

/** The sun's ecliptic longitude (radians, 0..2π) at a Julian day. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * INT(L / (Math.PI * 2));
  return L;
}

/** Which of the 12 solar-term sectors the sun is in at local midnight of a day. */
const sunSector = (dayJd: number, tz: number) => INT((sunLongitude(dayJd - 0.5 - tz / 24) / Math.PI) * 6);
const newMoonDay = (k: number, tz: number) => INT(newMoon(k) + 0.5 + tz / 24);
const zoneOf = (year: number) => (year < 1968 ? 8 : 7);

/** Julian day on which lunar month 11 (the month holding the winter solstice) of year `y` begins. */
function lunarMonth11(y: number, tz: number): number {
  const off = jd(y, 12, 31) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Offset (in months after month 11 starting at a11) of the leap month in a 13-month year. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export function solarToLunar(date: YMD): LunarDate {
  const tz = zoneOf(date.y);
  const dayJd = jd(date.y, date.m, date.d);
  const k = INT((dayJd - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayJd) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(date.y, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.y;
    a11 = lunarMonth11(date.y - 1, tz);
  } else {
    year = date.y + 1;
    b11 = lunarMonth11(date.y + 1, tz);
  }
  const day = dayJd - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/** Solar date of a lunar date, or null when it does not exist (a leap month the year lacks, day 30 of a short month). */
export function lunarToSolar(day: number, month: number, year: number, leap = false): YMD | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const tz = zoneOf(year);
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return null;
  const monthStart = newMoonDay(k + off, tz);
  const out = fromJd(monthStart + day - 1);
  // Day 30 of a 29-day month rolls into the next month: that lunar date does not exist.
  if (day === 30 && solarToLunar(out).day !== 30) return null;
  return out;
}
