import { describe, expect, it } from 'vitest';
import { createLocalClock, type LocalClockSettings } from '../../src/ingest/local-clock.js';
import { localeById } from '../../src/ingest/locales.js';
import type { IngestNotice, LocalTimeFacts } from '../../src/ingest/types.js';

function clock(settings: Partial<LocalClockSettings>) {
  const notices: IngestNotice[] = [];
  const facts: LocalTimeFacts[] = [];
  const local = createLocalClock({
    file: 'export.csv',
    locale: localeById('de-DE'),
    options: {},
    surveyed: 'not-needed',
    twelveHour: false,
    onNotice: (notice) => notices.push(notice),
    describe: (fact) => facts.push(fact),
    ...settings,
  });
  const iso = (text: string, line: number) => {
    const time = local.instantOf(text, line);
    return typeof time === 'string' ? time : time.toISOString();
  };
  return { iso, notices, facts };
}

describe('the clock of one export', () => {
  it('assumes the usual zone of the export\'s language when --tz is not given, and says so once', () => {
    const { iso, notices, facts } = clock({});
    expect(iso('05.03.2024 01:07:11', 2)).toBe('2024-03-05T00:07:11.000Z');
    expect(iso('05.03.2024 01:08:11', 3)).toBe('2024-03-05T00:08:11.000Z');
    expect(facts).toEqual([{ locale: 'de-DE', zone: 'Europe/Berlin', zoneAssumed: true, dateOrder: 'dmy', dateOrderFrom: 'locale' }]);
    expect(notices).toEqual([
      { file: 'export.csv', line: 2, severity: 'note', message: expect.stringContaining('read as Europe/Berlin, the usual zone of a German (Germany) Windows (give --tz') },
    ]);
  });

  it('says nothing about the zone when --tz names it', () => {
    const { iso, notices } = clock({ options: { zone: 'America/New_York' } });
    expect(iso('05.03.2024 01:07:11', 2)).toBe('2024-03-05T06:07:11.000Z');
    expect(notices).toEqual([]);
  });

  it('takes the first (summer time) reading of a repeated hour when the order of the export is not known yet, and notes it', () => {
    const { iso, notices } = clock({ options: { zone: 'Europe/Berlin' } });
    expect(iso('27.10.2024 02:30:00', 2)).toBe('2024-10-27T00:30:00.000Z');
    expect(notices).toEqual([expect.objectContaining({ line: 2, severity: 'note', message: expect.stringContaining('happened twice in Europe/Berlin') })]);
  });

  it('follows the export\'s order through the repeated hour once it knows it (newest first here)', () => {
    const { iso } = clock({ options: { zone: 'Europe/Berlin' } });
    expect(iso('27.10.2024 03:10:00', 2)).toBe('2024-10-27T02:10:00.000Z');
    expect(iso('27.10.2024 03:00:00', 3)).toBe('2024-10-27T02:00:00.000Z');
    expect(iso('27.10.2024 02:40:00', 4)).toBe('2024-10-27T01:40:00.000Z');
    expect(iso('27.10.2024 02:05:00', 5)).toBe('2024-10-27T01:05:00.000Z');
    expect(iso('27.10.2024 02:50:00', 6)).toBe('2024-10-27T00:50:00.000Z');
    expect(iso('27.10.2024 02:10:00', 7)).toBe('2024-10-27T00:10:00.000Z');
  });

  it('reads AM/PM and the meridiem words of zh-TW and ko-KR', () => {
    expect(clock({ locale: localeById('en-US'), options: { zone: 'UTC' } }).iso('3/5/2024 12:07:11 AM', 2)).toBe('2024-03-05T00:07:11.000Z');
    expect(clock({ locale: localeById('en-US'), options: { zone: 'UTC' } }).iso('3/5/2024 12:07:11 PM', 2)).toBe('2024-03-05T12:07:11.000Z');
    expect(clock({ locale: localeById('zh-TW'), options: { zone: 'UTC' } }).iso('2024/3/5 下午 09:07:11', 2)).toBe('2024-03-05T21:07:11.000Z');
    expect(clock({ locale: localeById('ko-KR'), options: { zone: 'UTC' } }).iso('2024-03-05 오전 9:07:11', 2)).toBe('2024-03-05T09:07:11.000Z');
  });

  it('gives the reason for a date that is no date', () => {
    const { iso } = clock({ options: { zone: 'UTC' } });
    expect(iso('yesterday', 2)).toBe('"yesterday" is not a date and time');
    expect(iso('31.02.2024 10:00:00', 2)).toBe('"31.02.2024 10:00:00": day 31 does not exist in month 2 of 2024');
    expect(iso('05.13.2024 10:00:00', 2)).toContain('month 13 does not exist');
  });
});
