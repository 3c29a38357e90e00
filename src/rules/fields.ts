// Rules stage: the record fields a rule can test, named as `writeback-doctor events` prints them.

import type { EventRecord } from '../record.js';

/** A field's value on one record: absent, one value, or several (error codes, MMS codes, the parts of a user). */
export type FieldValue = string | number | undefined | readonly (string | number)[];

export type FieldReader = (record: EventRecord) => FieldValue;

export const FIELD_NAMES = [
  'source',
  'eventId',
  'level',
  'recordId',
  'computer',
  'message',
  'trackingId',
  'operation',
  'user',
  'user.upn',
  'user.dn',
  'user.cloudAnchor',
  'adminUpn',
  'errorCodes',
  'mmsCodes',
  'exceptionType',
] as const;

/** Fields whose values are numbers: equality compares numerically, so `33008` and `'33008'` agree. */
export const NUMERIC_FIELDS: ReadonlySet<string> = new Set(['eventId', 'recordId', 'mmsCodes']);

const READERS: Record<(typeof FIELD_NAMES)[number], FieldReader> = {
  source: (record) => record.source,
  eventId: (record) => record.eventId,
  level: (record) => record.level,
  recordId: (record) => record.recordId,
  computer: (record) => record.computer,
  message: (record) => record.message,
  trackingId: (record) => record.trackingId,
  operation: (record) => record.operation,
  // `user` matches any of the ways a message names the user.
  user: (record) => {
    const user = record.user;
    if (user === undefined) return undefined;
    const parts: string[] = [];
    if (user.upn !== undefined) parts.push(user.upn);
    if (user.dn !== undefined) parts.push(user.dn);
    if (user.cloudAnchor !== undefined) parts.push(user.cloudAnchor);
    return parts;
  },
  'user.upn': (record) => record.user?.upn,
  'user.dn': (record) => record.user?.dn,
  'user.cloudAnchor': (record) => record.user?.cloudAnchor,
  adminUpn: (record) => record.adminUpn,
  errorCodes: (record) => record.errorCodes,
  mmsCodes: (record) => record.mmsCodes,
  exceptionType: (record) => record.exceptionType,
};

const DATA_FIELD = /^data\.([A-Za-z0-9_]+)$/;

/** The reader of a field name, or undefined for a name that is no field (`data.<Name>` reads a named `<Data>`). */
export function fieldReader(name: string): FieldReader | undefined {
  if (Object.hasOwn(READERS, name)) return READERS[name as (typeof FIELD_NAMES)[number]];
  const dataName = DATA_FIELD.exec(name)?.[1];
  if (dataName === undefined) return undefined;
  return (record) => record.data[dataName];
}

/** A field's value as one string, for grouping (`groupBy`, `same`); undefined when the record lacks it. */
export function groupValue(reader: FieldReader, record: EventRecord): string | undefined {
  const value = reader(record);
  if (value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return value.length === 0 ? undefined : value.map(String).join(' ');
}
