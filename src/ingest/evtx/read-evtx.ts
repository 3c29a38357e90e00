// Ingest (.evtx): reads a native event log file chunk by chunk and yields the records of the wanted providers.

import type { IngestedRecord } from '../../record.js';
import type { ReaderContext } from '../types.js';
import { fileState, readChunk, type Block, type FileState } from './chunk-records.js';
import { CHUNK_BYTES, FILE_HEADER_BYTES, hasEvtxSignature, readFileHeader } from './file-header.js';

/**
 * Cuts the byte stream into the 4 KiB header and the 64 KiB chunks, in one reused buffer each:
 * memory stays at one chunk whatever the file's size. A short last block is a truncated file.
 */
async function* blocks(input: AsyncIterable<Uint8Array>): AsyncGenerator<Block> {
  const header = Buffer.alloc(FILE_HEADER_BYTES);
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let target = header;
  let filled = 0;
  let offset = 0;
  for await (const piece of input) {
    let from = 0;
    while (from < piece.length) {
      const count = Math.min(target.length - filled, piece.length - from);
      target.set(piece.subarray(from, from + count), filled);
      filled += count;
      from += count;
      if (filled === target.length) {
        yield { bytes: target, length: filled, offset };
        offset += filled;
        target = chunk;
        filled = 0;
      }
    }
  }
  if (filled > 0) {
    target.fill(0, filled);
    yield { bytes: target, length: filled, offset };
  }
}

/**
 * Reads a native .evtx file. Every 64 KiB slot after the header is visited, whatever the header
 * says (its counts go stale in dirty files); slack after a chunk's last record holds stale copies
 * and is not read. Issues carry line 0: a binary file has no lines, the byte offset locates them.
 */
export function readEvtx(input: AsyncIterable<Uint8Array>, context: ReaderContext): AsyncIterableIterator<IngestedRecord> {
  return oneByOne(chunkRecords(input, context));
}

/** The records of each chunk, chunk after chunk. */
async function* chunkRecords(input: AsyncIterable<Uint8Array>, context: ReaderContext): AsyncGenerator<IngestedRecord[]> {
  let state: FileState | undefined;
  let slot = 0;
  for await (const block of blocks(input)) {
    if (state === undefined) {
      if (block.length < 128 || !hasEvtxSignature(block.bytes)) {
        context.onIssue({ file: context.file, line: 0, offset: 0, message: 'the file ends inside its .evtx header' });
        return;
      }
      state = fileState(context, readFileHeader(block.bytes).noCrc32);
      if (block.length < FILE_HEADER_BYTES) context.onIssue({ file: context.file, line: 0, offset: block.length, message: 'the file ends inside its .evtx header' });
      continue;
    }
    yield readChunk(state, block, slot++);
  }
}

/**
 * The records of the chunks one at a time. An async generator's `yield` costs several promise steps
 * per record; the records of a chunk already read are handed out here as promises already resolved.
 */
function oneByOne(chunks: AsyncGenerator<IngestedRecord[]>): AsyncIterableIterator<IngestedRecord> {
  let records: IngestedRecord[] = [];
  let next = 0;
  const nextChunk = async (): Promise<IteratorResult<IngestedRecord>> => {
    for (;;) {
      const chunk = await chunks.next();
      if (chunk.done === true) return { done: true, value: undefined };
      records = chunk.value;
      next = 0;
      if (records.length > 0) return { done: false, value: records[next++]! };
    }
  };
  return {
    next() {
      return next < records.length ? Promise.resolve({ done: false, value: records[next++]! }) : nextChunk();
    },
    // A reader that stops early closes the file.
    async return() {
      records = [];
      await chunks.return(undefined);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
