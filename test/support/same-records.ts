// Test support: what CSV and text fixtures promise (fixtures/csv/expected.json, fixtures/text/expected.json),
// and the fields of a record that an export shape can carry, for comparing it with the XML export.

import { readFileSync } from 'node:fs';
import type { EventRecord } from '../../src/record.js';

export interface ShapeVariant {
  file: string;
  shape: 'eventviewer-csv' | 'get-winevent-csv' | 'get-eventlog-csv' | 'eventviewer-details' | 'eventviewer-tab' | 'wevtutil-text' | 'format-list';
  culture: string;
  zone: string;
  encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'ascii';
  order: 'newest-first' | 'oldest-first';
  carries: ('recordId' | 'computer')[];
  timePrecision: 'second' | 'millisecond';
  lossy?: boolean;
  missingMessages?: boolean;
  pasted?: boolean;
  eventXml?: boolean;
  delimiter?: string;
}

export interface ExpectedTimes {
  file: string;
  culture: string;
  zone: string;
  order: 'newest-first' | 'oldest-first';
  records: { eventId: number; level: string; time: string }[];
}

export function readExpected<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const ENCODING_NAMES: Readonly<Record<ShapeVariant['encoding'], string>> = {
  utf8: 'UTF-8 without BOM',
  ascii: 'UTF-8 without BOM',
  utf8bom: 'UTF-8 with BOM',
  utf16le: 'UTF-16 LE with BOM',
  utf16be: 'UTF-16 BE with BOM',
};

export const FORMATS: Readonly<Record<ShapeVariant['shape'], string>> = {
  'eventviewer-csv': 'csv-eventviewer',
  'get-winevent-csv': 'csv-get-winevent',
  'get-eventlog-csv': 'csv-get-eventlog',
  'eventviewer-details': 'text-eventviewer',
  'eventviewer-tab': 'text-eventviewer-tab',
  'wevtutil-text': 'text-wevtutil',
  'format-list': 'text-format-list',
};

/** Windows PowerShell 5.1's ASCII Export-Csv writes every other character as "?". */
const NON_ASCII = /[^\x00-\x7f]/g;

/** A record as far as `variant` can show it: seconds only where the shape writes seconds. */
export function comparable(variant: ShapeVariant) {
  return (record: Pick<EventRecord, 'source' | 'eventId' | 'level' | 'time' | 'message' | 'recordId' | 'computer'>) => {
    const iso = record.time.toISOString();
    const shown: Record<string, unknown> = {
      source: record.source,
      eventId: record.eventId,
      level: record.level,
      time: variant.timePrecision === 'second' ? iso.slice(0, 19) : iso,
      message: variant.lossy === true ? record.message.replace(NON_ASCII, '?') : record.message,
    };
    for (const field of variant.carries) shown[field] = record[field];
    return shown;
  };
}

export function inLogOrder<T>(records: T[], order: 'newest-first' | 'oldest-first'): T[] {
  return order === 'newest-first' ? [...records].reverse() : records;
}

/** The line `origin.line` of a fixture, and the text at byte `origin.offset`, which must start that line. */
export function lineAt(path: string, encoding: ShapeVariant['encoding'], origin: { line: number; offset: number }): { line: string; atOffset: string } {
  const bytes = readFileSync(path);
  const label = encoding === 'utf16le' ? 'utf-16le' : encoding === 'utf16be' ? 'utf-16be' : 'utf-8';
  const decode = (from: number) => new TextDecoder(label, { ignoreBOM: false }).decode(bytes.subarray(from));
  const all = decode(0);
  const line = all.split('\n')[origin.line - 1]?.replace(/\r$/, '') ?? '';
  const atOffset = decode(origin.offset).split('\n')[0]?.replace(/\r$/, '') ?? '';
  return { line, atOffset };
}
