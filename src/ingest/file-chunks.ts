// Ingest: a file's bytes in pieces, the next pieces already being read while the reader scans this one.

import { open } from 'node:fs/promises';

/** Large enough for few reads, small enough to keep memory flat. */
const PIECE_BYTES = 1024 * 1024;
/** Reads under way ahead of the piece being scanned. */
export const AHEAD = 2;

/**
 * A file on disk: its bytes as pieces for any reader, or read at given positions straight into
 * memory a reader owns (the XML reader's scan memory), so no byte is copied after it is read.
 */
export interface FileBytes extends AsyncIterable<Uint8Array> {
  /** Opens the file for reads in place; the caller closes it. */
  openDirect(): Promise<DirectFile>;
}

export interface DirectFile {
  /** The file's size when it was opened: no read is made at or past it. */
  readonly size: number;
  /** Reads into `into` from the file's byte `position`; how many bytes came (0 at the end). */
  read(into: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}

/** The bytes of the file at `path`; `onRead` hears the furthest offset read so far (for progress). */
export function fileBytes(path: string, onRead: (end: number) => void): FileBytes {
  return {
    async *[Symbol.asyncIterator]() {
      let read = 0;
      for await (const chunk of readFileChunks(path)) {
        read += chunk.length;
        onRead(read);
        yield chunk;
      }
    },
    async openDirect() {
      const handle = await open(path, 'r');
      let size: number;
      try {
        size = (await handle.stat()).size;
      } catch (error) {
        await handle.close();
        throw error;
      }
      return {
        size,
        async read(into, position) {
          if (position >= size) return 0;
          const { bytesRead } = await handle.read(into, 0, Math.min(into.length, size - position), position);
          onRead(position + bytesRead);
          return bytesRead;
        },
        close: () => handle.close(),
      };
    },
  };
}

/** Whether `chunks` can also be read in place (a plain file rather than a pipe or an archive). */
export function isFileBytes(chunks: AsyncIterable<Uint8Array>): chunks is FileBytes {
  return typeof (chunks as Partial<FileBytes>).openDirect === 'function';
}

/**
 * Buffers take turns: while the reader works on one piece, the next ones are read into the others
 * (at their own offsets), so reading the disk and scanning overlap. A piece is valid until the one
 * after it is asked for; readers copy what they keep at once, so no buffer is allocated per piece.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  const size = (await handle.stat()).size;
  const buffers = Array.from({ length: AHEAD + 1 }, () => Buffer.allocUnsafe(PIECE_BYTES));
  const reads: Promise<{ bytesRead: number }>[] = [];
  let position = 0;
  let turn = 0;
  const readNext = (): void => {
    const buffer = buffers[turn++ % buffers.length] as Buffer;
    reads.push(position < size ? handle.read(buffer, 0, PIECE_BYTES, position) : Promise.resolve({ bytesRead: 0 }));
    position += PIECE_BYTES;
  };
  try {
    for (let i = 0; i < AHEAD; i++) readNext();
    for (let piece = 0; ; piece++) {
      const { bytesRead } = await (reads.shift() as Promise<{ bytesRead: number }>);
      if (bytesRead === 0) return;
      // The buffer of the piece before this one is free again: read ahead into it.
      readNext();
      yield (buffers[piece % buffers.length] as Buffer).subarray(0, bytesRead);
      if (bytesRead < PIECE_BYTES) return;
    }
  } finally {
    // Reads still under way must end before their file is closed.
    await Promise.allSettled(reads);
    await handle.close();
  }
}
