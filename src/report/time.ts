// Report: how times and spans are written for people (machine formats use ISO 8601 UTC).

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** `2024-03-05 09:07:11 UTC`, or in another IANA zone: `2024-03-05 18:07:11 Asia/Tokyo`. */
export function formatTime(time: Date, zone = 'UTC'): string {
  return `${format(new TZDate(time.getTime(), zone), 'yyyy-MM-dd HH:mm:ss')} ${zone}`;
}

/** ISO 8601 with the zone's offset: `2024-03-05T09:07:11.530+09:00`, for machine formats that also show local time. */
export function formatIsoInZone(time: Date, zone: string): string {
  return format(new TZDate(time.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** A duration in the largest two units that matter: `3 d 4 h`, `2 h 5 min`, `40 s`. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds % 60} s`;
  return `${seconds} s`;
}
