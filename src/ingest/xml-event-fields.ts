// Ingest: reads the fields of one Windows event from its XML in a single pass, without building a tree.

/**
 * What a record is made of, as the event's XML writes it: values trimmed, line ends LF, entities
 * still as written (the caller decodes them). `undefined`: the event has no such element.
 */
export interface EventFields {
  /** `<System>` is present (even empty). */
  system: boolean;
  provider: string | undefined;
  eventId: string | undefined;
  systemTime: string | undefined;
  level: string | undefined;
  recordId: string | undefined;
  computer: string | undefined;
  /** `<EventData><Data>` in order: `Name` (when it has one) and text. */
  data: { name: string | undefined; text: string }[];
  /** `<RenderingInfo><Message>`. */
  message: string | undefined;
}

// Where an element sits: its parent's role, then its own.
const OTHER = 0;
const EVENT = 1;
const SYSTEM = 2;
const EVENT_DATA = 3;
const RENDERING = 4;
const PROVIDER = 5;
const EVENT_ID = 6;
const TIME_CREATED = 7;
const LEVEL = 8;
const RECORD_ID = 9;
const COMPUTER = 10;
const DATA = 11;
const MESSAGE = 12;

const IN_EVENT: Readonly<Record<string, number>> = { System: SYSTEM, EventData: EVENT_DATA, RenderingInfo: RENDERING };
const IN_SYSTEM: Readonly<Record<string, number>> = {
  Provider: PROVIDER, EventID: EVENT_ID, TimeCreated: TIME_CREATED, Level: LEVEL, EventRecordID: RECORD_ID, Computer: COMPUTER,
};

function roleOf(parent: number, name: string): number {
  if (parent === EVENT) return IN_EVENT[name] ?? OTHER;
  if (parent === SYSTEM) return IN_SYSTEM[name] ?? OTHER;
  if (parent === EVENT_DATA) return name === 'Data' ? DATA : OTHER;
  if (parent === RENDERING) return name === 'Message' ? MESSAGE : OTHER;
  return OTHER;
}

/** Elements read for their text: a child element inside one is mixed content, left to the full parser. */
function holdsText(role: number): boolean {
  return role >= EVENT_ID && role !== TIME_CREATED;
}

const LINE_END = /\r\n?/g;
/** The whitespace XML allows inside tags. */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
/** Ends a tag or attribute name. */
const endsName = (code: number): boolean => isSpace(code) || code === 0x3e || code === 0x2f || code === 0x3d || Number.isNaN(code);

/** What the full parser makes of a value: line ends LF (it normalizes the whole document first), trimmed. */
function clean(raw: string): string {
  return (raw.indexOf('\r') === -1 ? raw : raw.replace(LINE_END, '\n')).trim();
}

/**
 * The fields of `xml`, one `<Event>` element as Windows writes it, or `undefined` when the event
 * is anything else: a comment, CDATA, a processing instruction, a namespace prefix, mixed content
 * in a field, a repeated element or attribute that is read, unbalanced tags. Those go to the full
 * parser, so this fast path only ever reads documents on which both agree.
 */
