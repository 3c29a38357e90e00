// Ingest: cuts an XML export into single `<Event>` elements by scanning its bytes, as a stream.

import type { IngestedRecord } from '../record.js';
import { byteQueue } from './byte-queue.js';
import { byteLines, byteText } from './byte-text.js';
import { markupScanner } from './markup-scan.js';
import type { ReaderContext } from './types.js';
import { betweenEvents, BETWEEN_LIMIT_CHARS } from './xml-between.js';
import { providerReader } from './xml-provider.js';
import { parseEventXml } from './xml-event.js';

/** Bytes scanned at a time: the granularity of the checks on an event too large and on long text between events. */
const SCAN_BYTES = 64 * 1024;
/** Room for a chunk and what is kept before it; grows for an event larger than that. */
const INITIAL_BYTES = 2 * 1024 * 1024;
/** A single event larger than this is not an event Windows wrote; it is skipped, not buffered. */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;
/** `</Event>`, the longest token, in characters: a token is judged once its bytes are all queued. */
const TOKEN_CHARS = 8;

/** What a candidate from the scanner is: `<Event` or `</Event` and the character after the name. */
const NOT_A_TOKEN = 0;
const OPENING = 1;
const CLOSING = 2;
/** `</Event` followed by white space or `/`: left to the checks around it. */
const OTHER_CLOSING = 3;
/** What may end the name `Event` in a token. */
const NAME_END = new Uint8Array(256);
for (const char of ' \t\r\n>/') NAME_END[char.charCodeAt(0)] = 1;
const GREATER = 0x3e;
const SLASH = 0x2f;
const P = 0x50;

/**
 * Reads `<Event>` elements one at a time from a file's bytes (BOM included), whatever surrounds
 * them (an `<Events>` root or none), so memory holds a chunk and one event, not the file. Markup
 * is found in the raw bytes (`markup-scan.ts`); an unwanted event is told by its provider's
 * bytes, and only wanted events are decoded and parsed. Line numbers are counted only up to where
 * one is needed.
 */
