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

function isEmpty(filter: RecordFilter): boolean {
  return filter.eventIds === undefined && filter.since === undefined && filter.until === undefined;
}

/** The records the filter keeps; with nothing to filter, the records as they come, without one more async step per record. */
export function filterRecords<T extends IngestedRecord>(records: AsyncIterable<T>, filter: RecordFilter): AsyncIterable<T> {
  return isEmpty(filter) ? records : kept(records, filter);
}

async function* kept<T extends IngestedRecord>(records: AsyncIterable<T>, filter: RecordFilter): AsyncGenerator<T> {
  for await (const record of records) {
    if (matchesFilter(record, filter)) yield record;
  }
}
