// Report: the operations of a log counted per hour (per day for long logs) by outcome, the data of the HTML timeline.

import type { Chain, ChainOutcome } from '../correlate/types.js';

export interface TimelineBucket {
  start: Date;
  counts: Record<ChainOutcome, number>;
}

export interface Timeline {
  unit: 'hour' | 'day';
  bucketMs: number;
  start: Date;
  end: Date;
  buckets: TimelineBucket[];
  /** The largest bucket total, at least 1, for the scale. */
  max: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Beyond about six weeks an hourly chart has bars too thin to see: count per day. */
const MOST_HOURLY_BUCKETS = 24 * 45;

function emptyCounts(): Record<ChainOutcome, number> {
  return { success: 0, failure: 0, incomplete: 0, 'orphan-outcome': 0 };
}

/** Buckets from the hour (or day, UTC) of `first` to the one after `last`; service incidents are not operations. */
export function buildTimeline(chains: readonly Chain[], first: Date, last: Date): Timeline {
  const hours = Math.ceil((last.getTime() - Math.floor(first.getTime() / HOUR) * HOUR + 1) / HOUR);
  const bucketMs = hours > MOST_HOURLY_BUCKETS ? DAY : HOUR;
  const start = Math.floor(first.getTime() / bucketMs) * bucketMs;
  const count = Math.max(1, Math.floor((last.getTime() - start) / bucketMs) + 1);
  const buckets: TimelineBucket[] = Array.from({ length: count }, (_, index) => ({ start: new Date(start + index * bucketMs), counts: emptyCounts() }));
  for (const chain of chains) {
    if (chain.kind === 'service') continue;
    const index = Math.floor((chain.start.getTime() - start) / bucketMs);
    const bucket = buckets[Math.min(Math.max(index, 0), count - 1)];
    if (bucket !== undefined) bucket.counts[chain.outcome]++;
  }
  const max = Math.max(1, ...buckets.map((bucket) => Object.values(bucket.counts).reduce((sum, value) => sum + value, 0)));
  return { unit: bucketMs === HOUR ? 'hour' : 'day', bucketMs, start: new Date(start), end: new Date(start + count * bucketMs), buckets, max };
}
