// Ingest (.evtx): the record fields of one event as they are gathered, and the record they make.

import { levelFromNumber, type IngestedRecord, type Origin } from '../../record.js';

/** What an event says about the record model's fields; the first value of each counts. */
export interface EventFields {
  seenEvent: boolean;
  provider?: string;
  /** Text as the XML holds it, or the number itself when the value was an unsigned integer. */
  eventId?: string | number;
  level?: string | number;
  time?: Date;
  recordId?: string | number;
  computer?: string;
  /** Unnamed `<Data>` texts, trimmed as the XML reader trims them. */
  strings: string[];
  data: Record<string, string>;
  /** Set when some part of the event was rendered by the general walk, which gathers no fields. */
  incomplete?: boolean;
}

export function emptyFields(): EventFields {
  // Every field from the start: one object shape whatever order a template gives them in, so the
  // code that fills them stays monomorphic.
  return { seenEvent: false, provider: undefined, eventId: undefined, level: undefined, time: undefined, recordId: undefined, computer: undefined, strings: [], data: {}, incomplete: undefined };
}

const DIGITS = /^\s*\d+\s*$/;
const LINE_END = /\r\n?/g;
/** `TimeCreated/@SystemTime` written as text rather than as a FILETIME value (plain Binary XML records). */
const SYSTEM_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?$/;

function integer(text: string | number | undefined): number | undefined {
  if (text === undefined || typeof text === 'number') return text;
  // Digits only, the usual case, without a regular expression; anything else as the XML reader reads it.
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return DIGITS.test(text) ? Number(text) : undefined;
    value = value * 10 + digit;
  }
  return text.length === 0 ? undefined : value;
}

export function parseSystemTime(text: string): Date | undefined {
  const match = SYSTEM_TIME.exec(text.trim());
  if (match === null) return undefined;
  const time = new Date(`${match[1]}.${(match[2] ?? '').padEnd(3, '0').slice(0, 3)}${match[3] ?? 'Z'}`);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** One `<Data>` element's text, normalized as the XML reader normalizes an exported one. */
export function addData(fields: EventFields, name: string | undefined, text: string): void {
  if (name === undefined) fields.strings.push(text.trim());
  else fields.data[name] = text.includes('\r') ? text.trim().replace(LINE_END, '\n').trimEnd() : text.trim();
}

function message(strings: string[]): string {
  const joined = strings.length === 1 ? strings[0]! : strings.join('\n');
  return joined.includes('\r') ? joined.replace(LINE_END, '\n').trimEnd() : joined.trimEnd();
}

/**
 * The record, exactly as the XML reader maps the same event exported as XML: message = the
 * unnamed `<Data>` strings joined by line breaks, named ones as data fields. Returns the reason
 * as a string when the event lacks what every record needs.
 */
export function toRecord(fields: EventFields, origin: Origin): IngestedRecord | string {
  if (!fields.seenEvent) return 'a record without an <Event> element was skipped';
  if (fields.provider === undefined || fields.provider === '') return 'an event without <Provider Name> was skipped';
  const eventId = integer(fields.eventId);
  if (eventId === undefined) return 'an event without a numeric <EventID> was skipped';
  if (fields.time === undefined || Number.isNaN(fields.time.getTime())) return 'an event without a valid <TimeCreated SystemTime> was skipped';
  const levelNumber = integer(fields.level);
  const record: IngestedRecord = {
    source: fields.provider,
    eventId,
    level: levelNumber === undefined ? 'information' : (levelFromNumber(levelNumber) ?? 'information'),
    time: fields.time,
    message: message(fields.strings),
    data: fields.data,
    origin,
  };
  const recordId = integer(fields.recordId);
  if (recordId !== undefined) record.recordId = recordId;
  if (fields.computer !== undefined && fields.computer !== '') record.computer = fields.computer;
  return record;
}
