import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { HOSTILE_EVENTS, writeWevtutilLog } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';

describe('--format html', () => {
  it('is one page with the verdict, the timeline, the findings, the chains, the statistics and the inputs', async () => {
    const { code, stdout } = await runCli('analyze', DEMO, '--format', 'html');
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const sections = [...stdout.matchAll(/<section id="([a-z-]+)"/g)].map((match) => match[1]);
    expect(sections).toEqual(['verdict', 'timeline', 'findings', 'chains', 'statistics', 'inputs']);
    expect(stdout.match(/<section class="finding (critical|error|warning|info)" id="finding-\d"/g)).toHaveLength(6);
    expect(stdout).toContain('<h3>1. <span class="badge critical">CRITICAL</span> The server cannot connect to Azure Service Bus</h3>');
    expect(stdout).toContain('<li>Allow outbound HTTPS (TCP 443) from the server to *.servicebus.windows.net');
    // The timeline: a bar per hour and outcome that had operations, a band per finding.
    expect(stdout.match(/<rect class="bar failure" x=/g)?.length).toBeGreaterThan(3);
    expect(stdout.match(/<rect class="band (critical|error|warning)"/g)).toHaveLength(6);
    // Every chain, filterable by kind and outcome.
    expect(stdout.match(/<tr id="chain-[a-zA-Z]+-\d+" data-kind="/g)).toHaveLength(38);
    expect(stdout).toContain('<select id="chain-outcome"');
  });

  it('loads nothing from anywhere: inline style and script only, pinned by their hashes', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html');
    expect(stdout).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'">/);
    expect(stdout).not.toMatch(/\ssrc=|<link\b|@import|url\(|@font-face/i);
    expect(stdout.match(/<script>/g)).toHaveLength(1);
    expect(stdout.match(/<style>/g)).toHaveLength(1);
    // The only addresses are the references a reader may follow.
    const addresses = [...stdout.matchAll(/https?:\/\/[^\s"<]+/g)].map((match) => match[0]);
    expect(addresses.every((address) => address.startsWith('https://learn.microsoft.com/') || address === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('prints cleanly: the filters hidden, the folds opened, no break inside a finding', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html');
    const print = stdout.slice(stdout.indexOf('@media print'));
    expect(print).toMatch(/\.filters, \.no-print \{ display: none !important; \}/);
    expect(print).toMatch(/\.finding, svg\.timeline, \.verdict \{ break-inside: avoid; \}/);
    expect(stdout).toContain("window.addEventListener('beforeprint'");
  });

  it('shows every piece of log text as text: a user named <script>, a tag in a computer name', async () => {
    const { stdout } = await runCli('analyze', writeWevtutilLog(HOSTILE_EVENTS), '--format', 'html', '--fail-on', 'none');
    expect(stdout).not.toContain('<script>alert');
    expect(stdout).not.toContain('<img src=x');
    expect(stdout).not.toContain('<b>01</b>');
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;@fabrikam.com');
    expect(stdout).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(stdout).toContain('<title>Password writeback report: AADC&lt;b&gt;01&lt;/b&gt;.fabrikam.local</title>');
  });

  it('speaks the report\'s language, down to the chart', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html', '--lang', 'zh-TW');
    expect(stdout).toContain('<html lang="zh-TW">');
    expect(stdout).toContain('<h1>密碼回寫診斷報告</h1>');
    expect(stdout).toContain('<h2>時間軸</h2>');
    expect(stdout).toContain('<text class="legend" x="182" y="15">成功</text>');
    expect(stdout).toContain('<option value="failure">失敗</option>');
  });
});
