import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../../src/ingest/read.js';
import { sourceFilter } from '../../../src/ingest/types.js';
import type { IngestedRecord } from '../../../src/record.js';
import { CORPUS, corpusFiles } from '../../support/evtx-corpus.js';
import { readEvtxBytes, recordLayout, type RawReading, type RecordSpan } from '../../support/evtx-layout.js';
import { writeEvtx } from '../../support/evtx-writer.js';
import { eventsOfXmlExport } from '../../support/xml-to-evtx.js';

// Fixed seed and bounded runs: the same cases on every run; `npm run fuzz` runs many more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const settings = { numRuns: RUNS, seed: SEED };

/** The demo log in chunks of 40 records: 30 chunks, templates defined again in every one. */
const source = writeEvtx(eventsOfXmlExport('fixtures/demo/Application.xml'), { recordsPerChunk: 40 });
const layout = recordLayout(source);
const clean = await readEvtxBytes(source);

function chunkOf(offset: number): number {
  return Math.floor((offset - 4096) / 65536);
}

/** Every record is read, or something was reported in its chunk at or before it: nothing is lost unsaid. */
function accountedFor(reading: RawReading, span: RecordSpan): boolean {
  if (reading.records.some((record) => record.recordId === span.id && record.origin.offset === span.start)) return true;
  return reading.issues.some((issue) => chunkOf(issue.offset) === span.chunk && issue.offset <= span.start);
}

describe('the .evtx reader on damaged files', () => {
  it('reads the clean file whole, in any piece size', async () => {
    expect(clean.records).toHaveLength(1185);
    expect(clean.issues).toEqual([]);
    expect(clean.notices).toEqual([]);
    for (const pieceSize of [1, 7, 4096, 65537, 1 << 20]) {
      const reading = await readEvtxBytes(source.subarray(0, 200_000), { pieceSize });
      expect(reading.records.map((record) => record.recordId)).toEqual(layout.filter((span) => span.end <= 200_000).map((span) => span.id));
    }
  });

  it('reads every whole record before a random cut and reports the cut with its byte offset (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: source.length }), async (cut) => {
        const reading = await readEvtxBytes(source.subarray(0, cut));
        // A record is readable when it is whole and its chunk's 512-byte header is there.
        const whole = layout.filter((span) => span.end <= cut && 4096 + span.chunk * 65536 + 512 <= cut);
        expect(reading.records.map((record) => record.recordId)).toEqual(whole.map((span) => span.id));
        const cutChunk = cut > 4096 && (cut - 4096) % 65536 !== 0 ? chunkOf(cut) : undefined;
        if (cut < 4096) expect(reading.issues).toHaveLength(cut === 0 ? 0 : 1);
        else if (cutChunk === undefined) expect(reading.issues).toEqual([]);
        else {
          expect(reading.issues.length).toBeGreaterThan(0);
          expect(reading.issues[0]!.offset).toBe(4096 + cutChunk * 65536);
          expect(reading.issues[0]!.message).toMatch(/ends inside chunk/);
        }
        for (const issue of reading.issues) expect(issue.line).toBe(0);
      }),
      settings,
    );
  });

  it('never stops on random byte flips: untouched chunks are read whole, nothing else is lost unsaid (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 8, max: source.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), async (flips) => {
        const bytes = Buffer.from(source);
        for (const [at, value] of flips) bytes[at] = value;
        const reading = await readEvtxBytes(bytes, { renderXml: true });
        const hit = new Set(flips.filter(([at, value]) => at >= 4096 && source[at] !== value).map(([at]) => chunkOf(at)));
        const byOffset = new Map(clean.records.map((record) => [record.origin.offset, record]));
        // The rendering is compared elsewhere; here the fields (a deep comparison of every event's
        // bytes, key by key, would cost the test most of its time).
        const fields = ({ xml: _xml, xmlBytes: _bytes, ...rest }: IngestedRecord) => rest;
        for (const record of reading.records) {
          const before = byOffset.get(record.origin.offset);
          if (!hit.has(chunkOf(record.origin.offset))) expect(fields(record)).toEqual(before === undefined ? fields(record) : fields(before));
        }
        for (const span of layout) {
          if (!hit.has(span.chunk)) expect(reading.records.some((record) => record.origin.offset === span.start)).toBe(true);
          else expect(accountedFor(reading, span) || reading.notices.some((notice) => notice.message.includes(`chunk ${span.chunk} `))).toBe(true);
        }
        for (const issue of reading.issues) {
          expect(issue.line).toBe(0);
          expect(issue.offset).toBeGreaterThanOrEqual(0);
          expect(issue.offset).toBeLessThan(bytes.length);
        }
      }),
      settings,
    );
  });

  it('skips garbage written over records and reads on after it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: layout.length - 1 }), fc.uint8Array({ minLength: 8, maxLength: 600 }), fc.nat({ max: 300 }), async (index, garbage, shift) => {
        const span = layout[index]!;
        const at = Math.min(span.start + shift, span.end);
        const bytes = Buffer.from(source);
        bytes.set(garbage.subarray(0, Math.max(0, 4096 + (span.chunk + 1) * 65536 - at)), at);
        const reading = await readEvtxBytes(bytes);
        const end = at + garbage.length;
        for (const other of layout) {
          // Records wholly outside the garbage are read, unless their template was defined in a record it destroyed.
          const untouched = other.end <= at || other.start >= end;
          if (untouched && other.chunk !== span.chunk) expect(reading.records.some((record) => record.origin.offset === other.start)).toBe(true);
          if (other.chunk === span.chunk) expect(accountedFor(reading, other) || reading.notices.length > 0).toBe(true);
        }
      }),
      settings,
    );
  });

  it('reads a chunk whose checksum fails and says so, as a notice that skips nothing', async () => {
    const bytes = Buffer.from(source);
    const span = layout[100]!;
    bytes[span.start + 200] = bytes[span.start + 200]! ^ 0x20; // inside a string value: the record still decodes
    const reading = await readEvtxBytes(bytes);
    expect(reading.records).toHaveLength(1185);
    expect(reading.issues).toEqual([]);
    expect(reading.notices).toEqual([{ file: 'test.evtx', severity: 'warning', message: `byte ${4096 + span.chunk * 65536}: chunk ${span.chunk} fails its checksum; its records were read but may be damaged` }]);
  });

  it('stops at once on a file that is only a broken header', async () => {
    const reading = await readEvtxBytes(source.subarray(0, 100));
    expect(reading.records).toEqual([]);
    expect(reading.issues).toEqual([{ file: 'test.evtx', line: 0, offset: 0, message: 'the file ends inside its .evtx header' }]);
  });
});

