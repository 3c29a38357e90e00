import { describe, expect, it } from 'vitest';
import { countEvents } from '../../src/correlate/event-counts.js';
import { record } from '../support/writeback-records.js';

describe('counting events', () => {
  it('counts each event id of each source, whatever case the source is written in, in any order of arrival', () => {
    const counter = countEvents();
    const records = [
      record(31019, '2024-03-04T10:05:00Z', '', 'PasswordResetService', 'information'),
      record(6329, '2024-03-04T10:01:00Z', '', 'ADSync', 'error'),
      record(31019, '2024-03-04T10:00:00Z', '', 'passwordresetservice', 'information'),
      record(31019, '2024-03-04T10:10:00Z', '', 'PASSWORDRESETSERVICE', 'information'),
      record(31019, '2024-03-04T10:15:00Z', '', 'PasswordResetService', 'information'),
      record(31001, '2024-03-04T09:59:00Z', '', 'PasswordResetService', 'information'),
    ];
    for (const one of records) counter.add(one);
    const { total, first, last, counts } = counter.result();
    expect({ total, first: first?.toISOString(), last: last?.toISOString() }).toEqual({ total: 6, first: '2024-03-04T09:59:00.000Z', last: '2024-03-04T10:15:00.000Z' });
    expect(counts.map((count) => [count.source, count.eventId, count.count, count.first.toISOString(), count.last.toISOString()])).toEqual([
      ['ADSync', 6329, 1, '2024-03-04T10:01:00.000Z', '2024-03-04T10:01:00.000Z'],
      ['PasswordResetService', 31001, 1, '2024-03-04T09:59:00.000Z', '2024-03-04T09:59:00.000Z'],
      ['PasswordResetService', 31019, 4, '2024-03-04T10:00:00.000Z', '2024-03-04T10:15:00.000Z'],
    ]);
    // The first three records of an event are its samples, as they arrived.
    expect(counts[2]?.samples).toEqual([records[0], records[2], records[3]]);
  });

  it('counts nothing in an empty log', () => {
    expect(countEvents().result()).toEqual({ total: 0, counts: [] });
  });
});
