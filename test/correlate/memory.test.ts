import { beforeAll, describe, expect, it } from 'vitest';
import { createCorrelator } from '../../src/correlate/correlate.js';
import type { EventRecord } from '../../src/record.js';
import { correlateFixtures } from '../support/correlate.js';

// A long log made of one real day repeated: the records of fixtures/correlate/operations.xml, moved by a
// day at each turn and given fresh tracking ids, so that every turn holds new operations.
let day: EventRecord[];

beforeAll(async () => {
  ({ records: day } = await correlateFixtures(['fixtures/correlate/operations.xml']));
});

function* repeatedDays(days: number): Generator<EventRecord> {
  for (let turn = 0; turn < days; turn++) {
    const shiftMs = turn * 86_400_000;
    for (const record of day) {
      const moved: EventRecord = { ...record, time: new Date(record.time.getTime() + shiftMs) };
      if (record.trackingId !== undefined) moved.trackingId = `${record.trackingId.slice(0, 28)}${String(turn).padStart(8, '0')}`;
      yield moved;
    }
  }
}

/** The most the correlator held at once while correlating `days` days, and how many chains it built. */
function peakHeld(days: number): { peak: number; chains: number } {
  let chains = 0;
  let peak = 0;
  const correlator = createCorrelator(() => chains++);
  for (const record of repeatedDays(days)) {
    correlator.add(record);
    peak = Math.max(peak, correlator.held());
  }
  correlator.end();
  return { peak, chains };
}

describe('what correlation holds', () => {
  it('holds what the window needs, not the log: ten times the days, the same peak', () => {
    const short = peakHeld(3);
    const long = peakHeld(30);
    expect(long.chains).toBe(10 * short.chains);
    expect(long.peak).toBe(short.peak);
    expect(long.peak).toBeLessThan(20);
  });

  it('holds nothing once the log has ended', () => {
    const correlator = createCorrelator(() => undefined);
    for (const record of repeatedDays(2)) correlator.add(record);
    correlator.end();
    expect(correlator.held()).toBe(0);
  });
});
