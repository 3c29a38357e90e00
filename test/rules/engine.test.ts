import { describe, expect, it } from 'vitest';
import { chainsOf } from '../../src/rules/chains.js';
import { EVIDENCE_CAP } from '../../src/rules/engine/findings.js';
import { collectRuleEvidence, evaluateRules, sortRecords } from '../../src/rules/evaluate.js';
import { BUILTIN_RULES_DIR, loadRules } from '../../src/rules/load.js';
import type { EventRecord } from '../../src/record.js';
import type { Rule } from '../../src/rules/types.js';
import { record, reset } from '../support/writeback-records.js';
import { ruleFrom, ruleHeader } from '../support/rule-files.js';

function findings(rules: Rule[], records: EventRecord[]) {
  const sorted = sortRecords(records);
  return evaluateRules(rules, { records: sorted, chains: chainsOf(sorted) });
}

const heartbeat = (time: string) => record(31019, time, 'TrackingId: 0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f, ServiceBusHeartBeat, Details: Version: 5.0.0.686', 'PasswordResetService', 'information');

describe('match rules', () => {
  const rule = ruleFrom('service-bus', `kind: match
detection:
  bus: { source: PasswordResetService, eventId: 32002 }
  condition: bus
`);

  it('find one occurrence per matching record, with count, first, last and evidence', () => {
    const records = [record(32002, '2024-03-05T10:00:00Z'), heartbeat('2024-03-05T10:01:00Z'), record(32002, '2024-03-05T10:07:00Z')];
    const [finding, ...rest] = findings([rule], records);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'service-bus', diagnosis: 'unknown-error', severity: 'error', count: 2, evidenceTotal: 2 });
    expect(finding?.first.toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(finding?.last.toISOString()).toBe('2024-03-05T10:07:00.000Z');
    expect(finding?.evidence.map((evidence) => evidence.eventId)).toEqual([32002, 32002]);
  });

  it(`cap the evidence at ${EVIDENCE_CAP} records and report the total`, () => {
    const records = Array.from({ length: 25 }, (_, index) => record(32002, new Date(Date.UTC(2024, 2, 5, 10, index)).toISOString()));
    const [finding] = findings([rule], records);
    expect(finding?.count).toBe(25);
    expect(finding?.evidence).toHaveLength(EVIDENCE_CAP);
    expect(finding?.evidenceTotal).toBe(25);
    expect(finding?.evidence[0]?.time.toISOString()).toBe('2024-03-05T10:00:00.000Z');
  });

  it('count the records of one operation once, and name its user from the chain', () => {
    const policy = ruleFrom('policy', `kind: match
detection:
  policy: { eventId: 33008 }
  trace: { source: ADSync, eventId: 6329, errorCodes: '0x80230619' }
  condition: policy or trace
`);
    const tid = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
    const records = [
      reset.start(tid, 'grace.obi@fabrikam.com', '2024-03-04T10:22:30Z'),
      record(6329, '2024-03-04T10:22:31Z', '"BAIL: MMS(4924): admaexport.cpp(2939): 0x80230619 (A restriction prevents the password from being changed to the current one specified.)', 'ADSync'),
      reset.policyError(tid, 'grace.obi@fabrikam.com', '2024-03-04T10:22:31Z'),
    ];
    const [finding] = findings([policy], records);
    expect(finding?.count).toBe(1);
    expect(finding?.evidenceTotal).toBe(2);
    expect(finding?.users).toEqual(['grace.obi@fabrikam.com']);
    expect(finding?.chains).toHaveLength(1);
  });

  it('give one finding per group with groupBy', () => {
    const grouped = ruleFrom('by-user', `kind: match
groupBy: user.upn
detection:
  policy: { eventId: 33008 }
  condition: policy
`);
    const records = [
      reset.policyError('1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'kim.lee@fabrikam.com', '2024-03-05T09:00:00Z'),
      reset.policyError('2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'mei.chen@fabrikam.com', '2024-03-05T09:30:00Z'),
      reset.policyError('3a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'kim.lee@fabrikam.com', '2024-03-05T10:00:00Z'),
    ];
    const result = findings([grouped], records);
    expect(result.map((finding) => [finding.group, finding.count])).toEqual([
      ['kim.lee@fabrikam.com', 2],
      ['mei.chen@fabrikam.com', 1],
    ]);
  });
});

describe('threshold rules', () => {
  const rule = ruleFrom('bursts', `kind: threshold
detection:
  retry: { eventId: 32014 }
  condition: retry
threshold: { count: 3, within: 30m, groupBy: computer }
`);
  const at = (minute: number) => record(32014, new Date(Date.UTC(2024, 2, 5, 9, minute)).toISOString(), 'TrackingId: 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d, ServiceBusWarning, Details:', 'PasswordResetService', 'warning');

  it('fire on the records of a sliding window that holds the count, and only on them', () => {
    // 0, 40 and 75 have no two others within 30 minutes; 100, 110 and 125 fall in one window.
    const [finding] = findings([rule], [at(0), at(40), at(75), at(100), at(110), at(125)]);
    expect(finding?.count).toBe(3);
    expect(finding?.first.toISOString()).toBe('2024-03-05T10:40:00.000Z');
    expect(finding?.group).toBe('AADC01.fabrikam.local');
  });

  it('stay silent when no window holds the count', () => {
    expect(findings([rule], [at(0), at(31), at(62), at(93)])).toEqual([]);
  });

  it('count a window exactly as long as `within`', () => {
    expect(findings([rule], [at(0), at(15), at(30)])).toHaveLength(1);
  });
});

describe('absence rules', () => {
  const stopped = ruleFrom('stopped', `kind: absence
detection:
  stop: { eventId: 31016 }
  condition: stop
absence:
  followedBy:
    start: { eventId: 31015 }
    condition: start
`);
  const gap = ruleFrom('gap', `kind: absence
detection:
  beat: { eventId: 31019 }
  condition: beat
absence:
  followedBy:
    beat: { eventId: 31019 }
    condition: beat
  within: 15m
`);
  const stop = (time: string) => record(31016, time, 'TrackingId: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a, WriteBackServiceStopped, Details:', 'PasswordResetService', 'information');
  const start = (time: string) => record(31015, time, 'TrackingId: 2d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a, WriteBackServiceStarted, Details:', 'PasswordResetService', 'information');

  it('fire when A is not followed by B before the log ends', () => {
    const [finding] = findings([stopped], [heartbeat('2024-03-05T09:00:00Z'), stop('2024-03-05T09:01:00Z'), heartbeat('2024-03-05T12:00:00Z')]);
    expect(finding?.evidence.map((evidence) => evidence.eventId)).toEqual([31016]);
  });

  it('do not fire when B follows A, even much later', () => {
    expect(findings([stopped], [stop('2024-03-05T09:01:00Z'), start('2024-03-05T17:00:00Z')])).toEqual([]);
  });

  it('do not count a B logged before A', () => {
    expect(findings([stopped], [start('2024-03-05T08:00:00Z'), stop('2024-03-05T09:01:00Z')])).toHaveLength(1);
  });

  it('with a window, fire when B comes too late', () => {
    const [finding] = findings([gap], [heartbeat('2024-03-05T09:00:00Z'), heartbeat('2024-03-05T09:05:00Z'), heartbeat('2024-03-05T10:00:00Z'), heartbeat('2024-03-05T10:05:00Z')]);
    expect(finding?.count).toBe(1);
    expect(finding?.first.toISOString()).toBe('2024-03-05T09:05:00.000Z');
  });

  it('with a window, leave open a window that runs past the end of the log', () => {
    expect(findings([gap], [heartbeat('2024-03-05T09:00:00Z'), heartbeat('2024-03-05T09:05:00Z')])).toEqual([]);
    const sorted = [heartbeat('2024-03-05T09:00:00Z'), heartbeat('2024-03-05T09:05:00Z')];
    // The rest of the log (records no rule keeps) goes on past the window: now the silence counts.
    expect(evaluateRules([gap], { records: sorted, chains: [], logEnd: new Date('2024-03-05T11:00:00Z') })).toHaveLength(1);
  });
});

describe('chain rules', () => {
  const failedWithPolicy = ruleFrom('failed-policy', `kind: chain
chain:
  kind: [reset, change]
  outcome: failure
  context:
    policy: { eventId: 33008 }
    condition: policy
`);
  const failed = ruleFrom('failed', `kind: chain
chain:
  kind: reset
  outcome: failure
`, ruleHeader('writeback-operation-failed', 'operation'));
  const tid = '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
  const policyFailure = [reset.start(tid, 'mei.chen@fabrikam.com', '2024-03-06T15:12:19Z'), reset.policyError(tid, 'mei.chen@fabrikam.com', '2024-03-06T15:12:20Z')];

  it('see a failed reset with a 33008 attached', () => {
    const [finding] = findings([failedWithPolicy], policyFailure);
    expect(finding?.count).toBe(1);
    expect(finding?.users).toEqual(['mei.chen@fabrikam.com']);
    expect(finding?.evidence.map((evidence) => evidence.eventId)).toEqual([31001, 33008]);
  });

  it('do not see a successful reset, nor a failure without the context asked for', () => {
    expect(findings([failedWithPolicy], [reset.start(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:00Z'), reset.success(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:02Z')])).toEqual([]);
    expect(findings([failedWithPolicy], [reset.start(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:00Z'), reset.fail(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:02Z')])).toEqual([]);
  });

  it('fire the generic failure where nothing more specific explains it', () => {
    const [finding] = findings([failed], [reset.start(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:00Z'), reset.fail(tid, 'kim.lee@fabrikam.com', '2024-03-06T09:00:02Z')]);
    expect(finding?.diagnosis).toBe('writeback-operation-failed');
  });
});

describe('precedence', () => {
  const generic = ruleFrom('generic', `kind: chain
chain: { kind: [reset, change, adminReset], outcome: failure }
`, ruleHeader('writeback-operation-failed', 'operation', 'error'));
  const specific = ruleFrom('specific', `kind: match
replaces: [writeback-operation-failed]
detection:
  policy: { eventId: 33008 }
  condition: policy
`, ruleHeader('password-policy-violation', 'account', 'warning'));
  const alsoTrue = ruleFrom('starts', `kind: match
detection:
  start: { eventId: 31001 }
  condition: start
`);
  const explained = ['1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d4e', 'mei.chen@fabrikam.com'] as const;
  const unexplained = ['2c3d4e5f-6a7b-4c8d-9e9f-0a1b2c3d4e5f', 'kim.lee@fabrikam.com'] as const;
  const log = [
    reset.start(...explained, '2024-03-06T15:12:19Z'),
    reset.policyError(...explained, '2024-03-06T15:12:20Z'),
    reset.start(...unexplained, '2024-03-06T16:00:00Z'),
    reset.fail(...unexplained, '2024-03-06T16:00:02Z'),
  ];

  it('replaces the generic diagnosis for the operation the specific one explains, and only for it', () => {
    const result = findings([generic, specific], log);
    expect(result.map((finding) => [finding.diagnosis, finding.users])).toEqual([
      ['writeback-operation-failed', ['kim.lee@fabrikam.com']],
      ['password-policy-violation', ['mei.chen@fabrikam.com']],
    ]);
  });

  it('keeps both diagnoses of one record when neither replaces the other', () => {
    const result = findings([generic, alsoTrue], log);
    expect(result.map((finding) => [finding.rule, finding.count])).toEqual([
      ['generic', 2],
      ['starts', 2],
    ]);
  });

  it('sorts findings most severe first', () => {
    const result = findings([specific, generic], log);
    expect(result.map((finding) => finding.severity)).toEqual(['error', 'warning']);
  });
});

describe('collecting evidence while a log streams by', () => {
  it('keeps only the records a rule can use and gives the same findings', () => {
    const rule = ruleFrom('only-errors', `kind: match
detection:
  bus: { eventId: 32002 }
  condition: bus
`);
    const records = [heartbeat('2024-03-05T09:00:00Z'), record(32002, '2024-03-05T09:01:00Z'), heartbeat('2024-03-05T09:05:00Z')];
    const collector = collectRuleEvidence([rule]);
    for (const item of records) collector.add(item);
    const [finding] = collector.findings([]);
    expect(finding?.evidenceTotal).toBe(1);
    expect(findings([rule], records).map((item) => item.count)).toEqual([finding?.count]);
  });

  // A writeback server's log: a heartbeat every five minutes for two days, two gaps, a stop and a
  // start, a service bus outage and a reset whose start and outcome are five minutes apart.
  function serverLog(): EventRecord[] {
    const records: EventRecord[] = [];
    const start = Date.UTC(2024, 2, 4, 0, 0);
    for (let minute = 0; minute < 2 * 24 * 60; minute += 5) {
      const inGap = (minute > 600 && minute < 640) || (minute > 2000 && minute <= 2100);
      if (!inGap) records.push(heartbeat(new Date(start + minute * 60_000).toISOString()));
    }
    records.push(record(32002, '2024-03-04T13:01:00Z'), record(32002, '2024-03-04T13:02:30Z'));
    records.push(record(31044, '2024-03-05T06:00:30Z', 'PasswordResetService stopped'));
    records.push(reset.start('3a9c7d1e-2b4f-4c6a-8d0e-1f2a3b4c5d6e', 'kim.lee@fabrikam.com', '2024-03-05T08:00:10Z'));
    records.push(reset.success('3a9c7d1e-2b4f-4c6a-8d0e-1f2a3b4c5d6e', 'kim.lee@fabrikam.com', '2024-03-05T08:05:10Z'));
    return sortRecords(records);
  }

  it('gives the findings of the whole log with the built-in rules, holding the heartbeats that were not followed, not all of them', () => {
    const { rules } = loadRules([BUILTIN_RULES_DIR]);
    const log = serverLog();
    const collector = collectRuleEvidence(rules);
    let mostHeld = 0;
    for (const item of log) {
      collector.add(item);
      mostHeld = Math.max(mostHeld, collector.held());
    }
    const streamed = collector.findings(chainsOf(log));
    expect(streamed.map((finding) => [finding.rule, finding.count])).toEqual(findings(rules, log).map((finding) => [finding.rule, finding.count]));
    expect(streamed.find((finding) => finding.rule === 'heartbeat-gap')?.count).toBe(2);
    const heartbeats = log.filter((item) => item.eventId === 31019).length;
    expect(heartbeats).toBeGreaterThan(500);
    expect(mostHeld).toBeLessThan(20);
  });

  it('keeps every record a rule can use once the server clock is set back, and still gives the same findings', () => {
    const { rules } = loadRules([BUILTIN_RULES_DIR]);
    const log = serverLog();
    // From the 300th record on, the server's clock runs two hours behind.
    const setBack = log.map((item, at) => (at < 300 ? item : { ...item, time: new Date(item.time.getTime() - 2 * 3_600_000) }));
    const collector = collectRuleEvidence(rules);
    for (const item of setBack) collector.add(item);
    expect(collector.held()).toBeGreaterThan(setBack.length - 300);
    const sorted = sortRecords(setBack);
    expect(collector.findings(chainsOf(sorted)).map((finding) => [finding.rule, finding.count])).toEqual(findings(rules, setBack).map((finding) => [finding.rule, finding.count]));
  });
});
