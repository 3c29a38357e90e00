// Ingest: a file's bytes in pieces, the next piece already being read while the reader scans this one.

import { open } from 'node:fs/promises';

/** Large enough for few reads, small enough to keep memory flat. */
const PIECE_BYTES = 1024 * 1024;

/**
 * Two buffers take turns: while the reader works on one piece, the next is read into the other,
 * so reading the disk and scanning overlap. A piece is valid until the one after it is asked for;
 * readers copy what they keep at once, so no buffer is allocated per piece.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  let current = Buffer.allocUnsafe(PIECE_BYTES);
  let next = Buffer.allocUnsafe(PIECE_BYTES);
  let reading = handle.read(current, 0, PIECE_BYTES, null);
  try {
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) return;
      reading = handle.read(next, 0, PIECE_BYTES, null);
      yield current.subarray(0, bytesRead);
      [current, next] = [next, current];
    }
  } finally {
    // A read still under way must end before its file is closed.
    await reading.catch(() => undefined);
    await handle.close();
  }
}
