import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CODES, RULE_CATEGORIES } from '../../src/rules/diagnosis.js';
import { runCli } from '../support/cli.js';
import { reportValidator, schemaErrors } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';

interface Schema {
  required: string[];
  definitions: Record<string, { properties: Record<string, { enum?: string[] }> }>;
}

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as Schema;

describe('schema/report.schema.json', () => {
  it('asks for the fields of DESIGN.md\'s contract', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'tool', 'inputs', 'chains', 'findings', 'stats']));
    const finding = schema.definitions.finding?.properties ?? {};
    for (const field of ['rule', 'diagnosis', 'severity', 'title', 'count', 'first', 'last', 'evidence', 'remediation', 'references']) expect(finding).toHaveProperty(field);
    const chain = schema.definitions.chain?.properties ?? {};
    for (const field of ['kind', 'outcome', 'trackingId', 'user', 'start', 'end', 'events']) expect(chain).toHaveProperty(field);
    const input = schema.definitions.input?.properties ?? {};
    for (const field of ['path', 'format', 'records', 'kept', 'skipped', 'errors']) expect(input).toHaveProperty(field);
  });

  it('names exactly the diagnosis codes and categories the rules use', () => {
    expect(schema.definitions.finding?.properties.diagnosis?.enum).toEqual([...DIAGNOSIS_CODES]);
    expect(schema.definitions.finding?.properties.category?.enum).toEqual([...RULE_CATEGORIES]);
  });

  it('accepts the demo report in every language, with and without redaction', async () => {
    for (const args of [[], ['--lang', 'ja'], ['--lang', 'zh-TW'], ['--redact']]) {
      const { stdout } = await runCli('analyze', DEMO, '--format', 'json', ...args);
      expect(schemaErrors(reportValidator(), JSON.parse(stdout))).toEqual([]);
    }
  });

  it('refuses a report that breaks the contract, so the validation means something', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'json');
    const report = JSON.parse(stdout) as { findings: Record<string, unknown>[]; chains: Record<string, unknown>[]; stats: Record<string, unknown> };
    const broken = structuredClone(report);
    broken.findings[0] = { ...broken.findings[0], diagnosis: 'no-such-diagnosis' };
    expect(schemaErrors(reportValidator(), broken).join()).toMatch(/diagnosis must be equal to one of the allowed values/);
    const badTime = structuredClone(report);
    badTime.chains[0] = { ...badTime.chains[0], start: '2024-03-05 13:42' };
    expect(schemaErrors(reportValidator(), badTime).join()).toMatch(/\/chains\/0\/start must match pattern/);
    const extra = structuredClone(report);
    extra.stats.surprise = 1;
    expect(schemaErrors(reportValidator(), extra).join()).toMatch(/must NOT have additional properties/);
  });

  it('describes the lines of `events` and `chains --format jsonl` too', async () => {
    const events = (await runCli('events', DEMO)).stdout.trim().split('\n');
    expect(events.length).toBeGreaterThan(1000);
    for (const line of events) expect(schemaErrors(reportValidator('record'), JSON.parse(line))).toEqual([]);
    const zoned = (await runCli('events', 'fixtures/csv/eventviewer-ja-JP.utf8bom.csv', '--display-tz', 'Asia/Tokyo')).stdout.trim().split('\n');
    for (const line of zoned) expect(schemaErrors(reportValidator('record'), JSON.parse(line))).toEqual([]);
    const chains = (await runCli('chains', DEMO, '--format', 'jsonl')).stdout.trim().split('\n');
    for (const line of chains) expect(schemaErrors(reportValidator('chain'), JSON.parse(line))).toEqual([]);
  });
});
