import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CODES } from '../../src/rules/diagnosis.js';
import { runCli } from '../support/cli.js';

const DEMO = 'fixtures/demo/Application.xml';

/** A folder of user rules holding one rule file with this text. */
function userRules(name: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'wbd-user-rules-'));
  writeFileSync(join(folder, name), text);
  return folder;
}

/** A user rule that diagnoses every 6329 of the demo log as `ad-unknown-error`. */
const USER_RULE = `id: every-6329
diagnosis: ad-unknown-error
kind: match
severity: info
category: directory
title: { en: Every sync engine password error, ja: 同期エンジンのパスワード エラーです, zh-TW: 同步處理引擎的密碼錯誤。 }
explanation: { en: Lists them., ja: 一覧にします。, zh-TW: 列出這些錯誤。 }
remediation: [{ en: Read them., ja: 確認します。, zh-TW: 逐一查看。 }]
references: [https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback]
detection:
  trace: { source: ADSync, eventId: 6329 }
  condition: trace
examples:
  positive: [{ description: a 6329, records: [{ source: ADSync, eventId: 6329 }] }]
  negative: [{ description: a 6800, records: [{ source: ADSync, eventId: 6800 }] }]
`;

describe('writeback-doctor rules', () => {
  it('list shows every built-in rule, the most severe first, in the language asked for', async () => {
    const { code, stdout } = await runCli('rules', 'list');
    expect(code).toBe(0);
    for (const diagnosis of DIAGNOSIS_CODES) expect(stdout).toMatch(new RegExp(`^${diagnosis} `, 'm'));
    expect(stdout.indexOf('servicebus-blocked')).toBeLessThan(stdout.indexOf('incorrect-current-password'));
    const japanese = await runCli('rules', 'list', '--lang', 'ja');
    expect(japanese.stdout).toContain('新しいパスワードがオンプレミスのパスワード ポリシーを満たしていません');
  });

  it('validate passes the built-in rules and exits 0', async () => {
    const { code, stdout, stderr } = await runCli('rules', 'validate', 'rules');
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^42 rule files checked: 42 valid, 0 with problems$/m);
    expect(code).toBe(0);
  });

  it('validate names file, line and field of each bad file and exits 1', async () => {
    const folder = userRules('every-6329.yaml', USER_RULE.replace('severity: info', 'severity: fatal'));
    writeFileSync(join(folder, 'broken.yaml'), 'id: broken\nkind: [match\n');
    const { code, stdout, stderr } = await runCli('rules', 'validate', folder);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/broken\.yaml:\d+: not valid YAML/),
      expect.stringMatching(/every-6329\.yaml:4: severity: must be one of: critical, error, warning, info$/),
    ]);
    expect(stdout).toContain('2 rule files checked: 0 valid, 2 with problems');
  });

  it('validate refuses a user rule that reuses a built-in id', async () => {
    const folder = userRules('servicebus-blocked.yaml', USER_RULE.replace('id: every-6329', 'id: servicebus-blocked'));
    const { code, stderr } = await runCli('rules', 'validate', folder);
    expect(code).toBe(1);
    expect(stderr).toMatch(/servicebus-blocked\.yaml:1: id: "servicebus-blocked" is the id of the built-in rule/);
  });

  it('validate exits 2 for a folder that does not exist', async () => {
    expect((await runCli('rules', 'validate', 'no/such/rules')).code).toBe(2);
  });

  it('test runs every example of the built-in rules', async () => {
    const { code, stdout } = await runCli('rules', 'test');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(stdout).toContain('rules/account/password-policy-violation.yaml');
    expect(stdout).toMatch(/ok {4}negative {2}a reset that fails with a 33008 attached is password-policy-violation instead/);
  });

  it('test fails, and says why, when a rule no longer does what its examples show', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wbd-broken-rule-'));
    const original = readFileSync('rules/account/account-locked-out.yaml', 'utf8');
    // The same rule under its own id, now looking for the wrong event.
    const broken = original.replace('id: account-locked-out', 'id: locked-out-copy').replace('eventId: 33006', 'eventId: 33005');
    writeFileSync(join(folder, 'locked-out-copy.yaml'), broken);
    const { code, stdout } = await runCli('rules', 'test', folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}positive {2}a change for a locked-out account/);
    expect(stdout).toMatch(/FAIL {2}negative {2}a disabled account is a different diagnosis/);
    expect(stdout).toMatch(/^0 passed, 2 failed$/m);
  });

  it('test runs the examples of a folder of user rules with the built-in rules beside them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wbd-copy-'));
    cpSync('rules/account/account-locked-out.yaml', join(folder, 'locked-out-copy.yaml'));
    const copy = join(folder, 'locked-out-copy.yaml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('id: account-locked-out', 'id: locked-out-copy'));
    const { code, stdout } = await runCli('rules', 'test', folder);
    expect(stdout).toMatch(/^2 passed, 0 failed$/m);
    expect(code).toBe(0);
  });
});

