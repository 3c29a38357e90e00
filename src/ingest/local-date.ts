// Ingest: reads the local date-time texts of CSV and text exports into wall-clock fields, in any Windows culture.

import { isExists } from 'date-fns/isExists';
import type { DateOrder } from './types.js';

/** A wall-clock reading with no zone: what the exporting machine's clock showed. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The numbers of a date as written, before day and month are told apart. */
export interface DateText {
  /** The two numbers other than the year, in written order. */
  first: number;
  second: number;
  year: number;
  /** `2024/3/5`, `2024-03-05T…`: the year leads, so the order is known. */
  yearFirst: boolean;
  hour: number;
  minute: number;
  seconds: number;
  millisecond: number;
  meridiem: 'am' | 'pm' | undefined;
}

/** Marks that only steer text direction; some Event Viewer builds put them around date parts. */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e]/g;

const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = {
  am: 'am', 'a.m.': 'am', 午前: 'am', 上午: 'am', 오전: 'am',
  pm: 'pm', 'p.m.': 'pm', 午後: 'pm', 下午: 'pm', 오후: 'pm',
};

/**
 * Every shape of Windows' "short date + long time": `3/5/2024 9:07:11 AM` (en-US),
 * `2024/3/5 9:07:11` (ja-JP), `2024/3/5 上午 09:07:11` (zh-TW), `2024-03-05 오전 9:07:11` (ko-KR),
 * `05.03.2024 09:07:11` (de-DE), `05/03/2024 09:07:11` (fr-FR, es-ES, en-GB), and wevtutil's
 * `2024-03-05T09:07:11.530`. The meridiem may stand before or after the time.
 */
const DATE_TIME =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?(?:T|\s+)(?:(am|pm|a\.m\.|p\.m\.|午前|午後|上午|下午|오전|오후)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,7}))?(?:\s*(am|pm|a\.m\.|p\.m\.|午前|午後|上午|下午|오전|오후))?$/i;

/** A date text in its parts, or undefined when it is no date-time Windows writes. */
export function readDateText(text: string): DateText | undefined {
  const match = DATE_TIME.exec(text.replace(DIRECTION_MARKS, '').trim());
  if (match === null) return undefined;
  const [, a = '', b = '', c = '', before, hour = '', minute = '', seconds, fraction, after] = match;
  const yearFirst = a.length === 4;
  if (!yearFirst && c.length !== 4) return undefined;
  const word = (before ?? after)?.toLowerCase();
  return {
    first: Number(yearFirst ? b : a),
    second: Number(yearFirst ? c : b),
    year: Number(yearFirst ? a : c),
    yearFirst,
    hour: Number(hour),
    minute: Number(minute),
    seconds: seconds === undefined ? 0 : Number(seconds),
    millisecond: fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3)),
    meridiem: word === undefined ? undefined : MERIDIEM[word],
  };
}

/** What a date says about the order of day and month: a number above 12 can only be a day. */
export function orderEvidence(date: DateText): DateOrder | undefined {
  if (date.yearFirst) return undefined;
  if (date.first > 12 && date.second <= 12) return 'dmy';
  if (date.second > 12 && date.first <= 12) return 'mdy';
  return undefined;
}

/**
 * The wall clock a date text stands for, with day and month in `order` (a leading year always
 * means year, month, day). A reason is returned when the fields make no real date or time.
 */
export function toWallClock(date: DateText, order: DateOrder): WallClock | string {
  const dayFirst = !date.yearFirst && order === 'dmy';
  const month = dayFirst ? date.second : date.first;
  const day = dayFirst ? date.first : date.second;
  if (month < 1 || month > 12) return `month ${month} does not exist${date.yearFirst ? '' : ' (try the other --date-order)'}`;
  if (!isExists(date.year, month - 1, day)) return `day ${day} does not exist in month ${month} of ${date.year}`;
  let hour = date.hour;
  if (date.meridiem !== undefined) {
    if (hour < 1 || hour > 12) return `hour ${hour} does not exist with AM/PM`;
    hour = (hour % 12) + (date.meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || date.minute > 59 || date.seconds > 59) return 'the time of day does not exist';
  return { year: date.year, month, day, hour, minute: date.minute, second: date.seconds, millisecond: date.millisecond };
}
