// Correlate stage, statistics: how often each event id of each source occurred, and when.

import type { EventRecord, Level } from '../record.js';

export interface EventCount {
  source: string;
  eventId: number;
  level: Level;
  count: number;
  first: Date;
  last: Date;
  /** The first few records, as evidence of where the event was seen. */
  samples: EventRecord[];
}

export interface EventCounts {
  total: number;
  first?: Date;
  last?: Date;
  /** Ordered by source, then event id. */
  counts: EventCount[];
}

const SAMPLES_KEPT = 3;

/** Streams records through, counting them; call `result()` once the stream is done. */
export function countEvents(): { add(record: EventRecord): void; result(): EventCounts } {
  const byKey = new Map<string, EventCount>();
  let total = 0;
  let first: Date | undefined;
  let last: Date | undefined;
  return {
    add(record) {
      total++;
      if (first === undefined || record.time < first) first = record.time;
      if (last === undefined || record.time > last) last = record.time;
      const key = `${record.source.toLowerCase()}\u0000${record.eventId}`;
      const count = byKey.get(key);
      if (count === undefined) {
        byKey.set(key, { source: record.source, eventId: record.eventId, level: record.level, count: 1, first: record.time, last: record.time, samples: [record] });
        return;
      }
      count.count++;
      if (record.time < count.first) count.first = record.time;
      if (record.time > count.last) count.last = record.time;
      if (count.samples.length < SAMPLES_KEPT) count.samples.push(record);
    },
    result() {
      const counts = [...byKey.values()].sort((a, b) => a.source.localeCompare(b.source) || a.eventId - b.eventId);
      const result: EventCounts = { total, counts };
      if (first !== undefined) result.first = first;
      if (last !== undefined) result.last = last;
      return result;
    },
  };
}
