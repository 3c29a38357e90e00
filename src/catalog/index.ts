// The knowledge stage: event ids, error codes and SSPR errors, with their meanings in every language.

export { catalogCodes, lookupCode, normalizeCode } from './codes.js';
export { catalogEvents, lookupEvent } from './events.js';
export { lookupSsprCode, ssprCodes } from './sspr.js';
export {
  CATALOG_SOURCES,
  EVENT_ROLES,
  WRITEBACK_OPERATIONS,
  type CatalogCode,
  type CatalogEvent,
  type CatalogSource,
  type CatalogSsprCode,
  type CatalogText,
  type CodeRelevance,
  type EventRole,
  type SsprText,
  type WritebackOperation,
} from './types.js';
