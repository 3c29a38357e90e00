import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { readFixture } from '../support/read.js';

const dir = 'fixtures/xml/broken';

async function recordIds(file: string): Promise<(number | undefined)[]> {
  const { records } = await readFixture(`${dir}/${file}`);
  return records.map((record) => record.recordId);
}

async function rejection(file: string): Promise<InputError> {
  try {
    await readFixture(`${dir}/${file}`);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${file} was read, but should have been refused`);
}

describe('broken XML inputs', () => {
  it('skips an event without </Event>, naming its line, and keeps the events around it', async () => {
    const { records, summary } = await readFixture(`${dir}/unclosed-event.xml`);
    expect(records.map((record) => record.recordId)).toEqual([88211, 88214, 88215, 88216]);
    expect(summary.skipped).toBe(1);
    expect(summary.issues).toEqual([
      expect.objectContaining({ file: `${dir}/unclosed-event.xml`, line: 3, message: expect.stringContaining('without its closing </Event>') }),
    ]);
  });

  it('skips pasted lines between events (a cut event, a line of details text) with one warning at the first', async () => {
    const { summary } = await readFixture(`${dir}/garbage-between.xml`);
    expect(await recordIds('garbage-between.xml')).toEqual([88211, 88213, 88214, 88215, 88216]);
    expect(summary.issues).toHaveLength(1);
    expect(summary.issues[0]).toMatchObject({ line: 3, message: expect.stringContaining('without its closing </Event>') });
  });

  it('warns about plain text between events, at the line where it starts', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const lines = readFileSync('fixtures/xml/wevtutil.xml', 'utf8').split('\r\n');
    lines.splice(2, 0, 'Log Name:      Application', 'Source:        PasswordResetService');
    const path = join(mkdtempSync(join(tmpdir(), 'wbd-')), 'pasted.xml');
    writeFileSync(path, lines.join('\r\n'));
    const { records, summary } = await readFixture(path);
    expect(records).toHaveLength(11);
    expect(summary.issues).toEqual([expect.objectContaining({ line: 3, message: 'text that is not an event was skipped: "Log Name: Application Source: PasswordResetService"' })]);
  });

  it('reads a truncated copy up to the cut and names the byte offset of the cut event', async () => {
    const { records, summary } = await readFixture(`${dir}/truncated.xml`);
    expect(records.map((record) => record.recordId)).toEqual([88211, 88213, 88214, 88215]);
    expect(summary.issues).toEqual([
      expect.objectContaining({ line: 6, offset: 6197, message: expect.stringContaining('ends inside this event') }),
    ]);
  });

  it('refuses a billion-laughs document at once, without expanding an entity', async () => {
    const started = process.hrtime.bigint();
    const before = process.memoryUsage().heapUsed;
    const error = await rejection('billion-laughs.xml');
    expect(error.kind).toBe('unreadable');
    expect(error.message).toMatch(/^line 2: .*DTD/);
    // Bounded work: refused from the first 64 KiB, not after expanding 10^9 entities.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an external entity and never reads the file it points at', async () => {
    const error = await rejection('external-entity.xml');
    expect(error.message).toMatch(/DTD/);
    expect(error.message).not.toContain('root:');
  });

  it('refuses empty, binary and non-export files with a reason', async () => {
    expect((await rejection('empty.xml')).message).toBe('the file is empty');
    expect((await rejection('binary.bin')).message).toMatch(/ZIP archive/);
    expect((await rejection('not-an-export.xml')).message).toMatch(/not an event log export.*<configuration>/);
  });

  it('never expands a DTD entity that reaches an event', async () => {
    // The DTD sits beyond the head the detector reads, so the reader itself meets it.
    const doctype = readFileSync(`${dir}/billion-laughs.xml`, 'utf8');
    expect(doctype).toContain('&lol9;');
    const { decodeXmlEntities } = await import('../../src/ingest/xml-entities.js');
    expect(decodeXmlEntities('a &lol9; &amp; &#x41;&#66;')).toBe('a &lol9; & AB');
  });
});
