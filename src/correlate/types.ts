// Correlate stage's shapes: operation chains (start → outcome) with the context that explains them.

import type { EventRecord, UserRef } from '../record.js';

/** The operations of DESIGN.md, plus `service` for incidents that belong to no user's request. */
export type ChainKind = 'reset' | 'change' | 'adminReset' | 'onboarding' | 'offboarding' | 'service';

export const CHAIN_KINDS: readonly ChainKind[] = ['reset', 'change', 'adminReset', 'onboarding', 'offboarding', 'service'];

/**
 * `incomplete`: a start with no outcome (see `incompleteReason`);
 * `orphan-outcome`: an outcome whose start is not in the log (the export began after it).
 */
export type ChainOutcome = 'success' | 'failure' | 'incomplete' | 'orphan-outcome';

export const CHAIN_OUTCOMES: readonly ChainOutcome[] = ['success', 'failure', 'incomplete', 'orphan-outcome'];

/** Why an incomplete chain has no outcome: none came within the window, or the log ended first. */
export type IncompleteReason = 'no-outcome-in-window' | 'log-ended';

/** How a context event was tied to a chain, strongest first. */
export type AttachReason = 'trackingId' | 'user+time' | 'time';

export interface ChainContext {
  record: EventRecord;
  reason: AttachReason;
}

export interface Chain {
  /** Stable within one analysis (`reset-1`, `service-3`), for cross-references in reports. */
  id: string;
  kind: ChainKind;
  outcome: ChainOutcome;
  incompleteReason?: IncompleteReason;
  trackingId?: string;
  user?: UserRef;
  /** Time of the first event of the chain. */
  start: Date;
  /** Time of the last event of the chain (the outcome, or the last event seen). */
  end: Date;
  durationMs: number;
  /** The operation's own events (start, outcome, and for `service` the incident's events), in time order. */
  events: EventRecord[];
  /** Errors and warnings that belong to the operation, with the reason each was attached. */
  context: ChainContext[];
  /** The error that made the operation fail, where one is known (a 33xxx, a 32xxx, an ADSync 6329…). */
  cause?: EventRecord;
  /** How the outcome was tied to the start; absent when either is missing from the log. */
  pairedBy?: AttachReason;
  /** What the outcome event of an `orphan-outcome` chain says (its start is not in the log). */
  orphanResult?: 'success' | 'failure';
  /** The admin who acted for the user (`AdminUpn:` of 31010 / 31011). */
  adminUpn?: string;
  /** The server that logged the chain, so merged exports of several servers stay apart. */
  computer?: string;
}

/** What correlation saw but could tie to no chain, for the statistics. */
export interface CorrelationSummary {
  /** Operation errors (33xxx, 32xxx of a request) whose operation is not in the log, by event. */
  unpairedErrors: { source: string; eventId: number; count: number }[];
}
