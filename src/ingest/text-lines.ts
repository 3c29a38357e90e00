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

/** Splits decoded text into lines as it streams; only the unfinished last line of a chunk is held. */
export async function* readTextLines(text: AsyncIterable<string>, sniffed: SniffedEncoding): AsyncGenerator<TextLine> {
  let rest = '';
  let line = 1;
  let offset = sniffed.bomLength;
  const emit = (raw: string): TextLine => {
    const item = { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, line, offset };
    line++;
    offset += byteLengthOf(raw, sniffed.encoding) + byteLengthOf('\n', sniffed.encoding);
    return item;
  };
  for await (const chunk of text) {
    const window = rest + chunk;
    let from = 0;
    for (let at = window.indexOf('\n'); at !== -1; at = window.indexOf('\n', from)) {
      yield emit(window.slice(from, at));
      from = at + 1;
    }
    rest = window.slice(from);
  }
  if (rest !== '') yield emit(rest);
}
