import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/read.js';

interface ExpectedRecord {
  source: string;
  eventId: number;
  level: string;
  time: string;
  recordId: number;
  computer: string;
  message: string;
}
interface Variant {
  file: string;
  encoding: string;
  order: 'oldest-first' | 'newest-first';
  origins: Record<string, { line: number; offset: number }>;
}
const expected = JSON.parse(readFileSync('fixtures/xml/expected.json', 'utf8')) as {
  totalEvents: number;
  writebackEvents: number;
  records: ExpectedRecord[];
  variants: Variant[];
};

const ENCODING_NAMES: Record<string, string> = {
  utf8bom: 'UTF-8 with BOM',
  utf8: 'UTF-8 without BOM',
  utf16le: 'UTF-16 LE with BOM',
  utf16be: 'UTF-16 BE with BOM',
};

describe('every XML export shape and encoding of the same events', () => {
  it('covers the shapes and encodings Windows writes', () => {
    const files = expected.variants.map((variant) => variant.file);
    expect(files).toEqual(expect.arrayContaining([
      'eventviewer-en-US.utf8bom.xml',
      'eventviewer-en-US.utf8.xml',
      'eventviewer-ja-JP.utf8bom.xml',
      'eventviewer-en-US.utf16le.xml',
      'eventviewer-en-US.utf16be.xml',
      'wevtutil.xml',
      'wevtutil-root.xml',
      'wevtutil-rendered.utf16le.xml',
      'wevtutil-newest-first.xml',
      'powershell-toxml.utf16le.xml',
    ]));
  });

  for (const variant of expected.variants) {
    it(`${variant.file} yields the same records, with the line and byte offset of each event`, async () => {
      const path = `fixtures/xml/${variant.file}`;
      const { records, summary } = await readFixture(path);
      const inLogOrder = variant.order === 'newest-first' ? [...records].reverse() : records;
      expect(inLogOrder.map((record) => ({
        source: record.source,
        eventId: record.eventId,
        level: record.level,
        time: record.time.toISOString(),
        recordId: record.recordId,
        computer: record.computer,
        message: record.message,
      }))).toEqual(expected.records);
      for (const record of records) {
        expect(record.origin).toEqual({ file: path, ...variant.origins[String(record.recordId)] });
      }
      expect(summary).toMatchObject({ records: expected.totalEvents, kept: expected.writebackEvents, skipped: 0, issues: [] });
      expect(summary.encoding).toBe(ENCODING_NAMES[variant.encoding]);
    });
  }

  it('reads the unrelated providers too when asked for all sources, with named data fields', async () => {
    const { records } = await readFixture('fixtures/xml/wevtutil.xml', 'all');
    expect(records).toHaveLength(expected.totalEvents);
    const eventSystem = records.find((record) => record.source === 'Microsoft-Windows-EventSystem');
    expect(eventSystem?.data).toEqual({
      param1: '86400',
      param2: 'SuppressDuplicateDuration',
      param3: 'Software\\Microsoft\\EventSystem\\EventLog',
    });
  });

  it('extracts the tracking id and user of a reset start', async () => {
    const { records } = await readFixture('fixtures/xml/powershell-toxml.utf16le.xml');
    const start = records.find((record) => record.eventId === 31001);
    expect(start?.trackingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(start?.user?.upn).toBe('kim.lee@fabrikam.com');
  });
});
