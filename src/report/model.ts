// Report: the one model every renderer is fed, built by the CLI from what the stages produced.

import type { EventCounts } from '../correlate/event-counts.js';
import type { InputSummary } from '../ingest/types.js';

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
  inputs: InputSummary[];
  unreadable: UnreadableInput[];
  events: EventCounts;
}
