// Ingest: keeps line numbers and byte offsets while a reader walks forward through decoded text.

import { byteLengthOf, type SniffedEncoding } from './decode.js';

/**
 * Positions are absolute character indexes in the file's decoded text (BOM excluded). The
 * tracker only moves forward, so counting costs one pass over the text however often it is asked.
 */
export interface PositionTracker {
  /** Line (1-based) and byte offset of absolute index `at`; `window` holds the text from `windowStart`. */
  locate(at: number, window: string, windowStart: number): { line: number; offset: number };
}

export function trackPositions(sniffed: SniffedEncoding): PositionTracker {
  let countedTo = 0;
  let line = 1;
  let offset = sniffed.bomLength;
  return {
    locate(at, window, windowStart) {
      if (at > countedTo) {
        const from = countedTo - windowStart;
        const to = at - windowStart;
        let nl = window.indexOf('\n', from);
        while (nl !== -1 && nl < to) {
          line++;
          nl = window.indexOf('\n', nl + 1);
        }
        offset += byteLengthOf(window.slice(from, to), sniffed.encoding);
        countedTo = at;
      }
      return { line, offset };
    },
  };
}
