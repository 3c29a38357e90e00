// The knowledge stage's event index: every known event of the writeback sources, looked up by provider and id.

import { adsyncEvents } from './adsync-events.js';
import { passwordHashSyncEvents } from './password-hash-sync-events.js';
import { passwordResetServiceAdErrorEvents } from './password-reset-service-ad-errors.js';
import { passwordResetServiceErrorEvents } from './password-reset-service-errors.js';
import { passwordResetServiceOperationEvents } from './password-reset-service-operations.js';
import { passwordResetServiceStateEvents } from './password-reset-service-state.js';
import type { CatalogEvent } from './types.js';

export const catalogEvents: readonly CatalogEvent[] = [
  ...passwordResetServiceOperationEvents,
  ...passwordResetServiceStateEvents,
  ...passwordResetServiceErrorEvents,
  ...passwordResetServiceAdErrorEvents,
  ...adsyncEvents,
  ...passwordHashSyncEvents,
];

function eventKey(source: string, eventId: number): string {
  return `${source.toLowerCase()}\u0000${eventId}`;
}

// Built once: lookups run for every kept record, and the list never changes at run time.
const eventsByKey: ReadonlyMap<string, CatalogEvent> = new Map(
  catalogEvents.map((event) => [eventKey(event.source, event.eventId), event]),
);

/**
 * The catalog's entry for an event, or undefined for an event it does not know. The provider is
 * compared case-insensitively because text exports do not all keep Windows' spelling.
 */
export function lookupEvent(source: string, eventId: number): CatalogEvent | undefined {
  return eventsByKey.get(eventKey(source.trim(), eventId));
}
