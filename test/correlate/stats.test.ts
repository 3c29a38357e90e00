import { beforeAll, describe, expect, it } from 'vitest';
import { operationStats, type OperationStats } from '../../src/correlate/stats.js';
import type { Chain, CorrelationSummary } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { correlateFixtures, recordsOf } from '../support/correlate.js';

function statsOf(chains: readonly Chain[], summary?: CorrelationSummary): OperationStats {
  const stats = operationStats();
  for (const chain of chains) stats.add(chain);
  return stats.result(summary);
}

// fixtures/correlate/repeated-resets.xml: one day of a help desk's worries.
let chains: Chain[];
let records: EventRecord[];
let stats: OperationStats;

beforeAll(async () => {
  ({ chains, records } = await correlateFixtures(['fixtures/correlate/repeated-resets.xml']));
  stats = statsOf(chains);
});

describe('statistics that answer the reporting questions', () => {
  it('counts operations per kind and outcome, with the success rate of those that started in the log', () => {
    for (const kind of stats.byKind) {
      const ofKind = chains.filter((chain) => chain.kind === kind.kind);
      expect(kind.total).toBe(ofKind.length);
      expect(kind.success).toBe(ofKind.filter((chain) => chain.outcome === 'success').length);
      expect(kind.failure).toBe(ofKind.filter((chain) => chain.outcome === 'failure').length);
      expect(kind.successRate).toBeCloseTo(kind.success / (kind.success + kind.failure + kind.incomplete));
    }
    expect(stats.byKind.map((kind) => kind.kind)).toEqual(['reset', 'change', 'adminReset']);
    expect(stats.all.total).toBe(chains.length);
    const reset = stats.byKind[0];
    expect(reset).toMatchObject({ failure: 5, users: 3 });
  });

  it('names the slowest operation and the median time from start to outcome', () => {
    const start = recordsOf(records, 31009, 'ivan.petrov')[0] as EventRecord;
    const success = recordsOf(records, 31010, 'ivan.petrov')[0] as EventRecord;
    expect(stats.duration.slowest).toMatchObject({ kind: 'adminReset', user: 'ivan.petrov@fabrikam.com', durationMs: success.time.getTime() - start.time.getTime() });
    const durations = chains.map((chain) => chain.durationMs).sort((a, b) => a - b);
    expect(stats.duration.measured).toBe(durations.length);
    expect(stats.duration.medianMs).toBe(durations[(durations.length - 1) / 2]);
  });

  it('lists the most frequent causes of failure with their error codes', () => {
    expect(stats.failureCauses[0]).toEqual({ source: 'PasswordResetService', eventId: 33008, count: 4, errorCodes: ['0x80230619'] });
    expect(stats.failureCauses[1]).toMatchObject({ eventId: 33004, count: 1, errorCodes: ['0x80230626'] });
  });

  it('lists the users with the most failures', () => {
    expect(stats.usersWithMostFailures[0]).toEqual({ user: 'noah.fischer@fabrikam.com', failures: 4, operations: 6 });
    expect(stats.usersWithMostFailures.map((user) => user.user)).not.toContain('emma.dubois@fabrikam.com');
  });

  it('finds the users with 5 or more operations within an hour, and only them', () => {
    const noahStarts = recordsOf(records, 31001, 'noah.fischer').map((record) => record.time);
    expect(stats.frequentUsers).toEqual([{ user: 'noah.fischer@fabrikam.com', operations: 6, first: noahStarts[0], last: noahStarts[5] }]);
    // Emma has five operations too, but not within one hour.
    expect(chains.filter((chain) => chain.user?.upn === 'emma.dubois@fabrikam.com')).toHaveLength(5);
  });

  it('counts admin resets per admin', () => {
    expect(stats.adminResets).toEqual([
      { admin: 'helpdesk@fabrikam.com', count: 2 },
      { admin: 'aadc-admin@fabrikam.com', count: 1 },
    ]);
  });

  it('counts operations per UTC day', async () => {
    const twoDays = await correlateFixtures(['fixtures/correlate/operations.xml', 'fixtures/correlate/older-build-interleaved.xml']);
    const perDay = statsOf(twoDays.chains).perDay;
    expect(perDay.map((day) => day.day)).toEqual(['2024-04-02', '2024-04-03']);
    for (const day of perDay) expect(day.total).toBe(twoDays.chains.filter((chain) => chain.start.toISOString().startsWith(day.day)).length);
  });

  it('keeps orphan outcomes out of the success rate and incomplete operations in it', async () => {
    const mid = await correlateFixtures(['fixtures/correlate/mid-operation.xml']);
    const midStats = statsOf(mid.chains, mid.summary);
    expect(midStats.all).toMatchObject({ total: 3, success: 1, orphanOutcome: 2, successRate: 1 });
    expect(midStats.unpairedErrors).toEqual(mid.summary.unpairedErrors);
    const ops = await correlateFixtures(['fixtures/correlate/operations.xml']);
    const opsStats = statsOf(ops.chains);
    expect(opsStats.incomplete).toEqual({ noOutcomeInWindow: 1, logEnded: 1 });
    expect(opsStats.all.successRate).toBeCloseTo(opsStats.all.success / opsStats.all.total);
  });

  it('summarizes service incidents apart from user operations', async () => {
    const service = await correlateFixtures(['fixtures/correlate/service-incidents.xml']);
    const incidents = statsOf(service.chains).incidents;
    expect(incidents.count).toBe(3);
    expect(incidents.events[0]).toEqual({ source: 'PasswordResetService', eventId: 32002, count: recordsOf(service.records, 32002).length });
    expect(statsOf(service.chains).all.total).toBe(0);
  });
});
