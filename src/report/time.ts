// Report: how times and spans are written for people (machine formats use ISO 8601 UTC).

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Lang } from '../i18n/lang.js';
import { TIME_WORDS } from '../i18n/time-words.js';

/** `2024-03-05 09:07:11 UTC`, in another IANA zone `2024-03-05 18:07:11 Asia/Tokyo`; ja and zh-TW write `2024/03/05`. */
export function formatTime(time: Date, zone = 'UTC', lang: Lang = 'en'): string {
  return `${format(new TZDate(time.getTime(), zone), TIME_WORDS[lang].dateTime)} ${zone}`;
}

/**
 * A span without seconds, zone or (within one year) year, for one-line summaries under a header that
 * names the period and the zone: `03-05 13:42 → 15:41` within a day, `03-04 10:22 → 03-06 15:12`.
 */
export function formatCompactSpan(first: Date, last: Date, zone: string, lang: Lang = 'en'): string {
  const words = TIME_WORDS[lang];
  const from = new TZDate(first.getTime(), zone);
  const to = new TZDate(last.getTime(), zone);
  const pattern = format(from, 'yyyy') === format(to, 'yyyy') ? words.monthDayMinute : words.dateMinute;
  const start = format(from, pattern);
  if (start === format(to, pattern)) return start;
  const sameDay = format(from, words.date) === format(to, words.date);
  return `${start} → ${format(to, sameDay ? words.minute : pattern)}`;
}

/** The day of `time` in `zone`, written the language's way. */
export function formatDay(time: Date, zone: string, lang: Lang = 'en'): string {
  return format(new TZDate(time.getTime(), zone), TIME_WORDS[lang].date);
}

/** ISO 8601 with the zone's offset: `2024-03-05T09:07:11.530+09:00`, for machine formats that also show local time. */
export function formatIsoInZone(time: Date, zone: string): string {
  return format(new TZDate(time.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** A duration in the largest two units that matter: `3 d 4 h`, `2 h 5 min`, `40 s` (`3 日 4 時間` in Japanese). */
export function formatDuration(milliseconds: number, lang: Lang = 'en'): string {
  const words = TIME_WORDS[lang];
  const seconds = Math.round(milliseconds / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `${days} ${words.days} ${hours} ${words.hours}`;
  if (hours > 0) return `${hours} ${words.hours} ${minutes} ${words.minutes}`;
  if (minutes > 0) return `${minutes} ${words.minutes} ${seconds % 60} ${words.seconds}`;
  return `${seconds} ${words.seconds}`;
}

/** Seconds with a tenth below a minute (operations take seconds), else the two largest units. */
export function formatSpan(milliseconds: number, lang: Lang = 'en'): string {
  return milliseconds < 60_000 ? `${(milliseconds / 1000).toFixed(1)} ${TIME_WORDS[lang].seconds}` : formatDuration(milliseconds, lang);
}
