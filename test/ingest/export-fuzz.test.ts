import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import type { LocalTimeOptions } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';
import { fuzzSettings, missing, readBytes, recordKey, spans, withLoneSurrogate, type ReadResult } from '../support/fuzz.js';

// Property-based tests of every CSV and text reader (the XML reader's are in xml-fuzz.test.ts):
// damaged copies of real exports are read through the real entry point. No crash, no hang, no
// stack trace; bad parts are skipped and counted; good events before and after them are read.
const settings = fuzzSettings(20, 1 / 20);

type Encoding = 'utf8' | 'utf16le' | 'utf16be';

interface Shape {
  name: string;
  file: string;
  encoding: Encoding;
  /** CSV: a stray quote is grammar (it opens a field that runs to the next quote), so byte flips avoid quotes. */
  csv: boolean;
  /** Whether garbage between events is reported (rows are checked one by one) or becomes part of a message. */
  garbageReported: boolean;
}

const SHAPES: Shape[] = [
  { name: 'Event Viewer CSV', file: 'fixtures/csv/eventviewer-en-US.utf8bom.csv', encoding: 'utf8', csv: true, garbageReported: true },
  { name: 'Event Viewer CSV, UTF-16 LE', file: 'fixtures/csv/eventviewer-en-US.utf16le.csv', encoding: 'utf16le', csv: true, garbageReported: true },
  { name: 'Get-WinEvent | Export-Csv', file: 'fixtures/csv/getwinevent-en-US.ps51-utf8.csv', encoding: 'utf8', csv: true, garbageReported: true },
  { name: 'Get-WinEvent | Export-Csv, UTF-16 BE', file: 'fixtures/csv/getwinevent-en-US.ps51-bigendianunicode.csv', encoding: 'utf16be', csv: true, garbageReported: true },
  { name: 'Get-EventLog | Export-Csv', file: 'fixtures/csv/geteventlog-en-US.ps51-ascii.csv', encoding: 'utf8', csv: true, garbageReported: true },
  { name: 'Event Viewer text (tab delimited)', file: 'fixtures/text/tab-en-US.txt', encoding: 'utf16le', csv: true, garbageReported: true },
  { name: 'Event Viewer details text', file: 'fixtures/text/details-en-US.txt', encoding: 'utf8', csv: false, garbageReported: false },
  { name: 'wevtutil /f:text', file: 'fixtures/text/wevtutil-en-US.txt', encoding: 'utf8', csv: false, garbageReported: false },
  { name: 'Get-WinEvent | Format-List', file: 'fixtures/text/format-list-en-US.txt', encoding: 'utf16le', csv: false, garbageReported: false },
  { name: 'Get-WinEvent | Format-List *', file: 'fixtures/text/format-list-all-en-US.txt', encoding: 'utf8', csv: false, garbageReported: false },
];

/** The fixtures were made in New York on an en-US Windows: no guessing of zone or day/month order. */
const LOCAL: LocalTimeOptions = { zone: 'America/New_York', dateOrder: 'mdy' };

const BOMS: Record<Encoding, Buffer> = { utf8: Buffer.from([0xef, 0xbb, 0xbf]), utf16le: Buffer.from([0xff, 0xfe]), utf16be: Buffer.from([0xfe, 0xff]) };

function decodeText(bytes: Buffer, encoding: Encoding): { bom: Buffer; text: string } {
  const bom = bytes.subarray(0, BOMS[encoding].length).equals(BOMS[encoding]) ? BOMS[encoding] : Buffer.alloc(0);
  const body = bytes.subarray(bom.length);
  const text = encoding === 'utf8' ? body.toString('utf8') : encoding === 'utf16le' ? body.toString('utf16le') : Buffer.from(body).swap16().toString('utf16le');
  return { bom, text };
}

function encodeText(bom: Buffer, text: string, encoding: Encoding): Buffer {
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
  return Buffer.concat([bom, body]);
}

function read(result: ReadResult | InputError): ReadResult {
  if (result instanceof InputError) throw new Error(`not read: ${result.message}`);
  return result;
}

/** Whether setting byte `at` to `value` adds or removes a `"` (in UTF-16, either byte of its code unit does). */
function touchesQuote(bytes: Buffer, at: number, value: number, encoding: Encoding): boolean {
  if (encoding === 'utf8') return bytes[at] === 0x22 || value === 0x22;
  const unit = at - (at % 2);
  if (unit + 1 >= bytes.length) return false;
  const read = (buffer: Buffer): number => (encoding === 'utf16le' ? buffer.readUInt16LE(unit) : buffer.readUInt16BE(unit));
  const changed = Buffer.from(bytes.subarray(unit, unit + 2));
  changed[at - unit] = value;
  return read(bytes) === 0x22 || (encoding === 'utf16le' ? changed.readUInt16LE(0) : changed.readUInt16BE(0)) === 0x22;
}

/** Lines of `text` with their ends, so that joining them gives the text back. */
const linesOf = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Text that is no event in any shape: no quote, colon, tab, bracket or line break. */
const garbage = fc.stringMatching(/^[A-Za-z0-9 .!?=+-]{1,80}$/).filter((line) => line.trim() !== '' && !/^\s/.test(line));

