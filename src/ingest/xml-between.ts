// Ingest: judges the text between two events of an XML export, which Windows fills with nothing but markup of its own.

import { byteLengthOf, type TextEncoding } from './decode.js';

/** Text between events is held until the next event up to this length, then judged and dropped. */
export const BETWEEN_LIMIT_CHARS = 64 * 1024;

/**
 * What may stand between events in a Windows export: white space, the XML declaration,
 * the `<Events>` root of Event Viewer and `wevtutil /e:Events`, and comments.
 */
const BETWEEN_EVENTS_TOKEN = /\s+|<\?xml[^>]{0,200}\?>|<\/?Events\s*>|<!--[\s\S]*?-->/y;
const ONLY_SPACE = /^\s*$/;
const SPACES = /\s+/g;

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

/** Describes non-event text for a warning: its first characters, on one line. */
function preview(text: string): string {
  const flat = text.trim().replace(SPACES, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * The warning for decoded text found between events, with the byte offset and the line ends (from
 * the text's start) before its first stray character; undefined when the text is what Windows writes there.
 */
/** `offset`: bytes before the first stray character; `lines`: line ends before it. */
export function betweenEvents(between: string, encoding: TextEncoding): { offset: number; lines: number; message: string } | undefined {
  if (ONLY_SPACE.test(between)) return undefined;
  const stray = firstStray(between);
  if (stray === -1) return undefined;
  let lines = 0;
  for (let at = between.indexOf('\n'); at !== -1 && at < stray; at = between.indexOf('\n', at + 1)) lines++;
  return {
    offset: byteLengthOf(between.slice(0, stray), encoding),
    lines,
    message: `text that is not an event was skipped: "${preview(between.slice(stray))}"`,
  };
}
