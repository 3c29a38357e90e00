import { beforeAll, describe, expect, it } from 'vitest';
import { CHAIN_OUTCOMES, type Chain } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { chainOf, contextOf, correlateFixtures, recordsOf } from '../support/correlate.js';

// fixtures/correlate/operations.xml: a current build, every message with its tracking id.
let chains: Chain[];
let records: EventRecord[];

beforeAll(async () => {
  ({ chains, records } = await correlateFixtures(['fixtures/correlate/operations.xml']));
});

function only(list: EventRecord[]): EventRecord {
  expect(list).toHaveLength(1);
  return list[0] as EventRecord;
}

describe('chains keyed by tracking id', () => {
  it('pairs 31001 with the 31002 of the same tracking id as a success', () => {
    const start = only(recordsOf(records, 31001, 'kim.lee'));
    const success = only(recordsOf(records, 31002, 'kim.lee'));
    const chain = chainOf(chains, 'reset', 'kim.lee');
    expect(chain).toMatchObject({ outcome: 'success', pairedBy: 'trackingId', trackingId: start.trackingId, start: start.time, end: success.time });
    expect(chain.events).toEqual([start, success]);
    expect(chain.durationMs).toBe(success.time.getTime() - start.time.getTime());
    expect(chain.cause).toBeUndefined();
    // The start names only the UPN; the success adds the cloud anchor.
    expect(chain.user).toEqual({ upn: 'kim.lee@fabrikam.com', cloudAnchor: success.user?.cloudAnchor });
  });

  it('pairs 31001 with the 33008 of the same tracking id as a failure, and the 31003 that follows ends it', () => {
    const policy = only(recordsOf(records, 33008, 'priya.nair'));
    const chain = chainOf(chains, 'reset', 'priya.nair');
    expect(chain.outcome).toBe('failure');
    expect(chain.cause).toBe(policy);
    expect(chain.events.map((event) => event.eventId)).toEqual([31001, 31003]);
    expect(chain.events.every((event) => event.trackingId === policy.trackingId)).toBe(true);
    expect(contextOf(chain)).toEqual([
      { eventId: 6329, reason: 'time' },
      { eventId: 33008, reason: 'trackingId' },
    ]);
  });

  it('marks a start followed by a 33004 of its tracking id, and no outcome event, as a failure caused by the 33004', () => {
    const denied = only(recordsOf(records, 33004, 'tomasz.nowak'));
    const chain = chainOf(chains, 'reset', 'tomasz.nowak');
    expect(chain).toMatchObject({ outcome: 'failure', cause: denied, end: denied.time });
    expect(chain.events.map((event) => event.eventId)).toEqual([31001]);
    expect(chain.pairedBy).toBeUndefined();
    expect(chain.incompleteReason).toBeUndefined();
  });

  it('chains password changes: 31006 → 31007, and 31006 → 33007 → 31008', () => {
    expect(chainOf(chains, 'change', 'hana.sato')).toMatchObject({ outcome: 'success', pairedBy: 'trackingId' });
    const wrongPassword = only(recordsOf(records, 33007, 'lukas.weber'));
    const failed = chainOf(chains, 'change', 'lukas.weber');
    expect(failed).toMatchObject({ outcome: 'failure', cause: wrongPassword });
    expect(failed.events.map((event) => event.eventId)).toEqual([31006, 31008]);
  });

  it('chains admin resets with the admin who acted: 31009 → 31010, and 31009 → 33004 → 31011', () => {
    expect(chainOf(chains, 'adminReset', 'sam.ortiz')).toMatchObject({ outcome: 'success', adminUpn: 'helpdesk@fabrikam.com' });
    const failed = chainOf(chains, 'adminReset', 'diego.ramos');
    expect(failed).toMatchObject({ outcome: 'failure', adminUpn: 'helpdesk@fabrikam.com', cause: only(recordsOf(records, 33004, 'diego.ramos')) });
    expect(failed.events.map((event) => event.eventId)).toEqual([31009, 31011]);
  });

  it('chains onboarding with its steps (31017, 31018), and an onboarding that ends in a 32009 and no 31005 as failed', () => {
    const onboardings = chains.filter((chain) => chain.kind === 'onboarding');
    expect(onboardings.map((chain) => chain.outcome)).toEqual(['success', 'failure']);
    expect(onboardings[0]?.events.map((event) => event.eventId)).toEqual([31004, 31017, 31018, 31005]);
    expect(onboardings[1]?.cause?.eventId).toBe(32009);
    expect(contextOf(onboardings[1] as Chain)).toEqual([{ eventId: 32009, reason: 'trackingId' }]);
    expect(onboardings.every((chain) => chain.user === undefined)).toBe(true);
  });

  it('chains offboarding: 31012 → 31013, and 31012 → 32013 → 31014', () => {
    const offboardings = chains.filter((chain) => chain.kind === 'offboarding');
    expect(offboardings.map((chain) => chain.outcome)).toEqual(['success', 'failure']);
    expect(offboardings[1]?.cause?.eventId).toBe(32013);
    expect(offboardings[1]?.events.map((event) => event.eventId)).toEqual([31012, 31014]);
  });

  it('calls a start without outcome incomplete, and says whether the window passed or the log ended first', () => {
    const lastRecord = records[records.length - 1] as EventRecord;
    const windowPassed = chainOf(chains, 'reset', 'chloe.martin');
    expect(windowPassed).toMatchObject({ outcome: 'incomplete', incompleteReason: 'no-outcome-in-window' });
    expect(lastRecord.time.getTime() - windowPassed.start.getTime()).toBeGreaterThan(10 * 60_000);
    const cutOff = chainOf(chains, 'reset', 'omar.haddad');
    expect(cutOff).toMatchObject({ outcome: 'incomplete', incompleteReason: 'log-ended' });
    expect(lastRecord.time.getTime() - cutOff.start.getTime()).toBeLessThan(10 * 60_000);
  });

  it('makes one chain of each start, and ties no heartbeat, hash sync event or stray 6329 to any', () => {
    const starts = records.filter((record) => [31001, 31004, 31006, 31009, 31012].includes(record.eventId));
    expect(chains.filter((chain) => chain.kind !== 'service')).toHaveLength(starts.length);
    const tied = new Set(chains.flatMap((chain) => [...chain.events, ...chain.context.map((context) => context.record)]));
    expect([...tied].some((record) => record.eventId === 31019 || record.source === 'Directory Synchronization')).toBe(false);
    const stray = records.filter((record) => record.eventId === 6329 && !tied.has(record));
    expect(stray).toHaveLength(1);
    expect(stray[0]?.time.toISOString()).toBe('2024-04-02T09:44:17.560Z');
  });

  it('covers every outcome but orphan-outcome here, and numbers chains per kind in start order', () => {
    expect(new Set(chains.map((chain) => chain.outcome))).toEqual(new Set(CHAIN_OUTCOMES.filter((outcome) => outcome !== 'orphan-outcome')));
    const resets = chains.filter((chain) => chain.kind === 'reset');
    expect(resets.map((chain) => chain.id)).toEqual(resets.map((_, at) => `reset-${at + 1}`));
  });
});
