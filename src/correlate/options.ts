// Correlate stage, options: how far apart the events of one operation may be.

export interface CorrelateOptions {
  /** How long after its start an operation may still get its outcome; a start with none by then is incomplete. */
  windowMs?: number;
  /** Clock skew allowed between events that belong together (a 6329 and its 33xxx, a start and its outcome). */
  skewMs?: number;
}

/** DESIGN.md's window: 10 minutes; a writeback operation takes seconds. */
export const DEFAULT_WINDOW_MS = 10 * 60_000;

/** The service and the sync engine stamp their events separately; seconds apart still belong together. */
export const DEFAULT_SKEW_MS = 5_000;
