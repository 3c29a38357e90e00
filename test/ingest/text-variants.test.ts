import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../src/ingest/types.js';
import { readFixture } from '../support/read.js';
import { comparable, ENCODING_NAMES, FORMATS, inLogOrder, lineAt, readExpected, type ShapeVariant } from '../support/same-records.js';

const text = readExpected<{ variants: (ShapeVariant & { levelFromCatalog?: boolean })[] }>('fixtures/text/expected.json');
const xml = readExpected<{ totalEvents: number; writebackEvents: number }>('fixtures/xml/expected.json');
const LANGUAGES = ['en-US', 'ja-JP', 'zh-TW', 'zh-CN', 'ko-KR', 'de-DE', 'fr-FR', 'es-ES'];

/** Format-List's default view has English names and no level: only AM/PM words (上午, 오전) show a language. */
function shownLanguage(variant: ShapeVariant & { levelFromCatalog?: boolean }): string | undefined {
  if (variant.shape === 'format-list' && variant.levelFromCatalog === true) return ['zh-TW', 'ko-KR'].includes(variant.culture) ? variant.culture : undefined;
  return variant.culture;
}

/** What the first line of each event says, in each text shape. */
const FIRST_LINE: Readonly<Record<string, RegExp>> = {
  'eventviewer-details': /^\S.*:\s+Application$/,
  'wevtutil-text': /^Event\[\d+\]:$/,
  'format-list': /^(TimeCreated|Message) +: /,
  'eventviewer-tab': /\t\d{1,5}\t/,
};

describe('every text export shape and language of the same events', () => {
  it('covers details text, tab-delimited text, wevtutil /f:text and Format-List in each of the eight languages', () => {
    for (const shape of ['eventviewer-details', 'eventviewer-tab', 'wevtutil-text', 'format-list'] as const) {
      const cultures = text.variants.filter((variant) => variant.shape === shape).map((variant) => variant.culture);
      expect(cultures).toEqual(expect.arrayContaining(LANGUAGES));
    }
  });

  const fromXml = readFixture('fixtures/xml/wevtutil.xml');

  for (const variant of text.variants) {
    it(`${variant.file} read with --tz ${variant.zone} yields the records of the XML export (as far as it carries them)`, async () => {
      const path = `fixtures/text/${variant.file}`;
      const { records, summary } = await readFixture(path, DEFAULT_SOURCES, { zone: variant.zone });
      expect(inLogOrder(records, variant.order).map(comparable(variant))).toEqual((await fromXml).records.map(comparable(variant)));
      expect(summary).toMatchObject({
        format: FORMATS[variant.shape],
        encoding: ENCODING_NAMES[variant.encoding],
        records: xml.totalEvents,
        kept: xml.writebackEvents,
        skipped: 0,
        issues: [],
      });
      expect(summary.localTime?.locale).toBe(shownLanguage(variant));
      for (const record of records) {
        const { line, atOffset } = lineAt(path, variant.encoding, record.origin);
        expect(atOffset).toBe(line);
        expect(line).toMatch(FIRST_LINE[variant.shape] ?? /./);
      }
    });
  }

  it('takes the exact UTC time, record id and computer from the Event Xml block of details text', async () => {
    const { records } = await readFixture('fixtures/text/details-ja-JP.txt', DEFAULT_SOURCES, { zone: 'America/Los_Angeles' });
    const reference = (await fromXml).records;
    // Even with a wrong --tz: the XML holds UTC, so the Date: line's local time is not used.
    expect(inLogOrder(records, 'newest-first').map((record) => [record.time.toISOString(), record.recordId])).toEqual(
      reference.map((record) => [record.time.toISOString(), record.recordId]),
    );
  });

  it('says once that a Format-List view without levels gets the levels from what Windows logs each event at', async () => {
    const { records, summary } = await readFixture('fixtures/text/format-list-de-DE.txt', DEFAULT_SOURCES, { zone: 'Europe/Berlin' });
    expect(records.find((record) => record.eventId === 33008)?.level).toBe('error');
    expect(summary.notices?.filter((notice) => notice.message.includes('shows no level'))).toHaveLength(1);
  });
});
