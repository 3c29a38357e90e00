// Ingest: cuts an XML export into single `<Event>` elements by scanning its bytes, as a stream.

import type { IngestedRecord } from '../record.js';
import { byteQueue } from './byte-queue.js';
import { byteText, windowLines } from './byte-text.js';
import type { ReaderContext } from './types.js';
import { betweenEvents, BETWEEN_LIMIT_CHARS } from './xml-between.js';
import { providerReader } from './xml-provider.js';
import { parseEventXml } from './xml-event.js';

/**
 * `<Event` or `</Event` and the character after the name: the only markup the scan looks for.
 * One regular expression finds both in one pass (V8 scans for it faster than for either string).
 */
const TOKEN = '<\\/?Event[ \\t\\r\\n>\\/]';
const SLASH = 0x2f;
const GREATER = 0x3e;
/** Bytes scanned at a time: small enough that each view is a young, short-lived string (not a large object). */
const WINDOW_BYTES = 64 * 1024;
/** A single event larger than this is not an event Windows wrote; it is skipped, not buffered. */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;

/**
 * Reads `<Event>` elements one at a time from a file's bytes (BOM included), whatever surrounds
 * them (an `<Events>` root or none), so memory holds a chunk and one event, not the file. Markup
 * is found in views of the raw bytes (UTF-8 as Latin-1, where every byte is one character); only
 * wanted events are decoded and parsed, and the provider is read from the raw text first.
 */
export async function* readXmlBytes(chunks: AsyncIterable<Uint8Array>, context: ReaderContext): AsyncGenerator<IngestedRecord> {
  const { encoding, bomLength } = context.sniffed;
  const queue = byteQueue(chunks, encoding === 'utf-16be');
  const text = byteText(queue, encoding);
  const { unit } = text;
  const lines = windowLines(unit, bomLength);
  const wantedProvider = providerReader(text, context.filter);
  const token = new RegExp(TOKEN, 'g');
  const windowBytes = WINDOW_BYTES;
  const maxBetweenBytes = BETWEEN_LIMIT_CHARS * unit;

  /** Absolute offsets: `pos` ends what was read (text between events starts there); `open` starts the event under way. */
  let pos = bomLength;
  let open = -1;
  let scanAt = bomLength;
  let window = '';
  let windowStart = bomLength;
  /** After an oversized event, the text up to the next event is part of it: no more warnings. */
  let discarding = false;

  const issueAt = (at: number, message: string): void => {
    context.onIssue({ file: context.file, line: lines.lineAt(at), offset: at, message });
  };
  /** Warns once about text in [from, to) that may not stand between events. */
  const checkBetween = (from: number, to: number): boolean => {
    if (to <= from || discarding) return false;
    if (from >= windowStart && isBlank(window, (from - windowStart) / unit, (to - windowStart) / unit)) return false;
    const stray = betweenEvents(text.decode(from, to), encoding);
    if (stray === undefined) return false;
    context.onIssue({ file: context.file, line: lines.lineAt(from) + stray.lines, offset: from + stray.offset, message: stray.message });
    return true;
  };

  for (;;) {
    while (!queue.done && queue.end - scanAt < windowBytes) await queue.fill(pos);
    const end = text.align(queue.end);
    if (scanAt >= end) break;
    const windowEnd = Math.min(end, scanAt + windowBytes);
    const next = text.view(scanAt, windowEnd);
    lines.enter(next, scanAt, [pos, open]);
    windowStart = scanAt;
    window = next;
    token.lastIndex = 0;
    let tokenEnd = windowStart;
    while (token.test(window)) {
      const after = token.lastIndex;
      const closing = window.charCodeAt(after - 7) === SLASH;
      const at = windowStart + (after - (closing ? 8 : 7)) * unit;
      tokenEnd = windowStart + after * unit;
      if (!closing) {
        if (open !== -1) {
          context.onEventSeen();
          issueAt(open, 'an event without its closing </Event> was skipped');
          pos = at;
        } else {
          checkBetween(pos, at);
        }
        discarding = false;
        open = at;
        continue;
      }
      // `</Event` + anything but `>`, or a closing tag outside an event: left to the checks around it.
      if (open === -1 || window.charCodeAt(after - 1) !== GREATER) continue;
      const start = open;
      pos = tokenEnd;
      open = -1;
      context.onEventSeen();
      if (!wantedProvider(start, tokenEnd, window, windowStart)) continue;
      const line = lines.lineAt(start);
      const parsed = parseEventXml(text.decode(start, tokenEnd), { file: context.file, line, offset: start });
      if (typeof parsed === 'string') context.onIssue({ file: context.file, line, offset: start, message: parsed });
      else yield parsed;
    }
    // A token cut by the window's end is found by the next window, which starts up to 7 characters back.
    scanAt = windowEnd === end && queue.done ? windowEnd : Math.max(tokenEnd, windowEnd - 7 * unit);
    if (open !== -1 && windowEnd - open > MAX_EVENT_BYTES) {
      context.onEventSeen();
      issueAt(open, `an event of more than ${MAX_EVENT_BYTES >> 20} MiB without a closing </Event> was skipped`);
      discarding = true;
      pos = open + 6 * unit;
      open = -1;
    }
    if (open === -1 && scanAt - pos > maxBetweenBytes) {
      // Text between events is judged once, when the next event comes; a long stretch is judged
      // now (up to a tag that may be unfinished) and dropped.
      const cut = unfinishedTagStart(window, windowStart, pos, scanAt, unit);
      if (checkBetween(pos, cut)) discarding = true;
      pos = cut;
    }
  }

  const end = text.align(queue.end);
  if (open !== -1) {
    context.onEventSeen();
    issueAt(open, 'the file ends inside this event (a truncated copy?); it was skipped');
  } else if (pos < end && !discarding) {
    // `<Event` at the very end, its name not yet ended, is a truncated event too.
    const rest = text.view(pos, end);
    const start = rest.indexOf('<Event');
    lines.enter(rest, pos, [pos]);
    window = rest;
    windowStart = pos;
    if (start === -1) {
      checkBetween(pos, end);
    } else {
      checkBetween(pos, pos + start * unit);
      context.onEventSeen();
      issueAt(pos + start * unit, 'the file ends inside this event (a truncated copy?); it was skipped');
    }
  }
}

