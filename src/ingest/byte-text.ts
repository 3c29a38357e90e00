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
 * Line numbers of byte offsets, counted once: offsets are asked for in increasing order, and the
 * bytes from the last one asked on stay queued until `countTo` has passed them.
 */
export interface LineCounter {
  /** 1-based line of absolute offset `at`; `window` is a view of [windowStart, …) that may hold it. */
  lineAt(at: number, window: string, windowStart: number): number;
}

export function lineCounter(text: ByteText, startOffset: number): LineCounter {
  let countedTo = startOffset;
  let line = 1;
  const count = (view: string, from: number, to: number): void => {
    for (let at = view.indexOf('\n', from); at !== -1 && at < to; at = view.indexOf('\n', at + 1)) line++;
  };
  return {
    lineAt(at, window, windowStart) {
      if (at <= countedTo) return line;
      let from = countedTo;
      if (from < windowStart) {
        const head = Math.min(at, windowStart);
        count(text.view(from, head), 0, (head - from) / text.unit);
        from = head;
      }
      if (at > from) count(window, (from - windowStart) / text.unit, (at - windowStart) / text.unit);
      countedTo = at;
      return line;
    },
  };
}
