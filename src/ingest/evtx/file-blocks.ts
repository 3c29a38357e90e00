// Ingest (.evtx): a file's bytes, read piece by piece into one reused buffer.

import { open } from 'node:fs/promises';

/** Large enough for few reads, small enough to keep memory flat. */
const PIECE_BYTES = 1024 * 1024;

/**
 * Each piece is valid until the next one is asked for: the reader copies what it needs at once,
 * so no buffer is allocated per piece (32 MiB read as fresh buffers costs more in garbage
 * collection than the copying).
 */
export async function* readFileBlocks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, PIECE_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
