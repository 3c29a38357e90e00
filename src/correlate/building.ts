// Correlate stage, chains under construction: what an operation holds from its first event until it is handed on.

import type { EventRecord } from '../record.js';
import type { AttachReason, Chain, ChainKind, IncompleteReason } from './types.js';
import { mergeUser } from './user-key.js';

/**
 * `open`: waiting for its outcome; `settling`: closed, but events that belong to it may still arrive
 * within the clock skew (a 6329 logged just after the 33xxx); `done`: handed on.
 */
export type BuildingState = 'open' | 'settling' | 'done';

export interface Building {
  chain: Chain;
  startMs: number;
  userKey: string | undefined;
  serverKey: string;
  hasStart: boolean;
  outcomeEvent: EventRecord | undefined;
  outcomeRole: 'success' | 'failure' | undefined;
  /** When the operation was first known to fail (its first error or its failure event). */
  failedAtMs: number | undefined;
  state: BuildingState;
  closedAtMs: number;
  incompleteReason: IncompleteReason | undefined;
}

export function startBuilding(
  id: string,
  kind: ChainKind,
  first: EventRecord,
  keys: { userKey: string | undefined; serverKey: string },
  hasStart: boolean,
): Building {
  const chain: Chain = { id, kind, outcome: 'incomplete', start: first.time, end: first.time, durationMs: 0, events: [first], context: [] };
  if (first.trackingId !== undefined) chain.trackingId = first.trackingId;
  if (first.user !== undefined) chain.user = { ...first.user };
  if (first.adminUpn !== undefined) chain.adminUpn = first.adminUpn;
  if (first.computer !== undefined) chain.computer = first.computer;
  return {
    chain,
    startMs: first.time.getTime(),
    userKey: keys.userKey,
    serverKey: keys.serverKey,
    hasStart,
    outcomeEvent: undefined,
    outcomeRole: undefined,
    failedAtMs: undefined,
    state: 'open',
    closedAtMs: 0,
    incompleteReason: undefined,
  };
}

/** Adds one of the operation's own events (start or outcome), completing the chain's user and ids. */
export function addOwnEvent(building: Building, record: EventRecord): void {
  const { chain } = building;
  chain.events.push(record);
  const user = mergeUser(chain.user, record.user);
  if (user !== undefined) chain.user = user;
  if (chain.trackingId === undefined && record.trackingId !== undefined) chain.trackingId = record.trackingId;
  if (chain.adminUpn === undefined && record.adminUpn !== undefined) chain.adminUpn = record.adminUpn;
}

export function addContext(building: Building, record: EventRecord, reason: AttachReason): void {
  building.chain.context.push({ record, reason });
}

function byTime(a: { time: Date }, b: { time: Date }): number {
  return a.time.getTime() - b.time.getTime();
}

function latest(chain: Chain): Date {
  let end = chain.start;
  for (const event of chain.events) if (event.time > end) end = event.time;
  for (const { record } of chain.context) if (record.time > end) end = record.time;
  return end;
}

/** Decides the outcome, puts events in time order and measures the span: the chain as later stages see it. */
export function finishChain(building: Building): Chain {
  const { chain } = building;
  // Events adopted across the clock skew may have come in slightly out of order.
  chain.events.sort(byTime);
  chain.context.sort((a, b) => byTime(a.record, b.record));
  const first = chain.events[0];
  if (first !== undefined) chain.start = first.time;

  if (!building.hasStart) {
    chain.outcome = 'orphan-outcome';
    if (building.outcomeRole !== undefined) chain.orphanResult = building.outcomeRole;
  } else if (building.outcomeRole === 'success') chain.outcome = 'success';
  else if (building.outcomeRole === 'failure' || chain.cause !== undefined) chain.outcome = 'failure';
  else {
    chain.outcome = 'incomplete';
    chain.incompleteReason = building.incompleteReason ?? 'log-ended';
  }
  // A success after a transient error (the service retries) has no cause; the error stays as context.
  if (building.outcomeRole === 'success') delete chain.cause;

  if (building.outcomeEvent !== undefined) chain.end = building.outcomeEvent.time;
  else if (chain.cause !== undefined && chain.cause.time > chain.start) chain.end = chain.cause.time;
  else chain.end = latest(chain);
  chain.durationMs = chain.end.getTime() - chain.start.getTime();
  building.state = 'done';
  return chain;
}
