// CLI: opens every input file of a command, reports what cannot be read, and streams the rest.

import { eachResult } from '../ingest/each-result.js';
import { InputError } from '../ingest/errors.js';
import { openInputs as openInputFiles, type OpenedInput, type OpenedInputs } from '../ingest/read.js';
import type { IngestIssue, IngestNotice, LocalTimeOptions, SourceFilter } from '../ingest/types.js';
import type { IngestedRecord } from '../record.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { spoolStdin, STDIN_NAME, type SpooledInput } from './stdin.js';

/** Warnings printed per file; the rest are counted (every one stays in the report). */
const ISSUES_PRINTED_PER_FILE = 20;

export interface Inputs {
  opened: OpenedInput[];
  /** Files that are no export at all (exit code 3), already reported on stderr. */
  unreadable: InputError[];
  /** Every record of every readable input, file after file. */
  records(): AsyncIterable<IngestedRecord>;
  /** Each readable input's records as a stream of its own, for merging several inputs in time order. */
  streams(): AsyncIterableIterator<IngestedRecord>[];
  /** Prints the count of warnings that were not printed one by one. */
  finish(): void;
}

export function formatIssue(issue: IngestIssue): string {
  // Line 0: a binary file (.evtx) has no lines; the byte offset locates the issue.
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `warning: ${where} (byte ${issue.offset}): ${issue.message}`;
}

/** `note: file:line: …` (a fact the user should know) or `warning: file:line: …` (something was lost, nothing skipped). */
export function formatNotice(notice: IngestNotice): string {
  return `${notice.severity}: ${notice.line === undefined ? notice.file : `${notice.file}:${notice.line}`}: ${notice.message}`;
}

/** `-` stands for standard input, once. */
const STDIN = '-';

export async function openInputs(
  paths: readonly string[],
  filter: SourceFilter,
  io: Io,
  options: { renderXml?: boolean; localTime?: LocalTimeOptions; maxUncompressed?: number } = {},
): Promise<Inputs> {
  const opened: OpenedInput[] = [];
  const unreadable: InputError[] = [];
  const printed = new Map<string, number>();
  const onIssue = (issue: IngestIssue): void => {
    const count = (printed.get(issue.file) ?? 0) + 1;
    printed.set(issue.file, count);
    if (count <= ISSUES_PRINTED_PER_FILE) io.err(formatIssue(issue));
  };

  const onNotice = (notice: IngestNotice): void => io.err(formatNotice(notice));
  if (paths.filter((path) => path === STDIN).length > 1) throw new UsageError('"-" (standard input) can be given only once');
  let spooled: SpooledInput | undefined;

  for (const path of paths) {
    try {
      const common = { filter, onIssue, onNotice, renderXml: options.renderXml === true, localTime: options.localTime ?? {}, maxUncompressed: options.maxUncompressed };
      let found: OpenedInputs;
      if (path === STDIN) {
        spooled = await spoolStdin(io);
        found = await openInputFiles(spooled.path, { ...common, name: STDIN_NAME });
      } else found = await openInputFiles(path, common);
      opened.push(...found.opened);
      for (const error of found.unreadable) {
        io.err(`writeback-doctor: ${error.file}: ${error.message}`);
        unreadable.push(error);
      }
      // An archive's other files (a readme, a screenshot) are no reason to stop: say which were left out.
      for (const entry of found.skipped) io.err(formatNotice({ file: entry.name, severity: 'note', message: `not read: ${entry.reason}` }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (error.kind === 'missing') throw new UsageError(`${path}: ${error.message}`);
      io.err(`writeback-doctor: ${error.file}: ${error.message}`);
      unreadable.push(error);
    }
  }

  /** An input that cannot be read on (its bytes stop coming) is reported and ends; its records so far stay. */
  const stopped = (error: unknown): IteratorResult<IngestedRecord> => {
    if (!(error instanceof InputError)) throw error;
    io.err(`writeback-doctor: ${error.file}: ${error.message}`);
    unreadable.push(error);
    return { done: true, value: undefined };
  };

  /** An input's records; one that cannot be read on ends there (see `stopped`). */
  function recordsOf(input: OpenedInput): AsyncIterableIterator<IngestedRecord> {
    return eachResult(() => input.records[Symbol.asyncIterator](), undefined, stopped);
  }

  async function* allRecords(): AsyncGenerator<IngestedRecord> {
    for (const input of opened) yield* recordsOf(input);
  }

  return {
    opened,
    unreadable,
    records() {
      // One input, the usual case: its records without one more async step per record.
      const [only] = opened;
      return opened.length === 1 && only !== undefined ? recordsOf(only) : allRecords();
    },
    streams() {
      return opened.map(recordsOf);
    },
    finish() {
      void spooled?.remove();
      for (const [file, count] of printed) {
        if (count > ISSUES_PRINTED_PER_FILE) {
          io.err(`warning: ${file}: ${count - ISSUES_PRINTED_PER_FILE} more parts were skipped (${count} in all)`);
        }
      }
    },
  };
}
