// Ingest: the entries of a ZIP archive (a zipped export as customers send it), from its central directory.

import type { FileHandle } from 'node:fs/promises';

/** One file inside the archive. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when the entry is read. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  /** As the archive declares it; reading checks it, since a crafted archive may lie. */
  uncompressedSize: number;
  /** Offset of the entry's local header in the file. */
  headerOffset: number;
}

/** Why an archive cannot be read at all; the message completes "<file>: …". */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const EOCD_BYTES = 22;
/** The end record may be followed by a comment of up to 64 KiB. */
const EOCD_SEARCH = EOCD_BYTES + 0xffff;
/** A central directory larger than this, or with more entries, is no export a customer zipped. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAME = 0x0800;

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  return buffer.subarray(0, bytesRead);
}

/** A 64-bit little-endian count; beyond 2^53 it is no size a real archive has. */
function uint64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a ZIP archive that declares an impossible size (a damaged copy?)');
  return Number(value);
}

/** Where the central directory is and how many entries it holds, ZIP64 records followed where the sizes need them. */
async function findDirectory(handle: FileHandle, size: number): Promise<{ offset: number; bytes: number; entries: number }> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(handle, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_BYTES; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError('a ZIP archive without its central directory (a truncated or damaged copy?); it cannot be read');
  let entries = tail.readUInt16LE(at + 10);
  let bytes = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (entries === 0xffff || bytes === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    const locator = locatorAt >= 0 ? await readAt(handle, locatorAt, 20) : Buffer.alloc(0);
    if (locator.length === 20 && locator.readUInt32LE(0) === EOCD64_LOCATOR) {
      const record = await readAt(handle, uint64(locator, 8), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw new ZipError('a ZIP64 archive whose end record is damaged; it cannot be read');
      entries = uint64(record, 32);
      bytes = uint64(record, 40);
      offset = uint64(record, 48);
    }
  }
  if (entries > MAX_ENTRIES || bytes > MAX_DIRECTORY_BYTES) throw new ZipError(`a ZIP archive of ${entries} entries; it is refused as no export archive is that large`);
  if (offset + bytes > size) throw new ZipError('a ZIP archive whose central directory lies beyond its end (a truncated copy?); it cannot be read');
  return { offset, bytes, entries };
}

/** The ZIP64 extended information: the sizes and offset that did not fit in 32 bits, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const end = field + length;
      const next = (): number | undefined => {
        if (field + 8 > end || field + 8 > extra.length) return undefined;
        const value = uint64(extra, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = next() ?? entry.headerOffset;
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the archive, as its central directory lists them. Throws `ZipError` when there is none to list. */
export async function listZipEntries(handle: FileHandle, size: number): Promise<ZipEntry[]> {
  const directory = await findDirectory(handle, size);
  const table = await readAt(handle, directory.offset, directory.bytes);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < directory.entries; n++) {
    if (at + 46 > table.length || table.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new ZipError('a ZIP archive whose central directory is damaged; it cannot be read');
    }
    const flags = table.readUInt16LE(at + 8);
    const nameLength = table.readUInt16LE(at + 28);
    const extraLength = table.readUInt16LE(at + 30);
    const commentLength = table.readUInt16LE(at + 32);
    const nameBytes = table.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      // Names are UTF-8 when the archiver says so (bit 11), else the DOS code page; exports have ASCII names.
      name: nameBytes.toString((flags & UTF8_NAME) !== 0 ? 'utf8' : 'latin1'),
      method: table.readUInt16LE(at + 10),
      encrypted: (flags & 1) !== 0,
      crc32: table.readUInt32LE(at + 16),
      compressedSize: table.readUInt32LE(at + 20),
      uncompressedSize: table.readUInt32LE(at + 24),
      headerOffset: table.readUInt32LE(at + 42),
    };
    applyZip64(entry, table.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Offset of the entry's data: after its local header, whose name and extra field may differ from the directory's. */
export async function entryDataOffset(handle: FileHandle, entry: ZipEntry, size: number): Promise<number> {
  const header = await readAt(handle, entry.headerOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`the entry ${entry.name} is damaged (no local header where the directory says)`);
  const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > size) throw new ZipError(`the entry ${entry.name} runs past the end of the archive (a truncated copy?)`);
  return start;
}
