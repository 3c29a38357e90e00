// Filter stage: keeps the records a command asked for (event ids, time range).

import type { IngestedRecord } from '../record.js';

export interface RecordFilter {
  eventIds?: ReadonlySet<number>;
  /** Inclusive lower bound. */
  since?: Date;
  /** Exclusive upper bound. */
  until?: Date;
}

export function matchesFilter(record: IngestedRecord, filter: RecordFilter): boolean {
  if (filter.eventIds !== undefined && !filter.eventIds.has(record.eventId)) return false;
  const time = record.time.getTime();
  if (filter.since !== undefined && time < filter.since.getTime()) return false;
  if (filter.until !== undefined && time >= filter.until.getTime()) return false;
  return true;
}

export async function* filterRecords<T extends IngestedRecord>(records: AsyncIterable<T>, filter: RecordFilter): AsyncGenerator<T> {
  for await (const record of records) {
    if (matchesFilter(record, filter)) yield record;
  }
}
