// Ingest's entry point: opens an input file, detects its format and streams its records.

import type { IngestedRecord } from '../record.js';
import { decodeChunks, describeEncoding, sniffEncoding } from './decode.js';
import { detectFormat } from './detect.js';
import { eachResult } from './each-result.js';
import { InputError } from './errors.js';
import { openSources, type InputSource, type ReadProgress } from './source.js';
import type { IngestIssue, IngestNotice, InputSummary, LocalTimeOptions, SourceFilter } from './types.js';

const HEAD_BYTES = 64 * 1024;
const LINE_BREAKS = /\s*\r?\n\s*/g;

export interface OpenedInput {
  /** Filled in while `records` is consumed; final once it is done. */
  summary: InputSummary;
  records: AsyncIterable<IngestedRecord>;
  /** How far the reading of the file on disk has come (shared by the entries of one archive). */
  progress?: ReadProgress;
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
  /** The most a gzip file or ZIP archive may expand to (`--max-uncompressed`). */
  maxUncompressed?: number;
}

/** The exports of one path: the file itself, or each export inside a ZIP archive. */
export interface OpenedInputs {
  opened: OpenedInput[];
  /** Archive entries that could not be read (damaged, encrypted, packed in a way not read); the others are. */
  unreadable: InputError[];
  /** Archive entries that are no export (a readme beside the export), with the reason. */
  skipped: { name: string; reason: string }[];
}

/** An input whose content is no export (as opposed to one whose bytes could not be read). */
class NotAnExport extends InputError {}

/**
 * Opens the exports of one path: a file, a gzip-compressed file, or the entries of a ZIP archive
 * (entries that are no export are skipped with their reason). Throws `InputError` when the file is
 * missing or holds no export at all; problems inside a readable file become issues in the summary.
 */
export async function openInputs(path: string, options: OpenOptions): Promise<OpenedInputs> {
  const name = options.name ?? path;
  const { sources, progress, unreadable } = await openSources(path, name, options.maxUncompressed);
  const [only] = sources;
  if (sources.length === 1 && only !== undefined && only.packing !== 'ZIP') return { opened: [await openSource(only, progress, options)], unreadable, skipped: [] };
  const opened: OpenedInput[] = [];
  const skipped: OpenedInputs['skipped'] = [];
  for (const source of sources) {
    try {
      opened.push(await openSource(source, progress, options));
    } catch (error) {
      if (error instanceof NotAnExport) skipped.push({ name: source.name, reason: error.message });
      else if (error instanceof InputError && error.kind === 'unreadable') unreadable.push(error);
      else throw error;
    }
  }
  if (opened.length === 0 && unreadable.length === 0) {
    const entries = skipped.map((entry) => `${entry.name.slice(name.length + 1)} (${entry.reason})`).join('; ');
    throw new InputError(name, `a ZIP archive without an export this tool reads${entries === '' ? ': it is empty' : `: ${entries}`}`, 'unreadable');
  }
  return { opened, unreadable, skipped };
}

/**
 * Opens one input. Throws `InputError` when the file is missing or is no export at all;
 * problems inside a readable file become issues in the summary instead.
 */
export async function openInput(path: string, options: OpenOptions): Promise<OpenedInput> {
  const { opened } = await openInputs(path, options);
  const [first] = opened;
  if (first === undefined || opened.length > 1) throw new InputError(options.name ?? path, `an archive of ${opened.length} exports, where one was expected`, 'unreadable');
  return first;
}

async function openSource(source: InputSource, progress: ReadProgress, options: OpenOptions): Promise<OpenedInput> {
  const bytes = await source.head(HEAD_BYTES);
  const sniffed = sniffEncoding(bytes);
  const head = new TextDecoder(sniffed.encoding, { fatal: false }).decode(bytes.subarray(sniffed.bomLength));
  const detected = detectFormat(bytes, head);
  const name = source.name;
  if ('reason' in detected) {
    throw new NotAnExport(name, detected.line === undefined ? detected.reason : `line ${detected.line}: ${detected.reason}`, 'unreadable');
  }

  const found = detected;
  const summary: InputSummary = {
    path: name,
    format: detected.format,
    encoding: ('binaryReader' in detected ? 'binary (.evtx)' : describeEncoding(sniffed)) + (source.packing === undefined ? '' : `, ${source.packing}-compressed`),
    records: 0,
    kept: 0,
    skipped: 0,
    issues: [],
  };
  const context = {
    file: name,
    sniffed,
    filter: options.filter,
    onIssue(reported: IngestIssue) {
      // A warning is one line, whatever text of the file it quotes.
      const issue = reported.message.includes('\n') ? { ...reported, message: reported.message.replace(LINE_BREAKS, ' ') } : reported;
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
    reread: () => decodeChunks(source.chunks(), sniffed),
  };

  function open(): AsyncIterator<IngestedRecord> {
    // Damaged compressed data ends the input early, reported where the uncompressed bytes stop.
    const bytes = source.chunks((offset, message) => context.onIssue({ file: name, line: 0, offset, message }));
    let read: AsyncIterable<IngestedRecord>;
    if ('binaryReader' in found) {
      read = found.binaryReader(bytes, context);
    } else if (found.byteReader !== undefined) {
      read = found.byteReader(bytes, context);
    } else {
      read = found.reader(decodeChunks(bytes, sniffed), context);
    }
    return read[Symbol.asyncIterator]();
  }
  const counted = (result: IteratorResult<IngestedRecord>): IteratorResult<IngestedRecord> => {
    if (result.done !== true) summary.kept++;
    return result;
  };
  const failed = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new InputError(name, `reading stopped (${code})`, 'unreadable');
  };

  // The reader's records, counted as they pass; the file is opened at the first record asked for.
  const records = eachResult(open, counted, failed);

  return { summary, records, progress };
}
