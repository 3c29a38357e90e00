import { describe, expect, it } from 'vitest';
import { detectTextExport } from '../../src/ingest/detect-text.js';
import { sourceFilter, type Reader } from '../../src/ingest/types.js';

function readerFor(head: string): Reader {
  const detected = detectTextExport(head);
  if (detected === undefined || !('reader' in detected)) throw new Error('not detected');
  return detected.reader;
}

/** An export of `rows` rows, produced only as the reader asks for it; `pulled` counts the rows handed over. */
function lazyExport(header: string, row: (index: number) => string, rows: number) {
  const state = { pulled: 0 };
  async function* text(): AsyncGenerator<string> {
    yield header;
    for (let index = 0; index < rows; index++) {
      state.pulled++;
      yield row(index);
    }
  }
  return { state, text };
}

async function pulledAtFirstRecord(reader: Reader, source: ReturnType<typeof lazyExport>): Promise<number> {
  const context = {
    file: 'big', sniffed: { encoding: 'utf-8' as const, bomLength: 0 }, filter: sourceFilter('all'),
    onIssue: () => undefined, onEventSeen: () => undefined, localTime: { zone: 'UTC' },
  };
  for await (const record of reader(source.text(), context)) {
    expect(record.eventId).toBe(31019);
    return source.state.pulled;
  }
  throw new Error('no record');
}

const ROWS = 50_000;

describe('CSV and text readers stream', () => {
  it('give the first Event Viewer CSV record long before the file is read to its end', async () => {
    const header = 'Level,Date and Time,Source,Event ID,Task Category\r\n';
    const source = lazyExport(header, (i) => `Information,3/5/2024 9:${String(i % 60).padStart(2, '0')}:11 AM,PasswordResetService,31019,None,"TrackingId: x, ServiceBusHeartBeat, Details:\r\nline two"\r\n`, ROWS);
    expect(await pulledAtFirstRecord(readerFor(`${header}Information,3/5/2024 9:07:11 AM,A,1,None,x\r\n`), source)).toBeLessThan(ROWS / 10);
  });

  it('give the first wevtutil /f:text record long before the file is read to its end', async () => {
    const block = (i: number) => `Event[${i}]:\r\n  Log Name: Application\r\n  Source: PasswordResetService\r\n  Date: 2024-03-05T09:07:11.530\r\n  Event ID: 31019\r\n  Level: Information\r\n  Description: \r\nTrackingId: x\r\n\r\n`;
    const source = lazyExport('', block, ROWS);
    expect(await pulledAtFirstRecord(readerFor(block(0)), source)).toBeLessThan(ROWS / 10);
  });
});
