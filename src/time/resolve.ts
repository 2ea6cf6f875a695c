/**
 * Mentions → TIMEX3 values. A partial date takes the year that puts it nearest the document
 * creation time (DCT), with the clause's tense weighing which side (reported events are usually
 * at or before the DCT; "sẽ", "dự kiến" … point after it) and a written weekday overriding both.
 * Anaphoric mentions ("cùng ngày", "ngày hôm sau") count from the last day-precise date in the
 * discourse. Without a DCT year an unknown year stays "XXXX": it is never guessed.
 */
import {
  addDays, addMonths, dayNumber, fmtDay, fmtMonth, fmtWeek, pad2, pad4, validDate, weekday, type YMD,
} from './calendar.ts';
import { lunarToSolar } from './lunar.ts';
import type { Mention, Tense } from './mention.ts';

export interface DctParts {
  y: number | null;
  m: number | null;
  d: number | null;
}

export interface Resolved {
  value: string;
  anchor: 'absolute' | 'dct' | 'other';
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  mod?: string;
}

const DCT_RE = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** "2023-11-09T22:05+07:00", "2023-01-31", "XXXX-09-04" → parts, as the calendar day in Vietnam (UTC+7). */
export function parseDct(value: string | null | undefined): DctParts | null {
  const m = value ? DCT_RE.exec(value.trim()) : null;
  if (!m) return null;
  const y = m[1] === 'XXXX' ? null : Number(m[1]);
  const mo = m[2] && m[2] !== 'XX' ? Number(m[2]) : null;
  const d = m[3] && m[3] !== 'XX' ? Number(m[3]) : null;
  if (y !== null && mo !== null && d !== null && m[4] && m[6]) {
    const off = m[6] === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
    const shift = Math.floor((Number(m[4]) * 60 + Number(m[5]) - off + 420) / 1440);
    if (shift !== 0 && validDate(y, mo, d)) {
      const x = addDays({ y, m: mo, d }, shift);
      return { y: x.y, m: x.m, d: x.d };
    }
  }
  return { y, m: mo, d };
}

/** How unlikely a candidate is, `diff` units after the DCT, given the clause's tense. */
function cost(diff: number, tense: Tense | undefined): number {
  if (diff >= 0) return diff * (tense === 'past' ? 8 : tense === 'future' ? 1 : 2);
  return -diff * (tense === 'future' ? 8 : 1);
}

function pick<T>(cands: { v: T; diff: number }[], tense: Tense | undefined, dir?: 1 | -1): T | null {
  let list = cands;
  if (dir) {
    const directed = cands.filter((c) => (dir > 0 ? c.diff > 0 : c.diff < 0));
    if (directed.length) list = directed;
  }
  let best: { v: T; diff: number } | null = null;
  for (const c of list) if (!best || cost(c.diff, tense) < cost(best.diff, tense)) best = c;
  return best ? best.v : null;
}

const Y = (y: number | null) => (y === null ? 'XXXX' : pad4(y));
const isoDay = (wd: number) => (wd === 0 ? 7 : wd);

/** The year whose stem and branch ("Giáp Thìn") are given, nearest at or before the year after `near`. */
export function canChiYear(stem: number, branch: number, near: number): number | null {
  for (let y = near + 1; y > near - 60; y--) if ((((y - 4) % 10) + 10) % 10 === stem && (((y - 4) % 12) + 12) % 12 === branch) return y;
  return null;
}

export class Resolver {
  /** the discourse's last day, month and year, for anaphora ("cùng ngày", "tháng sau đó", "cùng năm") */
  private last: { y: number | null; m: number; d: number } | null = null;
  private lastMonth: { y: number | null; m: number } | null = null;
  private lastYear: number | null = null;

  constructor(private readonly dct: DctParts | null) {}

  resolve(m: Mention): Resolved | null {
    const r = this.value(m);
    if (!r) return null;
    if (m.mod) r.mod = m.mod;
    if (m.h !== undefined) {
      r.value += `T${pad2(m.h)}:${pad2(m.mi ?? 0)}`;
      r.type = 'TIME';
    } else if (m.pod) {
      r.value += `T${m.pod}`;
      r.type = 'TIME';
    }
    return r;
  }

  private get dctDay(): YMD | null {
    const t = this.dct;
    return t && t.y !== null && t.m !== null && t.d !== null ? { y: t.y, m: t.m, d: t.d } : null;
  }

  private value(m: Mention): Resolved | null {
    switch (m.kind) {
      case 'literal':
        return { value: m.value!, anchor: m.value!.startsWith('P') ? 'absolute' : 'dct', type: m.type ?? 'DATE' };
      case 'date':
        return m.lunar ? this.lunarDate(m) : this.date(m);
      case 'month':
        return this.month(m);
      case 'year':
        this.lastYear = m.y!;
        return { value: pad4(m.y!), anchor: 'absolute', type: 'DATE' };
      case 'canchi': {
        const y = this.dct?.y != null ? canChiYear(m.stem!, m.branch!, this.dct.y) : null;
        return { value: Y(y), anchor: 'dct', type: 'DATE' };
      }
      case 'quarter':
        return this.quarter(m);
      case 'half': {
        const y = m.y ?? (this.dct?.y != null ? this.dct.y + (m.yOff ?? 0) : null);
        return { value: `${Y(y)}-H${m.half}`, anchor: m.y !== undefined ? 'absolute' : 'dct', type: 'DATE' };
      }
      case 'decade':
        return { value: String(m.decade), anchor: 'absolute', type: 'DATE' };
      case 'century':
        return { value: pad2(m.century!), anchor: 'absolute', type: 'DATE' };
      case 'weekday':
        return this.weekdayOnly(m);
      case 'rel':
      case 'ana':
        return this.relative(m);
    }
  }

