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
  // A source is counted whatever case it is written in: each spelling seen maps to the counts of its
  // lower-case name, so a record costs two map lookups and no new string.
  const bySpelling = new Map<string, Map<number, EventCount>>();
  const byName = new Map<string, Map<number, EventCount>>();
  let total = 0;
  let first: Date | undefined;
  let last: Date | undefined;
  return {
    add(record) {
      total++;
      const time = record.time;
      const ms = time.getTime();
      if (first === undefined || ms < first.getTime()) first = time;
      if (last === undefined || ms > last.getTime()) last = time;
      let counts = bySpelling.get(record.source);
      if (counts === undefined) {
        const name = record.source.toLowerCase();
        counts = byName.get(name) ?? new Map<number, EventCount>();
        byName.set(name, counts);
        bySpelling.set(record.source, counts);
      }
      const count = counts.get(record.eventId);
      if (count === undefined) {
        counts.set(record.eventId, { source: record.source, eventId: record.eventId, level: record.level, count: 1, first: time, last: time, samples: [record] });
        return;
      }
      count.count++;
      if (ms < count.first.getTime()) count.first = time;
      if (ms > count.last.getTime()) count.last = time;
      if (count.samples.length < SAMPLES_KEPT) count.samples.push(record);
    },
    result() {
      const counts = [...byName.values()].flatMap((byId) => [...byId.values()]).sort((a, b) => a.source.localeCompare(b.source) || a.eventId - b.eventId);
      const result: EventCounts = { total, counts };
      if (first !== undefined) result.first = first;
      if (last !== undefined) result.last = last;
      return result;
    },
  };
}
