// Ingest: where an input's bytes come from: a file, a gzip-compressed file, or the entries of a ZIP archive.

import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createGunzip, createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';
import { crc32 } from './evtx/crc32.js';
import { InputError } from './errors.js';
import { fileBytes } from './file-chunks.js';
import { entryDataOffset, listZipEntries, ZipError, type ZipEntry } from './zip.js';

/** One input's bytes, read as often as a reader asks (a reader may read a file twice). */
export interface InputSource {
  /** How the input is named in messages and origins: the path, or `archive.zip/Application.xml`. */
  name: string;
  /** How the bytes were packed, for the input's description. */
  packing?: 'gzip' | 'ZIP';
  /** The first `length` bytes (fewer when the input is shorter). */
  head(length: number): Promise<Uint8Array>;
  /**
   * The bytes from the start, a new pass each call. Damaged compressed data ends the pass early;
   * `onDamage` hears where (an offset in the uncompressed bytes) and why.
   */
  chunks(onDamage?: (offset: number, message: string) => void): AsyncIterable<Uint8Array>;
}

/** How far the reading of a file on disk has come, for the progress shown on a terminal. */
export interface ReadProgress {
  /** Bytes of the file on disk (compressed, for an archive). */
  total: number;
  /** The furthest byte of it read so far. */
  done: number;
}

export interface OpenedSources {
  sources: InputSource[];
  progress: ReadProgress;
  /** Archive entries that cannot be read (folders and macOS metadata are left out silently). */
  unreadable: InputError[];
}

/** The default cap on what one archive may expand to: above any real Application log export. */
export const DEFAULT_MAX_UNCOMPRESSED = 4 * 1024 ** 3;

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PIECE_BYTES = 1024 * 1024;
const INFLATED_PIECE_BYTES = 256 * 1024;

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, at) => head[at] === byte);

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 10 * 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

