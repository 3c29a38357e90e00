import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunks, sniffEncoding } from '../../src/ingest/decode.js';
import { readXmlEvents } from '../../src/ingest/xml-stream.js';
import { sourceFilter, type IngestIssue } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';

// Fixed seed and bounded runs: the same cases on every run; `npm run fuzz` runs many more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const settings = { numRuns: RUNS, seed: SEED };

const source = readFileSync('fixtures/xml/wevtutil.xml');
const text = source.toString('utf8');
/** Byte ranges of the events in the wevtutil fixture (ASCII up to the events, so chars = bytes where it matters). */
const events = [...text.matchAll(/<Event xmlns=[\s\S]*?<\/Event>/g)].map((match) => {
  const start = Buffer.byteLength(text.slice(0, match.index));
  return { start, end: start + Buffer.byteLength(match[0]), id: Number(/<EventRecordID>(\d+)</.exec(match[0])?.[1]) };
});

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readBytes(bytes: Uint8Array, chunkSize = 4096): Promise<{ records: IngestedRecord[]; issues: IngestIssue[] }> {
  const sniffed = sniffEncoding(bytes);
  const records: IngestedRecord[] = [];
  const issues: IngestIssue[] = [];
  const context = { file: 'fuzz.xml', sniffed, filter: sourceFilter('all'), onIssue: (issue: IngestIssue) => issues.push(issue), onEventSeen: () => undefined };
  for await (const record of readXmlEvents(decodeChunks(chunks(bytes, chunkSize), sniffed), context)) records.push(record);
  return { records, issues };
}

describe('the XML reader on damaged input (property-based)', () => {
  it('reads every event that ends before a random cut, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: source.length }), fc.integer({ min: 1, max: 9000 }), async (cut, chunkSize) => {
        const { records, issues } = await readBytes(source.subarray(0, cut), chunkSize);
        const whole = events.filter((event) => event.end <= cut).map((event) => event.id);
        expect(records.map((record) => record.recordId)).toEqual(whole);
        const cutInside = events.find((event) => event.start < cut && cut < event.end);
        expect(issues).toHaveLength(cutInside === undefined ? 0 : 1);
        if (cutInside !== undefined) expect(issues[0]?.offset).toBe(cutInside.start);
      }),
      settings,
    );
  });

  it('reads every event untouched by random byte flips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: source.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = Buffer.from(source);
        for (const [at, value] of flips) bytes[at] = value;
        const { records } = await readBytes(bytes);
        const touched = (event: { start: number; end: number }) => flips.some(([at]) => at >= event.start && at < event.end);
        const ids = new Set(records.map((record) => record.recordId));
        for (const event of events) {
          if (!touched(event)) expect(ids.has(event.id)).toBe(true);
        }
      }),
      settings,
    );
  });

  it('keeps all events when garbage lands between them, with one warning per stretch', async () => {
    const garbage = fc.string({ minLength: 1, maxLength: 200 }).filter((value) => !value.includes('<') && value.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.subarray(events.slice(1).map((event) => event.start)), garbage, async (positions, junk) => {
        let out = '';
        let last = 0;
        for (const at of positions) {
          out += source.subarray(last, at).toString('utf8') + junk;
          last = at;
        }
        out += source.subarray(last).toString('utf8');
        const { records, issues } = await readBytes(Buffer.from(out, 'utf8'), 777);
        expect(records.map((record) => record.recordId)).toEqual(events.map((event) => event.id));
        expect(issues).toHaveLength(positions.length);
      }),
      settings,
    );
  });

  it('reads the same events with CRLF, LF or CR line ends mixed at random', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: events.length, maxLength: events.length }), async (ends) => {
        const lines = text.split('\r\n');
        const mixed = lines.map((line, index) => line + (index < lines.length - 1 ? ends[index % ends.length] : '')).join('');
        const { records, issues } = await readBytes(Buffer.from(mixed, 'utf8'), 1000);
        expect(issues).toEqual([]);
        expect(records.map((record) => record.recordId)).toEqual(events.map((event) => event.id));
      }),
      settings,
    );
  });

  it('survives invalid UTF-16 (lone surrogates, an odd byte count)', async () => {
    const utf16 = readFileSync('fixtures/xml/powershell-toxml.utf16le.xml');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: utf16.length / 2 - 2 }), fc.boolean(), async (unit, odd) => {
        const bytes = Buffer.from(utf16);
        bytes.writeUInt16LE(0xd800, 2 + 2 * unit);
        const { records } = await readBytes(odd ? bytes.subarray(0, bytes.length - 1) : bytes, 1001);
        expect(records.length).toBeGreaterThanOrEqual(events.length - 1);
      }),
      settings,
    );
  });

  it('skips a 10 MB single-line event without a closing tag and reads the events after it', async () => {
    const huge = `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='X'/></System><EventData><Data>${'A'.repeat(10 * 1024 * 1024)}`;
    const bytes = Buffer.concat([Buffer.from(huge), source]);
    const { records, issues } = await readBytes(bytes, 1 << 20);
    expect(records.map((record) => record.recordId)).toEqual(events.map((event) => event.id));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.offset).toBe(0);
  });

  it('reads deeply nested and huge-attribute events without a crash', async () => {
    const deep = `<Event xmlns='x'><System><Provider Name='PasswordResetService'/><EventID>31019</EventID><TimeCreated SystemTime='2024-03-05T00:00:00.0000000Z'/></System><EventData><Data>${'<b>'.repeat(5000)}${'</b>'.repeat(5000)}</Data></EventData></Event>\r\n`;
    const wide = `<Event xmlns='x'><System><Provider Name='PasswordResetService' Guid='${'f'.repeat(2_000_000)}'/><EventID>31019</EventID><TimeCreated SystemTime='2024-03-05T00:00:00.0000000Z'/></System></Event>\r\n`;
    const { records } = await readBytes(Buffer.from(deep + wide + text, 'utf8'), 65536);
    expect(records.length).toBeGreaterThanOrEqual(events.length);
  });
});
