// Test support: where the chunks and records of an .evtx file lie, by a strict structural walk, and reading raw bytes.

import { readEvtx } from '../../src/ingest/evtx/read-evtx.js';
import { sourceFilter, type IngestIssue, type IngestNotice, type SourceFilter } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';

export interface RecordSpan {
  chunk: number;
  /** Byte offsets in the file. */
  start: number;
  end: number;
  id: number;
}

/** Records of every chunk with a signature, from byte 512 to the chunk's free-space offset. */
export function recordLayout(bytes: Buffer): RecordSpan[] {
  const spans: RecordSpan[] = [];
  for (let chunk = 0; 4096 + (chunk + 1) * 65536 <= bytes.length; chunk++) {
    const base = 4096 + chunk * 65536;
    if (bytes.toString('latin1', base, base + 8) !== 'ElfChnk\0') continue;
    const free = bytes.readUInt32LE(base + 48);
    for (let at = base + 512; at + 28 <= base + free; ) {
      const size = bytes.readUInt32LE(at + 4);
      spans.push({ chunk, start: at, end: at + size, id: Number(bytes.readBigUInt64LE(at + 8)) });
      at += size;
    }
  }
  return spans;
}

export interface RawReading {
  records: IngestedRecord[];
  issues: IngestIssue[];
  notices: IngestNotice[];
  seen: number;
}

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Runs the .evtx reader on bytes held in memory, handed over in pieces of `pieceSize` bytes. */
export async function readEvtxBytes(bytes: Uint8Array, options: { pieceSize?: number; filter?: SourceFilter; renderXml?: boolean } = {}): Promise<RawReading> {
  const reading: RawReading = { records: [], issues: [], notices: [], seen: 0 };
  const context = {
    file: 'test.evtx',
    sniffed: { encoding: 'utf-8' as const, bomLength: 0 },
    filter: options.filter ?? sourceFilter('all'),
    renderXml: options.renderXml === true,
    onIssue: (issue: IngestIssue) => reading.issues.push(issue),
    onNotice: (notice: IngestNotice) => reading.notices.push(notice),
    onEventSeen: () => {
      reading.seen++;
    },
  };
  for await (const record of readEvtx(pieces(bytes, options.pieceSize ?? 65536), context)) reading.records.push(record);
  return reading;
}
