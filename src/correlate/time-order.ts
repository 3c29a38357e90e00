// Correlate stage, time order: one input's records oldest first, however the export was written.

import type { IngestedRecord } from '../record.js';
import { DEFAULT_SKEW_MS } from './options.js';

interface Pending<T> {
  record: T;
  timeMs: number;
  seq: number;
}

function before<T>(a: Pending<T>, b: Pending<T>): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.seq < b.seq);
}

/** A binary min-heap on (time, arrival): the few records whose order is still open. */
function createHeap<T>(): { size(): number; peek(): Pending<T> | undefined; push(item: Pending<T>): void; pop(): Pending<T> | undefined } {
  const items: Pending<T>[] = [];
  const swap = (i: number, j: number): void => {
    const tmp = items[i] as Pending<T>;
    items[i] = items[j] as Pending<T>;
    items[j] = tmp;
  };
  return {
    size: () => items.length,
    peek: () => items[0],
    push(item) {
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(items[i] as Pending<T>, items[parent] as Pending<T>)) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      const top = items[0];
      const last = items.pop();
      if (top === undefined || last === undefined || items.length === 0) return top;
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && before(items[left] as Pending<T>, items[smallest] as Pending<T>)) smallest = left;
        if (right < items.length && before(items[right] as Pending<T>, items[smallest] as Pending<T>)) smallest = right;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
      return top;
    },
  };
}

/**
 * The records of one input, oldest first. Windows writes records in the order they were logged, yet
 * their `TimeCreated` can step back a little (events of several threads); a buffer as long as
 * `toleranceMs` puts those right and holds nothing more. An export written newest first (`wevtutil
 * /rd:true`, a log viewer's order) is recognized by its first records going back in time by more than
 * the tolerance; a stream cannot be read backwards, so that input's records are held until it ends and
 * then given oldest first.
 */
export async function* oldestFirst<T extends IngestedRecord>(records: AsyncIterable<T>, toleranceMs = DEFAULT_SKEW_MS): AsyncGenerator<T, void, undefined> {
  const heap = createHeap<T>();
  let newest = Number.NEGATIVE_INFINITY;
  let seq = 0;
  let emitted = false;
  let whole: T[] | undefined;

  for await (const record of records) {
    if (whole !== undefined) {
      whole.push(record);
      continue;
    }
    const timeMs = record.time.getTime();
    if (!emitted && timeMs < newest - toleranceMs) {
      const arrived: Pending<T>[] = [];
      for (let item = heap.pop(); item !== undefined; item = heap.pop()) arrived.push(item);
      arrived.sort((a, b) => a.seq - b.seq);
      whole = arrived.map((item) => item.record);
      whole.push(record);
      continue;
    }
    heap.push({ record, timeMs, seq: seq++ });
    if (timeMs > newest) newest = timeMs;
    for (let top = heap.peek(); top !== undefined && top.timeMs < newest - toleranceMs; top = heap.peek()) {
      heap.pop();
      emitted = true;
      yield top.record;
    }
  }

  if (whole !== undefined) {
    // Reversed first, so that records of the same instant keep the order they were logged in.
    whole.reverse();
    whole.sort((a, b) => a.time.getTime() - b.time.getTime());
    yield* whole;
    return;
  }
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) yield top.record;
}
