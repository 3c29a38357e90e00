import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunks, sniffEncoding } from '../../src/ingest/decode.js';
import { readEventFieldsFully } from '../../src/ingest/xml-event.js';
import { readEventFields } from '../../src/ingest/xml-event-fields.js';
import { readXmlBytes, readXmlEvents } from '../../src/ingest/xml-stream.js';
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

describe('the XML reader on raw bytes (property-based)', () => {
  const variants = [
    { file: 'fixtures/xml/eventviewer-en-US.utf8bom.xml', encoding: 'utf-8' },
    { file: 'fixtures/xml/eventviewer-ja-JP.utf8bom.xml', encoding: 'utf-8' },
    { file: 'fixtures/xml/eventviewer-en-US.utf16le.xml', encoding: 'utf-16le' },
    { file: 'fixtures/xml/eventviewer-en-US.utf16be.xml', encoding: 'utf-16be' },
  ] as const;

  async function readRaw(bytes: Uint8Array, sizes: readonly number[]) {
    const sniffed = sniffEncoding(bytes);
    const records: IngestedRecord[] = [];
    const issues: IngestIssue[] = [];
    let seen = 0;
    async function* pieces(): AsyncGenerator<Uint8Array> {
      // Pieces of varying size, some odd, as a pipe or a decompressor hands them over; each is reused after.
      let at = 0;
      for (let turn = 0; at < bytes.length; turn++) {
        const size = sizes[turn % sizes.length] ?? 1;
        const piece = Buffer.from(bytes.subarray(at, at + size));
        yield piece;
        piece.fill(0);
        at += size;
      }
    }
    const context = { file: 'raw.xml', sniffed, filter: sourceFilter('all'), onIssue: (issue: IngestIssue) => issues.push(issue), onEventSeen: () => seen++ };
    for await (const record of readXmlBytes(pieces(), context)) records.push(record);
    return { records, issues, seen };
  }

  it('reads the same events, origins included, whatever sizes the byte pieces come in', async () => {
    for (const variant of variants) {
      const bytes = readFileSync(variant.file);
      const whole = await readRaw(bytes, [bytes.length]);
      expect(whole.issues).toEqual([]);
      expect(whole.seen).toBe(18);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }), async (sizes) => {
          const pieces = await readRaw(bytes, sizes);
          expect(pieces.issues).toEqual([]);
          expect(pieces.records).toEqual(whole.records);
        }),
        { ...settings, numRuns: Math.max(1, Math.floor(RUNS / 4)) },
      );
    }
  });

  it('reads the provider only from raw text, so an unwanted event is never parsed, whatever its damage', async () => {
    const bytes = Buffer.from(text.replace("<Provider Name='ESENT'/>", "<Provider Name='ESENT'/><<<not xml"), 'utf8');
    const sniffed = sniffEncoding(bytes);
    const issues: IngestIssue[] = [];
    const context = { file: 'f.xml', sniffed, filter: sourceFilter(['PasswordResetService']), onIssue: (issue: IngestIssue) => issues.push(issue), onEventSeen: () => undefined };
    const records: IngestedRecord[] = [];
    for await (const record of readXmlBytes(chunks(bytes, 1000), context)) records.push(record);
    expect(issues).toEqual([]);
    expect(records.every((record) => record.source === 'PasswordResetService')).toBe(true);
  });
});

describe('the one-pass event field reader', () => {
  const texts = ['fixtures/xml/eventviewer-en-US.utf8bom.xml', 'fixtures/xml/eventviewer-ja-JP.utf8bom.xml', 'fixtures/xml/wevtutil.xml']
    .flatMap((file) => readFileSync(file, 'utf8').match(/<Event xmlns=[\s\S]*?<\/Event>/g) ?? []);

  it('reads every fixture event (so the full parser is the exception)', () => {
    for (const event of texts) expect(readEventFields(event)).toBeDefined();
  });

  it('agrees with the full parser on every event it reads, however the event is changed', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', '<', '>', '/', "'", '"', ' ', '=', '&amp;', '<b>', '</b>', '<!-- x -->', '<![CDATA[x]]>', '\r\n', 'x:', 'EventID', '<Data>', '</Data>', '<System>'));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 }), (event, edits) => {
        let changed = event;
        for (const [at, remove, insert] of edits) {
          const where = at % (changed.length + 1);
          changed = changed.slice(0, where) + insert + changed.slice(where + remove);
        }
        const fast = readEventFields(changed);
        if (fast !== undefined) expect(fast).toEqual(readEventFieldsFully(changed));
      }),
      { ...settings, numRuns: RUNS * 20 },
    );
  });
});

describe('positions in a file of many windows', () => {
  it('gives every event and every warning its line and byte offset, across the windows the scan cuts', async () => {
    // Multi-byte text, CRLF inside messages, pasted text and an unclosed event, repeated over megabytes.
    const ja = readFileSync('fixtures/xml/eventviewer-ja-JP.utf8bom.xml', 'utf8').replace(/^\uFEFF/, '').match(/<Event xmlns=[\s\S]*?<\/Event>/g) ?? [];
    let document = '';
    const cutAt: number[] = [];
    const pastedAt: number[] = [];
    const startsAt: number[] = [];
    for (let turn = 0; turn < 120; turn++) {
      for (const [index, event] of ja.entries()) {
        startsAt.push(document.length);
        document += event.replace(/<EventRecordID>\d+</, `<EventRecordID>${turn * 100 + index}<`);
        if (index === 5) {
          document += '\r\n';
          pastedAt.push(document.length);
          document += 'PASTED text that is no event\r\n';
        } else document += '\r\n';
      }
      if (turn % 40 === 7) {
        cutAt.push(document.length);
        document += `${(ja[1] ?? '').slice(0, 300)}\r\n`;
      }
    }
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(document, 'utf8')]);
    const { records, issues } = await readBytes(bytes, 1 << 20);

    // Lines and bytes counted by walking the text once, positions in increasing order.
    let walked = 0;
    let line = 1;
    let offset = 3;
    const where = (index: number) => {
      const passed = document.slice(walked, index);
      line += passed.split('\n').length - 1;
      offset += Buffer.byteLength(passed);
      walked = index;
      return { line, offset };
    };
    const positions = new Map([...startsAt, ...pastedAt, ...cutAt].sort((a, b) => a - b).map((index) => [index, where(index)]));
    const at = (index: number) => positions.get(index);
    expect(records.map((record) => ({ line: record.origin.line, offset: record.origin.offset }))).toEqual(startsAt.map(at));
    expect(issues.filter((issue) => issue.message.includes('PASTED')).map(({ line, offset }) => ({ line, offset }))).toEqual(pastedAt.map(at));
    expect(issues.filter((issue) => issue.message.includes('closing')).map(({ line, offset }) => ({ line, offset }))).toEqual(cutAt.map(at));
  });
});
