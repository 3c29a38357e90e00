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
 * Line numbers of a file read through a byte queue, counted forward from a cursor as they are
 * asked for, with line ends counted where the bytes are (so text that needs no line number is
 * never looked at for line ends).
 */
export interface ByteLines {
  /** 1-based line of absolute offset `at`, which is still in the queue. */
  lineAt(at: number): number;
  /** Counts up to `at` (the queue is about to drop the bytes before it). */
  passTo(at: number): void;
}

/** `countLineEnds(from, to)` counts in the queue's storage indices, `from` at a character boundary. */
export function byteLines(queue: ByteQueue, startOffset: number, countLineEnds: (from: number, to: number) => number): ByteLines {
  let cursor = startOffset;
  let cursorLine = 1;
  const lineAt = (at: number): number => {
    if (at >= cursor) cursorLine += countLineEnds(cursor - queue.start, at - queue.start);
    else cursorLine -= countLineEnds(at - queue.start, cursor - queue.start);
    cursor = at;
    return cursorLine;
  };
  return {
    lineAt,
    passTo(at) {
      if (at > cursor) lineAt(at);
    },
  };
}
