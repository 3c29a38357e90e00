import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/read.js';
import { inLogOrder, readExpected, type ExpectedTimes } from '../support/same-records.js';

const { dst } = readExpected<{ dst: ExpectedTimes[] }>('fixtures/csv/expected.json');

function expectedFor(file: string): ExpectedTimes {
  const found = dst.find((set) => set.file === file);
  if (found === undefined) throw new Error(`fixtures/csv/expected.json lists no ${file}`);
  return found;
}

async function read(file: string, zone: string) {
  const { records, summary } = await readFixture(`fixtures/csv/${file}`, ['PasswordResetService'], { zone });
  return { summary, times: records.map((record) => ({ eventId: record.eventId, level: record.level, time: record.time.toISOString() })) };
}

describe('local times across daylight-saving changes', () => {
  for (const file of ['dst/berlin-autumn.newest-first.csv', 'dst/berlin-autumn.oldest-first.csv']) {
    it(`tells the two 02:xx hours of 27 October 2024 in Berlin apart by the order of the export (${file})`, async () => {
      const expected = expectedFor(file);
      const { times, summary } = await read(file, 'Europe/Berlin');
      expect(inLogOrder(times, expected.order)).toEqual(expected.records);
      // The two errors both read 02:45:30 on the clock: summer time first, an hour later standard time.
      const errors = times.filter((time) => time.eventId === 32002).map((time) => time.time).sort();
      expect(errors).toEqual(['2024-10-27T00:45:30.000Z', '2024-10-27T01:45:30.000Z']);
      expect(summary.notices ?? []).toEqual([]);
    });
  }

  it('reads the spring change (31 March 2024, 02:00 → 03:00 in Berlin) without a gap in the instants', async () => {
    const expected = expectedFor('dst/berlin-spring.csv');
    const { times, summary } = await read('dst/berlin-spring.csv', 'Europe/Berlin');
    expect(inLogOrder(times, expected.order)).toEqual(expected.records);
    const instants = inLogOrder(times, expected.order).map((time) => Date.parse(time.time));
    expect(instants.slice(1).map((instant, i) => instant - (instants[i] ?? 0))).toEqual(instants.slice(1).map(() => 10 * 60_000));
    expect(summary.notices ?? []).toEqual([]);
  });

  it('reads Tokyo, which has no daylight saving, nine hours ahead at the hours Berlin skips', async () => {
    const expected = expectedFor('dst/tokyo-night.csv');
    const { times, summary } = await read('dst/tokyo-night.csv', 'Asia/Tokyo');
    expect(inLogOrder(times, expected.order)).toEqual(expected.records);
    expect(summary.notices ?? []).toEqual([]);
  });

  it('warns once, with the line, when a time never happened in the zone given (so --tz is probably wrong), and still reads the event', async () => {
    const expected = expectedFor('dst/tokyo-night.csv');
    const { times, summary } = await read('dst/tokyo-night.csv', 'Europe/Berlin');
    expect(times).toHaveLength(expected.records.length);
    const gaps = summary.notices?.filter((notice) => notice.message.includes('never happened in Europe/Berlin')) ?? [];
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity: 'warning', line: expect.any(Number) });
    expect(gaps[0]?.message).toContain('check --tz');
    expect(summary.skipped).toBe(0);
  });
});
