import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('writeback-doctor events', () => {
  it('prints one JSON record per line with the normalized and extracted fields', async () => {
    const { code, stdout } = await runCli('events', 'fixtures/xml/eventviewer-ja-JP.utf8bom.xml');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const start = records.find((record) => record.eventId === 31001);
    expect(start).toMatchObject({
      source: 'PasswordResetService',
      level: 'information',
      time: '2024-03-05T00:07:11.530Z',
      recordId: 88213,
      computer: 'AADC01.fabrikam.local',
      trackingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      user: { upn: 'kim.lee@fabrikam.com' },
      origin: { file: 'fixtures/xml/eventviewer-ja-JP.utf8bom.xml', line: 2, offset: expect.any(Number) },
    });
    const policy = records.find((record) => record.eventId === 33008);
    expect(policy).toMatchObject({ errorCodes: ['0x80230619'], exceptionType: expect.stringContaining('PasswordResetException') });
    const sync = records.find((record) => record.eventId === 6329);
    expect(sync?.mmsCodes).toEqual(expect.arrayContaining([expect.any(Number)]));
  });

  it('filters by event id and time', async () => {
    const { stdout } = await runCli('events', 'fixtures/demo/Application.xml', '--id', '33004,33008', '--since', '2024-03-06');
    const ids = stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { eventId: number; time: string }));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((record) => [33004, 33008].includes(record.eventId) && record.time >= '2024-03-06')).toBe(true);
  });

  it('reads every provider with --source all', async () => {
    const { stdout } = await runCli('events', 'fixtures/xml/wevtutil.xml', '--source', 'all');
    expect(stdout.trimEnd().split('\n')).toHaveLength(18);
    expect(stdout).toContain('"source":"ESENT"');
  });

  it('writes CSV that parses back to the same records', async () => {
    const { code, stdout } = await runCli('events', 'fixtures/xml/wevtutil.xml', '--format', 'csv');
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(11);
    const json = (await runCli('events', 'fixtures/xml/wevtutil.xml')).stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { message: string; time: string });
    expect(rows.map((row) => [row.time, row.message])).toEqual(json.map((record) => [record.time, record.message]));
  });
});
