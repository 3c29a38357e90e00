import { beforeAll, describe, expect, it } from 'vitest';
import type { Chain } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { chainOf, contextOf, correlateFixtures } from '../support/correlate.js';

// fixtures/correlate/older-build-interleaved.xml: an older build, no tracking id in any message;
// several users' operations within the same second, their outcomes in another order.
const OLDER_BUILD = 'fixtures/correlate/older-build-interleaved.xml';
const NEWEST_FIRST = 'fixtures/correlate/older-build-interleaved.newest-first.xml';

/** What a chain is, independent of ids and object identity: for comparing two readings of one log. */
function describeChain(chain: Chain): unknown {
  return {
    kind: chain.kind,
    outcome: chain.outcome,
    pairedBy: chain.pairedBy,
    user: chain.user?.upn,
    start: chain.start.toISOString(),
    end: chain.end.toISOString(),
    events: chain.events.map((event) => event.recordId),
    context: chain.context.map(({ record, reason }) => [record.recordId, reason]),
    cause: chain.cause?.recordId,
  };
}

let chains: Chain[];
let records: EventRecord[];

beforeAll(async () => {
  ({ chains, records } = await correlateFixtures([OLDER_BUILD]));
});

describe('pairing by user and time when messages carry no tracking id', () => {
  it('reads no tracking id from this log', () => {
    expect(records.some((record) => record.trackingId !== undefined)).toBe(false);
  });

  it('gives each interleaved user their own outcome', () => {
    const paired = chains.filter((chain) => chain.pairedBy === 'user+time');
    expect(paired.length).toBeGreaterThanOrEqual(8);
    for (const chain of paired) {
      const [start, outcome] = chain.events;
      expect(outcome?.user?.upn).toBe(start?.user?.upn);
      expect(outcome?.time.getTime()).toBeGreaterThan(start?.time.getTime() ?? Number.POSITIVE_INFINITY);
    }
    expect(chainOf(chains, 'reset', 'carla.diaz').outcome).toBe('success');
    expect(chainOf(chains, 'change', 'dan.kowalski').outcome).toBe('success');
  });

  it('pairs 31001 with the 33008 of the same user inside its span as a failure, attached by user and time', () => {
    const [failed, retry] = chains.filter((chain) => chain.kind === 'reset' && chain.user?.upn === 'ava.stone@fabrikam.com');
    expect(failed).toMatchObject({ outcome: 'failure' });
    expect(failed?.cause?.eventId).toBe(33008);
    expect(contextOf(failed as Chain)).toEqual([
      { eventId: 6329, reason: 'time' },
      { eventId: 33008, reason: 'user+time' },
    ]);
    // Her retry five minutes later, while the first attempt is still within the window, gets the 31002.
    expect(retry).toMatchObject({ outcome: 'success', pairedBy: 'user+time' });
    expect(retry?.events.map((event) => event.eventId)).toEqual([31001, 31002]);
  });

  it('tells apart a change and a reset of the same user under way at once, by kind', () => {
    const change = chainOf(chains, 'change', 'eli.cohen');
    const reset = chainOf(chains, 'reset', 'eli.cohen');
    expect(change.events.map((event) => event.eventId)).toEqual([31006, 31007]);
    expect(reset.events.map((event) => event.eventId)).toEqual([31001, 31002]);
  });

  it('never gives a user\'s error to another user\'s operation', () => {
    const failed = chainOf(chains, 'change', 'fay.lind');
    expect(failed.outcome).toBe('failure');
    expect(failed.cause?.user?.upn).toBe('fay.lind@fabrikam.com');
    for (const chain of chains) {
      for (const { record, reason } of chain.context) {
        if (reason === 'user+time') expect(record.user?.upn).toBe(chain.user?.upn);
      }
    }
  });

  it('pairs onboarding, which names no user, by time alone', () => {
    const onboardings = chains.filter((chain) => chain.kind === 'onboarding');
    expect(onboardings.map((chain) => chain.outcome)).toEqual(['failure', 'success']);
    expect(contextOf(onboardings[0] as Chain)).toEqual([{ eventId: 32011, reason: 'time' }]);
    expect(onboardings[1]?.pairedBy).toBe('time');
  });

  it('reads a newest-first export into the same chains as the oldest-first one', async () => {
    const newestFirst = await correlateFixtures([NEWEST_FIRST]);
    expect(newestFirst.records[0]?.time.getTime()).toBeLessThan(newestFirst.records[1]?.time.getTime() ?? 0);
    expect(newestFirst.chains.map(describeChain)).toEqual(chains.map(describeChain));
  });

  it('leaves an outcome that comes after the window unpaired: a start incomplete, the outcome an orphan', async () => {
    const narrow = await correlateFixtures([OLDER_BUILD], { windowMs: 15_000 });
    const onboardings = narrow.chains.filter((chain) => chain.kind === 'onboarding');
    // The second onboarding took 20 s: longer than the window.
    expect(onboardings.map((chain) => [chain.outcome, chain.incompleteReason])).toEqual([
      ['incomplete', 'no-outcome-in-window'],
      ['incomplete', 'no-outcome-in-window'],
      ['orphan-outcome', undefined],
    ]);
  });
});

describe('a ticket\'s export with redacted tracking ids', () => {
  it('treats `TrackingId: xxxxxxxx-…` as no id and pairs by user and time', async () => {
    const ticket = await correlateFixtures(['fixtures/correlate/ticket-redacted.xml']);
    const service = ticket.records.filter((record) => record.source === 'PasswordResetService');
    expect(service.every((record) => record.message.startsWith('TrackingId: xxxxxxxx-xxxx-'))).toBe(true);
    expect(ticket.records.some((record) => record.trackingId !== undefined)).toBe(false);
    const gus = chainOf(ticket.chains, 'reset', 'gus.moreau');
    expect(gus).toMatchObject({ outcome: 'failure' });
    expect(gus.cause?.eventId).toBe(33004);
    expect(contextOf(gus)).toEqual([
      { eventId: 6329, reason: 'time' },
      { eventId: 33004, reason: 'user+time' },
    ]);
    // Ines started half a second after Gus; her 31002 is hers, not his.
    expect(chainOf(ticket.chains, 'reset', 'ines.varga')).toMatchObject({ outcome: 'success', pairedBy: 'user+time' });
    expect(chainOf(ticket.chains, 'change', 'ines.varga').outcome).toBe('success');
  });
});