describe.each(SHAPES)('the $name reader on damaged input (property-based)', (shape) => {
  const bytes = readFileSync(shape.file);
  const { bom, text } = decodeText(bytes, shape.encoding);
  let full: IngestedRecord[];
  let ranges: { record: IngestedRecord; start: number; end: number }[];

  beforeAll(async () => {
    const whole = read(await readBytes(bytes, LOCAL));
    expect(whole.summary.issues).toEqual([]);
    expect(whole.records.length).toBeGreaterThan(3);
    full = whole.records;
    ranges = spans(full, bytes.length);
  });

  it('reads every event that ends before a random cut, and at most the cut one besides', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), async (cut) => {
        const result = await readBytes(bytes.subarray(0, cut), LOCAL);
        if (result instanceof InputError) {
          // Only a cut before the first event ends can leave nothing to recognize.
          expect(cut).toBeLessThan(ranges[0]?.end ?? 0);
          return;
        }
        const complete = ranges.filter((range) => range.end <= cut).map((range) => range.record);
        expect(missing(complete, result.records)).toEqual([]);
        expect(missing(result.records, full).length).toBeLessThanOrEqual(1);
      }),
      settings,
    );
  });

  it('reads every event a random byte flip leaves untouched, with one event of margin on each side', async () => {
    const flip = fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 4 }), async (flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of flips) {
          // A quote added or removed is CSV grammar, not damage: see the next property.
          if (shape.csv && touchesQuote(copy, at, value, shape.encoding)) continue;
          copy[at] = value;
        }
        const changed = flips.filter(([at]) => copy[at] !== bytes[at]).map(([at]) => at);
        const result = await readBytes(copy, LOCAL);
        if (result instanceof InputError) {
          // Detection reads the first lines: only damage there may leave the file unrecognized.
          expect(changed.some((at) => at < (ranges[0]?.end ?? 0))).toBe(true);
          return;
        }
        // A damaged header changes what every row means: no event is sure to survive it.
        if (changed.some((at) => at < (ranges[0]?.start ?? 0))) return;
        const untouched = ranges
          .filter((range, index) => {
            const from = ranges[index - 1]?.start ?? 0;
            const to = ranges[index + 1]?.end ?? bytes.length;
            return !changed.some((at) => at >= from && at < to);
          })
          .map((range) => range.record);
        expect(missing(untouched, result.records)).toEqual([]);
      }),
      settings,
    );
  });

  it('ends without an exception whatever bytes are flipped, quotes included', async () => {
    const flip = fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.constantFrom(0x22, 0x0a, 0x0d, 0x09, 0x2c, 0x3a, 0x00, 0xff));
    await fc.assert(
      fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 6 }), async (flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of flips) copy[at] = value;
        const result = await readBytes(copy, LOCAL);
        if (result instanceof InputError) return;
        // One line each, whatever they quote; no stack trace.
        for (const issue of result.summary.issues) expect(issue.message).not.toMatch(/\n|\s+at \S+ \(/);
        expect(result.summary.skipped).toBe(result.summary.issues.length);
      }),
      settings,
    );
  });

  it('keeps every event when garbage lines land between them', async () => {
    const lines = linesOf(text);
    // Lines where events after the first start: garbage before the first would be the file's first line.
    const starts = [...new Set(ranges.slice(1).map((range) => range.record.origin.line))];
    await fc.assert(
      fc.asyncProperty(fc.subarray(starts, { minLength: 1 }), garbage, async (before, junk) => {
        const damaged = lines.map((line, index) => (before.includes(index + 1) ? `${junk}\r\n${line}` : line)).join('');
        const result = read(await readBytes(encodeText(bom, damaged, shape.encoding), LOCAL));
        expect(missing(full, result.records)).toEqual([]);
        if (shape.garbageReported) expect(result.summary.skipped).toBe(before.length);
      }),
      settings,
    );
  });

  it('reads the same events, messages included, with CRLF and LF line ends mixed at random', async () => {
    const parts = text.split('\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }), async (crlf) => {
        const mixed = parts.map((part, index) => part + (index < parts.length - 1 ? (crlf[index] === true ? '\r\n' : '\n') : '')).join('');
        const result = read(await readBytes(encodeText(bom, mixed, shape.encoding), LOCAL));
        expect(result.summary.issues).toEqual([]);
        expect(result.records.map((record) => [recordKey(record), record.message])).toEqual(full.map((record) => [recordKey(record), record.message]));
      }),
      settings,
    );
  });

  it.runIf(shape.encoding !== 'utf8')('survives lone UTF-16 surrogates and an odd byte count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length / 2 - 2 }), fc.boolean(), async (unit, odd) => {
        const damaged = withLoneSurrogate(bytes, unit, shape.encoding === 'utf16be');
        const result = await readBytes(odd ? damaged.subarray(0, damaged.length - 1) : damaged, LOCAL);
        // In the header (or the first line detection reads), the damage may change what every row
        // means; in place of a CSV quote it is grammar, as above.
        const replaced = shape.encoding === 'utf16be' ? bytes.readUInt16BE(2 + 2 * unit) : bytes.readUInt16LE(2 + 2 * unit);
        if (result instanceof InputError || 2 + 2 * unit < (ranges[0]?.end ?? 0) || (shape.csv && replaced === 0x22)) return;
        expect(result.records.length).toBeGreaterThanOrEqual(full.length - 2);
      }),
      settings,
    );
  });

  it('reads the events around a 10 MB line without a line break', async () => {
    const lines = linesOf(text);
    const middle = ranges[Math.floor(ranges.length / 2)]?.record.origin.line ?? 2;
    const huge = `${'x'.repeat(10 * 1024 * 1024)}\r\n`;
    const damaged = lines.map((line, index) => (index + 1 === middle ? huge + line : line)).join('');
    const started = Date.now();
    const result = read(await readBytes(encodeText(bom, damaged, shape.encoding), LOCAL));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(missing(full, result.records)).toEqual([]);
    if (shape.garbageReported) expect(result.summary.skipped).toBe(1);
  });
});