/** Tab, LF, CR and space only (what Windows writes between events), checked on a view. */
function isBlank(view: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = view.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}

/** Where text to be dropped must stop: at a `<` in the window whose tag has not closed before `to`. */
function unfinishedTagStart(window: string, windowStart: number, from: number, to: number, unit: number): number {
  const toIndex = (to - windowStart) / unit;
  const open = window.lastIndexOf('<', toIndex - 1);
  if (open === -1) return to;
  const at = windowStart + open * unit;
  return at >= from && window.indexOf('>', open) === -1 ? at : to;
}

/**
 * The reader of decoded text, for text that is already decoded (tests, pasted input): encodes it
 * back in the file's encoding (after its BOM, so offsets stay those of the file) and reads it.
 */
export async function* readXmlEvents(textChunks: AsyncIterable<string>, context: ReaderContext): AsyncGenerator<IngestedRecord> {
  yield* readXmlBytes(encodeChunks(textChunks, context), context);
}

async function* encodeChunks(textChunks: AsyncIterable<string>, context: ReaderContext): AsyncGenerator<Uint8Array> {
  const { encoding, bomLength } = context.sniffed;
  if (bomLength > 0) yield Buffer.alloc(bomLength);
  for await (const chunk of textChunks) {
    if (encoding === 'utf-8') yield Buffer.from(chunk, 'utf8');
    else if (encoding === 'utf-16le') yield Buffer.from(chunk, 'utf16le');
    else yield Buffer.from(chunk, 'utf16le').swap16();
  }
}
