import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/ingest/csv-rows.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function rows(text: string, size: number, encoding: 'utf-8' | 'utf-16le' = 'utf-8', bomLength = 0, leadingLines = 0) {
  const bad: [number, number, string][] = [];
  const out = [];
  const onBadRow = (line: number, offset: number, message: string): void => {
    bad.push([line, offset, message]);
  };
  for await (const row of readCsvRows(chunked(text, size), { delimiter: ',', sniffed: { encoding, bomLength }, leadingLines, onBadRow })) out.push(row);
  return { out, bad };
}

const text = 'Level,Date and Time,Source,Event ID,Task Category\r\nError,3/5/2024 7:11:04 PM,ADSync,6329,Server,"An unexpected error\r\n""BAIL: MMS(4924)""\r\nAzure AD Sync 2.1.20.0"\r\n\r\nInformation,3/5/2024 7:07:11 PM,PasswordResetService,31001,None,"TrackingId: x, Müller"\r\nWarning,3/5/2024 7:00:00 PM,ESENT,916,(1),"a"\r\n';

describe('CSV rows', () => {
  it('gives each row with the line and byte offset it starts at, whatever the chunk size', async () => {
    for (const size of [1, 2, 7, text.length]) {
      const { out, bad } = await rows(text, size);
      expect(bad).toEqual([]);
      expect(out.map((row) => [row.fields[3], row.line, row.offset])).toEqual([
        ['Event ID', 1, 0],
        ['6329', 2, text.indexOf('Error')],
        ['31001', 6, Buffer.byteLength(text.slice(0, text.indexOf('Information')))],
        ['916', 7, Buffer.byteLength(text.slice(0, text.indexOf('Warning')))],
      ]);
      expect(out[1]?.fields[5]).toBe('An unexpected error\n"BAIL: MMS(4924)"\nAzure AD Sync 2.1.20.0');
    }
  });

  it('leaves out the lines detection already read (the header), keeping line numbers and offsets of the file', async () => {
    for (const size of [3, text.length]) {
      const { out } = await rows(text, size, 'utf-8', 0, 1);
      expect(out.map((row) => [row.fields[3], row.line, row.offset])).toEqual([
        ['6329', 2, text.indexOf('Error')],
        ['31001', 6, Buffer.byteLength(text.slice(0, text.indexOf('Information')))],
        ['916', 7, Buffer.byteLength(text.slice(0, text.indexOf('Warning')))],
      ]);
    }
  });

  it('counts UTF-16 byte offsets after the BOM', async () => {
    const { out } = await rows(text, 5, 'utf-16le', 2);
    expect(out[2]?.offset).toBe(2 + 2 * text.indexOf('Information'));
  });

  it('keeps stray quotes in a field as text rather than losing the rows after it', async () => {
    const { out, bad } = await rows('a,b\r\n"x"y,1\r\nc,d\r\n', 3);
    expect(out.map((row) => row.fields)).toEqual([['a', 'b'], ['"x"y', '1'], ['c', 'd']]);
    expect(bad).toEqual([]);
  });

  it('reports a quote that is never closed, at the line where the file ends inside it', async () => {
    const { out, bad } = await rows('a,b\r\nc,"d\r\ne,f\r\n', 4);
    expect(out.map((row) => row.fields)).toEqual([['a', 'b']]);
    expect(bad).toHaveLength(1);
  });
});