function openError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot open (${code ?? 'unknown error'})`;
  return new InputError(path, why, 'missing');
}

/** zlib's verdict on damaged data, as a user reads it. */
function damage(error: NodeJS.ErrnoException): string | undefined {
  if (error.code === 'Z_BUF_ERROR') return 'the compressed data ends early (a truncated copy?); what came before was read';
  if (error.code !== undefined && error.code.startsWith('Z_')) return `the compressed data is damaged (${error.message}); what came before was read`;
  return undefined;
}

/**
 * Streams bytes [start, end] of the file, through `inflate` when given. Stops with an InputError
 * when they expand beyond `limit`; damaged data ends the pass and is reported to `onDamage`.
 */
async function* unpacked(
  path: string,
  name: string,
  range: { start: number; end: number },
  inflate: (() => NodeJS.ReadWriteStream) | undefined,
  limit: { bytes: number; what: string },
  progress: ReadProgress,
  onDamage: ((offset: number, message: string) => void) | undefined,
  check?: { crc32: number; size: number },
): AsyncGenerator<Uint8Array> {
  if (range.end < range.start) return;
  const file = createReadStream(path, { start: range.start, end: range.end, highWaterMark: PIECE_BYTES });
  const transform = inflate?.();
  const out: Readable = transform === undefined ? file : (file.pipe(transform) as unknown as Readable);
  if (transform !== undefined) file.on('error', (error) => transform.emit('error', error));
  let produced = 0;
  let crc = 0;
  try {
    for await (const chunk of out as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > limit.bytes) throw new InputError(name, `${limit.what}; reading stopped (a decompression bomb?)`, 'unreadable');
      progress.done = Math.max(progress.done, range.start + file.bytesRead);
      if (check !== undefined) crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    const why = error instanceof InputError ? undefined : damage(error as NodeJS.ErrnoException);
    if (why === undefined) throw error;
    onDamage?.(produced, why);
    return;
  } finally {
    file.destroy();
    (transform as unknown as Readable | undefined)?.destroy();
  }
  if (check !== undefined && (produced !== check.size || (crc >>> 0) !== check.crc32)) {
    onDamage?.(produced, 'the archive entry does not match its checksum (a damaged copy?); what was read of it was kept');
  }
}

/**
 * The first `length` bytes of a pass. Compressed data damaged before any byte comes out leaves
 * nothing to detect a format from: that is the input's error, not "empty".
 */
async function headOf(name: string, pass: (onDamage: (offset: number, message: string) => void) => AsyncIterable<Uint8Array>, length: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let have = 0;
  let damaged: string | undefined;
  for await (const chunk of pass((_offset, message) => (damaged = message))) {
    parts.push(Buffer.from(chunk.subarray(0, length - have)));
    have += Math.min(chunk.length, length - have);
    if (have >= length) break;
  }
  if (have === 0 && damaged !== undefined) throw new InputError(name, damaged.replace(/; what came before was read$/, ''), 'unreadable');
  return Buffer.concat(parts);
}

function plainSource(path: string, name: string, progress: ReadProgress): InputSource {
  return {
    name,
    async head(length) {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(length, progress.total));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    // A reader that keeps bytes in memory of its own may have them read straight into it.
    chunks: () => fileBytes(path, (end) => (progress.done = Math.max(progress.done, end))),
  };
}

function gzipSource(path: string, name: string, progress: ReadProgress, maxUncompressed: number): InputSource {
  const limit = { bytes: maxUncompressed, what: `the gzip file expands to more than ${formatBytes(maxUncompressed)} (--max-uncompressed)` };
  const pass = (onDamage?: (offset: number, message: string) => void) =>
    unpacked(path, name, { start: 0, end: progress.total - 1 }, () => createGunzip({ chunkSize: INFLATED_PIECE_BYTES }), limit, progress, onDamage);
  return { name, packing: 'gzip', head: (length) => headOf(name, pass, length), chunks: pass };
}

/** Folders and what macOS adds to archives it makes are no exports, and not worth a word. */
function isMetadata(entry: ZipEntry): boolean {
  return entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/') || /(^|\/)\._/.test(entry.name) || /(^|\/)\.DS_Store$/.test(entry.name);
}

async function zipSources(handle: FileHandle, path: string, name: string, progress: ReadProgress, maxUncompressed: number): Promise<OpenedSources> {
  let entries: ZipEntry[];
  try {
    entries = await listZipEntries(handle, progress.total);
  } catch (error) {
    if (error instanceof ZipError) throw new InputError(name, `this is ${error.message}`, 'unreadable');
    throw error;
  }
  const sources: InputSource[] = [];
  const unreadable: InputError[] = [];
  const skip = (entryName: string, reason: string): void => void unreadable.push(new InputError(entryName, reason, 'unreadable'));
  const declared = entries.filter((entry) => !isMetadata(entry)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUncompressed) {
    throw new InputError(name, `the ZIP archive declares ${formatBytes(declared)} uncompressed, more than the ${formatBytes(maxUncompressed)} allowed (--max-uncompressed); refused as a possible decompression bomb`, 'unreadable');
  }
  for (const entry of entries) {
    if (isMetadata(entry)) continue;
    const entryName = `${name}/${entry.name}`;
    if (entry.encrypted) {
      skip(entryName, 'the archive entry is encrypted (zip it again without a password)');
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      skip(entryName, `the archive entry is compressed with method ${entry.method}, which this tool does not read (zip it again with the usual Deflate)`);
      continue;
    }
    let start: number;
    try {
      start = await entryDataOffset(handle, entry, progress.total);
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      skip(entryName, error.message);
      continue;
    }
    const limit = { bytes: entry.uncompressedSize, what: `the archive entry expands beyond the ${formatBytes(entry.uncompressedSize)} its archive declares` };
    const range = { start, end: start + entry.compressedSize - 1 };
    const inflate = entry.method === 8 ? () => createInflateRaw({ chunkSize: INFLATED_PIECE_BYTES }) : undefined;
    const check = { crc32: entry.crc32, size: entry.uncompressedSize };
    const pass = (onDamage?: (offset: number, message: string) => void) => unpacked(path, entryName, range, inflate, limit, progress, onDamage, check);
    sources.push({ name: entryName, packing: 'ZIP', head: (length) => headOf(entryName, pass, length), chunks: pass });
  }
  return { sources, progress, unreadable };
}

/**
 * Opens `path` and tells how its bytes are packed from its first bytes: a gzip file is read through
 * gunzip, a ZIP archive gives one source per entry, anything else is read as is. Throws InputError
 * when the path is no readable file (`missing`) or an archive cannot be read (`unreadable`).
 */
export async function openSources(path: string, name: string, maxUncompressed = DEFAULT_MAX_UNCOMPRESSED): Promise<OpenedSources> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const stat = await handle.stat().catch((error: unknown) => {
      throw openError(path, error);
    });
    if (stat.isDirectory()) throw new InputError(path, 'is a folder, not a file', 'missing');
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0).catch((error: unknown) => {
      throw openError(path, error);
    });
    const progress: ReadProgress = { total: stat.size, done: 0 };
    if (stat.size >= 4 && (startsWith(magic, ZIP) || startsWith(magic, EMPTY_ZIP))) return await zipSources(handle, path, name, progress, maxUncompressed);
    if (stat.size >= 2 && startsWith(magic, GZIP)) return { sources: [gzipSource(path, name, progress, maxUncompressed)], progress, unreadable: [] };
    return { sources: [plainSource(path, name, progress)], progress, unreadable: [] };
  } finally {
    await handle.close();
  }
}
