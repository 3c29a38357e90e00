// Ingest: the queued bytes of a UTF-8 or UTF-16 file seen as text: cheap views to scan, decoded text to keep, lines.

import type { ByteQueue } from './byte-queue.js';
import type { TextEncoding } from './decode.js';

/**
 * A view keeps one character per code unit: for UTF-8 each byte is one Latin-1 character, so an
 * index times `unit` is a byte offset and ASCII markup is found as is; UTF-16 arrives little endian.
 */
export interface ByteText {
  /** Bytes per character of a view: 1 (UTF-8 seen as Latin-1) or 2 (UTF-16). */
  unit: 1 | 2;
  /** The bytes [from, to) (absolute offsets) as a view. */
  view(from: number, to: number): string;
  /** The bytes [from, to) decoded: invalid sequences and lone surrogates become U+FFFD. */
  decode(from: number, to: number): string;
  /** A view's text as decoded text (for a name read from a view). */
  decodeView(text: string): string;
  /** `to` rounded down to a character boundary. */
  align(to: number): number;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A view of UTF-8 bytes that holds more than ASCII. */
const NOT_ASCII = /[^\x00-\x7f]/;

/** What a WHATWG decoder makes of UTF-16 that holds lone surrogates (a cut or damaged file). */
function wellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

export function byteText(queue: ByteQueue, encoding: TextEncoding): ByteText {
  if (encoding === 'utf-8') {
    return {
      unit: 1,
      view: (from, to) => queue.bytes.toString('latin1', from - queue.start, to - queue.start),
      decode: (from, to) => queue.bytes.toString('utf8', from - queue.start, to - queue.start),
      decodeView: (text) => (NOT_ASCII.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text),
      align: (to) => to,
    };
  }
  return {
    unit: 2,
    view: (from, to) => queue.bytes.toString('utf16le', from - queue.start, to - queue.start),
    decode: (from, to) => wellFormed(queue.bytes.toString('utf16le', from - queue.start, to - queue.start)),
    decodeView: wellFormed,
    align: (to) => to - (to & 1),
  };
}

/**
 * Line numbers of a file read window by window, counted forward in the windows' own text. An
 * offset before the current window (an event, or text between events, that began in an earlier
 * one) keeps the line it had when its window was left.
 */
export interface WindowLines {
  /** `window` (a view of the bytes from `windowStart`) is scanned next; the offsets in `keep` stay askable. */
  enter(window: string, windowStart: number, keep: readonly number[]): void;
  /** 1-based line of absolute offset `at`: in the current window, or one kept. */
  lineAt(at: number): number;
}

export function windowLines(unit: 1 | 2, startOffset: number): WindowLines {
  let window = '';
  let windowStart = startOffset;
  let windowLine = 1;
  /** A point already counted in the current window: offsets after it count on from it. */
  let cursor = 0;
  let cursorLine = 1;
  let kept = new Map<number, number>();

  const lineAtIndex = (index: number): number => {
    if (index < cursor) {
      cursor = 0;
      cursorLine = windowLine;
    }
    for (let at = window.indexOf('\n', cursor); at !== -1 && at < index; at = window.indexOf('\n', at + 1)) cursorLine++;
    cursor = index;
    return cursorLine;
  };
  const lineAt = (at: number): number => (at >= windowStart ? lineAtIndex((at - windowStart) / unit) : (kept.get(at) ?? windowLine));

  return {
    lineAt,
    enter(next, nextStart, keep) {
      const stays = new Map<number, number>();
      for (const at of keep) if (at >= 0 && at < nextStart) stays.set(at, kept.get(at) ?? lineAt(at));
      windowLine = nextStart >= windowStart ? lineAtIndex((nextStart - windowStart) / unit) : (kept.get(nextStart) ?? windowLine);
      kept = stays;
      window = next;
      windowStart = nextStart;
      cursor = 0;
      cursorLine = windowLine;
    },
  };
}
