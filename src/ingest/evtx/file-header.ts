// Ingest (.evtx): the 4 KiB file header; only the signature and flags matter to reading.

import { crc32 } from './crc32.js';

export const FILE_HEADER_BYTES = 4096;
export const CHUNK_BYTES = 65536;

const SIGNATURE = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"

const FLAG_DIRTY = 0x1;
const FLAG_FULL = 0x2;
const FLAG_NO_CRC32 = 0x4;

export interface EvtxFileHeader {
  majorVersion: number;
  minorVersion: number;
  /** Not closed cleanly: the header's counts may be stale (they are never trusted anyway). */
  dirty: boolean;
  full: boolean;
  /** Written without checksums (format 3.2 option): chunk CRCs must not be checked. */
  noCrc32: boolean;
  /** The header's own CRC matches; informative only. */
  checksumOk: boolean;
  /** Chunk count as the header states it; it overflows and goes stale, so reading visits every slot instead. */
  statedChunks: number;
}

/** True when `bytes` starts with the .evtx signature, whatever the file is called. */
export function hasEvtxSignature(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length) return false;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) return false;
  return true;
}

/** `bytes` holds at least the first 128 bytes of the file and starts with the signature. */
export function readFileHeader(bytes: Uint8Array): EvtxFileHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint32(120, true);
  return {
    minorVersion: view.getUint16(36, true),
    majorVersion: view.getUint16(38, true),
    dirty: (flags & FLAG_DIRTY) !== 0,
    full: (flags & FLAG_FULL) !== 0,
    noCrc32: (flags & FLAG_NO_CRC32) !== 0,
    checksumOk: crc32(bytes.subarray(0, 120)) === view.getUint32(124, true),
    statedChunks: view.getUint16(42, true),
  };
}
