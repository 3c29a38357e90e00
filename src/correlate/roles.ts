// Correlate stage, roles: what each record is to a chain, as the catalog says (start, outcome, error, background).

import { lookupEvent } from '../catalog/events.js';
import type { CatalogEvent } from '../catalog/types.js';

// The catalog keys on a lower-cased `source\0id` string; correlation asks once per record, so the
// answers are kept per source string and event id to spare the per-record string building.
const bySource = new Map<string, Map<number, CatalogEvent | null>>();

/** The catalog entry of a record's event, or undefined for an event the catalog does not know. */
export function catalogEntryOf(source: string, eventId: number): CatalogEvent | undefined {
  let byId = bySource.get(source);
  if (byId === undefined) {
    byId = new Map();
    bySource.set(source, byId);
  }
  let entry = byId.get(eventId);
  if (entry === undefined) {
    entry = lookupEvent(source, eventId) ?? null;
    byId.set(eventId, entry);
  }
  return entry ?? undefined;
}
