// Report: the one model every renderer is fed, built by the CLI from what the stages produced.

import type { EventCounts } from '../correlate/event-counts.js';
import type { OperationStats } from '../correlate/stats.js';
import type { Chain } from '../correlate/types.js';
import type { InputSummary } from '../ingest/types.js';
import type { Finding } from '../rules/types.js';

export interface ToolInfo {
  name: string;
  version: string;
}

export interface UnreadableInput {
  path: string;
  message: string;
}

export interface Report {
  tool: ToolInfo;
  /** When the report was made: reports on a share are told apart by it. */
  generatedAt: Date;
  /** The computers that logged the events, the one with most events first. */
  hosts: string[];
  /** Whether names of people and computers were replaced by pseudonyms (`--redact`). */
  redacted: boolean;
  inputs: InputSummary[];
  unreadable: UnreadableInput[];
  events: EventCounts;
  /** What the operation chains say (absent where a command did not correlate). */
  operations?: OperationsReport;
  /** What the rules diagnosed, most severe first (absent where a command ran no rules). */
  findings?: Finding[];
  /** The operations and service incidents, oldest first (absent where a command did not correlate). */
  chains?: Chain[];
}

export interface OperationsReport {
  stats: OperationStats;
  /** The window an operation had to get its outcome. */
  windowMs: number;
  /** Events that a second input held too, counted once. */
  duplicates: number;
}