  private remember(y: number | null, mo: number, d?: number): void {
    if (d !== undefined) this.last = { y, m: mo, d };
    this.lastMonth = { y, m: mo };
    if (y !== null) this.lastYear = y;
  }

  private date(m: Mention): Resolved | null {
    const mo = m.m;
    const d = m.d!;
    const t = this.dct;
    if (mo === undefined) return this.bareDay(m);
    let y: number | null = null;
    let anchor: Resolved['anchor'] = 'dct';
    if (m.y !== undefined) {
      y = m.y;
      anchor = 'absolute';
    } else if (m.yOff !== undefined) y = t?.y != null ? t.y + m.yOff : null;
    else if (m.stem !== undefined) y = t?.y != null ? canChiYear(m.stem, m.branch!, t.y) : null;
    else y = this.chooseYear(mo, d, m);
    if (!validDate(y ?? 2000, mo, d)) return null;
    this.remember(y, mo, d);
    return { value: `${Y(y)}-${pad2(mo)}-${pad2(d)}`, anchor, type: 'DATE' };
  }

  /** The year for day `d` of month `mo` nearest the DCT, weekday-consistent when a weekday is written. */
  private chooseYear(mo: number, d: number, m: Mention): number | null {
    const t = this.dctDay ?? (this.dct?.y != null ? { y: this.dct.y, m: this.dct.m ?? 7, d: this.dct.d ?? 1 } : null);
    if (!t) return null;
    const ref = dayNumber(t.y, t.m, t.d);
    let cands: { v: number; diff: number }[] = [];
    for (let y = t.y - 1; y <= t.y + 1; y++) if (validDate(y, mo, d)) cands.push({ v: y, diff: dayNumber(y, mo, d) - ref });
    if (m.wd !== undefined) {
      const same = cands.filter((c) => weekday(c.v, mo, d) === m.wd);
      if (same.length) cands = same;
    }
    return pick(cands, m.tense, m.dir);
  }

  /** "ngày 20" with no month: this month or a neighbour, whichever is nearest given the tense. */
  private bareDay(m: Mention): Resolved | null {
    const d = m.d!;
    const t = this.dct;
    if (!t || t.m === null) return { value: `XXXX-XX-${pad2(d)}`, anchor: 'dct', type: 'DATE' };
    const y = t.y ?? 2000;
    const ref = dayNumber(y, t.m, t.d ?? 15);
    const cands: { v: YMD; diff: number }[] = [];
    for (const k of [-1, 0, 1]) {
      const x = addMonths({ y, m: t.m, d: 1 }, k);
      if (validDate(x.y, x.m, d)) cands.push({ v: { y: x.y, m: x.m, d }, diff: dayNumber(x.y, x.m, d) - ref });
    }
    const best = pick(cands, m.tense, m.dir);
    if (!best) return null;
    const by = t.y === null ? null : best.y;
    this.remember(by, best.m, d);
    return { value: `${Y(by)}-${pad2(best.m)}-${pad2(d)}`, anchor: 'dct', type: 'DATE' };
  }

  private lunarDate(m: Mention): Resolved | null {
    const t = this.dct;
    const solar = (ly: number) => lunarToSolar(m.d!, m.m!, ly);
    let out: YMD | null = null;
    let anchor: Resolved['anchor'] = 'dct';
    if (m.y !== undefined) {
      out = solar(m.y);
      anchor = 'absolute';
    } else if (t?.y != null) {
      if (m.stem !== undefined) {
        const ly = canChiYear(m.stem, m.branch!, t.y);
        out = ly === null ? null : solar(ly);
      } else if (m.yOff !== undefined) out = solar(t.y + m.yOff);
      else {
        const ref = dayNumber(t.y, t.m ?? 7, t.d ?? 1);
        const cands: { v: YMD; diff: number }[] = [];
        for (const ly of [t.y - 1, t.y, t.y + 1]) {
          const s = solar(ly);
          if (s) cands.push({ v: s, diff: dayNumber(s.y, s.m, s.d) - ref });
        }
        out = pick(cands, m.tense, m.dir);
      }
    } else return { value: 'XXXX-XX-XX', anchor, type: 'DATE' };
    if (!out) return null;
    this.remember(out.y, out.m, out.d);
    return { value: fmtDay(out), anchor, type: 'DATE' };
  }