const files = new Set(corpusFiles());

/** What each damaged corpus file still holds, and where the reader says the rest went. */
describe.skipIf(files.size === 0)('the .evtx reader on the damaged files of the corpus', () => {
  async function read(file: string) {
    const input = await openInput(join(CORPUS, file), { filter: sourceFilter('all') });
    let records = 0;
    for await (const _record of input.records) records++;
    return { records, summary: input.summary };
  }

  it('bad-chunk-magic: reads around two damaged records, skips two slots without a chunk signature', async () => {
    const { records, summary } = await read('bad-chunk-magic.evtx');
    expect(records).toBe(298);
    expect(summary.issues.map((issue) => [issue.offset, issue.message])).toEqual([
      [12224, 'event record 46741 is damaged (its size does not match the copy at its end); 57000 bytes up to the next whole record were skipped'],
      [397312, 'chunk 6 has no chunk signature; its 65536 bytes were skipped'],
      [470632, 'event record 47640 is damaged (its size does not match the copy at its end); 17256 bytes up to the next whole record were skipped'],
      [650816, 'event record 45933 is damaged (its size does not match the copy at its end); 8344 bytes up to the next whole record were skipped'],
      [659456, 'chunk 10 has no chunk signature; its 65536 bytes were skipped'],
    ]);
    expect(summary.notices?.map((notice) => notice.message)).toEqual([
      'byte 4096: chunk 0 fails its checksum; its records were read but may be damaged',
      'byte 462848: chunk 7 fails its checksum; its records were read but may be damaged',
      'byte 593920: chunk 9 fails its checksum; its records were read but may be damaged',
    ]);
  });

  it('security-truncated: reads the whole records before the cut in the partial third chunk', async () => {
    const { records, summary } = await read('security-truncated.evtx');
    expect(records).toBe(283);
    expect(summary.issues.map((issue) => issue.offset)).toEqual([135168, 199640]);
    expect(summary.issues[0]?.message).toBe('the file ends inside chunk 2, after 64832 of its 65536 bytes; the whole records before that point were read');
  });

  it('dirty files: every chunk slot is visited whatever the header says, slack is not read', async () => {
    expect((await read('system-dirty-stale-header.evtx')).records).toBe(1881);
    const sysmon = await read('sysmon-dirty.evtx');
    expect(sysmon.records).toBe(358);
    expect(sysmon.summary.issues.map((issue) => issue.offset)).toEqual([9, 10, 11, 12, 13, 14, 15, 16].map((slot) => 4096 + slot * 65536));
    const application = await read('application-many-events.evtx');
    expect(application.records).toBe(2216);
    expect(application.summary.issues).toEqual([]);
  });

  it('a file written without checksums is read without complaint', async () => {
    const { records, summary } = await read('application-no-crc32.evtx');
    expect(records).toBe(17);
    expect(summary.issues).toEqual([]);
    expect(summary.notices).toBeUndefined();
  });
});
