// The words and patterns times and spans are written with, per language.

import type { Lang } from './lang.js';

export interface TimeWords {
  /** date-fns pattern of a date and time, as the language's Windows writes them in Event Viewer. */
  dateTime: string;
  /** The same without seconds, for compact spans. */
  dateMinute: string;
  /** Without the year either, for spans within one year (the report's period names it). */
  monthDayMinute: string;
  /** The time of day alone, for the end of a span within one day. */
  minute: string;
  /** A day. */
  date: string;
  /** Units of a duration: `3 d 4 h`, `2 h 5 min`, `40 s`. */
  days: string;
  hours: string;
  minutes: string;
  seconds: string;
}

export const TIME_WORDS: Record<Lang, TimeWords> = {
  en: { dateTime: 'yyyy-MM-dd HH:mm:ss', dateMinute: 'yyyy-MM-dd HH:mm', monthDayMinute: 'MM-dd HH:mm', minute: 'HH:mm', date: 'yyyy-MM-dd', days: 'd', hours: 'h', minutes: 'min', seconds: 's' },
  ja: { dateTime: 'yyyy/MM/dd HH:mm:ss', dateMinute: 'yyyy/MM/dd HH:mm', monthDayMinute: 'MM/dd HH:mm', minute: 'HH:mm', date: 'yyyy/MM/dd', days: '日', hours: '時間', minutes: '分', seconds: '秒' },
  'zh-TW': { dateTime: 'yyyy/MM/dd HH:mm:ss', dateMinute: 'yyyy/MM/dd HH:mm', monthDayMinute: 'MM/dd HH:mm', minute: 'HH:mm', date: 'yyyy/MM/dd', days: '天', hours: '小時', minutes: '分鐘', seconds: '秒' },
};
