import { describe, expect, it } from 'vitest';
import { zoneResolver } from '../../src/ingest/zone-time.js';

const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });
const iso = (ms: number) => new Date(ms).toISOString();

describe('wall clocks in an IANA zone', () => {
  const berlin = zoneResolver('Europe/Berlin');

  it('reads an ordinary Berlin winter and summer time with their offsets', () => {
    expect(berlin(wall(2024, 3, 5, 1, 7))).toEqual({ kind: 'single', instant: Date.parse('2024-03-05T00:07:00Z') });
    expect(berlin(wall(2024, 7, 5, 1, 7))).toEqual({ kind: 'single', instant: Date.parse('2024-07-04T23:07:00Z') });
  });

  it('knows that 02:30 on 31 March 2024 never happened in Berlin (clocks jumped from 02:00 to 03:00)', () => {
    expect(berlin(wall(2024, 3, 31, 1, 59))).toEqual({ kind: 'single', instant: Date.parse('2024-03-31T00:59:00Z') });
    const gap = berlin(wall(2024, 3, 31, 2, 30));
    expect(gap.kind).toBe('gap');
    if (gap.kind === 'gap') expect(iso(gap.instant)).toBe('2024-03-31T01:30:00.000Z');
    expect(berlin(wall(2024, 3, 31, 3, 0))).toEqual({ kind: 'single', instant: Date.parse('2024-03-31T01:00:00Z') });
  });

  it('gives both instants of 02:30 on 27 October 2024, which Berlin clocks showed twice', () => {
    expect(berlin(wall(2024, 10, 27, 2, 30))).toEqual({
      kind: 'overlap',
      earlier: Date.parse('2024-10-27T00:30:00Z'),
      later: Date.parse('2024-10-27T01:30:00Z'),
    });
    expect(berlin(wall(2024, 10, 27, 1, 59))).toEqual({ kind: 'single', instant: Date.parse('2024-10-26T23:59:00Z') });
    expect(berlin(wall(2024, 10, 27, 3, 0))).toEqual({ kind: 'single', instant: Date.parse('2024-10-27T02:00:00Z') });
  });

  it('reads every time of Tokyo, which has no daylight saving, nine hours ahead of UTC', () => {
    const tokyo = zoneResolver('Asia/Tokyo');
    for (const [month, day, hour] of [[3, 31, 2], [10, 27, 2], [7, 1, 12]] as const) {
      const reading = tokyo(wall(2024, month, day, hour, 30));
      expect(reading).toEqual({ kind: 'single', instant: Date.UTC(2024, month - 1, day, hour - 9, 30) });
    }
  });
});
