import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/read.js';
import { inLogOrder, readExpected, type ExpectedTimes } from '../support/same-records.js';

const { dates } = readExpected<{ dates: ExpectedTimes[] }>('fixtures/csv/expected.json');
const SOURCES = ['PasswordResetService'];
const day = (record: { time: Date }) => record.time.toISOString().slice(0, 10);

describe('dates whose day and month could be swapped (03/04/2024)', () => {
  it('are read in the order of the export\'s language: month first in en-US, day first in fr-FR and es-ES', async () => {
    for (const [file, zone, order] of [
      ['eventviewer-en-US.utf8bom.csv', 'America/New_York', 'mdy'],
      ['eventviewer-fr-FR.utf8bom.csv', 'Europe/Paris', 'dmy'],
      ['eventviewer-es-ES.utf8bom.csv', 'Europe/Madrid', 'dmy'],
    ] as const) {
      const { records, summary } = await readFixture(`fixtures/csv/${file}`, SOURCES, { zone });
      // 3/4/2024 7:05 PM in New York and 05/03/2024 01:05 in Paris are both 5 March 2024 UTC.
      expect(new Set(records.map(day))).toEqual(new Set(['2024-03-05']));
      expect(summary.localTime).toMatchObject({ dateOrder: order, dateOrderFrom: 'locale' });
      expect(summary.notices ?? []).toEqual([]);
    }
  });

  it('are settled by a day above 12 anywhere in the file when the language does not tell (English, not en-US)', async () => {
    const expected = dates.find((set) => set.file === 'dates/eventviewer-en-GB.settled-late.csv');
    const { records, summary } = await readFixture('fixtures/csv/dates/eventviewer-en-GB.settled-late.csv', SOURCES, { zone: 'Europe/London' });
    // The first rows read 11/03/2024 and 12/03/2024; only the third, 13/03/2024, shows the day comes first.
    expect(inLogOrder(records.map((record) => record.time.toISOString()), 'oldest-first')).toEqual(expected?.records.map((record) => record.time));
    expect(summary.localTime).toMatchObject({ locale: 'en', dateOrder: 'dmy', dateOrderFrom: 'file' });
    expect(summary.notices ?? []).toEqual([]);
  });

  it('are still read when nothing settles them, with one warning that names --date-order', async () => {
    const { records, summary } = await readFixture('fixtures/csv/eventviewer-en-GB.utf8bom.csv', SOURCES, { zone: 'Europe/London' });
    expect(new Set(records.map(day))).toEqual(new Set(['2024-03-05']));
    expect(summary.localTime).toMatchObject({ dateOrder: 'dmy', dateOrderFrom: 'guess' });
    const warnings = summary.notices?.filter((notice) => notice.severity === 'warning') ?? [];
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('give --date-order mdy') })]);
  });

  it('guess month first when the times carry AM/PM (Get-EventLog shows no language)', async () => {
    const { records, summary } = await readFixture('fixtures/csv/geteventlog-en-US.ps51-ascii.csv', SOURCES, { zone: 'America/New_York' });
    expect(new Set(records.map(day))).toEqual(new Set(['2024-03-05']));
    expect(summary.localTime).toMatchObject({ dateOrder: 'mdy', dateOrderFrom: 'guess' });
    expect(summary.notices?.map((notice) => notice.message)).toContainEqual(expect.stringContaining('give --date-order dmy'));
  });

  it('follow --date-order over the guess, and skip with a warning the rows it makes impossible', async () => {
    // 05/03/2024 00:05 read month first is 3 May, in UTC to keep London's summer time out of it.
    const asked = await readFixture('fixtures/csv/eventviewer-en-GB.utf8bom.csv', SOURCES, { zone: 'UTC', dateOrder: 'mdy' });
    expect(new Set(asked.records.map(day))).toEqual(new Set(['2024-05-03']));
    expect(asked.summary.localTime).toMatchObject({ dateOrder: 'mdy', dateOrderFrom: 'option' });
    expect(asked.summary.notices ?? []).toEqual([]);

    const impossible = await readFixture('fixtures/csv/dates/eventviewer-en-GB.settled-late.csv', SOURCES, { zone: 'Europe/London', dateOrder: 'mdy' });
    expect(impossible.records.map(day).sort()).toEqual(['2024-11-03', '2024-12-03']);
    expect(impossible.summary.issues.map((issue) => issue.message)).toEqual([
      'an event with an unreadable date was skipped: "13/03/2024 09:00:02": month 13 does not exist (try the other --date-order)',
      'an event with an unreadable date was skipped: "14/03/2024 09:00:02": month 14 does not exist (try the other --date-order)',
    ]);
  });

  it('never matter when the year comes first (ja-JP, zh-TW, zh-CN, ko-KR, wevtutil)', async () => {
    const { summary } = await readFixture('fixtures/csv/geteventlog-ja-JP.ps51-utf8.csv', SOURCES, { zone: 'Asia/Tokyo' });
    expect(summary.localTime?.dateOrder).toBe('ymd');
    expect(summary.notices ?? []).toEqual([]);
  });
});
