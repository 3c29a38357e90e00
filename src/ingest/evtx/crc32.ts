// Ingest (.evtx): the CRC-32 that guards the file header, chunk headers and record data.

import zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value?: number) => number;

/** Node 20.15+ computes it natively (about 2 GB/s); older builds get the classic table walk. */
const native = (zlib as unknown as { crc32?: Crc32 }).crc32;

let table: Uint32Array | undefined;

function buildTable(): Uint32Array {
  const built = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    built[n] = c >>> 0;
  }
  return built;
}

function tableCrc32(data: Uint8Array, value = 0): number {
  const lookup = (table ??= buildTable());
  let crc = ~value >>> 0;
  for (let i = 0; i < data.length; i++) crc = (lookup[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return ~crc >>> 0;
}

/** IEEE CRC-32 (zip, PNG, .evtx); `value` continues a CRC over split data. */
export const crc32: Crc32 = typeof native === 'function' ? native : tableCrc32;

/** Exposed so tests can check the fallback against the native one. */
export const crc32ByTable: Crc32 = tableCrc32;
