import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const DEMO = 'fixtures/demo/Application.xml';

describe('writeback-doctor analyze', () => {
  it('gives the verdict for the demo log: the outage, the permission gap and the policy rejection', async () => {
    const { code, stdout, stderr } = await runCli('analyze', DEMO);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('Input   fixtures/demo/Application.xml');
    expect(stdout).toContain('UTF-8 with BOM');
    expect(stdout).toMatch(/Period {2}2024-03-04 \d\d:\d\d:\d\d UTC → 2024-03-06 \d\d:\d\d:\d\d UTC/);
    expect(stdout).toContain('Server  AADC01.fabrikam.local\n');
    // The verdict comes first: one line per finding, the worst first, with its count and span.
    const verdict = stdout.slice(stdout.indexOf('Verdict: '), stdout.indexOf('Findings: 6'));
    expect(verdict.split('\n')[0]).toBe('Verdict: 6 problems found (2 critical, 2 errors, 2 warnings), the worst first');
    expect(verdict).toMatch(/\n {2}CRITICAL {2}×41 {2}03-05 13:42 → 15:41 +The server cannot connect to Azure Service Bus\n/);
    const severities = [...verdict.matchAll(/^ {2}(CRITICAL|ERROR|WARNING) /gm)].map((match) => match[1]);
    expect(severities).toEqual(['CRITICAL', 'CRITICAL', 'ERROR', 'ERROR', 'WARNING', 'WARNING']);
    for (const line of stdout.split('\n').filter((text) => !text.includes('https://'))) expect([...line].length).toBeLessThanOrEqual(100);
    // The statistics count every event id with its level and span, whether or not a rule explains it.
    const serviceBusErrors = readFileSync(DEMO, 'utf8').split(">32002</EventID>").length - 1;
    expect(serviceBusErrors).toBeGreaterThan(10);
    expect(stdout).toMatch(new RegExp(`\\n {4}32002  ServiceBusError +ERROR +${serviceBusErrors}  03-05 13:42 → 15:41\\n`));
    expect(stdout).toMatch(/\n {4}33004  ADPermissionsError +ERROR +7  03-06 09:07 → 11:36\n/);
    expect(stdout).toMatch(/\n {4}33008  ADPasswordPolicyError +ERROR +2  03-04 10:22 → 03-06 15:12\n/);
    expect(stdout).toMatch(/\n {5}6329  PasswordSetFailed +ERROR +9 /);
    // Each finding points at its records.
    expect(stdout).toMatch(/\n {14}2024-03-05 13:42:35 UTC {2}PasswordResetService 32002\n {16}record 71812 {2}fixtures\/demo\/Application\.xml:24 \(byte 617683\)\n/);
    // The old per-event verdict is gone: each event is described once, in the findings.
    expect(stdout).not.toContain('first seen:');
    // Unrelated providers are not counted.
    expect(stdout).not.toContain('ESENT');
  });

  it('exits 0 for a healthy period and says so', async () => {
    const { code, stdout } = await runCli('analyze', DEMO, '--until', '2024-03-04T10:00');
    expect(code).toBe(0);
    expect(stdout).toContain('Verdict: no writeback problem found in this period.\n');
    expect(stdout).not.toContain('Findings:');
  });

  it('lets --fail-on decide the exit code', async () => {
    expect((await runCli('analyze', DEMO, '--fail-on', 'none')).code).toBe(0);
    // The Service Bus outage is a critical finding.
    expect((await runCli('analyze', DEMO, '--fail-on', 'critical')).code).toBe(1);
    expect((await runCli('analyze', DEMO, '--fail-on', 'warning')).code).toBe(1);
  });

  it('takes the exit code from the findings, not from the levels of the events', async () => {
    // 2024-03-04 10:00-11:00 holds one password rejected by the policy: 6329 and 33008 are logged as
    // errors, but the finding is a warning (the user chose a password the domain does not accept).
    const period = ['--since', '2024-03-04T10:00', '--until', '2024-03-04T11:00'];
    expect((await runCli('analyze', DEMO, ...period)).code).toBe(0);
    expect((await runCli('analyze', DEMO, ...period, '--fail-on', 'warning')).code).toBe(1);
  });

  it('reads several files in one call', async () => {
    const { stdout } = await runCli('analyze', 'fixtures/xml/wevtutil.xml', 'fixtures/xml/powershell-toxml.utf16le.xml', '--fail-on', 'none');
    expect(stdout).toContain('Input   fixtures/xml/wevtutil.xml');
    expect(stdout).toContain('Input   fixtures/xml/powershell-toxml.utf16le.xml');
  });

  it('warns with file, line and byte offset about a skipped part, and analyzes the rest', async () => {
    const { code, stdout, stderr } = await runCli('analyze', 'fixtures/xml/broken/truncated.xml', '--fail-on', 'none');
    expect(code).toBe(0);
    expect(stderr).toBe('warning: fixtures/xml/broken/truncated.xml:6 (byte 6197): the file ends inside this event (a truncated copy?); it was skipped');
    expect(stdout).toContain('1 part skipped');
  });
});

describe('exit codes and errors', () => {
  it('exits 2 with one line for a missing file', async () => {
    const { code, stdout, stderr } = await runCli('analyze', 'no/such/Application.xml');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('writeback-doctor: no/such/Application.xml: no such file');
  });

  it('exits 2 for an unknown option, a bad value or no command', async () => {
    expect((await runCli('analyze', DEMO, '--bogus')).code).toBe(2);
    const badDate = await runCli('analyze', DEMO, '--since', 'yesterday');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^writeback-doctor: --since "yesterday" is not a date/);
    expect((await runCli('analyze', DEMO, '--fail-on', 'fatal')).code).toBe(2);
    expect((await runCli('events', DEMO, '--format', 'yaml')).code).toBe(2);
    expect((await runCli('events', DEMO, '--id', 'abc')).code).toBe(2);
    expect((await runCli()).code).toBe(2);
  });

  it('exits 3 with one line for an empty, binary or non-export file, or a DTD', async () => {
    for (const [file, reason] of [
      ['empty.xml', 'the file is empty'],
      ['binary.bin', 'this is a ZIP archive'],
      ['not-an-export.xml', 'XML, but not an event log export'],
      ['billion-laughs.xml', 'line 2: the file declares a DTD'],
    ] as const) {
      const { code, stdout, stderr } = await runCli('analyze', `fixtures/xml/broken/${file}`);
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toContain(`writeback-doctor: fixtures/xml/broken/${file}: ${reason}`);
    }
  });

  it('still analyzes the readable files when another is unreadable, and exits 3', async () => {
    const { code, stdout, stderr } = await runCli('analyze', 'fixtures/xml/broken/binary.bin', 'fixtures/xml/wevtutil.xml');
    expect(code).toBe(3);
    expect(stderr).toContain('binary.bin');
    expect(stdout).toContain('Input   fixtures/xml/wevtutil.xml');
    expect(stdout).toContain('fixtures/xml/broken/binary.bin: not read');
  });

  it('prints help and the version, exit 0', async () => {
    const help = await runCli('analyze', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
    expect(help.stdout).toContain('Exit codes: 0');
    const version = await runCli('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
