import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../src/ingest/types.js';
import { readFixture } from '../support/read.js';
import { comparable, ENCODING_NAMES, FORMATS, inLogOrder, lineAt, readExpected, type ShapeVariant } from '../support/same-records.js';

const csv = readExpected<{ variants: ShapeVariant[] }>('fixtures/csv/expected.json');
const xml = readExpected<{ totalEvents: number; writebackEvents: number }>('fixtures/xml/expected.json');
const LANGUAGES = ['en-US', 'ja-JP', 'zh-TW', 'zh-CN', 'ko-KR', 'de-DE', 'fr-FR', 'es-ES'];

/** The language each shape shows: Get-EventLog's EntryType is English everywhere, only AM/PM words (上午, 오전) tell. */
function shownLanguage(variant: ShapeVariant): string | undefined {
  if (variant.culture === 'en-GB') return 'en';
  if (variant.shape === 'get-eventlog-csv') return ['zh-TW', 'ko-KR'].includes(variant.culture) ? variant.culture : undefined;
  return variant.culture;
}

describe('every CSV export shape, language and encoding of the same events', () => {
  it('covers Event Viewer, Get-WinEvent and Get-EventLog CSV in each of the eight languages, in every encoding and delimiter', () => {
    for (const shape of ['eventviewer-csv', 'get-winevent-csv', 'get-eventlog-csv'] as const) {
      const cultures = new Set(csv.variants.filter((variant) => variant.shape === shape).map((variant) => variant.culture));
      expect([...cultures]).toEqual(expect.arrayContaining(LANGUAGES));
    }
    expect(new Set(csv.variants.map((variant) => variant.encoding))).toEqual(new Set(['utf8', 'utf8bom', 'utf16le', 'utf16be', 'ascii']));
    expect(new Set(csv.variants.map((variant) => variant.delimiter ?? ','))).toEqual(new Set([',', ';']));
  });

  const fromXml = readFixture('fixtures/xml/wevtutil.xml');

  for (const variant of csv.variants) {
    it(`${variant.file} read with --tz ${variant.zone} yields the records of the XML export (as far as it carries them)`, async () => {
      const path = `fixtures/csv/${variant.file}`;
      const { records, summary } = await readFixture(path, DEFAULT_SOURCES, { zone: variant.zone });
      const expected = (await fromXml).records.map(comparable(variant));
      expect(inLogOrder(records, variant.order).map(comparable({ ...variant, lossy: false }))).toEqual(expected);

      expect(summary).toMatchObject({
        format: FORMATS[variant.shape],
        encoding: ENCODING_NAMES[variant.encoding],
        records: xml.totalEvents,
        kept: xml.writebackEvents,
        skipped: 0,
        issues: [],
      });
      expect(summary.localTime).toMatchObject({ zone: variant.zone, zoneAssumed: false });
      expect(summary.localTime?.locale).toBe(shownLanguage(variant));

      // Each record points at the first line of its row, by line number and by byte offset.
      for (const record of records) {
        const { line, atOffset } = lineAt(path, variant.encoding, record.origin);
        expect(atOffset).toBe(line);
        const sep = variant.delimiter ?? ',';
        if (variant.shape === 'eventviewer-csv') expect(line).toContain(`${sep}${record.source}${sep}${record.eventId}${sep}`);
        if (variant.shape === 'get-eventlog-csv') expect(line.startsWith(`"${record.eventId}"${sep}`)).toBe(true);
        if (variant.shape === 'get-winevent-csv') expect(line.startsWith('"')).toBe(true);
      }
    });
  }

  it('warns once, naming the line and the fix, when Windows PowerShell 5.1 wrote the export as ASCII and lost text to "?"', async () => {
    for (const variant of csv.variants.filter((candidate) => candidate.lossy === true)) {
      const { summary } = await readFixture(`fixtures/csv/${variant.file}`, DEFAULT_SOURCES, { zone: variant.zone });
      const lost = summary.notices?.filter((notice) => notice.severity === 'warning' && notice.message.includes('lost its non-ASCII text')) ?? [];
      expect(lost).toHaveLength(1);
      expect(lost[0]?.message).toContain('Export-Csv -Encoding UTF8');
      expect(lost[0]?.line).toBeGreaterThan(1);
    }
  });

  it('gives no such warning for exports that kept their text, whatever their encoding', async () => {
    for (const variant of csv.variants.filter((candidate) => candidate.lossy !== true)) {
      const { summary } = await readFixture(`fixtures/csv/${variant.file}`, DEFAULT_SOURCES, { zone: variant.zone });
      expect(summary.notices?.filter((notice) => notice.message.includes('lost')) ?? []).toEqual([]);
    }
  });

  it('keeps the event\'s own strings as the message when the exporting computer lacked the message files', async () => {
    const variants = csv.variants.filter((variant) => variant.missingMessages === true);
    expect(variants.map((variant) => variant.culture)).toEqual(['en-US', 'ja-JP', 'de-DE']);
    const reference = (await readFixture('fixtures/xml/wevtutil.xml')).records.map((record) => record.message);
    for (const variant of variants) {
      const { records } = await readFixture(`fixtures/csv/${variant.file}`, DEFAULT_SOURCES, { zone: variant.zone });
      expect(inLogOrder(records, variant.order).map((record) => record.message)).toEqual(reference);
    }
  });
});
