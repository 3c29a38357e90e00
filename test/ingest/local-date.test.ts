import { describe, expect, it } from 'vitest';
import { orderEvidence, readDateText, toWallClock } from '../../src/ingest/local-date.js';

const wall = (text: string, order: 'mdy' | 'dmy' | 'ymd') => {
  const date = readDateText(text);
  if (date === undefined) throw new Error(`not a date: ${text}`);
  return toWallClock(date, order);
};
const at = (year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond = 0) => ({ year, month, day, hour, minute, second, millisecond });

describe('the date and time texts of Windows cultures', () => {
  it('reads every culture\'s short date and long time', () => {
    expect(wall('8/28/2017 9:15:02 AM', 'mdy')).toEqual(at(2017, 8, 28, 9, 15, 2));
    expect(wall('2017/08/28 9:15:02', 'ymd')).toEqual(at(2017, 8, 28, 9, 15, 2));
    expect(wall('2024/3/5 9:07:11', 'ymd')).toEqual(at(2024, 3, 5, 9, 7, 11));
    expect(wall('2018/1/11 上午 09:15:02', 'ymd')).toEqual(at(2018, 1, 11, 9, 15, 2));
    expect(wall('2018/1/11 下午 09:15:02', 'ymd')).toEqual(at(2018, 1, 11, 21, 15, 2));
    expect(wall('2024-03-05 오후 1:07:11', 'ymd')).toEqual(at(2024, 3, 5, 13, 7, 11));
    expect(wall('28.08.2017 09:15:02', 'dmy')).toEqual(at(2017, 8, 28, 9, 15, 2));
    expect(wall('28/08/2017 09:15:02', 'dmy')).toEqual(at(2017, 8, 28, 9, 15, 2));
    expect(wall('2020-12-14T17:09:08.940', 'ymd')).toEqual(at(2020, 12, 14, 17, 9, 8, 940));
  });

  it('ignores the direction marks some Event Viewer builds put around date parts', () => {
    expect(wall('\u200e3/\u200e5/\u200e2024 \u200e9:07:11 AM', 'mdy')).toEqual(at(2024, 3, 5, 9, 7, 11));
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(wall('3/5/2024 12:07:11 AM', 'mdy')).toEqual(at(2024, 3, 5, 0, 7, 11));
    expect(wall('3/5/2024 12:07:11 PM', 'mdy')).toEqual(at(2024, 3, 5, 12, 7, 11));
  });

  it('tells which dates settle day and month: only a number above 12', () => {
    const date = (text: string) => readDateText(text) ?? (() => { throw new Error(text); })();
    expect(orderEvidence(date('13/03/2024 09:00:00'))).toBe('dmy');
    expect(orderEvidence(date('3/13/2024 9:00:00 AM'))).toBe('mdy');
    expect(orderEvidence(date('03/04/2024 09:00:00'))).toBeUndefined();
    expect(orderEvidence(date('2024/03/14 9:00:00'))).toBeUndefined();
  });

  it('is no date for two-digit years or other text', () => {
    expect(readDateText('3/5/24 9:07 AM')).toBeUndefined();
    expect(readDateText('Information')).toBeUndefined();
  });
});
