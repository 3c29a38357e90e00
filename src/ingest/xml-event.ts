// Ingest: turns the text of one `<Event>` element into a record.

import { XMLParser } from 'fast-xml-parser';
import { levelFromNumber, type IngestedRecord, type Origin } from '../record.js';
import { decodeXmlEntities } from './xml-entities.js';
import { readEventFields, type EventFields } from './xml-event-fields.js';

// Entities are left as text (processEntities: false) and decoded by us: the parser never
// expands a DTD entity, so no document can make it expand one.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
  isArray: (name) => name === 'Data' || name === 'Keyword',
});

type XmlValue = string | XmlNode | XmlValue[] | undefined;
interface XmlNode {
  [key: string]: XmlValue;
}

function child(node: XmlValue, name: string): XmlValue {
  return node !== undefined && typeof node === 'object' && !Array.isArray(node) ? node[name] : undefined;
}

/** Text content of an element that may carry attributes (`<EventID Qualifiers='0'>31001</EventID>`). */
function textOf(node: XmlValue): string | undefined {
  if (typeof node === 'string') return node;
  const text = child(node, '#text');
  return typeof text === 'string' ? text : undefined;
}

function attributeOf(node: XmlValue, name: string): string | undefined {
  const value = child(node, name);
  return typeof value === 'string' ? value : undefined;
}

const DIGITS = /^\s*\d+\s*$/;
const LINE_END = /\r\n?/g;

function integer(text: string | undefined): number | undefined {
  if (text === undefined || !DIGITS.test(text)) return undefined;
  return Number(text);
}

/** Windows writes 7 fractional digits (`2024-03-05T00:07:11.5302719Z`); a Date holds milliseconds. */
const SYSTEM_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?$/;

function parseSystemTime(value: string | undefined): Date | undefined {
  const match = value === undefined ? null : SYSTEM_TIME.exec(value.trim());
  if (match === null) return undefined;
  const millis = (match[2] ?? '').padEnd(3, '0').slice(0, 3);
  const time = new Date(`${match[1]}.${millis}${match[3] ?? 'Z'}`);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

function normalizeMessage(text: string): string {
  return decodeXmlEntities(text).replace(LINE_END, '\n').trimEnd();
}

/** The same fields as the fast path reads them, from the full parser's tree. */
function fieldsOfTree(document: XmlNode): EventFields {
  const event = child(document, 'Event');
  const system = child(event, 'System');
  const data: EventFields['data'] = [];
  const dataNodes = child(child(event, 'EventData'), 'Data');
  if (Array.isArray(dataNodes)) {
    for (const node of dataNodes) data.push({ name: attributeOf(node, 'Name'), text: textOf(node) ?? '' });
  }
  return {
    system: system !== undefined,
    provider: attributeOf(child(system, 'Provider'), 'Name'),
    eventId: textOf(child(system, 'EventID')),
    systemTime: attributeOf(child(system, 'TimeCreated'), 'SystemTime'),
    level: textOf(child(system, 'Level')),
    recordId: textOf(child(system, 'EventRecordID')),
    computer: textOf(child(system, 'Computer')),
    data,
    message: textOf(child(child(event, 'RenderingInfo'), 'Message')),
  };
}

/** The fields as the full parser reads them, or why it could not; the fast path must agree with it. */
export function readEventFieldsFully(eventText: string): EventFields | string {
  try {
    return fieldsOfTree(parser.parse(eventText) as XmlNode);
  } catch (error) {
    return `an event that is not well-formed XML was skipped (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`;
  }
}

/**
 * Parses one event; returns the reason as a string when it is not a usable event. Events as
 * Windows writes them are read in one pass; anything else goes through the full parser.
 */
export function parseEventXml(eventText: string, origin: Origin): IngestedRecord | string {
  const fields = readEventFields(eventText) ?? readEventFieldsFully(eventText);
  if (typeof fields === 'string') return fields;
  if (!fields.system) return 'an event without <System> was skipped';

  const providerName = fields.provider;
  if (providerName === undefined || providerName === '') return 'an event without <Provider Name> was skipped';
  const eventId = integer(fields.eventId);
  if (eventId === undefined) return 'an event without a numeric <EventID> was skipped';
  const time = parseSystemTime(fields.systemTime);
  if (time === undefined) return 'an event without a valid <TimeCreated SystemTime> was skipped';
  const levelNumber = integer(fields.level);
  const level = levelNumber === undefined ? 'information' : (levelFromNumber(levelNumber) ?? 'information');

  const strings: string[] = [];
  const data: Record<string, string> = {};
  for (const { name, text } of fields.data) {
    if (name === undefined) strings.push(text);
    else data[decodeXmlEntities(name)] = normalizeMessage(text);
  }

  const rendered = fields.message;
  const message = normalizeMessage(rendered !== undefined && rendered !== '' ? rendered : strings.join('\n'));

  const record: IngestedRecord = {
    source: decodeXmlEntities(providerName),
    eventId,
    level,
    time,
    message,
    data,
    origin,
  };
  const recordId = integer(fields.recordId);
  if (recordId !== undefined) record.recordId = recordId;
  const computer = fields.computer;
  if (computer !== undefined && computer !== '') record.computer = decodeXmlEntities(computer);
  return record;
}
