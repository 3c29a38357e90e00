// Report: normalized records as JSON Lines and CSV, for `events` and for other tools to consume.

import type { EventRecord } from '../record.js';
import { neutralizeCell } from './csv-cell.js';
import { csvText } from './csv-text.js';
import { formatIsoInZone } from './time.js';

/**
 * A record as one JSON object: times in ISO 8601 UTC, empty fields left out. With a display zone,
 * `localTime` adds the same instant in that zone, with its offset.
 */
export function recordToJson(record: EventRecord, zone?: string): Record<string, unknown> {
  const json: Record<string, unknown> = {
    source: record.source,
    eventId: record.eventId,
    level: record.level,
    time: record.time.toISOString(),
  };
  if (zone !== undefined) json.localTime = formatIsoInZone(record.time, zone);
  if (record.recordId !== undefined) json.recordId = record.recordId;
  if (record.computer !== undefined) json.computer = record.computer;
  json.message = record.message;
  if (Object.keys(record.data).length > 0) json.data = record.data;
  if (record.trackingId !== undefined) json.trackingId = record.trackingId;
  if (record.operation !== undefined) json.operation = record.operation;
  if (record.user !== undefined) json.user = record.user;
  if (record.adminUpn !== undefined) json.adminUpn = record.adminUpn;
  if (record.errorCodes.length > 0) json.errorCodes = record.errorCodes;
  if (record.mmsCodes.length > 0) json.mmsCodes = record.mmsCodes;
  if (record.exceptionType !== undefined) json.exceptionType = record.exceptionType;
  json.origin = record.origin;
  return json;
}

export const RECORD_CSV_COLUMNS = [
  'time',
  'source',
  'eventId',
  'level',
  'recordId',
  'computer',
  'trackingId',
  'operation',
  'upn',
  'dn',
  'cloudAnchor',
  'errorCodes',
  'mmsCodes',
  'exceptionType',
  'message',
  'file',
  'line',
  'offset',
] as const;

/** The header; with a display zone, `localTime` follows `time`. */
export function recordCsvHeader(zone?: string): string {
  const columns: string[] = [...RECORD_CSV_COLUMNS];
  if (zone !== undefined) columns.splice(1, 0, 'localTime');
  return csvText([columns]);
}

/** The cells of one record, in the order of `RECORD_CSV_COLUMNS` (with `localTime` after `time` when a zone is given), neutralized. */
export function recordCsvCells(record: EventRecord, zone?: string): string[] {
  return [
    record.time.toISOString(),
    ...(zone === undefined ? [] : [formatIsoInZone(record.time, zone)]),
    record.source,
    String(record.eventId),
    record.level,
    record.recordId === undefined ? '' : String(record.recordId),
    record.computer ?? '',
    record.trackingId ?? '',
    record.operation ?? '',
    record.user?.upn ?? '',
    record.user?.dn ?? '',
    record.user?.cloudAnchor ?? '',
    record.errorCodes.join(' '),
    record.mmsCodes.join(' '),
    record.exceptionType ?? '',
    record.message,
    record.origin.file,
    String(record.origin.line),
    String(record.origin.offset),
  ].map(neutralizeCell);
}

export function recordToCsvRow(record: EventRecord, zone?: string): string {
  return csvText([recordCsvCells(record, zone)]);
}
