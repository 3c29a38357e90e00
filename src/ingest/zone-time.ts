// Ingest: turns a wall-clock reading in an IANA zone into UTC instants, telling daylight-saving gaps and overlaps apart.

import { TZDate, tzOffset } from '@date-fns/tz';
import type { WallClock } from './local-date.js';

/**
 * `single`: the reading names one instant. `overlap`: the clocks were set back and the reading
 * happened twice (`earlier` under summer time, `later` under standard time). `gap`: the clocks
 * jumped over the reading; `instant` is where the zone's rules put it (as if the jump had not
 * happened yet), so a record is never lost for it.
 */
export type ZoneReading =
  | { kind: 'single'; instant: number }
  | { kind: 'overlap'; earlier: number; later: number }
  | { kind: 'gap'; instant: number };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** True when `zone` is an IANA zone name (or offset) this runtime knows. */
export function isKnownZone(zone: string): boolean {
  return !Number.isNaN(tzOffset(zone, new Date(0)));
}

/** The zone of the computer running the tool. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Minutes whose offsets are kept; an export spans far fewer distinct minutes than it has events. */
const MINUTES_KEPT = 4096;

/**
 * Resolves wall clocks in one zone. The offsets that fit each minute asked about are kept (zones
 * change offset on whole minutes), so most records cost no zone lookup.
 */
export function zoneResolver(zone: string): (wall: WallClock) => ZoneReading {
  const offsetsByMinute = new Map<number, readonly number[]>();

  return (wall) => {
    // The reading as if it were UTC; the zone's offsets are subtracted from it below.
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
    const minute = Math.floor(asUtc / MINUTE);
    let offsets = offsetsByMinute.get(minute);
    if (offsets === undefined) {
      // Offsets in force a day before and a day after: no zone changes its offset twice in two days.
      const candidates = new Set([tzOffset(zone, new Date(asUtc - DAY)), tzOffset(zone, new Date(asUtc + DAY))]);
      // An offset fits when the instant it gives is one where the zone really has that offset.
      offsets = [...candidates].filter((offset) => tzOffset(zone, new Date(asUtc - offset * MINUTE)) === offset).sort((a, b) => b - a);
      if (offsetsByMinute.size >= MINUTES_KEPT) offsetsByMinute.clear();
      offsetsByMinute.set(minute, offsets);
    }
    const [first, second] = offsets;
    if (first === undefined) {
      // TZDate reads a skipped time with the offset before the jump: 02:30 becomes 03:30 summer time.
      const instant = new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond, zone).getTime();
      return { kind: 'gap', instant };
    }
    if (second === undefined) return { kind: 'single', instant: asUtc - first * MINUTE };
    // The larger offset (summer time) gives the earlier instant.
    return { kind: 'overlap', earlier: asUtc - first * MINUTE, later: asUtc - second * MINUTE };
  };
}
