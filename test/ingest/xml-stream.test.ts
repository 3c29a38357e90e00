import { describe, expect, it } from 'vitest';
import type { IngestedRecord } from '../../src/record.js';
import { readXmlEvents } from '../../src/ingest/xml-stream.js';
import { sourceFilter, type IngestIssue, type SourceFilter } from '../../src/ingest/types.js';

const NS = "xmlns='http://schemas.microsoft.com/win/2004/08/events/event'";

function event(provider: string, id: number, recordId: number, message: string): string {
  return (
    `<Event ${NS}><System><Provider Name='${provider}'/><EventID Qualifiers='0'>${id}</EventID><Level>4</Level>` +
    `<Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2024-03-05T00:07:1${recordId % 10}.5302719Z'/>` +
    `<EventRecordID>${recordId}</EventRecordID><Channel>Application</Channel><Computer>AADC01.fabrikam.local</Computer><Security/></System>` +
    `<EventData><Data>${message}</Data></EventData></Event>`
  );
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function read(text: string, size: number, filter: SourceFilter = sourceFilter(['PasswordResetService', 'ADSync'])) {
  const issues: IngestIssue[] = [];
  let seen = 0;
  const records: IngestedRecord[] = [];
  const context = {
    file: 'test.xml',
    sniffed: { encoding: 'utf-8' as const, bomLength: 0 },
    filter,
    onIssue: (issue: IngestIssue) => issues.push(issue),
    onEventSeen: () => seen++,
  };
  for await (const record of readXmlEvents(chunked(text, size), context)) records.push(record);
  return { records, issues, seen };
}

const document =
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<Events>' +
  event('ESENT', 916, 1, 'svchost (1234) The beta feature EseDiskFlushConsistency is enabled.') +
  event('PasswordResetService', 31001, 2, 'TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetRequestStart, Details: kim.lee@fabrikam.com') +
  '\r\n' +
  event('PasswordResetService', 31002, 3, 'TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetSuccess, Details: a &amp; b &lt;c&gt;') +
  '</Events>';

describe('readXmlEvents', () => {
  it('cuts the same events whatever the chunk size', async () => {
    const whole = await read(document, document.length);
    expect(whole.records.map((r) => [r.eventId, r.recordId])).toEqual([
      [31001, 2],
      [31002, 3],
    ]);
    expect(whole.seen).toBe(3);
    expect(whole.issues).toEqual([]);
    for (const size of [1, 2, 5, 6, 7, 13, 64, 100]) {
      const part = await read(document, size);
      expect(part.records).toEqual(whole.records);
      expect(part.issues).toEqual([]);
    }
  });

  it('decodes entities in the message and keeps provider, time, record id and computer', async () => {
    const { records } = await read(document, 4096);
    const success = records[1];
    expect(success?.message).toBe('TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetSuccess, Details: a & b <c>');
    expect(success?.source).toBe('PasswordResetService');
    expect(success?.time.toISOString()).toBe('2024-03-05T00:07:13.530Z');
    expect(success?.computer).toBe('AADC01.fabrikam.local');
    expect(success?.origin).toEqual({ file: 'test.xml', line: 3, offset: document.indexOf('\r\n<Event ') + 2 });
  });

  it('skips an event without its closing tag and reads the next one', async () => {
    const broken = document.replace('</EventData></Event>\r\n', '</EventData>\r\n');
    for (const size of [7, 4096]) {
      const { records, issues } = await read(broken, size);
      expect(records.map((r) => r.eventId)).toEqual([31002]);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.line).toBe(2);
      expect(issues[0]?.message).toMatch(/without its closing <\/Event>/);
    }
  });

  it('warns about text between events and keeps both events', async () => {
    const garbage = document.replace('\r\n<Event ', '\r\nPASTE ERROR here\r\n<Event ');
    const { records, issues } = await read(garbage, 5);
    expect(records).toHaveLength(2);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, message: expect.stringContaining('PASTE ERROR here') });
  });

  it('reports a file that ends inside an event', async () => {
    const truncated = document.slice(0, document.lastIndexOf('<EventData>'));
    const { records, issues, seen } = await read(truncated, 9);
    expect(records.map((r) => r.eventId)).toEqual([31001]);
    expect(seen).toBe(3);
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('ends inside this event') }),
    ]);
  });

  it('keeps the last whole event when the file ends just after "<Event" of the next', async () => {
    const cut = document.slice(0, document.lastIndexOf('<Event ') + '<Event'.length);
    for (const size of [6, 4096]) {
      const { records, issues } = await read(cut, size);
      expect(records.map((r) => r.eventId)).toEqual([31001]);
      expect(issues).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('ends inside this event') })]);
    }
  });

  it('keeps every provider when the filter says all', async () => {
    const { records } = await read(document, 4096, sourceFilter('all'));
    expect(records.map((r) => r.source)).toEqual(['ESENT', 'PasswordResetService', 'PasswordResetService']);
  });
});
