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

/** The children each parent's role reads, by name. */
const CHILDREN: ReadonlyMap<number, readonly (readonly [string, number])[]> = new Map([
  [EVENT, [['System', SYSTEM], ['EventData', EVENT_DATA], ['RenderingInfo', RENDERING]]],
  [SYSTEM, [['Provider', PROVIDER], ['EventID', EVENT_ID], ['TimeCreated', TIME_CREATED], ['Level', LEVEL], ['EventRecordID', RECORD_ID], ['Computer', COMPUTER]]],
  [EVENT_DATA, [['Data', DATA]]],
  [RENDERING, [['Message', MESSAGE]]],
]);

/** The role of the element named by xml[start, end) below a parent of role `parent`, compared in place. */
function roleOf(parent: number, xml: string, start: number, end: number): number {
  const children = CHILDREN.get(parent);
  if (children === undefined) return OTHER;
  for (const [name, role] of children) if (name.length === end - start && xml.startsWith(name, start)) return role;
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

/**
 * Where the name that starts at `from` ends, or -1 when it is not a name Windows writes
 * (`[A-Za-z_][A-Za-z0-9_.-]*`, no namespace prefix): such a document goes to the full parser.
 */
function nameEnd(xml: string, from: number): number {
  let at = from;
  for (;;) {
    const code = xml.charCodeAt(at);
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
    if (letter || (at > from && ((code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d))) {
      at++;
      continue;
    }
    return at > from && endsName(code) ? at : -1;
  }
}

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
  /** Where the name of each open element starts, and its length: closing tags are compared in place. */
  const nameStarts: number[] = [];
  const nameLengths: number[] = [];
  /** Roles already met below the current parent (a repeat makes the full parser build an array). */
  let seen = 0;
  const seenStack: number[] = [];
  let textFrom = -1;
  let textHasAttributes = false;
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
      // The name of the element it closes, then nothing but white space.
      const nameStart = nameStarts.pop() ?? 0;
      const nameLength = nameLengths.pop() ?? 0;
      for (let k = 0; k < nameLength; k++) if (xml.charCodeAt(open + 2 + k) !== xml.charCodeAt(nameStart + k)) return undefined;
      for (let after = open + 2 + nameLength; after < close; after++) if (!isSpace(xml.charCodeAt(after))) return undefined;
      const role = roles.pop() ?? OTHER;
      seen = seenStack.pop() ?? 0;
      if (textFrom !== -1) finishText(fields, role, clean(xml.slice(textFrom, open)), textHasAttributes, dataName);
      textFrom = -1;
      at = close + 1;
      continue;
    }
    // A start tag inside a field's text is mixed content.
    if (textFrom !== -1) return undefined;
    let end = nameEnd(xml, open + 1);
    if (end === -1) return undefined;
    const nameStart = open + 1;
    const nameLength = end - nameStart;
    const parent = roles.length === 0 ? -1 : (roles[roles.length - 1] ?? OTHER);
    let role: number;
    if (parent === -1) {
      if (++roots > 1 || nameLength !== 5 || !xml.startsWith('Event', nameStart)) return undefined;
      role = EVENT;
    } else {
      role = roleOf(parent, xml, nameStart, end);
      if (role !== OTHER && role !== DATA) {
        if ((seen & (1 << role)) !== 0) return undefined;
        seen |= 1 << role;
      }
    }
    // Attributes: name = 'value' or "value", nothing else.
    let read: string | undefined;
    let attributes = 0;
    dataName = undefined;
    const wanted = role === PROVIDER || role === DATA ? 'Name' : role === TIME_CREATED ? 'SystemTime' : '';
    for (;;) {
      while (isSpace(xml.charCodeAt(end))) end++;
      const code = xml.charCodeAt(end);
      if (code === 0x3e || code === 0x2f) break;
      const nameStart = end;
      end = nameEnd(xml, nameStart);
      if (end === -1) return undefined;
      const isWanted = wanted !== '' && end - nameStart === wanted.length && xml.startsWith(wanted, nameStart);
      while (isSpace(xml.charCodeAt(end))) end++;
      if (xml.charCodeAt(end) !== 0x3d) return undefined;
      end++;
      while (isSpace(xml.charCodeAt(end))) end++;
      const quote = xml.charCodeAt(end);
      if (quote !== 0x27 && quote !== 0x22) return undefined;
      const valueEnd = xml.indexOf(quote === 0x27 ? "'" : '"', end + 1);
      if (valueEnd === -1) return undefined;
      const lessThan = xml.indexOf('<', end + 1);
      if (lessThan !== -1 && lessThan < valueEnd) return undefined;
      attributes++;
      if (isWanted) {
        if (read !== undefined) return undefined;
        read = clean(xml.slice(end + 1, valueEnd));
      }
      end = valueEnd + 1;
    }
    const selfClosing = xml.charCodeAt(end) === 0x2f;
    if (selfClosing && xml.charCodeAt(end + 1) !== 0x3e) return undefined;
    at = selfClosing ? end + 2 : end + 1;
    if (role === SYSTEM) fields.system = true;
    else if (role === PROVIDER) fields.provider = read;
    else if (role === TIME_CREATED) fields.systemTime = read;
    else if (role === DATA) dataName = read;
    if (selfClosing) {
      if (holdsText(role)) finishText(fields, role, '', attributes > 0, dataName);
      continue;
    }
    roles.push(role);
    nameStarts.push(nameStart);
    nameLengths.push(nameLength);
    seenStack.push(seen);
    seen = 0;
    if (holdsText(role)) {
      textFrom = at;
      textHasAttributes = attributes > 0;
    }
  }
  if (roles.length !== 0 || roots !== 1) return undefined;
  if (xml.slice(at).trim() !== '') return undefined;
  return fields;
}

/** An empty element with attributes has no text at all for the full parser; one without has ''. */
function finishText(fields: EventFields, role: number, text: string, hasAttributes: boolean, dataName: string | undefined): void {
  const value = text === '' && hasAttributes ? undefined : text;
  switch (role) {
    case EVENT_ID: fields.eventId = value; break;
    case LEVEL: fields.level = value; break;
    case RECORD_ID: fields.recordId = value; break;
    case COMPUTER: fields.computer = value; break;
    case MESSAGE: fields.message = value; break;
    case DATA: fields.data.push({ name: dataName, text }); break;
    default: break;
  }
}