export async function* readXmlBytes(chunks: AsyncIterable<Uint8Array>, context: ReaderContext): AsyncGenerator<IngestedRecord> {
  const { encoding, bomLength } = context.sniffed;
  const unit = encoding === 'utf-8' ? 1 : 2;
  const scanner = markupScanner(unit, SCAN_BYTES, INITIAL_BYTES);
  const queue = byteQueue(chunks, encoding === 'utf-16be', scanner.storage);
  const text = byteText(queue, encoding);
  const lines = byteLines(queue, bomLength, scanner.countLineEnds);
  const wantedProvider = providerReader(text, queue, context.filter);
  const encode = (value: string): Buffer => Buffer.from(value, unit === 1 ? 'latin1' : 'utf16le');
  const opening = encode('<Event');
  const closing = encode('</Event');
  const maxBetweenBytes = BETWEEN_LIMIT_CHARS * unit;

  /** What the bytes at storage index `index` are, all of them before `limit`. */
  const tokenAt = (bytes: Buffer, index: number, limit: number): number => {
    const name = bytes[index + unit] === SLASH ? closing : opening;
    const after = index + name.length;
    if (after + unit > limit || NAME_END[bytes[after] as number] !== 1 || (unit === 2 && bytes[after + 1] !== 0)) return NOT_A_TOKEN;
    for (let k = 0; k < name.length; k++) if (bytes[index + k] !== name[k]) return NOT_A_TOKEN;
    if (name === opening) return OPENING;
    return bytes[after] === GREATER ? CLOSING : OTHER_CLOSING;
  };

  /** Absolute offsets: `pos` ends what was read (text between events starts there); `open` starts the event under way. */
  let pos = bomLength;
  let open = -1;
  /** Where `<Pr` first starts in the event under way (its `<Provider`, as Windows writes it), or -1. */
  let providerAt = -1;
  /** Providers are looked at only to leave events out. */
  const scan = context.filter.names === undefined ? scanner.candidates : scanner.candidatesAndProviders;
  let scanAt = bomLength;
  /** After an oversized event, the text up to the next event is part of it: no more warnings. */
  let discarding = false;

  const issueAt = (at: number, message: string): void => {
    context.onIssue({ file: context.file, line: lines.lineAt(at), offset: at, message });
  };
  /** Warns once about text in [from, to) that may not stand between events. */
  const checkBetween = (from: number, to: number): boolean => {
    if (to <= from || discarding) return false;
    if (isBlank(queue.bytes, from - queue.start, to - queue.start, unit)) return false;
    const stray = betweenEvents(text.decode(from, to), encoding);
    if (stray === undefined) return false;
    context.onIssue({ file: context.file, line: lines.lineAt(from) + stray.lines, offset: from + stray.offset, message: stray.message });
    return true;
  };

  try {
    yield* eventsOf();
  } finally {
    await queue.close();
  }

  async function* eventsOf(): AsyncGenerator<IngestedRecord> {
    for (;;) {
      while (!queue.done && queue.end - scanAt < SCAN_BYTES + TOKEN_CHARS * unit) {
        // The bytes before `pos` are dropped: their line ends are counted first.
        lines.passTo(pos);
        await queue.fill(pos);
      }
      const end = text.align(queue.end);
      // A token that may run past the queued bytes is judged after the next fill.
      const scanTo = Math.min(queue.done ? end : end - (TOKEN_CHARS - 1) * unit, scanAt + SCAN_BYTES);
      if (scanAt >= scanTo) break;
      const { bytes, start: base } = queue;
      const found = scan(scanAt - base, scanTo - base);
      const candidates = scanner.found;
      for (let k = 0; k < found; k++) {
        const index = candidates[k] as number;
        const at = base + index;
        if (at >= scanTo) break;
        if (unit === 2 && (at & 1) === 1) continue;
        if (bytes[index + unit] === P) {
          if (open !== -1 && providerAt === -1) providerAt = at;
          continue;
        }
        const token = tokenAt(bytes, index, end - base);
        if (token === OPENING) {
          if (open !== -1) {
            context.onEventSeen();
            issueAt(open, 'an event without its closing </Event> was skipped');
            pos = at;
          } else {
            checkBetween(pos, at);
          }
          discarding = false;
          open = at;
          providerAt = -1;
          continue;
        }
        // `</Event` + anything but `>`, or a closing tag outside an event: left to the checks around it.
        if (token !== CLOSING || open === -1) continue;
        const start = open;
        const stop = at + TOKEN_CHARS * unit;
        pos = stop;
        open = -1;
        context.onEventSeen();
        if (!wantedProvider(start, stop, providerAt)) continue;
        const line = lines.lineAt(start);
        const parsed = parseEventXml(text.decode(start, stop), { file: context.file, line, offset: start });
        if (typeof parsed === 'string') context.onIssue({ file: context.file, line, offset: start, message: parsed });
        else yield parsed;
      }
      const scanFrom = scanAt;
      scanAt = scanTo;
      if (open !== -1 && scanTo - open > MAX_EVENT_BYTES) {
        context.onEventSeen();
        issueAt(open, `an event of more than ${MAX_EVENT_BYTES >> 20} MiB without a closing </Event> was skipped`);
        discarding = true;
        pos = open + 6 * unit;
        open = -1;
      }
      if (open === -1 && scanAt - pos > maxBetweenBytes) {
        // Text between events is judged once, when the next event comes; a long stretch is judged
        // now (up to a tag that may be unfinished) and dropped.
        const cut = unfinishedTagStart(queue.bytes, queue.start, Math.max(pos, scanFrom), scanAt, Math.min(end, scanAt + TOKEN_CHARS * unit), unit);
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
      const start = bytesIndex(queue.bytes, opening, pos - queue.start, end - queue.start, unit);
      if (start === -1) {
        checkBetween(pos, end);
      } else {
        checkBetween(pos, queue.start + start);
        context.onEventSeen();
        issueAt(queue.start + start, 'the file ends inside this event (a truncated copy?); it was skipped');
      }
    }
  }
}

/** Tab, LF, CR and space only (what Windows writes between events), in storage [from, to). */
function isBlank(bytes: Buffer, from: number, to: number, unit: 1 | 2): boolean {
  for (let at = from; at < to; at += unit) {
    const code = bytes[at];
    if ((code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) || (unit === 2 && bytes[at + 1] !== 0)) return false;
  }
  return true;
}

/** Storage index of `needle` in [from, to) at a character boundary (`from` is one), or -1. */
function bytesIndex(bytes: Buffer, needle: Buffer, from: number, to: number, unit: 1 | 2): number {
  for (let at = bytes.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = bytes.indexOf(needle, at + 1)) {
    if ((at - from) % unit === 0) return at;
  }
  return -1;
}

/**
 * Where text to be dropped must stop (absolute offsets): at the last `<` in [from, to) whose tag
 * has not closed before `seen`, the end of the bytes scanned; else at `to`.
 */
function unfinishedTagStart(bytes: Buffer, base: number, from: number, to: number, seen: number, unit: 1 | 2): number {
  for (let at = to - unit; at >= from; at -= unit) {
    if (bytes[at - base] !== 0x3c || (unit === 2 && bytes[at - base + 1] !== 0)) continue;
    for (let after = at + unit; after < seen; after += unit) {
      if (bytes[after - base] === GREATER && (unit === 1 || bytes[after - base + 1] === 0)) return to;
    }
    return at;
  }
  return to;
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
