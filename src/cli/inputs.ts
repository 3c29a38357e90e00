// CLI: opens every input file of a command, reports what cannot be read, and streams the rest.

import { InputError } from '../ingest/errors.js';
import { openInput, type OpenedInput } from '../ingest/read.js';
import type { IngestIssue, SourceFilter } from '../ingest/types.js';
import type { IngestedRecord } from '../record.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/** Warnings printed per file; the rest are counted (every one stays in the report). */
const ISSUES_PRINTED_PER_FILE = 20;

export interface Inputs {
  opened: OpenedInput[];
  /** Files that are no export at all (exit code 3), already reported on stderr. */
  unreadable: InputError[];
  /** Every record of every readable input, file after file. */
  records(): AsyncGenerator<IngestedRecord>;
  /** Prints the count of warnings that were not printed one by one. */
  finish(): void;
}

export function formatIssue(issue: IngestIssue): string {
  return `warning: ${issue.file}:${issue.line} (byte ${issue.offset}): ${issue.message}`;
}

export async function openInputs(paths: readonly string[], filter: SourceFilter, io: Io): Promise<Inputs> {
  const opened: OpenedInput[] = [];
  const unreadable: InputError[] = [];
  const printed = new Map<string, number>();
  const onIssue = (issue: IngestIssue): void => {
    const count = (printed.get(issue.file) ?? 0) + 1;
    printed.set(issue.file, count);
    if (count <= ISSUES_PRINTED_PER_FILE) io.err(formatIssue(issue));
  };

  for (const path of paths) {
    try {
      opened.push(await openInput(path, { filter, onIssue }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (error.kind === 'missing') throw new UsageError(`${path}: ${error.message}`);
      io.err(`writeback-doctor: ${path}: ${error.message}`);
      unreadable.push(error);
    }
  }

  return {
    opened,
    unreadable,
    async *records() {
      for (const input of opened) {
        try {
          yield* input.records;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          io.err(`writeback-doctor: ${error.file}: ${error.message}`);
          unreadable.push(error);
        }
      }
    },
    finish() {
      for (const [file, count] of printed) {
        if (count > ISSUES_PRINTED_PER_FILE) {
          io.err(`warning: ${file}: ${count - ISSUES_PRINTED_PER_FILE} more parts were skipped (${count} in all)`);
        }
      }
    },
  };
}
