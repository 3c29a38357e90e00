import { beforeAll, describe, expect, it } from 'vitest';
import type { Chain, CorrelationSummary } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { chainOf, contextOf, correlateFixtures, recordsOf } from '../support/correlate.js';

// fixtures/correlate/mid-operation.xml: the export begins while three operations are under way.
let chains: Chain[];
let records: EventRecord[];
let summary: CorrelationSummary;

beforeAll(async () => {
  ({ chains, records, summary } = await correlateFixtures(['fixtures/correlate/mid-operation.xml']));
});

describe('an export that starts mid-operation', () => {
  it('keeps an outcome whose start came before the export as an orphan-outcome, saying what it reported', () => {
    const orphan = chainOf(chains, 'reset', 'kim.lee');
    expect(orphan).toMatchObject({ outcome: 'orphan-outcome', orphanResult: 'success', durationMs: 0 });
    expect(orphan.events).toEqual(recordsOf(records, 31002, 'kim.lee'));
    expect(orphan.pairedBy).toBeUndefined();
  });

  it('keeps the errors that explain an orphan failure, by tracking id and by time', () => {
    const orphan = chainOf(chains, 'reset', 'priya.nair');
    expect(orphan).toMatchObject({ outcome: 'orphan-outcome', orphanResult: 'failure' });
    expect(orphan.cause).toEqual(recordsOf(records, 33004, 'priya.nair')[0]);
    expect(contextOf(orphan)).toEqual([
      { eventId: 6329, reason: 'time' },
      { eventId: 33004, reason: 'trackingId' },
    ]);
  });

  it('counts an error whose operation is not in the log, and makes no chain of it', () => {
    expect(chains.some((chain) => chain.user?.upn === 'tomasz.nowak@fabrikam.com')).toBe(false);
    expect(summary.unpairedErrors).toEqual([{ source: 'PasswordResetService', eventId: 33008, count: 1 }]);
  });

  it('chains the operations that start inside the export as usual', () => {
    expect(chainOf(chains, 'reset', 'grace.obi')).toMatchObject({ outcome: 'success', pairedBy: 'trackingId' });
  });
});
