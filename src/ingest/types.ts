// Ingest's contract with the rest of the pipeline: what a reader is given and what it reports.

import type { IngestedRecord } from '../record.js';
import type { SniffedEncoding } from './decode.js';

/** Something wrong inside a readable file: the bad part is skipped, the rest is read. */
export interface IngestIssue {
  file: string;
  line: number;
  offset: number;
  message: string;
}

/** Which providers to keep. Provider names compare case-insensitively. */
export interface SourceFilter {
  /** Lower-cased provider names; `undefined` keeps every provider. */
  readonly names: ReadonlySet<string> | undefined;
}

export const DEFAULT_SOURCES: readonly string[] = ['PasswordResetService', 'ADSync', 'Directory Synchronization'];

export function sourceFilter(names: readonly string[] | 'all'): SourceFilter {
  return { names: names === 'all' ? undefined : new Set(names.map((name) => name.toLowerCase())) };
}

export function isWanted(filter: SourceFilter, provider: string): boolean {
  return filter.names === undefined || filter.names.has(provider.toLowerCase());
}

/** What a reader gets for one file. */
export interface ReaderContext {
  file: string;
  sniffed: SniffedEncoding;
  filter: SourceFilter;
  /** Called for every skipped part; the reader goes on after it. */
  onIssue(issue: IngestIssue): void;
  /** Counts every event the reader saw, wanted or not. */
  onEventSeen(): void;
}

/** A reader turns the decoded text of one file into records. */
export type Reader = (text: AsyncIterable<string>, context: ReaderContext) => AsyncIterable<IngestedRecord>;

/** The formats ingest can tell apart; the names are part of the JSON report. */
export type InputFormat = 'xml-events' | 'xml-bare';

export interface InputSummary {
  path: string;
  format: InputFormat;
  /** e.g. "UTF-16 LE with BOM". */
  encoding: string;
  /** Events seen in the file, of any provider. */
  records: number;
  /** Events of the wanted providers that were read. */
  kept: number;
  /** Parts that could not be read. */
  skipped: number;
  issues: IngestIssue[];
}
