// Correlate stage: turns time-ordered records into chains (start → outcome, with context) and service incidents.

import type { WritebackOperation } from '../catalog/types.js';
import type { EventRecord } from '../record.js';
import { addContext, addOwnEvent, finishChain, startBuilding, type Building } from './building.js';
import { createChainIndex, indexBuilding, indexTrackingId, unindexBuilding } from './chain-index.js';
import { groupIncidents } from './incidents.js';
import { DEFAULT_SKEW_MS, DEFAULT_WINDOW_MS, type CorrelateOptions } from './options.js';
import { pairByTrackingId, pairError, pairOutcome, pairStartWithOrphan, type PairingLimits } from './pairing.js';
import { createQueue } from './queue.js';
import { catalogEntryOf } from './roles.js';
import type { AttachReason, Chain, ChainKind, CorrelationSummary, IncompleteReason } from './types.js';
import { serverKeyOf, userKeyOf } from './user-key.js';

export interface Correlator {
  /** Feeds the next record; records must come in time order (`mergeInputs` puts any inputs in it). */
  add(record: EventRecord): void;
  /** The log ended: every chain still open is closed and handed on. */
  end(): CorrelationSummary;
  /** How many chains and records correlation holds right now: bounded by the window, not by the log. */
  held(): number;
}

/** A record that may still find its chain: an error waiting for its start, an ADSync event for a failure. */
interface Held {
  record: EventRecord;
  timeMs: number;
  /** `error`: an operation error without its chain yet; `nearby`: joins a failure within the skew, by time. */
  kind: 'error' | 'nearby';
  /** Claimed by a chain that started after it (clock skew); skipped when its time is up. */
  taken: boolean;
}

