// Ingest: an input's bytes from a point on, refilled chunk by chunk, that a reader scans as text windows.

import { AHEAD, isFileBytes, type DirectFile, type FileBytes } from './file-chunks.js';

/**
 * Bytes `[start, end)` of the input (absolute offsets, the BOM included) in one reused buffer.
 * A file on disk is read straight into it; other inputs' chunks are copied in as they come, so a
 * source may reuse its own buffer between chunks.
 */
export interface ByteQueue {
  /** Storage; `bytes[0]` is the input's byte `start`. Replaced when it grows. */
  bytes: Buffer;
  start: number;
  end: number;
  /** No chunk is left to read. */
  done: boolean;
  /**
   * Reads the next chunk; the bytes before absolute offset `keep` may be dropped. False when the
   * input had none left. UTF-16 BE arrives swapped to little endian, so every text view is `utf16le`.
   */
  fill(keep: number): Promise<boolean>;
  /** Waits for reads under way and lets the input go: at the end, or when the reader stops early. */
  close(): Promise<void>;
}

/** Where the queue keeps its bytes (memory a scanner reads in place): grows keeping what it holds. */
export interface ByteStorage {
  readonly bytes: Buffer;
  /** Room for at least `size` bytes, the bytes held so far where they were; the new storage. */
  grow(size: number): Buffer;
}

/** Pieces of a file read in place. */
const PIECE_BYTES = 1024 * 1024;
/**
 * Storage for a file read in place: pieces are read ahead into the room after the queue's end, and
 * what is kept moves to the front when that room runs out. Small on purpose: bytes the disk read
 * has just written are still in the processor's cache when scanned (16 MiB of storage was no
 * faster than copying each piece, 4 MiB 7-18 % faster on the ingest bench).
 */
const FILE_STORAGE_BYTES = 4 * PIECE_BYTES;

export function byteQueue(chunks: AsyncIterable<Uint8Array>, swapPairs: boolean, storage: ByteStorage): ByteQueue {
  return isFileBytes(chunks) ? fileQueue(chunks, swapPairs, storage) : chunkQueue(chunks, swapPairs, storage);
}

/** UTF-16 BE: swaps each new pair to little endian; a chunk may end inside a pair, whose first byte waits. */
function pairSwapper(queue: ByteQueue, swapPairs: boolean) {
  /** Bytes before this absolute offset are swapped already. */
  let swappedTo = 0;
  return {
    /** Where the bytes to keep may start at the earliest: half a pair not swapped yet stays, whatever `keep` says. */
    keepFrom: (keep: number): number => Math.max(queue.start, Math.min(keep, swapPairs ? swappedTo : queue.end)),
    swapNew(): void {
      if (!swapPairs) return;
      const pairsEnd = queue.end - ((queue.end - swappedTo) & 1);
      if (pairsEnd > swappedTo) queue.bytes.subarray(swappedTo - queue.start, pairsEnd - queue.start).swap16();
      swappedTo = pairsEnd;
    },
  };
}

/**
 * Keeps the queue's bytes from absolute offset `from` at the front of its storage, with room for
 * `room` more after them (the storage grows if need be); returns how many bytes were kept.
 */
function moveToFront(queue: ByteQueue, storage: ByteStorage, from: number, room: number): number {
  const kept = queue.end - from;
  const needed = kept + room;
  if (needed > queue.bytes.length) queue.bytes = storage.grow(Math.max(needed, queue.bytes.length * 2));
  if (from > queue.start && kept > 0) queue.bytes.copyWithin(0, from - queue.start, queue.end - queue.start);
  queue.start = from;
  return kept;
}

function chunkQueue(chunks: AsyncIterable<Uint8Array>, swapPairs: boolean, storage: ByteStorage): ByteQueue {
  const iterator = chunks[Symbol.asyncIterator]();
  const queue: ByteQueue = {
    bytes: storage.bytes,
    start: 0,
    end: 0,
    done: false,
    async fill(keep) {
      if (queue.done) return false;
      const next = await iterator.next();
      if (next.done === true) {
        queue.done = true;
        return false;
      }
      const chunk = next.value;
      const kept = moveToFront(queue, storage, pairs.keepFrom(keep), chunk.length);
      queue.bytes.set(chunk, kept);
      queue.end += chunk.length;
      pairs.swapNew();
      return true;
    },
    async close() {
      queue.done = true;
      await iterator.return?.();
    },
  };
  const pairs = pairSwapper(queue, swapPairs);
  return queue;
}

/**
 * A file read in place: up to `AHEAD` reads are under way into the storage after the queue's end,
 * each landing right after the one before it, so the bytes are never copied. Storage is compacted
 * (or grown, for an event larger than it) only while no read is under way.
 */
function fileQueue(file: FileBytes, swapPairs: boolean, storage: ByteStorage): ByteQueue {
  let direct: DirectFile | undefined;
  /** Reads under way, in file order, with the bytes each asked for. */
  const reads: { bytesRead: Promise<number>; length: number }[] = [];
  /** Absolute offset where the next read starts. */
  let readTo = 0;
  /** A read came short: the file ends there. */
  let ended = false;

  const readAhead = (size: number): void => {
    while (reads.length < AHEAD && readTo < size) {
      const length = Math.min(PIECE_BYTES, size - readTo);
      const at = readTo - queue.start;
      if (at + length > queue.bytes.length) return;
      const bytesRead = (direct as DirectFile).read(queue.bytes.subarray(at, at + length), readTo);
      // A failed read is reported when its turn comes (or dropped, after the reader stopped).
      bytesRead.catch(() => undefined);
      reads.push({ bytesRead, length });
      readTo += length;
    }
  };
  /** Makes room for the next piece after the bytes kept; no read is under way. */
  const makeRoom = (keep: number): void => {
    if (readTo - queue.start + PIECE_BYTES <= queue.bytes.length) return;
    moveToFront(queue, storage, pairs.keepFrom(keep), PIECE_BYTES);
  };

  const queue: ByteQueue = {
    bytes: storage.bytes,
    start: 0,
    end: 0,
    done: false,
    async fill(keep) {
      // After a short read, reads further on (if any) are not where the queue ends: the file ends here.
      if (queue.done || ended) {
        queue.done = true;
        return false;
      }
      if (direct === undefined) {
        direct = await file.openDirect();
        if (direct.size > queue.bytes.length) queue.bytes = storage.grow(Math.min(direct.size, FILE_STORAGE_BYTES));
      }
      if (reads.length === 0) {
        makeRoom(keep);
        readAhead(direct.size);
      }
      const read = reads.shift();
      const bytesRead = read === undefined ? 0 : await read.bytesRead;
      if (bytesRead === 0) {
        queue.done = true;
        return false;
      }
      queue.end += bytesRead;
      pairs.swapNew();
      if (bytesRead < (read as { length: number }).length) ended = true;
      else readAhead(direct.size);
      return true;
    },
    async close() {
      queue.done = true;
      // Reads still under way must end before their file is closed.
      await Promise.allSettled(reads.splice(0).map((read) => read.bytesRead));
      await direct?.close();
      direct = undefined;
    },
  };
  const pairs = pairSwapper(queue, swapPairs);
  return queue;
}
