// Extract stage, message head: the tracking id and the operation word that open PasswordResetService messages.

// `TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetRequestStart, Details: …` (every
// PasswordResetService event of current builds). The colon and the spaces around it are not reliable
// between builds, so both are optional. A redacted id (`xxxxxxxx`, `xxxxxxxx-xxxx-…`) is not hex and
// does not match, which is what makes it absent.
const TRACKING_ID =
  /TrackingId[ \t]{0,4}:?[ \t]{0,4}\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![0-9A-Fa-f-])/;

// `TrackingId: <id>, ResetUserPasswordByAdminStart, Details: …`: the second comma-separated field is the
// operation only when it is one identifier word followed by a comma or the line end. Sentence-shaped
// second fields (`Reason: Synchronization Engine…`, `Couldn't connect to any service bus endpoint(s)`,
// `Password writeback service is not in a healthy state…`) fail on their first space, colon or quote.
// The id field is matched loosely so that redacted ids still yield the operation.
const OPERATION_AFTER_TRACKING_ID =
  /TrackingId[ \t]{0,4}:?[^,\r\n]{0,80},[ \t]{0,4}([A-Z][A-Za-z0-9]{2,63})[ \t]{0,4}(?=[,\r\n]|$)/;

// `PasswordResetRequestStart, Details: kim.lee@fabrikam.com`: older builds wrote no `TrackingId:` and
// opened the message with the operation word itself.
const OPERATION_AT_START = /^[ \t\uFEFF]{0,8}([A-Z][A-Za-z0-9]{2,63})[ \t]{0,4},[ \t]{0,4}Details\b/;

const TRACKING_KEY = 'TrackingId';

/** The operation's tracking id, lower-cased; undefined when the message has none or it was redacted. */
export function readTrackingId(message: string): string | undefined {
  if (!message.includes(TRACKING_KEY)) return undefined;
  return TRACKING_ID.exec(message)?.[1]?.toLowerCase();
}

/** The operation word of a PasswordResetService message (`PasswordResetSuccess`…), if it names one. */
export function readOperation(message: string): string | undefined {
  if (message.includes(TRACKING_KEY)) return OPERATION_AFTER_TRACKING_ID.exec(message)?.[1];
  return OPERATION_AT_START.exec(message)?.[1];
}
