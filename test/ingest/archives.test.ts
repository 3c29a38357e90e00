import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../scripts/lib/zip-writer.mjs';
import { InputError } from '../../src/ingest/errors.js';
import { openInputs, type OpenedInput } from '../../src/ingest/read.js';
import { sourceFilter } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';
import { readFixture } from '../support/read.js';

const folder = mkdtempSync(join(tmpdir(), 'wbd-archives-'));
const file = (name: string, bytes: Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};

async function recordsOf(input: OpenedInput): Promise<IngestedRecord[]> {
  const records: IngestedRecord[] = [];
  for await (const record of input.records) records.push(record);
  return records;
}

const withoutOrigin = (records: readonly IngestedRecord[]) => records.map(({ origin: _origin, ...rest }) => rest);

const XML = 'fixtures/xml/eventviewer-en-US.utf8bom.xml';
const UTF16 = 'fixtures/xml/wevtutil-rendered.utf16le.xml';
const CSV = 'fixtures/csv/eventviewer-en-US.utf8bom.csv';

describe('gzip and ZIP inputs, read without unpacking them first', () => {
  it('reads a gzip-compressed export as the export itself, offsets counted in the uncompressed bytes', async () => {
    for (const fixture of [XML, UTF16, CSV]) {
      const plain = await readFixture(fixture, 'all', { zone: 'UTC' });
      const packed = await readFixture(file('export.gz', gzipSync(readFileSync(fixture))), 'all', { zone: 'UTC' });
      expect(packed.records.map((record) => ({ ...record, origin: { ...record.origin, file: fixture } }))).toEqual(plain.records);
      expect(packed.summary.encoding).toBe(`${plain.summary.encoding}, gzip-compressed`);
    }
  });

  it('reads every export inside a ZIP archive as an input of its own, named after the archive', async () => {
    const archive = file('ticket.zip', zipArchive([
      { name: 'AADC01/Application.xml', data: readFileSync(XML) },
      { name: 'AADC01/Application.csv', data: readFileSync(CSV), method: 0 },
      { name: 'AADC01/', data: Buffer.alloc(0), method: 0 },
      { name: '__MACOSX/AADC01/._Application.xml', data: Buffer.from('metadata') },
    ]));
    const { opened, skipped, unreadable } = await openInputs(archive, { filter: sourceFilter('all'), localTime: { zone: 'UTC' } });
    expect(skipped).toEqual([]);
    expect(unreadable).toEqual([]);
    expect(opened.map((input) => [input.summary.path, input.summary.format])).toEqual([
      [`${archive}/AADC01/Application.xml`, 'xml-events'],
      [`${archive}/AADC01/Application.csv`, 'csv-eventviewer'],
    ]);
    const plain = (await openInputs(XML, { filter: sourceFilter('all') })).opened[0] as OpenedInput;
    expect(withoutOrigin(await recordsOf(opened[0] as OpenedInput))).toEqual(withoutOrigin(await recordsOf(plain)));
    expect(await recordsOf(opened[1] as OpenedInput)).toHaveLength(18);
  });

  it('reads entries with data descriptors and ZIP64 sizes, as streaming archivers write them', async () => {
    const archive = file('streamed.zip', zipArchive([
      { name: 'a.xml', data: readFileSync(XML), dataDescriptor: true },
      { name: 'b.xml', data: readFileSync(UTF16), zip64: true },
      { name: 'c.xml', data: readFileSync(XML), zip64: true, dataDescriptor: true, method: 0 },
    ]));
    const { opened } = await openInputs(archive, { filter: sourceFilter('all') });
    const counts = await Promise.all(opened.map(async (input) => (await recordsOf(input)).length));
    expect(counts).toEqual([18, 18, 18]);
  });

  it('tells how far the file on disk has been read, shared by the entries of one archive', async () => {
    const archive = file('progress.zip', zipArchive([{ name: 'a.xml', data: readFileSync(XML) }, { name: 'b.xml', data: readFileSync(XML) }]));
    const { opened } = await openInputs(archive, { filter: sourceFilter('all') });
    expect(opened[0]?.progress).toBe(opened[1]?.progress);
    for (const input of opened) await recordsOf(input);
    const progress = opened[0]?.progress;
    expect(progress?.done).toBeGreaterThan((progress?.total ?? 0) * 0.9);
    expect(progress?.done).toBeLessThanOrEqual(progress?.total ?? 0);
  });

  it('refuses, before inflating anything, an archive that declares more than --max-uncompressed', async () => {
    const archive = file('big.zip', zipArchive([{ name: 'a.xml', data: readFileSync(XML) }]));
    const attempt = openInputs(archive, { filter: sourceFilter('all'), maxUncompressed: 1000 });
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(/declares 2[0-9.]* KiB uncompressed, more than the 1000 bytes allowed/);
  });

  it('reads one level of packing: an archive inside an archive is named, not unpacked', async () => {
    const archive = file('nested.zip', zipArchive([
      { name: 'Application.xml.gz', data: gzipSync(readFileSync(XML)) },
      { name: 'Application.xml', data: readFileSync(XML) },
    ]));
    const { opened, skipped } = await openInputs(archive, { filter: sourceFilter('all') });
    expect(opened.map((input) => input.summary.path)).toEqual([`${archive}/Application.xml`]);
    expect(skipped).toEqual([{ name: `${archive}/Application.xml.gz`, reason: 'this is a gzip file inside a compressed file (unpack the outer one, then read this one), not an event log export' }]);
    const doubled = file('twice.xml.gz', gzipSync(gzipSync(readFileSync(XML))));
    await expect(openInputs(doubled, { filter: sourceFilter('all') })).rejects.toThrow(/gzip file inside a compressed file/);
  });

  it('stops a gzip file that expands beyond --max-uncompressed, whatever it claims', async () => {
    const bomb = file('bomb.xml.gz', gzipSync(Buffer.concat([readFileSync('fixtures/xml/wevtutil.xml'), Buffer.alloc(8 * 1024 * 1024, 0x20)])));
    const { opened } = await openInputs(bomb, { filter: sourceFilter('all'), maxUncompressed: 1024 * 1024 });
    const started = Date.now();
    await expect(recordsOf(opened[0] as OpenedInput)).rejects.toThrow(/expands to more than 1 MiB/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
