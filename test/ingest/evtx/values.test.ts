import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, crc32ByTable } from '../../../src/ingest/evtx/crc32.js';
import { arrayItems, fileTimeDate, fileTimeText, isEmptyText, utf16Text, VALUE, valueText } from '../../../src/ingest/evtx/values.js';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s/g, ''), 'hex');
const text = (bytes: Buffer, type: number): string => valueText(bytes, 0, bytes.length, type);

describe('substitution values as text, in evtxexport notation', () => {
  it('writes GUIDs upper-case in braces, the first three groups little-endian', () => {
    expect(text(hex('83b3e9db f37c 3143 91cc a3cb16a3b538'), VALUE.guid)).toBe('{DBE9B383-7CF3-4331-91CC-A3CB16A3B538}');
  });

  it('writes SIDs from their revision, big-endian authority and little-endian sub-authorities', () => {
    expect(text(hex('01 01 000000000005 12000000'), VALUE.sid)).toBe('S-1-5-18');
    expect(text(hex('01 05 000000000005 15000000 f20aea48 bd22aec4 a6ff2657 f4010000'), VALUE.sid)).toBe('S-1-5-21-1223297778-3299746493-1462173606-500');
  });

  it('writes FILETIME with the seven digits it holds and reads it to the millisecond', () => {
    const ft = hex('00 00 00 00 00 00 00 00');
    ft.writeBigUInt64LE(133540708315302719n); // 2024-03-05T00:07:11.5302719Z
    expect(fileTimeText(ft, 0)).toBe('2024-03-05T00:07:11.5302719Z');
    expect(fileTimeDate(ft, 0).toISOString()).toBe('2024-03-05T00:07:11.530Z');
    ft.writeBigUInt64LE(0n);
    expect(fileTimeText(ft, 0)).toBe('1601-01-01T00:00:00.0000000Z');
  });

  it('writes SYSTEMTIME to the millisecond', () => {
    expect(text(hex('e807 0300 0200 0500 0000 0700 0b00 1002'), VALUE.systemTime)).toBe('2024-03-05T00:07:11.528Z');
  });

  it('writes hexadecimal integers zero-padded to their width, binary upper-case', () => {
    expect(text(hex('6d0000c0'), VALUE.hexInt32)).toBe('0xc000006d');
    expect(text(hex('0000000000008000'), VALUE.hexInt64)).toBe('0x0080000000000000');
    expect(text(hex('e703000000000000'), VALUE.sizeT)).toBe('0x00000000000003e7');
    expect(text(hex('d9060000'), VALUE.binary)).toBe('D9060000');
  });

  it('writes the integer types, signed and unsigned, up to 64 bits exactly', () => {
    expect(text(hex('ff'), VALUE.int8)).toBe('-1');
    expect(text(hex('ff'), VALUE.uint8)).toBe('255');
    expect(text(hex('ffff'), VALUE.int16)).toBe('-1');
    expect(text(hex('ffffffff'), VALUE.uint32)).toBe('4294967295');
    expect(text(hex('ffffffffffffffff'), VALUE.uint64)).toBe('18446744073709551615');
    expect(text(hex('ffffffffffffffff'), VALUE.int64)).toBe('-1');
    expect(text(hex('0100000000000080'), VALUE.int64)).toBe('-9223372036854775807');
    expect(text(hex('01000000'), VALUE.bool)).toBe('true');
  });

  it('reads ANSI strings as windows-1252 and UTF-16 strings up to their first NUL', () => {
    expect(text(hex('61 a6 62 00 63'), VALUE.ansiString)).toBe('a¦b');
    expect(text(Buffer.from('ADSync\0junk', 'utf16le'), VALUE.string)).toBe('ADSync');
  });

  it('replaces an unpaired surrogate as libuna does: a high one takes the next code unit with it', () => {
    expect(utf16Text(hex('40d9 1f5a 5201'), 0, 6)).toBe('\ufffdŒ');
    expect(utf16Text(hex('41 00 00dc 42 00'), 0, 6)).toBe('A\ufffdB');
    expect(utf16Text(hex('3dd8 00de'), 0, 4)).toBe('😀');
  });

  it('splits string arrays at NULs, keeping empty items, and packs other arrays by their width', () => {
    expect(arrayItems(Buffer.from('\0\0a\0b\0', 'utf16le'), 0, 12, VALUE.string | VALUE.array)).toEqual(['', '', 'a', 'b']);
    expect(arrayItems(hex('0100 0200 0300'), 0, 6, VALUE.uint16 | VALUE.array)).toEqual(['1', '2', '3']);
  });
});

describe('the CRC-32 of chunks and headers', () => {
  it('is the IEEE CRC-32, the same with or without zlib.crc32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = randomBytes(70000);
    expect(crc32ByTable(data)).toBe(crc32(data));
    expect(crc32ByTable(data.subarray(5000), crc32ByTable(data.subarray(0, 5000)))).toBe(crc32(data));
  });

  it('tells an empty text from the first bytes exactly when valueText gives an empty text, for every type and size (property)', () => {
    // Strings that start with NUL or hold a lone byte, short fixed-size values and empty binaries are the edges.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.uint8Array({ maxLength: 24 }).map((tail) => Uint8Array.from([0, 0, ...tail])),
      fc.constantFrom(new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(0x41), Uint8Array.of(0x41, 0), Uint8Array.of(0, 0x41)),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), bytes, (type, raw) => {
        const buffer = Buffer.from(raw);
        expect(isEmptyText(buffer, 0, buffer.length, type)).toBe(valueText(buffer, 0, buffer.length, type) === '');
      }),
      { numRuns: 5000, seed: 20261204 },
    );
  });
});
