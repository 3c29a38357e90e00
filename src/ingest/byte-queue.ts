// Ingest: an input's bytes from a point on, refilled chunk by chunk, that a reader scans as text windows.

/**
 * Bytes `[start, end)` of the input (absolute offsets, the BOM included) in one reused buffer.
 * Chunks are copied in as they come, so a source may reuse its own buffer between chunks.
 */
export interface ByteQueue {
  /** Storage; `bytes[0]` is the input's byte `start`. Replaced when it grows. */
  bytes: Buffer;
  start: number;
  end: number;
  /** No chunk is left to read. */
  done: boolean;
  /**
   * Reads the next chunk, dropping the bytes before absolute offset `keep`; false when the input
   * had none left. UTF-16 BE arrives swapped to little endian, so every text view is `utf16le`.
   */
  fill(keep: number): Promise<boolean>;
}

/** Where the queue keeps its bytes (memory a scanner reads in place): grows keeping what it holds. */
export interface ByteStorage {
  readonly bytes: Buffer;
  /** Room for at least `size` bytes, the bytes held so far where they were; the new storage. */
  grow(size: number): Buffer;
}

export function byteQueue(chunks: AsyncIterable<Uint8Array>, swapPairs: boolean, storage: ByteStorage): ByteQueue {
  const iterator = chunks[Symbol.asyncIterator]();
  /** UTF-16 BE: bytes before this absolute offset are swapped already (a chunk may end inside a pair). */
  let swappedTo = 0;
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
      // Bytes not swapped yet (half a UTF-16 BE pair) stay, whatever `keep` says.
      const from = Math.max(queue.start, Math.min(keep, swapPairs ? swappedTo : queue.end));
      const kept = queue.end - from;
      const needed = kept + chunk.length;
      if (needed > queue.bytes.length) queue.bytes = storage.grow(Math.max(needed, queue.bytes.length * 2));
      if (from > queue.start && kept > 0) {
        queue.bytes.copyWithin(0, from - queue.start, queue.end - queue.start);
      }
      queue.bytes.set(chunk, kept);
      queue.start = from;
      queue.end = from + needed;
      if (swapPairs) {
        const pairsEnd = queue.end - ((queue.end - swappedTo) & 1);
        if (pairsEnd > swappedTo) queue.bytes.subarray(swappedTo - queue.start, pairsEnd - queue.start).swap16();
        swappedTo = pairsEnd;
      }
      return true;
    },
  };
  return queue;
}
