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

/** One ingested record with the facts of its message added. */
export function extractRecord(record: IngestedRecord): EventRecord {
  return { ...record, ...extractFields(record.message) };
}

/** The extract stage over a stream: `extract(read(files))`. */
export async function* extract(records: AsyncIterable<IngestedRecord>): AsyncGenerator<EventRecord, void, undefined> {
  for await (const record of records) yield extractRecord(record);
}
