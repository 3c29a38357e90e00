// Ingest: cuts the decoded text of an XML export into single `<Event>` elements, as a stream.

import type { IngestedRecord } from '../record.js';
import { trackPositions } from './position.js';
import type { ReaderContext } from './types.js';
import { isWanted } from './types.js';
import { parseEventXml, readProviderName } from './xml-event.js';

const EVENT_OPEN = '<Event';
const EVENT_CLOSE = '</Event>';
/** A single event larger than this is not an event Windows wrote; it is skipped, not buffered. */
const MAX_EVENT_CHARS = 8 * 1024 * 1024;

/**
 * What may stand between events in a Windows export: white space, the XML declaration,
 * the `<Events>` root of Event Viewer and `wevtutil /e:Events`, and comments.
 */
const BETWEEN_EVENTS_TOKEN = /\s+|<\?xml[^>]{0,200}\?>|<\/?Events\s*>|<!--[\s\S]*?-->/y;

/** Index of the first character of `text` that may not stand between events, or -1. */
function firstStray(text: string): number {
  let at = 0;
  while (at < text.length) {
    BETWEEN_EVENTS_TOKEN.lastIndex = at;
    if (!BETWEEN_EVENTS_TOKEN.test(text)) return at;
    at = BETWEEN_EVENTS_TOKEN.lastIndex;
  }
  return -1;
}
const ONLY_SPACE = /^\s*$/;
/** Text between events is held until the next event up to this length, then judged and dropped. */
const MAX_BETWEEN_CHARS = 64 * 1024;

/**
 * Finds `<Event` followed by a character that ends the name, so `<EventData>` and `<EventID>`
 * do not count. Returns -1 when there is none before `before`, and `UNDECIDED` when the only
 * candidate sits at the very end of the text, where the next chunk decides.
 */
const UNDECIDED = -2;
function findEventOpen(text: string, from: number, before = text.length): number {
  let at = text.indexOf(EVENT_OPEN, from);
  while (at !== -1 && at < before) {
    const next = text.charCodeAt(at + EVENT_OPEN.length);
    if (Number.isNaN(next)) return UNDECIDED;
    // '>', '/', space, tab, CR, LF
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0d || next === 0x0a) return at;
    at = text.indexOf(EVENT_OPEN, at + 1);
  }
  return -1;
}

/**
 * A copy of `slice` that no longer points into the window. V8 keeps a slice as a view of its
 * parent, so a record's strings would pin the whole 1 MiB window for as long as the record lives.
 */
function detach(slice: string): string {
  return ` ${slice}`.slice(1);
}

/** Where unfinished text at the end of a chunk begins: a `<` whose tag has not closed yet. */
function unfinishedTagStart(text: string, from: number): number {
  const open = text.lastIndexOf('<');
  return open >= from && text.indexOf('>', open) === -1 ? open : text.length;
}

/** Describes non-event text for a warning: its first characters, on one line. */
function preview(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * Reads `<Event>` elements one at a time, whatever surrounds them (an `<Events>` root or none),
 * so memory holds one chunk and one event, not the file. The provider is read from the raw
 * text first; only wanted events are parsed.
 */
export async function* readXmlEvents(text: AsyncIterable<string>, context: ReaderContext): AsyncGenerator<IngestedRecord> {
  const positions = trackPositions(context.sniffed);
  let window = '';
  let windowStart = 0;
  /** After an oversized event, the text up to the next event is part of it: no more warnings. */
  let discarding = false;
  /** Window index where the next event opens, when already known; -1 when not. */
  let knownNext = -1;

  const issueAt = (at: number, message: string): void => {
    const { line, offset } = positions.locate(at, window, windowStart);
    context.onIssue({ file: context.file, line, offset, message });
  };

  /** Warns once about non-event text in [from, to); says whether it did. */
  const checkBetween = (from: number, to: number): boolean => {
    if (to <= from || discarding) return false;
    const between = window.slice(from, to);
    if (ONLY_SPACE.test(between)) return false;
    const stray = firstStray(between);
    if (stray === -1) return false;
    issueAt(windowStart + from + stray, `text that is not an event was skipped: "${preview(between.slice(stray))}"`);
    return true;
  };

  for await (const chunk of text) {
    window += chunk;
    let pos = 0;
    for (;;) {
      // The nested-event check of the previous event already found where the next one opens.
      const start = knownNext >= pos ? knownNext : findEventOpen(window, pos);
      knownNext = -1;
      if (start < 0) {
        // Text between events stays in the window until the next event, so it is judged (and
        // warned about) once; only a long stretch is judged early and then dropped.
        const cut = start === UNDECIDED ? window.lastIndexOf(EVENT_OPEN) : unfinishedTagStart(window, pos);
        if (cut - pos > MAX_BETWEEN_CHARS) {
          if (checkBetween(pos, cut)) discarding = true;
          pos = cut;
        }
        break;
      }
      checkBetween(pos, start);
      discarding = false;
      pos = start;
      const end = window.indexOf(EVENT_CLOSE, start);
      const next = findEventOpen(window, start + EVENT_OPEN.length);
      // An opening after this event's end (or one still undecided at the window's end) is the next event.
      const nested = end !== -1 && (next === UNDECIDED || next > end) ? -1 : next;
      if (nested === UNDECIDED) break;
      if (nested !== -1) {
        context.onEventSeen();
        issueAt(windowStart + start, 'an event without its closing </Event> was skipped');
        pos = nested;
        continue;
      }
      if (end === -1) {
        if (window.length - start <= MAX_EVENT_CHARS) break;
        context.onEventSeen();
        issueAt(windowStart + start, `an event of more than ${MAX_EVENT_CHARS >> 20} MiB without a closing </Event> was skipped`);
        pos = start + EVENT_OPEN.length;
        discarding = true;
        continue;
      }
      const stop = end + EVENT_CLOSE.length;
      context.onEventSeen();
      const eventText = window.slice(start, stop);
      const provider = readProviderName(eventText);
      if (provider === undefined || isWanted(context.filter, provider)) {
        const { line, offset } = positions.locate(windowStart + start, window, windowStart);
        const parsed = parseEventXml(detach(eventText), { file: context.file, line, offset });
        if (typeof parsed === 'string') context.onIssue({ file: context.file, line, offset, message: parsed });
        else yield parsed;
      }
      pos = stop;
      knownNext = next;
    }
    positions.locate(windowStart + pos, window, windowStart);
    window = window.slice(pos);
    windowStart += pos;
    knownNext = -1;
  }

  if (window.length > 0) {
    const start = window.indexOf(EVENT_OPEN);
    if (discarding) {
      // the oversized event's warning already covers this text
    } else if (start === -1) {
      checkBetween(0, window.length);
    } else {
      checkBetween(0, start);
      context.onEventSeen();
      issueAt(windowStart + start, 'the file ends inside this event (a truncated copy?); it was skipped');
    }
  }
}
