// Correlate stage, merging inputs: several exports (overlapping, or of the active and the staging server) as one log in time order.

import type { IngestedRecord } from '../record.js';
import { DEFAULT_SKEW_MS } from './options.js';
import { oldestFirst } from './time-order.js';

/** Records of several time-ordered streams as one stream in time order; on equal times the earlier input first. */
export function mergeInTimeOrder<T extends IngestedRecord>(streams: readonly AsyncIterable<T>[]): AsyncIterable<T> {
  // One input needs no merging, and every stage between the reader and correlation costs a promise per record.
  if (streams.length === 1 && streams[0] !== undefined) return streams[0];
  return mergeSeveral(streams);
}

async function* mergeSeveral<T extends IngestedRecord>(streams: readonly AsyncIterable<T>[]): AsyncGenerator<T, void, undefined> {
  const iterators = streams.map((stream) => stream[Symbol.asyncIterator]());
  const heads = await Promise.all(iterators.map((iterator) => iterator.next()));
  try {
    for (;;) {
      let pick = -1;
      let pickMs = Number.POSITIVE_INFINITY;
      for (let at = 0; at < heads.length; at++) {
        const candidate = heads[at];
        if (candidate === undefined || candidate.done === true) continue;
        const timeMs = candidate.value.time.getTime();
        if (timeMs < pickMs) {
          pick = at;
          pickMs = timeMs;
        }
      }
      const head = heads[pick];
      const iterator = iterators[pick];
      if (head === undefined || head.done === true || iterator === undefined) return;
      yield head.value;
      heads[pick] = await iterator.next();
    }
  } finally {
    await Promise.all(iterators.map((iterator, at) => (heads[at]?.done === true ? undefined : iterator.return?.())));
  }
}

/**
 * Whether two records are one event seen in two inputs: the same computer and record id at the same
 * time; where one has no record id (CSV and text exports), the same source, event id and message in
 * the same second (those exports keep times to the second, XML and .evtx to a fraction of it).
 */
function sameEvent(a: IngestedRecord, b: IngestedRecord): boolean {
  if (a.recordId !== undefined && b.recordId !== undefined) return a.recordId === b.recordId && a.computer === b.computer && a.time.getTime() === b.time.getTime();
  return a.eventId === b.eventId && a.source === b.source && a.message === b.message;
}

/** The record that says more of an event seen twice: one with a record id (and a time to the fraction of a second). */
const saysMore = (record: IngestedRecord, than: IngestedRecord): boolean => record.recordId !== undefined && than.recordId === undefined;

/**
 * Drops the second sighting of an event that two inputs both hold (see `sameEvent`), keeping the
 * sighting that says more. The stream is in time order, so only the records of the current second
 * are held: they go on when a later second begins.
 */
export async function* dropDuplicates<T extends IngestedRecord>(records: AsyncIterable<T>, onDuplicate?: (record: T) => void): AsyncGenerator<T, void, undefined> {
  let second = Number.NaN;
  let held: (T | undefined)[] = [];
  for await (const record of records) {
    const recordSecond = Math.floor(record.time.getTime() / 1000);
    if (recordSecond !== second) {
      for (const kept of held) if (kept !== undefined) yield kept;
      held = [];
      second = recordSecond;
    }
    const twin = held.findIndex((seen) => seen !== undefined && sameEvent(seen, record));
    if (twin === -1) {
      held.push(record);
      continue;
    }
    const seen = held[twin] as T;
    if (saysMore(record, seen)) {
      held[twin] = undefined;
      onDuplicate?.(seen);
      held.push(record);
    } else {
      onDuplicate?.(record);
    }
  }
  for (const kept of held) if (kept !== undefined) yield kept;
}

export interface MergeOptions<T> {
  /** How far back in time a record may step and still be put in order without holding its input whole. */
  toleranceMs?: number;
  onDuplicate?: (record: T) => void;
}

/** Every input's records, oldest first, merged into one log with the events two inputs share counted once. */
export function mergeInputs<T extends IngestedRecord>(streams: readonly AsyncIterable<T>[], options: MergeOptions<T> = {}): AsyncGenerator<T, void, undefined> {
  const toleranceMs = options.toleranceMs ?? DEFAULT_SKEW_MS;
  return dropDuplicates(mergeInTimeOrder(streams.map((stream) => oldestFirst(stream, toleranceMs))), options.onDuplicate);
}
