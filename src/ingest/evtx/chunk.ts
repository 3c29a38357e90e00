// Ingest (.evtx): one 64 KiB chunk — its header, its checksums and where its records lie.

import { crc32 } from './crc32.js';

export const CHUNK_HEADER_BYTES = 512;
/** A record's fixed parts: signature, size, id, time (24 bytes) and the trailing copy of the size. */
export const RECORD_OVERHEAD = 28;

const CHUNK_SIGNATURE = Buffer.from('ElfChnk\0', 'latin1');
const RECORD_SIGNATURE = Buffer.from([0x2a, 0x2a, 0x00, 0x00]);
const RECORD_MAGIC = 0x00002a2a;
const CHUNK_FLAG_NO_CRC32 = 0x4;

/** What a 64 KiB slot of the file holds: a chunk, nothing (never used), or something else. */
export type SlotKind = 'chunk' | 'empty' | 'garbage';

export function classifySlot(bytes: Buffer, length: number): SlotKind {
  let signature = length >= CHUNK_SIGNATURE.length;
  for (let i = 0; signature && i < CHUNK_SIGNATURE.length; i++) signature = bytes[i] === CHUNK_SIGNATURE[i];
  if (signature) return 'chunk';
  for (let i = 0; i < length; i++) if (bytes[i] !== 0) return 'garbage';
  return 'empty';
}

export interface ChunkHeader {
  /** End of record data: the free-space offset, clamped to the bytes the file holds. */
  end: number;
  /** The header states a free-space offset beyond the 64 KiB chunk or before its first record. */
  freeSpaceInvalid: boolean;
  /** The chunk is cut short by the end of the file. */
  truncated: boolean;
  /** Both CRCs match, or the file was written without them. */
  checksumsOk: boolean;
}

/** `bytes` is a chunk buffer whose first `length` bytes come from the file (less than 64 KiB only at a truncated end). */
export function readChunkHeader(bytes: Buffer, length: number, fileNoCrc32: boolean, chunkBytes: number): ChunkHeader {
  if (length < CHUNK_HEADER_BYTES) return { end: length, freeSpaceInvalid: true, truncated: true, checksumsOk: false };
  const freeSpace = bytes.readUInt32LE(48);
  const freeSpaceInvalid = freeSpace < CHUNK_HEADER_BYTES || freeSpace > chunkBytes;
  const stated = freeSpaceInvalid ? chunkBytes : freeSpace;
  const end = Math.min(stated, length);
  const noCrc32 = fileNoCrc32 || (bytes.readUInt32LE(120) & CHUNK_FLAG_NO_CRC32) !== 0;
  let checksumsOk = true;
  if (!noCrc32) {
    const headerCrc = crc32(bytes.subarray(128, CHUNK_HEADER_BYTES), crc32(bytes.subarray(0, 120)));
    const dataCrc = freeSpaceInvalid || stated > length ? -1 : crc32(bytes.subarray(CHUNK_HEADER_BYTES, stated));
    checksumsOk = headerCrc === bytes.readUInt32LE(124) && dataCrc === bytes.readUInt32LE(52);
  }
  return { end, freeSpaceInvalid, truncated: length < chunkBytes, checksumsOk };
}

/** Size of the record that starts at `at` when it is whole and consistent (size equals its trailing copy), else 0. */
export function recordSizeAt(bytes: Buffer, at: number, end: number): number {
  if (at + RECORD_OVERHEAD > end || bytes.readUInt32LE(at) !== RECORD_MAGIC) return 0;
  const size = bytes.readUInt32LE(at + 4);
  if (size < RECORD_OVERHEAD || size > end - at) return 0;
  return bytes.readUInt32LE(at + size - 4) === size ? size : 0;
}

/** Where the next whole record starts at or after `from`, for walking past damage; -1 when none does. */
export function findRecord(bytes: Buffer, from: number, end: number): number {
  let at = bytes.indexOf(RECORD_SIGNATURE, from);
  while (at !== -1 && at + RECORD_OVERHEAD <= end) {
    if (recordSizeAt(bytes, at, end) > 0) return at;
    at = bytes.indexOf(RECORD_SIGNATURE, at + 1);
  }
  return -1;
}
