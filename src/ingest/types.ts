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
  /** How local wall-clock times (CSV and text exports) are read: `--tz`, `--date-order`. */
  localTime?: LocalTimeOptions;
  /** Something the user should know that skips nothing (the zone assumed, text lost by the export). */
  onNotice?(notice: IngestNotice): void;
  /** What the reader learned about the input (language, zone), shown with it. */
  describe?(facts: LocalTimeFacts): void;
  /** The file's decoded text from its start again, for readers that need a first pass (date order). */
  reread?(): AsyncIterable<string>;
  /** Readers that hold the whole event (.evtx) attach its XML rendering to each record as `xml`. */
  renderXml?: boolean;
}

/** Order of day, month and year in a numeric date. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** The orders `--date-order` chooses between; a leading four-digit year is always read as year, month, day. */
export const DAY_MONTH_ORDERS: readonly DateOrder[] = ['mdy', 'dmy'];

export interface LocalTimeOptions {
  /** IANA zone the export was written in; undefined: the reader assumes one and says so. */
  zone?: string;
  /** Day/month order of numeric dates; undefined: from the export's language, else from the whole file. */
  dateOrder?: DateOrder;
}

/** A notice names a file and, where it points at one, a line; `note` informs, `warning` reports a loss. */
export interface IngestNotice {
  file: string;
  line?: number;
  severity: 'note' | 'warning';
  message: string;
}

/** How the local times of a CSV or text export were read. */
export interface LocalTimeFacts {
  /** The Windows display language the export was written in (`ja-JP`), when the export shows it. */
  locale?: string;
  /** The zone local times were read in, and whether it was assumed rather than given with --tz. */
  zone?: string;
  zoneAssumed?: boolean;
  /** The day/month order numeric dates were read in, and how it was decided. */
  dateOrder?: DateOrder;
  dateOrderFrom?: 'option' | 'locale' | 'file' | 'guess';
}

/** A reader turns the decoded text of one file into records. */
export type Reader = (text: AsyncIterable<string>, context: ReaderContext) => AsyncIterable<IngestedRecord>;

/** A reader of a binary format (.evtx) gets the file's raw bytes, in order; its issues carry line 0. */
export type BinaryReader = (bytes: AsyncIterable<Uint8Array>, context: ReaderContext) => AsyncIterable<IngestedRecord>;

/** The formats ingest can tell apart; the names are part of the JSON report. */
export type InputFormat =
  | 'xml-events'
  | 'xml-bare'
  | 'csv-eventviewer'
  | 'csv-get-winevent'
  | 'csv-get-eventlog'
  | 'text-eventviewer'
  | 'text-eventviewer-tab'
  | 'text-wevtutil'
  | 'text-format-list'
  | 'evtx';

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
  /** CSV and text exports: how their local times were read. */
  localTime?: LocalTimeFacts;
  /** Notes and warnings that skipped nothing. */
  notices?: IngestNotice[];
}
