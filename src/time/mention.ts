/** What the scanner found, before it is resolved to a calendar value (see resolve.ts). */

export type Unit = 'D' | 'W' | 'M' | 'Y' | 'Q' | 'DE' | 'CE';
export type Tense = 'past' | 'future' | null;

export interface Mention {
  /** offsets into the scanned block */
  start: number;
  end: number;
  /**
   * date/month/year/quarter/half: calendar parts written in the text (maybe partial);
   * weekday: a day name alone; rel: offset from the creation time; ana: offset from the last date
   * in the discourse; literal: a value needing no resolution (durations, vague refs, sets);
   * decade/century: "thập niên 1990", "thế kỷ 20"; canchi: a lunar year named by stem and branch.
   */
  kind: 'date' | 'month' | 'year' | 'quarter' | 'half' | 'weekday' | 'rel' | 'ana' | 'literal' | 'decade' | 'century' | 'canchi';
  y?: number;
  m?: number;
  d?: number;
  /** 0 = Sunday … 6 = Saturday */
  wd?: number;
  /** year relative to the creation time ("tháng 11 năm ngoái" → -1) */
  yOff?: number;
  lunar?: boolean;
  unit?: Unit;
  off?: number;
  /** weekday qualified by a week ("thứ Hai tuần trước" → -1) */
  weekOff?: number;
  /** explicit direction ("thứ Hai tới" → 1, "tháng 5 vừa qua" → -1) */
  dir?: 1 | -1;
  /** TIMEX3 part of day: MO, MI, AF, EV, NI */
  pod?: string;
  h?: number;
  mi?: number;
  mod?: 'START' | 'MID' | 'END';
  weekend?: boolean;
  value?: string;
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** the wording itself marks the past ("hôm 29/1", "hồi tháng 5") */
  past?: boolean;
  q?: number;
  half?: number;
  decade?: number;
  century?: number;
  stem?: number;
  branch?: number;
  /** filled by the scanner from cue words in the clause */
  tense?: Tense;
  /** the end of a range or a deadline ("đến ngày 25/5"): it may still lie ahead */
  until?: boolean;
  /** in a clause about something recurring ("hàng năm"), or a holiday named without its date */
  generic?: boolean;
}
