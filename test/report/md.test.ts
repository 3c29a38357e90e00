import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { HOSTILE_EVENTS, writeWevtutilLog } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';

describe('--format md', () => {
  it('reads as a ticket: verdict table, each finding with its fix steps and evidence, the statistics, the inputs', async () => {
    const { code, stdout } = await runCli('analyze', DEMO, '--format', 'md');
    expect(code).toBe(1);
    const headings = stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 4)).toEqual(['# Password writeback report', '## Verdict', '## Findings', '### 1. CRITICAL: The server cannot connect to Azure Service Bus']);
    expect(headings).toContain('## Statistics');
    expect(headings).toContain('### Writeback operations (start → outcome within 10 min)');
    expect(headings).toContain('### Events by source and id');
    expect(headings[headings.length - 1]).toBe('## Inputs');
    expect(stdout).toContain('**Server:** AADC01.fabrikam.local  \n**Period:** 2024-03-04 00:02:17 UTC → 2024-03-06 23:56:14 UTC (2 d 23 h)  \n');
    expect(stdout).toContain('| CRITICAL | The server cannot connect to Azure Service Bus | 41 | 2024-03-05 13:42:35 UTC | 2024-03-05 15:41:39 UTC | servicebus-blocked |');
    // Fix steps as an ordered list, with the wildcard host names kept literal.
    expect(stdout).toContain('1. Allow outbound HTTPS (TCP 443) from the server to \\*.servicebus.windows.net and \\*.passwordreset.microsoftonline.com');
    expect(stdout).toContain('| reset | 28 | 20 | 8 | 0 | 0 | 71 % | 20 |');
    expect(stdout).toContain('| fixtures/demo/Application.xml | XML export with an &lt;Events&gt; root (Event Viewer, wevtutil /e:Events) | UTF-8 with BOM | 1,185 | 1,009 | 0 |');
  });

  it('folds long evidence and the messages into <details>, with blank lines so the Markdown inside renders', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'md');
    const servicebus = stdout.slice(stdout.indexOf('### 1. '), stdout.indexOf('### 2. '));
    expect(servicebus).toContain('<details><summary>Evidence (the first 10 of 41)</summary>\n\n| Time | Event | Record | User | Where |\n');
    expect(servicebus.match(/\| 2024-03-05 \d\d:\d\d:\d\d UTC \| PasswordResetService 32002 ServiceBusError \| \d+ \|/g)).toHaveLength(10);
    expect(servicebus).toContain('<details><summary>Message: PasswordResetService 32002, record 71812</summary>\n\n```text\nTrackingId: b12e225b-99af-4cb3-a9b8-69beb05d5f36, Couldn\'t connect to any service bus endpoint(s), Details:\n```\n\n</details>');
    // A short list of evidence stays open.
    const gap = stdout.slice(stdout.indexOf('### 4. '), stdout.indexOf('### 5. '));
    expect(gap).toContain('**Evidence (1)**\n\n| Time |');
  });

  it('keeps log text inert: no HTML, links, emphasis or broken tables from a message', async () => {
    const { stdout } = await runCli('analyze', writeWevtutilLog(HOSTILE_EVENTS), '--format', 'md', '--fail-on', 'none');
    // Outside code fences no tag survives; inside them the text is shown as it was logged.
    const prose = stdout.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(prose).not.toMatch(/<script>|<img|<b>/);
    expect(prose).toContain('AADC&lt;b&gt;01&lt;/b&gt;.fabrikam.local');
    // Messages sit in fences longer than any backtick run they hold.
    expect(stdout).toContain('````text\nTrackingId: 11111111-2222-4333-8444-555555555555, Reason: ');
    expect(stdout).toContain('[link](http://evil.example/) ```\n````');
    // Every table row has as many cells as its header: a | in the text is escaped.
    const rows = stdout.split('\n').filter((line) => line.startsWith('| '));
    const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length - 2;
    const evidence = rows.filter((row) => row.startsWith('| 2024-03-05 09:00:02 UTC | PasswordResetService 33008'));
    expect(evidence.length).toBeGreaterThan(0);
    for (const row of evidence) expect(cells(row)).toBe(5);
  });
});