export function readEventFields(xml: string): EventFields | undefined {
  const fields: EventFields = {
    system: false, provider: undefined, eventId: undefined, systemTime: undefined, level: undefined,
    recordId: undefined, computer: undefined, data: [], message: undefined,
  };
  const roles: number[] = [];
  const names: string[] = [];
  /** Roles already met below the current parent (a repeat makes the full parser build an array). */
  let seen = 0;
  const seenStack: number[] = [];
  let textFrom = -1;
  let dataName: string | undefined;
  let roots = 0;
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open === -1) break;
    const next = xml.charCodeAt(open + 1);
    if (next === 0x21 || next === 0x3f) return undefined; // <! and <?
    if (next === 0x2f) {
      const close = xml.indexOf('>', open);
      if (close === -1 || roles.length === 0) return undefined;
      const name = xml.slice(open + 2, close).trimEnd();
      if (name !== names[names.length - 1]) return undefined;
      const role = roles.pop() ?? OTHER;
      names.pop();
      seen = seenStack.pop() ?? 0;
      if (textFrom !== -1) finishText(fields, role, clean(xml.slice(textFrom, open)), dataName);
      textFrom = -1;
      at = close + 1;
      continue;
    }
    // A start tag inside a field's text is mixed content.
    if (textFrom !== -1) return undefined;
    let end = open + 1;
    while (!endsName(xml.charCodeAt(end))) end++;
    const name = xml.slice(open + 1, end);
    if (name === '' || name.indexOf(':') !== -1) return undefined;
    const parent = roles.length === 0 ? -1 : (roles[roles.length - 1] ?? OTHER);
    let role: number;
    if (parent === -1) {
      if (++roots > 1 || name !== 'Event') return undefined;
      role = EVENT;
    } else {
      role = roleOf(parent, name);
      if (role !== OTHER && role !== DATA) {
        if ((seen & (1 << role)) !== 0) return undefined;
        seen |= 1 << role;
      }
    }
    // Attributes: name = 'value' or "value", nothing else.
    let read: string | undefined;
    dataName = undefined;
    for (;;) {
      while (isSpace(xml.charCodeAt(end))) end++;
      const code = xml.charCodeAt(end);
      if (code === 0x3e || code === 0x2f) break;
      const nameStart = end;
      while (!endsName(xml.charCodeAt(end))) end++;
      const attribute = xml.slice(nameStart, end);
      while (isSpace(xml.charCodeAt(end))) end++;
      if (attribute === '' || attribute.indexOf(':') !== -1 || xml.charCodeAt(end) !== 0x3d) return undefined;
      end++;
      while (isSpace(xml.charCodeAt(end))) end++;
      const quote = xml.charCodeAt(end);
      if (quote !== 0x27 && quote !== 0x22) return undefined;
      const valueEnd = xml.indexOf(quote === 0x27 ? "'" : '"', end + 1);
      if (valueEnd === -1) return undefined;
      const value = xml.slice(end + 1, valueEnd);
      if (value.indexOf('<') !== -1) return undefined;
      end = valueEnd + 1;
      const wanted = role === PROVIDER || role === DATA ? 'Name' : role === TIME_CREATED ? 'SystemTime' : undefined;
      if (attribute === wanted) {
        if (read !== undefined) return undefined;
        read = clean(value);
      }
    }
    const selfClosing = xml.charCodeAt(end) === 0x2f;
    if (selfClosing && xml.charCodeAt(end + 1) !== 0x3e) return undefined;
    at = selfClosing ? end + 2 : end + 1;
    if (role === SYSTEM) fields.system = true;
    else if (role === PROVIDER) fields.provider = read;
    else if (role === TIME_CREATED) fields.systemTime = read;
    else if (role === DATA) dataName = read;
    if (selfClosing) {
      // Empty: the full parser gives '' or no text at all, which every field reads the same.
      if (holdsText(role)) finishText(fields, role, '', dataName);
      continue;
    }
    roles.push(role);
    names.push(name);
    seenStack.push(seen);
    seen = 0;
    if (holdsText(role)) textFrom = at;
  }
  if (roles.length !== 0 || roots !== 1) return undefined;
  if (xml.slice(at).trim() !== '') return undefined;
  return fields;
}

function finishText(fields: EventFields, role: number, value: string, dataName: string | undefined): void {
  switch (role) {
    case EVENT_ID: fields.eventId = value; break;
    case LEVEL: fields.level = value; break;
    case RECORD_ID: fields.recordId = value; break;
    case COMPUTER: fields.computer = value; break;
    case MESSAGE: fields.message = value; break;
    case DATA: fields.data.push({ name: dataName, text: value }); break;
    default: break;
  }
}
