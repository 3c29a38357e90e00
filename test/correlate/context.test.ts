import { beforeAll, describe, expect, it } from 'vitest';
import type { Chain } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { chainOf, contextOf, correlateFixtures, correlateRecords, recordsOf } from '../support/correlate.js';

let records: EventRecord[];
let chains: Chain[];

beforeAll(async () => {
  ({ records, chains } = await correlateFixtures(['fixtures/correlate/operations.xml']));
});

/** The log as another clock would have stamped one event: `shiftMs` later (or earlier), back in time order. */
function withMoved(list: readonly EventRecord[], moved: EventRecord, shiftMs: number): EventRecord[] {
  const copy = list.map((record) => (record === moved ? { ...record, time: new Date(record.time.getTime() + shiftMs) } : record));
  return copy.sort((a, b) => a.time.getTime() - b.time.getTime());
}

function one(list: EventRecord[]): EventRecord {
  expect(list).toHaveLength(1);
  return list[0] as EventRecord;
}

describe('context: the errors that belong to an operation, with the reason they were attached', () => {
  it('attaches a 33xxx by tracking id, an ADSync 6329 by time, and a 33xxx without id by user and time', async () => {
    const byId = contextOf(chainOf(chains, 'reset', 'priya.nair'));
    expect(byId).toContainEqual({ eventId: 33008, reason: 'trackingId' });
    expect(byId).toContainEqual({ eventId: 6329, reason: 'time' });
    const ticket = await correlateFixtures(['fixtures/correlate/ticket-redacted.xml']);
    expect(contextOf(chainOf(ticket.chains, 'reset', 'gus.moreau'))).toContainEqual({ eventId: 33004, reason: 'user+time' });
  });

  it('gives each ADSync 6329 to the failure nearest to it, never to two operations', async () => {
    const repeated = await correlateFixtures(['fixtures/correlate/repeated-resets.xml']);
    const failed = repeated.chains.filter((chain) => chain.outcome === 'failure');
    expect(failed.length).toBeGreaterThanOrEqual(5);
    const seen = new Set<EventRecord>();
    for (const chain of failed) {
      const syncEvents = chain.context.filter(({ record }) => record.eventId === 6329);
      expect(syncEvents).toHaveLength(1);
      const sync = syncEvents[0]?.record as EventRecord;
      expect(Math.abs(sync.time.getTime() - (chain.cause?.time.getTime() ?? 0))).toBeLessThan(5_000);
      expect(seen.has(sync)).toBe(false);
      seen.add(sync);
    }
  });

  it('allows seconds of clock skew: a 6329 stamped 3.4 s after its 33004 still joins', () => {
    const chain = chainOf(chains, 'reset', 'tomasz.nowak');
    const denied = one(recordsOf(records, 33004, 'tomasz.nowak'));
    const sync = chain.context.find(({ record }) => record.eventId === 6329);
    expect(sync?.reason).toBe('time');
    expect((sync?.record.time.getTime() ?? 0) - denied.time.getTime()).toBeGreaterThan(3_000);
  });

  it('does not join it when the skew allowed is smaller than the gap', () => {
    const strict = correlateRecords(records, { skewMs: 2_000 });
    expect(contextOf(chainOf(strict.chains, 'reset', 'tomasz.nowak'))).toEqual([{ eventId: 33004, reason: 'trackingId' }]);
  });

  it('pairs an outcome stamped a moment before its start', () => {
    const success = one(recordsOf(records, 31002, 'kim.lee'));
    const start = one(recordsOf(records, 31001, 'kim.lee'));
    const skewed = correlateRecords(withMoved(records, success, start.time.getTime() - success.time.getTime() - 1_500));
    const chain = chainOf(skewed.chains, 'reset', 'kim.lee');
    expect(chain).toMatchObject({ outcome: 'success', pairedBy: 'trackingId' });
    expect(chain.events.map((event) => event.eventId)).toEqual([31002, 31001]);
  });

  it('attaches an error stamped a moment before its start, and counts one stamped long before as unpaired', () => {
    const denied = one(recordsOf(records, 33004, 'tomasz.nowak'));
    const start = one(recordsOf(records, 31001, 'tomasz.nowak'));
    const justBefore = start.time.getTime() - denied.time.getTime() - 2_000;
    const near = correlateRecords(withMoved(records, denied, justBefore));
    expect(chainOf(near.chains, 'reset', 'tomasz.nowak')).toMatchObject({ outcome: 'failure', cause: { eventId: 33004 } });
    expect(near.summary.unpairedErrors).toEqual([]);

    const far = correlateRecords(withMoved(records, denied, justBefore - 30_000));
    expect(chainOf(far.chains, 'reset', 'tomasz.nowak').outcome).toBe('incomplete');
    expect(far.summary.unpairedErrors).toEqual([{ source: 'PasswordResetService', eventId: 33004, count: 1 }]);
  });

  it('keeps a success a success when an error of the operation came before it (the service retried)', () => {
    const success = one(recordsOf(records, 31002, 'kim.lee'));
    const policy = one(recordsOf(records, 33008, 'priya.nair'));
    const retried = { ...policy, trackingId: success.trackingId, time: new Date(success.time.getTime() - 500) };
    const list = [...records, retried].sort((a, b) => a.time.getTime() - b.time.getTime());
    const chain = chainOf(correlateRecords(list).chains, 'reset', 'kim.lee');
    expect(chain.outcome).toBe('success');
    expect(chain.cause).toBeUndefined();
    expect(contextOf(chain)).toEqual([{ eventId: 33008, reason: 'trackingId' }]);
  });
});