/** Hands each chain to `onChain` once nothing more can join it; in the order they close. */
export function createCorrelator(onChain: (chain: Chain) => void, options: CorrelateOptions = {}): Correlator {
  const limits: PairingLimits = { windowMs: options.windowMs ?? DEFAULT_WINDOW_MS, skewMs: options.skewMs ?? DEFAULT_SKEW_MS };
  // A chain is kept for twice the skew after it closes: an ADSync event within the skew of its failure is
  // only placed once the skew after that event has passed too (a closer failure may still come).
  const settleMs = 2 * limits.skewMs;
  const index = createChainIndex();
  const settling = createQueue<Building>();
  const failing = createQueue<Building>();
  const held = createQueue<Held>();
  const counters = new Map<ChainKind, number>();
  const unpaired = new Map<string, { source: string; eventId: number; count: number }>();
  const incidents = groupIncidents(limits.windowMs, () => nextId('service'), onChain);
  let nowMs = Number.NEGATIVE_INFINITY;

  function nextId(kind: ChainKind): string {
    const number = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, number);
    return `${kind}-${number}`;
  }

  function close(building: Building, reason?: IncompleteReason): void {
    building.state = 'settling';
    building.closedAtMs = nowMs;
    if (reason !== undefined) building.incompleteReason = reason;
    settling.push(building);
  }

  function emit(building: Building): void {
    unindexBuilding(index, building);
    onChain(finishChain(building));
  }

  function markFailed(building: Building, timeMs: number): void {
    if (building.failedAtMs !== undefined) return;
    building.failedAtMs = timeMs;
    failing.push(building);
  }

  /** Errors of the operation itself outrank what was tied to it by time alone. */
  function attachError(building: Building, record: EventRecord, reason: AttachReason): void {
    addContext(building, record, reason);
    if (record.trackingId !== undefined && building.chain.trackingId === undefined) {
      building.chain.trackingId = record.trackingId;
      indexTrackingId(index, building, record.trackingId);
    }
    if (building.outcomeRole === 'success') return;
    const cause = building.chain.cause;
    if (cause === undefined || catalogEntryOf(cause.source, cause.eventId)?.role !== 'operation-error') building.chain.cause = record;
    markFailed(building, record.time.getTime());
  }

  /** An ADSync or service event placed by time: the failure nearest to it within the skew, if any. */
  function placeNearby(entry: Held): void {
    const server = serverKeyOf(entry.record);
    let best: Building | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const building of failing.items()) {
      if (building.state === 'done' || building.serverKey !== server || building.failedAtMs === undefined) continue;
      const gap = Math.abs(building.failedAtMs - entry.timeMs);
      if (gap <= limits.skewMs && gap < bestGap) {
        best = building;
        bestGap = gap;
      }
    }
    if (best === undefined) return;
    addContext(best, entry.record, 'time');
    if (best.chain.cause === undefined && best.outcomeRole !== 'success') best.chain.cause = entry.record;
  }

  function giveUp(entry: Held): void {
    if (entry.kind === 'nearby') {
      placeNearby(entry);
      return;
    }
    const key = `${entry.record.source}\u0000${entry.record.eventId}`;
    const count = unpaired.get(key);
    if (count === undefined) unpaired.set(key, { source: entry.record.source, eventId: entry.record.eventId, count: 1 });
    else count.count++;
  }

  /** Errors logged a moment before the start they belong to (clock skew) join it when it arrives. */
  function adoptHeld(building: Building): void {
    for (const entry of held.items()) {
      if (entry.kind !== 'error' || entry.taken || entry.timeMs < building.startMs - limits.skewMs) continue;
      const reason = heldErrorFits(building, entry.record);
      if (reason === undefined) continue;
      entry.taken = true;
      attachError(building, entry.record, reason);
    }
  }

  function heldErrorFits(building: Building, record: EventRecord): AttachReason | undefined {
    const { chain } = building;
    if (record.trackingId !== undefined && record.trackingId === chain.trackingId) return 'trackingId';
    if (record.trackingId !== undefined && chain.trackingId !== undefined) return undefined;
    if (building.serverKey !== serverKeyOf(record)) return undefined;
    const operation = catalogEntryOf(record.source, record.eventId)?.operation;
    if (operation !== undefined && operation !== chain.kind) return undefined;
    const userKey = userKeyOf(record);
    if (userKey !== undefined) return userKey === building.userKey ? 'user+time' : undefined;
    return building.userKey === undefined ? 'time' : undefined;
  }

  function advance(timeMs: number): void {
    if (timeMs > nowMs) nowMs = timeMs;
    for (let building = index.open.peek(); building !== undefined; building = index.open.peek()) {
      if (building.state === 'open' && building.startMs + limits.windowMs >= nowMs) break;
      index.open.shift();
      if (building.state === 'open') close(building, 'no-outcome-in-window');
    }
    for (let entry = held.peek(); entry !== undefined && entry.timeMs + limits.skewMs < nowMs; entry = held.peek()) {
      held.shift();
      if (!entry.taken) giveUp(entry);
    }
    for (let building = settling.peek(); building !== undefined && building.closedAtMs + settleMs < nowMs; building = settling.peek()) {
      settling.shift();
      emit(building);
    }
    for (let building = failing.peek(); building !== undefined; building = failing.peek()) {
      if (building.state !== 'done' && (building.failedAtMs ?? nowMs) + settleMs >= nowMs) break;
      failing.shift();
    }
    incidents.expire(nowMs);
  }

  function onStart(record: EventRecord, kind: WritebackOperation): void {
    const orphan = pairStartWithOrphan(index, record, kind, limits);
    if (orphan !== undefined) {
      orphan.building.hasStart = true;
      orphan.building.startMs = record.time.getTime();
      orphan.building.chain.pairedBy = orphan.reason;
      addOwnEvent(orphan.building, record);
      return;
    }
    const repeated = pairByTrackingId(index, record);
    if (repeated !== undefined && repeated.state === 'open' && repeated.chain.kind === kind) {
      addOwnEvent(repeated, record);
      return;
    }
    const building = startBuilding(nextId(kind), kind, record, { userKey: userKeyOf(record), serverKey: serverKeyOf(record) }, true);
    indexBuilding(index, building);
    index.open.push(building);
    adoptHeld(building);
  }

  function setOutcome(building: Building, record: EventRecord, role: 'success' | 'failure', reason: AttachReason): void {
    addOwnEvent(building, record);
    if (building.outcomeEvent !== undefined) return; // a second outcome event of the same operation
    building.outcomeEvent = record;
    building.outcomeRole = role;
    if (building.hasStart) building.chain.pairedBy = reason;
    if (record.trackingId !== undefined) indexTrackingId(index, building, record.trackingId);
    if (role === 'failure') markFailed(building, record.time.getTime());
    if (building.state === 'open') close(building);
  }

  function onOutcome(record: EventRecord, kind: WritebackOperation, role: 'success' | 'failure'): void {
    const pairing = pairOutcome(index, record, kind, limits);
    if (pairing !== undefined) {
      setOutcome(pairing.building, record, role, pairing.reason);
      return;
    }
    // The start is not in the log (the export began after it), or a start stamped a moment later claims it.
    const building = startBuilding(nextId(kind), kind, record, { userKey: userKeyOf(record), serverKey: serverKeyOf(record) }, false);
    building.outcomeEvent = record;
    building.outcomeRole = role;
    indexBuilding(index, building);
    adoptHeld(building);
    if (role === 'failure') markFailed(building, record.time.getTime());
    close(building);
  }

  function onError(record: EventRecord, kind: WritebackOperation | undefined): void {
    const pairing = pairError(index, record, kind, limits);
    if (pairing !== undefined) attachError(pairing.building, record, pairing.reason);
    else held.push({ record, timeMs: record.time.getTime(), kind: 'error', taken: false });
  }

  /** A service-level or sync engine event: one that shares an operation's tracking id belongs to it. */
  function onNearby(record: EventRecord): void {
    const byId = pairByTrackingId(index, record);
    if (byId !== undefined) attachError(byId, record, 'trackingId');
    else held.push({ record, timeMs: record.time.getTime(), kind: 'nearby', taken: false });
  }

  return {
    add(record) {
      advance(record.time.getTime());
      const entry = catalogEntryOf(record.source, record.eventId);
      if (entry === undefined) {
        // An event the catalog does not know still belongs to the operation whose tracking id it carries.
        const byId = record.level === 'error' || record.level === 'critical' ? pairByTrackingId(index, record) : undefined;
        if (byId !== undefined) attachError(byId, record, 'trackingId');
        return;
      }
      const operation = entry.operation;
      switch (entry.role) {
        case 'operation-start':
          if (operation !== undefined) onStart(record, operation);
          return;
        case 'operation-success':
        case 'operation-failure':
          if (operation !== undefined) onOutcome(record, operation, entry.role === 'operation-success' ? 'success' : 'failure');
          return;
        case 'operation-error':
          onError(record, operation);
          return;
        case 'service-error':
          incidents.add(record);
          onNearby(record);
          return;
        case 'sync-engine':
          onNearby(record);
          return;
        case 'service-state': {
          // Onboarding's steps (31017 token obtained, 31018 key created) carry the onboarding's tracking id.
          const byId = pairByTrackingId(index, record);
          if (byId !== undefined && byId.state === 'open') addOwnEvent(byId, record);
          return;
        }
        default:
          // Heartbeats and password hash sync belong to no chain and are not kept.
          return;
      }
    },
    end() {
      for (let building = index.open.shift(); building !== undefined; building = index.open.shift()) {
        if (building.state === 'open') close(building, 'log-ended');
      }
      for (let entry = held.shift(); entry !== undefined; entry = held.shift()) {
        if (!entry.taken) giveUp(entry);
      }
      for (let building = settling.shift(); building !== undefined; building = settling.shift()) emit(building);
      failing.clear();
      incidents.end();
      const unpairedErrors = [...unpaired.values()].sort((a, b) => b.count - a.count || a.eventId - b.eventId);
      return { unpairedErrors };
    },
    held() {
      return index.open.size + settling.size + held.size + failing.size + incidents.held();
    },
  };
}

/** The correlate stage over a stream: `correlate(mergeInputs(streams))` yields every chain once it is complete. */
export async function* correlate(records: AsyncIterable<EventRecord>, options: CorrelateOptions = {}): AsyncGenerator<Chain, CorrelationSummary, undefined> {
  let ready: Chain[] = [];
  const correlator = createCorrelator((chain) => ready.push(chain), options);
  for await (const record of records) {
    correlator.add(record);
    if (ready.length === 0) continue;
    const done = ready;
    ready = [];
    yield* done;
  }
  const summary = correlator.end();
  yield* ready;
  return summary;
}
