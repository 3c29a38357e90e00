// Ingest's entry point: opens an input file, detects its format and streams its records.

import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { IngestedRecord } from '../record.js';
import { decodeChunks, describeEncoding, sniffEncoding } from './decode.js';
import { detectFormat } from './detect.js';
import { readFileBlocks } from './evtx/file-blocks.js';
import { InputError } from './errors.js';
import type { IngestIssue, IngestNotice, InputSummary, LocalTimeOptions, SourceFilter } from './types.js';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface OpenedInput {
  /** Filled in while `records` is consumed; final once it is done. */
  summary: InputSummary;
  records: AsyncIterable<IngestedRecord>;
}

export interface OpenOptions {
  filter: SourceFilter;
  /** Told of every skipped part as it happens (the summary keeps them too). */
  onIssue?: (issue: IngestIssue) => void;
  /** Readers that hold the whole event (.evtx) attach its XML to each record. */
  renderXml?: boolean;
  /** How CSV and text exports' local times are read (`--tz`, `--date-order`). */
  localTime?: LocalTimeOptions;
  /** Told of every notice as it happens (the summary keeps them too). */
  onNotice?: (notice: IngestNotice) => void;
  /** How the input is named in messages and origins when its path would not say it (`<stdin>`). */
  name?: string;
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot open (${code ?? 'unknown error'})`;
    throw new InputError(path, why, 'missing');
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(path, 'is a folder, not a file', 'missing');
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, Math.max(stat.size, 0)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? 'unknown error'})`, 'missing');
  } finally {
    await handle.close();
  }
}

/**
 * Opens one input. Throws `InputError` when the file is missing or is no export at all;
 * problems inside a readable file become issues in the summary instead.
 */
export async function openInput(path: string, options: OpenOptions): Promise<OpenedInput> {
  const bytes = await readHead(path);
  const sniffed = sniffEncoding(bytes);
  const head = new TextDecoder(sniffed.encoding, { fatal: false }).decode(bytes.subarray(sniffed.bomLength));
  const detected = detectFormat(bytes, head);
  if ('reason' in detected) {
    throw new InputError(options.name ?? path, detected.line === undefined ? detected.reason : `line ${detected.line}: ${detected.reason}`, 'unreadable');
  }
  const name = options.name ?? path;

  const found = detected;
  const summary: InputSummary = {
    path: name,
    format: detected.format,
    encoding: 'binaryReader' in detected ? 'binary (.evtx)' : describeEncoding(sniffed),
    records: 0,
    kept: 0,
    skipped: 0,
    issues: [],
  };
  const context = {
    file: name,
    sniffed,
    filter: options.filter,
    onIssue(issue: IngestIssue) {
      summary.skipped++;
      summary.issues.push(issue);
      options.onIssue?.(issue);
    },
    onEventSeen() {
      summary.records++;
    },
    renderXml: options.renderXml === true,
    localTime: options.localTime ?? {},
    onNotice(notice: IngestNotice) {
      (summary.notices ??= []).push(notice);
      options.onNotice?.(notice);
    },
    describe(facts: InputSummary['localTime']) {
      summary.localTime = facts;
    },
    reread: () => decodeChunks(createReadStream(path, { highWaterMark: CHUNK_BYTES }), sniffed),
  };

  async function* records(): AsyncGenerator<IngestedRecord> {
    let stream: ReadStream | undefined;
    let read: AsyncIterable<IngestedRecord>;
    if ('binaryReader' in found) {
      read = found.binaryReader(readFileBlocks(path), context);
    } else {
      stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
      read = found.reader(decodeChunks(stream, sniffed), context);
    }
    try {
      for await (const record of read) {
        summary.kept++;
        yield record;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new InputError(name, `reading stopped (${code})`, 'unreadable');
    } finally {
      stream?.destroy();
    }
  }

  return { summary, records: records() };
}
