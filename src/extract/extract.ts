// Extract stage: adds the facts of each record's message (tracking id, operation, user, codes, exception) for correlation and rules.

import type { EventRecord, ExtractedFields, IngestedRecord } from '../record.js';
import { readErrorCodes, readMmsCodes } from './codes.js';
import { readExceptionType } from './exception.js';
import { readOperation, readTrackingId } from './tracking.js';
import { readAdminUpn, readUser } from './user.js';

/** Reads the structured facts out of one message; a field the message does not carry is left out. */
export function extractFields(message: string): ExtractedFields {
  const fields: ExtractedFields = { errorCodes: readErrorCodes(message), mmsCodes: readMmsCodes(message) };
  const trackingId = readTrackingId(message);
  if (trackingId !== undefined) fields.trackingId = trackingId;
  const operation = readOperation(message);
  if (operation !== undefined) fields.operation = operation;
  const user = readUser(message);
  if (user !== undefined) fields.user = user;
  const adminUpn = readAdminUpn(message);
  if (adminUpn !== undefined) fields.adminUpn = adminUpn;
  const exceptionType = readExceptionType(message);
  if (exceptionType !== undefined) fields.exceptionType = exceptionType;
  return fields;
}

/**
 * `text` in a string of its own. A message cut from its event's text (a V8 sliced string) keeps that
 * whole text alive, markup and all, for as long as the record lives in a chain; its own copy
 * keeps only itself. (Slicing a joined string flattens it into a new string, which the slice keeps.)
 */
function detached(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

/**
 * The one string of each provider or computer name: a name cut from its event's text would keep that
 * text alive for as long as the record lives in a chain. A log has a few of each; the count is capped
 * all the same.
 */
const names = new Map<string, string>();
const NAMES_KEPT = 1024;

function sharedName(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  const own = detached(name);
  if (names.size < NAMES_KEPT) names.set(own, own);
  return own;
}

// Most events have no named `<Data>`: their records share one empty map rather than holding one each.
const NO_DATA: Record<string, string> = Object.freeze({});

function hasEntries(data: Record<string, string>): boolean {
  for (const _ in data) return true;
  return false;
}

/**
 * One ingested record with the facts of its message added. Every field is written, always in this
 * order, an absent one as undefined: the later stages then see records of a single shape, whose
 * fields V8 reads at a fixed place (records of varying shapes made each field read a lookup).
 */
export function extractRecord(record: IngestedRecord): EventRecord {
  const message = detached(record.message);
  return {
    source: sharedName(record.source),
    eventId: record.eventId,
    level: record.level,
    time: record.time,
    recordId: record.recordId,
    computer: record.computer === undefined ? undefined : sharedName(record.computer),
    message,
    data: hasEntries(record.data) ? record.data : NO_DATA,
    origin: record.origin,
    xml: record.xml,
    xmlBytes: record.xmlBytes,
    trackingId: readTrackingId(message),
    operation: readOperation(message),
    user: readUser(message),
    adminUpn: readAdminUpn(message),
    errorCodes: readErrorCodes(message),
    mmsCodes: readMmsCodes(message),
    exceptionType: readExceptionType(message),
  };
}

/** The extract stage over a stream: `extract(read(files))`. */
export async function* extract(records: AsyncIterable<IngestedRecord>): AsyncGenerator<EventRecord, void, undefined> {
  for await (const record of records) yield extractRecord(record);
}
