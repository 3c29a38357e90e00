import { describe, expect, it } from 'vitest';
import { analyzeToFolder, csvRows, fileOf, HOSTILE_EVENTS, writeWevtutilLog } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';

describe('--format csv', () => {
  it('writes the findings, the chains and their events as three files Excel opens as UTF-8', async () => {
    const report = await analyzeToFolder([DEMO], '--format', 'csv');
    expect([...report.files.keys()].sort()).toEqual(['report-chains.csv', 'report-events.csv', 'report-findings.csv']);
    for (const content of report.files.values()) {
      expect(content.startsWith('\uFEFF')).toBe(true);
      // Windows line ends between rows; a cell's own line breaks stay LF inside its quotes.
      const outsideQuotes = content.replace(/"(?:[^"]|"")*"/g, '""');
      expect(outsideQuotes.endsWith('\r\n')).toBe(true);
      expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    }
    const findings = csvRows(fileOf(report, 'report-findings.csv'));
    expect(findings[0]).toEqual(['severity', 'diagnosis', 'rule', 'category', 'title', 'group', 'count', 'first', 'last', 'users', 'chains', 'evidenceTotal', 'evidenceRecordIds', 'explanation', 'remediation', 'references']);
    expect(findings.slice(1).map((row) => [row[0], row[1], row[6]])).toEqual([
      ['critical', 'servicebus-blocked', '41'],
      ['critical', 'writeback-service-unhealthy', '4'],
      ['error', 'adma-permission-missing', '7'],
      ['error', 'heartbeat-gap', '1'],
      ['warning', 'password-policy-violation', '2'],
      ['warning', 'listener-connection-lost', '2'],
    ]);
    const adma = findings[3] ?? [];
    expect(adma[9]).toBe('amelia.hart@fabrikam.com emma.dubois@fabrikam.com ivan.petrov@fabrikam.com liam.brennan@fabrikam.com noah.fischer@fabrikam.com sofia.rossi@fabrikam.com');
    expect(adma[14]?.split('\n').map((step) => step.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);

    const chains = csvRows(fileOf(report, 'report-chains.csv'));
    expect(chains[0]?.slice(0, 3)).toEqual(['id', 'kind', 'outcome']);
    expect(chains.filter((row) => row[1] === 'reset' && row[2] === 'failure')).toHaveLength(8);

    // Each event once, with the chains it belongs to and the findings that cite it.
    const events = csvRows(fileOf(report, 'report-events.csv'));
    const header = events[0] ?? [];
    expect(header.slice(-2)).toEqual(['chains', 'diagnoses']);
    const byRecord = new Map(events.slice(1).map((row) => [row[header.indexOf('recordId')], row]));
    expect(byRecord.size).toBe(events.length - 1);
    const denied = byRecord.get('72139') ?? [];
    expect(denied[header.indexOf('eventId')]).toBe('33004');
    expect(denied[header.indexOf('chains')]).toMatch(/^reset-\d+$/);
    expect(denied[header.indexOf('diagnoses')]).toBe('adma-permission-missing');
  });

  it('writes titles and fixes in --lang, and keeps its column names for scripts', async () => {
    const report = await analyzeToFolder([DEMO], '--format', 'csv', '--lang', 'ja');
    const findings = csvRows(fileOf(report, 'report-findings.csv'));
    expect(findings[0]?.[4]).toBe('title');
    expect(findings[1]?.[4]).toBe('サーバーから Azure Service Bus に接続できません');
  });

  it('keeps a cell that starts with = + - @ from running as a formula', async () => {
    const report = await analyzeToFolder([writeWevtutilLog(HOSTILE_EVENTS)], '--format', 'csv');
    const events = csvRows(fileOf(report, 'report-events.csv'));
    const messages = events.slice(1).map((row) => row[(events[0] ?? []).indexOf('message')]);
    expect(messages).toContain("'=cmd|' /C calc'!A0");
    expect(messages).toContain("'+SUM(1,2), @foo, -1");
    for (const content of report.files.values()) {
      for (const row of csvRows(content)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
