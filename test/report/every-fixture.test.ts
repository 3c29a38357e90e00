import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html-escape.js';
import { escapeMarkdown } from '../../src/report/md-escape.js';
import { runCli } from '../support/cli.js';
import { analyzeToFolder, csvRows, fileOf, reportValidator, schemaErrors } from '../support/report-files.js';

interface JsonReport {
  inputs: { path: string }[];
  chains: { id: string }[];
  findings: { diagnosis: string; severity: string; title: string; count: number }[];
  stats: { first?: string; events: number };
}

/** Every export under fixtures/ (not the READMEs and expectations beside them), the demo first. */
function fixtureFiles(folder = 'fixtures'): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return fixtureFiles(path);
      return /\.(md|json)$/.test(name) ? [] : [path];
    });
}

const FIXTURES = ['fixtures/demo/Application.xml', ...fixtureFiles().filter((path) => path !== 'fixtures/demo/Application.xml')];

describe('every format from every fixture', () => {
  it('finds the fixtures: XML, CSV, text, .evtx and the broken ones', () => {
    expect(FIXTURES.length).toBeGreaterThan(80);
    for (const kind of ['.xml', '.csv', '.txt', '.evtx', '.bin']) expect(FIXTURES.some((path) => path.endsWith(kind))).toBe(true);
  });

  it.each(FIXTURES)('%s', async (fixture) => {
    const report = await analyzeToFolder([fixture]);
    if (report.files.size === 0) {
      // Nothing readable: exit 3, an error line, and no report that would pass for a verdict.
      expect(report.code).toBe(3);
      // An archive names its entry after the archive's own path.
      expect(report.stderr).toMatch(new RegExp(`^writeback-doctor: ${fixture.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[/:]`, 'm'));
      return;
    }
    expect([...report.files.keys()].sort()).toEqual(['report-chains.csv', 'report-events.csv', 'report-findings.csv', 'report.html', 'report.json', 'report.md', 'report.txt']);

    // JSON: the schema's report, and the exit code it implies.
    const json = JSON.parse(fileOf(report, 'report.json')) as JsonReport;
    expect(schemaErrors(reportValidator(), json)).toEqual([]);
    expect(json.inputs.length).toBeGreaterThan(0);
    for (const input of json.inputs) expect(input.path.startsWith(fixture)).toBe(true);
    const unreadable = (json as unknown as { unreadable: unknown[] }).unreadable.length > 0;
    expect(report.code).toBe(unreadable ? 3 : json.findings.some((finding) => finding.severity === 'critical' || finding.severity === 'error') ? 1 : 0);

    // Text: the inputs, then the verdict with a line per finding, then each finding's details.
    const text = fileOf(report, 'report.txt');
    expect(text).toContain(`Input   ${fixture}`);
    if (json.stats.first === undefined) expect(text).toContain('No events of the writeback sources');
    else expect(text).toMatch(json.findings.length === 0 ? /\nVerdict: no writeback problem found in this period\.\n/ : /\nVerdict: \d+ problems? found \(/);
    for (const finding of json.findings) expect(text).toMatch(new RegExp(`\\n {2}\\S+ +${finding.diagnosis}`));
    expect(text).not.toContain('\u001b[');

    // Markdown: each finding under its own heading with its code, the input in the table.
    const md = fileOf(report, 'report.md');
    expect(md.startsWith('# Password writeback report\n')).toBe(true);
    json.findings.forEach((finding, index) => {
      expect(md).toContain(`### ${index + 1}. `);
      expect(md).toContain(escapeMarkdown(finding.title));
      expect(md).toContain(`\`${finding.diagnosis}\` · `);
    });
    expect(md).toContain(`| ${escapeMarkdown(fixture)}`);

    // HTML: one self-contained page with each finding, the timeline and every chain.
    const html = fileOf(report, 'report.html');
    json.findings.forEach((finding, index) => {
      expect(html).toContain(`id="finding-${index + 1}"`);
      expect(html).toContain(escapeHtml(finding.title));
    });
    expect(html.includes('<svg class="timeline"')).toBe(json.stats.first !== undefined);
    expect(html.split(' data-outcome="').length - 1).toBe(Math.min(json.chains.length, 5000));
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/i);

    // CSV: three files, each with its BOM and one row per finding, chain, event.
    for (const name of ['report-findings.csv', 'report-chains.csv', 'report-events.csv']) expect(fileOf(report, name).startsWith('\uFEFF')).toBe(true);
    const findings = csvRows(fileOf(report, 'report-findings.csv'));
    expect(findings.slice(1).map((row) => row[1])).toEqual(json.findings.map((finding) => finding.diagnosis));
    expect(csvRows(fileOf(report, 'report-chains.csv')).slice(1).map((row) => row[0])).toEqual(json.chains.map((chain) => chain.id));
    expect(csvRows(fileOf(report, 'report-events.csv'))[0]?.[0]).toBe('time');

    // The JSON Lines of `events` and `chains` are the schema's records and chains.
    const events = await runCli('events', fixture);
    for (const line of events.stdout.split('\n').filter((item) => item !== '')) expect(schemaErrors(reportValidator('record'), JSON.parse(line))).toEqual([]);
    const chains = await runCli('chains', fixture, '--format', 'jsonl');
    for (const line of chains.stdout.split('\n').filter((item) => item !== '')) expect(schemaErrors(reportValidator('chain'), JSON.parse(line))).toEqual([]);
  });
});