describe('writeback-doctor analyze with rules', () => {
  it('prints the findings, the most severe first, above the event list', async () => {
    const { code, stdout } = await runCli('analyze', DEMO);
    expect(code).toBe(1);
    const order = ['servicebus-blocked', 'writeback-service-unhealthy', 'adma-permission-missing', 'heartbeat-gap', 'password-policy-violation', 'listener-connection-lost'];
    const positions = order.map((diagnosis) => stdout.search(new RegExp(`^ {2}\\S+ +${diagnosis}$`, 'm')));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stdout).toContain('Findings: 6, the most severe first');
    expect(stdout.indexOf('Findings: 6')).toBeLessThan(stdout.indexOf('Events by source and id'));
    expect(stdout).toMatch(/adma-permission-missing\n.*\n +7 times, 2024-03-06 09:07:35 UTC → 2024-03-06 11:36:05 UTC/);
    expect(stdout).toMatch(/Evidence \(the first 10 of 41\):/);
  });

  it('--format json lists each finding with its stable diagnosis code and its evidence', async () => {
    const { code, stdout } = await runCli('analyze', DEMO, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { schemaVersion: number; findings: { rule: string; diagnosis: string; severity: string; count: number; evidence: { eventId: number; origin: { file: string } }[]; evidenceTotal: number; remediation: string[]; references: string[] }[]; chains: unknown[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.findings.map((finding) => [finding.diagnosis, finding.severity, finding.count])).toEqual([
      ['servicebus-blocked', 'critical', 41],
      ['writeback-service-unhealthy', 'critical', 4],
      ['adma-permission-missing', 'error', 7],
      ['heartbeat-gap', 'error', 1],
      ['password-policy-violation', 'warning', 2],
      ['listener-connection-lost', 'warning', 2],
    ]);
    for (const finding of report.findings) {
      expect(DIAGNOSIS_CODES).toContain(finding.diagnosis);
      expect(finding.evidence.length).toBeGreaterThan(0);
      expect(finding.evidence[0]?.origin.file).toBe(DEMO);
      expect(finding.remediation.length).toBeGreaterThan(0);
      expect(finding.references[0]).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
    expect(report.chains.length).toBeGreaterThan(30);
  });

  it('--lang ja gives titles, explanations and fixes in Japanese', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--lang', 'ja', '--format', 'json');
    const report = JSON.parse(stdout) as { findings: { title: string; remediation: string[] }[] };
    expect(report.findings[0]?.title).toBe('サーバーから Azure Service Bus に接続できません');
    const text = await runCli('analyze', DEMO, '--lang', 'zh-TW');
    expect(text.stdout).toContain('診斷結果：6 項');
    expect(text.stdout).toContain('伺服器無法連線到 Azure 服務匯流排');
  });

  it('--rules adds a folder of user rules, --disable turns a rule off', async () => {
    const folder = userRules('every-6329.yaml', USER_RULE);
    const { stdout } = await runCli('analyze', DEMO, '--rules', folder, '--format', 'json', '--disable', 'heartbeat-gap,listener-connection-lost');
    const report = JSON.parse(stdout) as { findings: { rule: string; count: number }[] };
    const rules = report.findings.map((finding) => finding.rule);
    expect(rules).toContain('every-6329');
    expect(rules).not.toContain('heartbeat-gap');
    expect(rules).not.toContain('listener-connection-lost');
  });

  it('exits 2 naming the file and line of a bad user rule, and for an unknown --disable id', async () => {
    const folder = userRules('every-6329.yaml', USER_RULE.replace('condition: trace', 'condition: trace and not filter'));
    const bad = await runCli('analyze', DEMO, '--rules', folder);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/every-6329\.yaml:12: detection\.condition: "filter" is not a selection/);
    const unknown = await runCli('analyze', DEMO, '--disable', 'no-such-rule');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--disable "no-such-rule" is not the id of a loaded rule/);
  });
});
