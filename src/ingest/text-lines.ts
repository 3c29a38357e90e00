// Ingest: streams the lines of a pasted or saved text export, with the line number and byte offset of each.

import { byteLengthOf, type SniffedEncoding } from './decode.js';

export interface TextLine {
  /** The line without its CR LF or LF. */
  text: string;
  /** 1-based. */
  line: number;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
}

/** A line longer than this is no line Windows wrote: the rest of it is dropped (offsets still count it). */
const MAX_LINE_CHARS = 8 * 1024 * 1024;

/**
 * Splits decoded text into lines as it streams. Only the unfinished last line of a chunk is held,
 * in pieces, and only new text is searched for the line end: a long line costs linear time.
 */
export async function* readTextLines(text: AsyncIterable<string>, sniffed: SniffedEncoding): AsyncGenerator<TextLine> {
  const newlineBytes = byteLengthOf('\n', sniffed.encoding);
  let pieces: string[] = [];
  let held = 0;
  let dropped = 0;
  let line = 1;
  let offset = sniffed.bomLength;
  const hold = (piece: string): void => {
    const kept = held < MAX_LINE_CHARS ? piece.slice(0, MAX_LINE_CHARS - held) : '';
    if (kept.length > 0) pieces.push(kept);
    held += kept.length;
    if (kept.length < piece.length) dropped += byteLengthOf(piece.slice(kept.length), sniffed.encoding);
  };
  const emit = (raw: string, lineEnd: number): TextLine => {
    const item = { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, line, offset };
    line++;
    offset += byteLengthOf(raw, sniffed.encoding) + dropped + lineEnd;
    pieces = [];
    held = 0;
    dropped = 0;
    return item;
  };
  for await (const chunk of text) {
    let from = 0;
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
      if (pieces.length === 0 && dropped === 0) {
        yield emit(chunk.slice(from, at), newlineBytes);
      } else {
        hold(chunk.slice(from, at));
        yield emit(pieces.join(''), newlineBytes);
      }
      from = at + 1;
    }
    if (from < chunk.length) hold(chunk.slice(from));
  }
  if (pieces.length > 0 || dropped > 0) yield emit(pieces.join(''), 0);
}
