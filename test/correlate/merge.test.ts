import { describe, expect, it } from 'vitest';
import { dropDuplicates, mergeInputs, mergeInTimeOrder } from '../../src/correlate/merge.js';
import { DEFAULT_SOURCES } from '../../src/ingest/types.js';
import { oldestFirst } from '../../src/correlate/time-order.js';
import type { EventRecord } from '../../src/record.js';
import { chainOf, correlateFixtures } from '../support/correlate.js';
import { readFixture } from '../support/read.js';

const MORNING = 'fixtures/correlate/overlap-morning.xml';
const MIDDAY = 'fixtures/correlate/overlap-midday.newest-first.xml';

async function* streamOf<T>(list: readonly T[]): AsyncGenerator<T> {
  yield* list;
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of stream) list.push(item);
  return list;
}

function isAscending(list: readonly EventRecord[]): boolean {
  return list.every((record, at) => at === 0 || (list[at - 1] as EventRecord).time <= record.time);
}

describe('several exports merged into one log', () => {
  it('merges two overlapping exports of one server in time order, counting each shared event once', async () => {
    const morning = (await readFixture(MORNING)).records;
    const midday = (await readFixture(MIDDAY)).records;
    const morningIds = new Set(morning.map((record) => record.recordId));
    const shared = midday.filter((record) => morningIds.has(record.recordId)).length;
    expect(shared).toBeGreaterThan(10);

    const merged = await correlateFixtures([MORNING, MIDDAY]);
    expect(merged.duplicates).toBe(shared);
    expect(merged.records).toHaveLength(morning.length + midday.length - shared);
    expect(isAscending(merged.records)).toBe(true);
    expect(new Set(merged.records.map((record) => record.recordId)).size).toBe(merged.records.length);
  });

  it('builds each operation once, and completes the one whose start and outcome are in different exports', async () => {
    const { chains } = await correlateFixtures([MIDDAY, MORNING]);
    const ids = chains.filter((chain) => chain.kind !== 'service').map((chain) => chain.trackingId);
    expect(new Set(ids).size).toBe(ids.length);
    const spanning = chainOf(chains, 'reset', 'liam.brennan');
    expect(spanning).toMatchObject({ outcome: 'success', pairedBy: 'trackingId' });
    expect(spanning.events.map((event) => event.origin.file)).toEqual([MIDDAY, MIDDAY]);
    expect(chainOf(chains, 'change', 'sofia.rossi')).toMatchObject({ outcome: 'failure', cause: { eventId: 33008 } });
    // Alone, the morning export ends before Liam's outcome.
    const morningOnly = await correlateFixtures([MORNING]);
    expect(chainOf(morningOnly.chains, 'reset', 'liam.brennan')).toMatchObject({ outcome: 'incomplete', incompleteReason: 'log-ended' });
  });

  it('counts an event without record id once when another export has it (same source, id, time and message)', async () => {
    const { records } = await readFixture(MORNING);
    const withoutIds = records.map(({ recordId: _dropped, ...rest }) => rest as EventRecord);
    const duplicates: EventRecord[] = [];
    const merged = await collect(dropDuplicates(mergeInTimeOrder([streamOf(records), streamOf(withoutIds)]), (record) => duplicates.push(record)));
    expect(merged).toEqual(records);
    expect(duplicates).toHaveLength(records.length);
  });

  it('counts once an event that an XML export (to the fraction of a second) and a CSV export (to the second) both hold, keeping the XML sighting', async () => {
    const xml = (await readFixture('fixtures/xml/wevtutil.xml')).records;
    const csv = (await readFixture('fixtures/csv/eventviewer-en-US.utf8bom.csv', DEFAULT_SOURCES, { zone: 'America/New_York' })).records;
    expect(csv.every((record) => record.recordId === undefined && record.time.getMilliseconds() === 0)).toBe(true);
    expect(xml.some((record) => record.time.getMilliseconds() !== 0)).toBe(true);
    for (const order of [[csv, xml], [xml, csv]]) {
      const duplicates: EventRecord[] = [];
      const merged = await collect(mergeInputs(order.map(streamOf), { onDuplicate: (record) => duplicates.push(record) }));
      expect(merged).toEqual(xml);
      expect(duplicates).toHaveLength(csv.length);
    }
  });

  it('keeps events of the same second that differ, whichever export they come from', async () => {
    const xml = (await readFixture('fixtures/xml/wevtutil.xml')).records;
    const [first] = xml as [EventRecord];
    const sameSecond = { ...first, recordId: undefined, time: new Date(Math.floor(first.time.getTime() / 1000) * 1000), message: `${first.message} (another)` };
    const merged = await collect(dropDuplicates(mergeInTimeOrder([streamOf([sameSecond]), streamOf(xml)])));
    expect(merged).toHaveLength(xml.length + 1);
  });

  it('keeps two events with the same record id and time from different servers', async () => {
    const { records } = await readFixture(MORNING);
    const staging = records.map((record) => ({ ...record, computer: 'AADC02.fabrikam.local' }));
    const merged = await collect(dropDuplicates(mergeInTimeOrder([streamOf(records), streamOf(staging)])));
    expect(merged).toHaveLength(2 * records.length);
  });

  it('puts a newest-first export oldest first, and leaves an oldest-first one as it is', async () => {
    const newestFirst = (await readFixture(MIDDAY)).records;
    expect(isAscending(newestFirst)).toBe(false);
    const ordered = await collect(oldestFirst(streamOf(newestFirst)));
    expect(ordered).toEqual([...newestFirst].sort((a, b) => a.time.getTime() - b.time.getTime()));
    const morning = (await readFixture(MORNING)).records;
    expect(await collect(oldestFirst(streamOf(morning)))).toEqual(morning);
  });

  it('puts right records that step back in time by less than the tolerance', async () => {
    const morning = (await readFixture(MORNING)).records;
    // Two neighbours swapped, as events of two threads can be logged.
    const swapped = [...morning];
    [swapped[20], swapped[21]] = [swapped[21] as EventRecord, swapped[20] as EventRecord];
    const gapMs = (morning[21] as EventRecord).time.getTime() - (morning[20] as EventRecord).time.getTime();
    expect(await collect(oldestFirst(streamOf(swapped), gapMs + 1))).toEqual(morning);
  });
});