  private month(m: Mention): Resolved | null {
    const t = this.dct;
    const mo = m.m!;
    let y: number | null = null;
    let anchor: Resolved['anchor'] = 'dct';
    if (m.y !== undefined) {
      y = m.y;
      anchor = 'absolute';
    } else if (t?.y != null) {
      if (m.yOff !== undefined) y = t.y + m.yOff;
      else if (m.stem !== undefined) y = canChiYear(m.stem, m.branch!, t.y);
      else {
        const ref = t.y * 12 + (t.m ?? 7);
        y = pick([t.y - 1, t.y, t.y + 1].map((c) => ({ v: c, diff: c * 12 + mo - ref })), m.tense, m.dir);
      }
    }
    if (m.lunar) {
      // a lunar month spans two solar months: report the one holding its full moon (day 15)
      if (y === null) return { value: 'XXXX-XX', anchor, type: 'DATE' };
      const s = lunarToSolar(15, mo, y);
      return s ? { value: fmtMonth(s.y, s.m), anchor, type: 'DATE' } : null;
    }
    this.remember(y, mo);
    return { value: `${Y(y)}-${pad2(mo)}`, anchor, type: 'DATE' };
  }

  private quarter(m: Mention): Resolved {
    const t = this.dct;
    let y: number | null = m.y ?? null;
    if (y === null && t?.y != null) {
      if (m.yOff !== undefined) y = t.y + m.yOff;
      else {
        const ref = t.y * 4 + Math.floor(((t.m ?? 7) - 1) / 3);
        y = pick([t.y - 1, t.y, t.y + 1].map((c) => ({ v: c, diff: c * 4 + m.q! - 1 - ref })), m.tense, m.dir);
      }
    }
    return { value: `${Y(y)}-Q${m.q}`, anchor: m.y !== undefined ? 'absolute' : 'dct', type: 'DATE' };
  }

  private weekdayOnly(m: Mention): Resolved {
    const t = this.dctDay;
    const target = isoDay(m.wd!);
    if (!t) return { value: `XXXX-WXX-${target}`, anchor: 'dct', type: 'DATE' };
    const base = dayNumber(t.y, t.m, t.d);
    const today = isoDay(weekday(t.y, t.m, t.d));
    let n: number;
    if (m.weekOff !== undefined) n = base - today + 7 * m.weekOff + target;
    else {
      const past = base - ((today - target + 7) % 7);
      const cands = [{ v: past, diff: past - base }, { v: past + 7, diff: past + 7 - base }];
      if (past === base) cands.push({ v: past - 7, diff: -7 });
      n = pick(cands.filter((c) => !m.dir || c.diff !== 0), m.tense, m.dir)!;
    }
    const x = addDays({ y: 1970, m: 1, d: 1 }, n);
    this.remember(x.y, x.m, x.d);
    return { value: fmtDay(x), anchor: 'dct', type: 'DATE' };
  }

  /** Offsets from the DCT ("tuần trước") or, for anaphora, from the discourse's last date. */
  private relative(m: Mention): Resolved {
    const last = m.unit === 'Y' && this.lastYear !== null ? { y: this.lastYear, m: null, d: null }
      : m.unit === 'M' && this.lastMonth ? { ...this.lastMonth, d: null }
      : this.last;
    const useLast = m.kind === 'ana' && last !== null;
    const anchor: Resolved['anchor'] = useLast ? 'other' : 'dct';
    const base = useLast ? last : this.dct;
    const off = m.off ?? 0;
    const type = m.type ?? 'DATE';
    const by = base?.y ?? null;
    const bm = base?.m ?? null;
    const bd = base?.d ?? null;
    switch (m.unit) {
      case 'D': {
        if (bm === null || bd === null) return { value: 'XXXX-XX-XX', anchor, type };
        const x = addDays({ y: by ?? 2001, m: bm, d: bd }, off);
        const y = by === null ? null : x.y;
        this.remember(y, x.m, x.d);
        return { value: `${Y(y)}-${pad2(x.m)}-${pad2(x.d)}`, anchor, type };
      }
      case 'W': {
        if (by === null || bm === null || bd === null) return { value: 'XXXX-WXX', anchor, type };
        return { value: fmtWeek(addDays({ y: by, m: bm, d: bd }, 7 * off)) + (m.weekend ? '-WE' : ''), anchor, type };
      }
      case 'M': {
        if (bm === null) return { value: 'XXXX-XX', anchor, type };
        const x = addMonths({ y: by ?? 2001, m: bm, d: 1 }, off);
        return { value: `${Y(by === null ? null : x.y)}-${pad2(x.m)}`, anchor, type };
      }
      case 'Q': {
        if (by === null || bm === null) return { value: 'XXXX-QX', anchor, type };
        const qi = by * 4 + Math.floor((bm - 1) / 3) + off;
        return { value: `${pad4(Math.floor(qi / 4))}-Q${(qi % 4) + 1}`, anchor, type };
      }
      case 'DE':
        return { value: by === null ? 'XXX' : String(Math.floor(by / 10) + off), anchor, type };
      case 'CE':
        return { value: by === null ? 'XX' : pad2(Math.floor(by / 100) + off), anchor, type };
      default:
        return { value: Y(by === null ? null : by + off), anchor, type };
    }
  }
}
