import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/read.js';

const folder = mkdtempSync(join(tmpdir(), 'wbd-in-place-'));

/**
 * A realistic export many megabytes long: the fixture's events over and over, one of them with a
 * message of several MiB (more than the reader's storage holds at first) and some text between
 * events that is warned about, in the fixture's own encoding.
 */
function largeExport(fixture: string, encoding: 'utf8' | 'utf16le' | 'utf16be'): Buffer {
  const raw = readFileSync(fixture);
  const bom = encoding === 'utf8' ? 0 : 2;
  const decode = (bytes: Buffer) => (encoding === 'utf8' ? bytes.toString('utf8') : encoding === 'utf16le' ? bytes.toString('utf16le') : Buffer.from(bytes).swap16().toString('utf16le'));
  const encode = (text: string) => (encoding === 'utf8' ? Buffer.from(text, 'utf8') : encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16());
  const text = decode(raw.subarray(bom));
  const first = text.indexOf('<Event ');
  const last = text.lastIndexOf('</Event>') + '</Event>'.length;
  const events = text.slice(first, last);
  const big = events.replace(/<Data>([^<]*)<\/Data>/, (_all, data: string) => `<Data>${data}${'long message line\r\n'.repeat(200_000)}</Data>`);
  const parts = [text.slice(0, first)];
  for (let i = 0; i < 400; i++) parts.push(i === 150 ? big : events, i % 97 === 5 ? '\r\nstray text\r\n' : '\r\n');
  parts.push(text.slice(last));
  return Buffer.concat([raw.subarray(0, bom), encode(parts.join(''))]);
}

describe('an XML export on disk, read straight into the scanner\'s memory', () => {
  for (const [fixture, encoding] of [
    ['fixtures/xml/eventviewer-en-US.utf8.xml', 'utf8'],
    ['fixtures/xml/eventviewer-en-US.utf16le.xml', 'utf16le'],
    ['fixtures/xml/eventviewer-en-US.utf16be.xml', 'utf16be'],
  ] as const) {
    it(`yields the same records, lines, offsets and warnings as the same bytes streamed in chunks (${encoding})`, async () => {
      const bytes = largeExport(fixture, encoding);
      expect(bytes.length).toBeGreaterThan(12 * 1024 * 1024);
      const plainPath = join(folder, `large.${encoding}.xml`);
      writeFileSync(plainPath, bytes);
      const packedPath = join(folder, `large.${encoding}.xml.gz`);
      writeFileSync(packedPath, gzipSync(bytes, { level: 1 }));
      const plain = await readFixture(plainPath, 'all');
      const packed = await readFixture(packedPath, 'all');
      const named = (records: typeof plain.records) => records.map((record) => ({ ...record, origin: { ...record.origin, file: 'export' } }));
      expect(plain.records.length).toBeGreaterThan(2000);
      expect(named(plain.records)).toEqual(named(packed.records));
      expect(plain.summary.issues.length).toBeGreaterThan(0);
      expect(plain.summary.issues.map((issue) => ({ ...issue, file: 'export' }))).toEqual(packed.summary.issues.map((issue) => ({ ...issue, file: 'export' })));
      expect(plain.summary.records).toBe(packed.summary.records);
      // Only the writeback sources: unwanted events are told by their provider's bytes.
      const wanted = await readFixture(plainPath);
      const wantedPacked = await readFixture(packedPath);
      expect(named(wanted.records)).toEqual(named(wantedPacked.records));
      expect(wanted.records.length).toBeGreaterThan(0);
    });
  }
});
