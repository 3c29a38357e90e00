// Correlate stage, pairing: finds the chain an outcome or an error belongs to, by tracking id, by user and time, or by time.

import type { WritebackOperation } from '../catalog/types.js';
import type { EventRecord } from '../record.js';
import type { Building } from './building.js';
import type { ChainIndex } from './chain-index.js';
import type { AttachReason } from './types.js';
import { serverKeyOf, userKeyOf } from './user-key.js';

export interface Pairing {
  building: Building;
  reason: AttachReason;
}

export interface PairingLimits {
  windowMs: number;
  skewMs: number;
}

/** Two ids that are both known and differ mean two operations; a missing (or redacted) id matches any. */
function idsAgree(building: Building, record: EventRecord): boolean {
  return record.trackingId === undefined || building.chain.trackingId === undefined || building.chain.trackingId === record.trackingId;
}

/** Whether an open chain's start is near enough before `timeMs` for the event to end or explain it. */
function inWindow(building: Building, timeMs: number, limits: PairingLimits): boolean {
  return building.startMs <= timeMs + limits.skewMs && building.startMs + limits.windowMs >= timeMs;
}

/**
 * The candidate that started last: when one user's first attempt hung or failed and a retry follows, the
 * next outcome is the retry's. For different users at the same moment the user key already tells them apart.
 */
function latestStart(candidates: Iterable<Building>, accept: (building: Building) => boolean): Building | undefined {
  let best: Building | undefined;
  for (const candidate of candidates) {
    if (accept(candidate) && (best === undefined || candidate.startMs >= best.startMs)) best = candidate;
  }
  return best;
}

/** The chain the tracking id names, while it is still being built. */
export function pairByTrackingId(index: ChainIndex, record: EventRecord): Building | undefined {
  if (record.trackingId === undefined) return undefined;
  const building = index.byTracking.get(record.trackingId);
  return building === undefined || building.state === 'done' ? undefined : building;
}

/** The start an outcome closes: same tracking id, else the same user's latest open start of the kind, else by time. */
export function pairOutcome(index: ChainIndex, record: EventRecord, kind: WritebackOperation, limits: PairingLimits): Pairing | undefined {
  const byId = pairByTrackingId(index, record);
  if (byId !== undefined && byId.chain.kind === kind) return { building: byId, reason: 'trackingId' };

  const timeMs = record.time.getTime();
  const server = serverKeyOf(record);
  const waiting = (building: Building): boolean =>
    building.state === 'open' && building.chain.kind === kind && building.serverKey === server && idsAgree(building, record) && inWindow(building, timeMs, limits);

  const userKey = userKeyOf(record);
  if (userKey !== undefined) {
    const sameUser = latestStart(index.byUser.get(userKey) ?? [], waiting);
    if (sameUser !== undefined) return { building: sameUser, reason: 'user+time' };
  }
  // By time alone: the start names no user (onboarding, a redacted ticket), or the outcome names none.
  const noUser = latestStart(index.withoutUser, waiting);
  if (noUser !== undefined) return { building: noUser, reason: 'time' };
  if (userKey === undefined) {
    const anyUser = latestStart(index.open.items(), waiting);
    if (anyUser !== undefined) return { building: anyUser, reason: 'time' };
  }
  return undefined;
}

/**
 * The operation an error (33xxx, 32xxx of a request) belongs to: same tracking id; else the same user's
 * operation under way (or closed moments ago); else, for an error that names no user, an operation that
 * names none either. An error that names a user is never given to someone else's operation.
 */
export function pairError(index: ChainIndex, record: EventRecord, kind: WritebackOperation | undefined, limits: PairingLimits): Pairing | undefined {
  const byId = pairByTrackingId(index, record);
  if (byId !== undefined) return { building: byId, reason: 'trackingId' };

  const timeMs = record.time.getTime();
  const server = serverKeyOf(record);
  const fits = (building: Building): boolean =>
    (kind === undefined || building.chain.kind === kind) && building.serverKey === server && idsAgree(building, record) && building.hasStart;
  const underWay = (building: Building): boolean => building.state === 'open' && fits(building) && inWindow(building, timeMs, limits);
  const justClosed = (building: Building): boolean =>
    building.state === 'settling' && fits(building) && building.closedAtMs + limits.skewMs >= timeMs;

  const userKey = userKeyOf(record);
  if (userKey !== undefined) {
    const list = index.byUser.get(userKey) ?? [];
    const match = latestStart(list, underWay) ?? latestStart(list, justClosed);
    return match === undefined ? undefined : { building: match, reason: 'user+time' };
  }
  const match = latestStart(index.withoutUser, underWay);
  return match === undefined ? undefined : { building: match, reason: 'time' };
}

/**
 * An outcome already seen without its start (an orphan, for now) that a start logged a moment after it
 * claims: the two clocks that stamped them disagreed by less than the skew.
 */
export function pairStartWithOrphan(index: ChainIndex, record: EventRecord, kind: WritebackOperation, limits: PairingLimits): Pairing | undefined {
  const timeMs = record.time.getTime();
  const orphan = (building: Building): boolean =>
    !building.hasStart && building.state === 'settling' && building.chain.kind === kind && idsAgree(building, record) && building.startMs + limits.skewMs >= timeMs;
  const byId = pairByTrackingId(index, record);
  if (byId !== undefined && orphan(byId)) return { building: byId, reason: 'trackingId' };
  const userKey = userKeyOf(record);
  if (userKey === undefined) return undefined;
  const sameUser = latestStart(index.byUser.get(userKey) ?? [], orphan);
  return sameUser === undefined ? undefined : { building: sameUser, reason: 'user+time' };
}
