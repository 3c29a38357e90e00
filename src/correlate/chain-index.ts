// Correlate stage, the index of chains still being built: where an arriving event looks for the chain it belongs to.

import type { Building } from './building.js';
import { createQueue, type Queue } from './queue.js';

export interface ChainIndex {
  /** Open and settling chains by tracking id. */
  byTracking: Map<string, Building>;
  /** Open and settling chains by user key (one user may have several operations under way). */
  byUser: Map<string, Building[]>;
  /** Open and settling chains that name no user (onboarding, offboarding, redacted tickets). */
  withoutUser: Building[];
  /** Chains that started and wait for their outcome, oldest start first; closed ones are skipped when met. */
  open: Queue<Building>;
}

export function createChainIndex(): ChainIndex {
  return { byTracking: new Map(), byUser: new Map(), withoutUser: [], open: createQueue() };
}

export function indexBuilding(index: ChainIndex, building: Building): void {
  const trackingId = building.chain.trackingId;
  if (trackingId !== undefined) indexTrackingId(index, building, trackingId);
  if (building.userKey === undefined) {
    index.withoutUser.push(building);
    return;
  }
  const list = index.byUser.get(building.userKey);
  if (list === undefined) index.byUser.set(building.userKey, [building]);
  else list.push(building);
}

/** Makes a chain findable by an id it learnt after it started (an older build's 31001 has none). */
export function indexTrackingId(index: ChainIndex, building: Building, trackingId: string): void {
  if (!index.byTracking.has(trackingId)) index.byTracking.set(trackingId, building);
}

function remove(list: Building[], building: Building): void {
  const at = list.indexOf(building);
  if (at !== -1) list.splice(at, 1);
}

/** Forgets a chain that has been handed on; nothing of it stays behind. */
export function unindexBuilding(index: ChainIndex, building: Building): void {
  const trackingId = building.chain.trackingId;
  if (trackingId !== undefined && index.byTracking.get(trackingId) === building) index.byTracking.delete(trackingId);
  for (const event of building.chain.events) {
    if (event.trackingId !== undefined && index.byTracking.get(event.trackingId) === building) index.byTracking.delete(event.trackingId);
  }
  for (const { record } of building.chain.context) {
    if (record.trackingId !== undefined && index.byTracking.get(record.trackingId) === building) index.byTracking.delete(record.trackingId);
  }
  if (building.userKey === undefined) {
    remove(index.withoutUser, building);
    return;
  }
  const list = index.byUser.get(building.userKey);
  if (list === undefined) return;
  remove(list, building);
  if (list.length === 0) index.byUser.delete(building.userKey);
}
