// Ingest: streams the rows of a CSV or tab-delimited export through csv-parse, with the line and byte offset of each.

import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { byteLengthOf, type SniffedEncoding } from './decode.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line of the row's first character. */
  line: number;
  /** Byte offset of the row's first byte in the file. */
  offset: number;
}

export interface CsvRowOptions {
  delimiter: string;
  sniffed: SniffedEncoding;
  /**
   * Lines before the rows (PowerShell's `#TYPE` line, the header), read by detection already.
   * csv-parse takes its first row's length as every row's: a header shorter than the rows (Event
   * Viewer names five columns of six) would make it build an error object for every row.
   */
  leadingLines: number;
  /** A row csv-parse could not read (an unclosed quote, a row too long): skipped, reported here. */
  onBadRow(line: number, offset: number, message: string): void;
}

/** A row longer than this is no row Windows wrote (an unclosed quote swallowing the file): it is skipped. */
const MAX_ROW_CHARS = 8 * 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Byte offsets of the lines between the text fed to the parser and the rows it has given back.
 * The parser reads ahead by at most a chunk, so this holds a chunk's lines, never the file's.
 */
function lineOffsets(sniffed: SniffedEncoding) {
  const starts: number[] = [sniffed.bomLength];
  let firstLine = 1;
  let head = 0;
  let offset = sniffed.bomLength;
  return {
    /** Records where the lines of `chunk` (original text, CR kept) start. */
    scan(chunk: string): void {
      let from = 0;
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) {
        offset += byteLengthOf(chunk.slice(from, at + 1), sniffed.encoding);
        starts.push(offset);
        from = at + 1;
      }
      offset += byteLengthOf(chunk.slice(from), sniffed.encoding);
    },
    /** The byte offset of `line`; lines before it are forgotten. */
    offsetOf(line: number): number {
      const index = head + (line - firstLine);
      const value = starts[index] ?? offset;
      if (index > head) {
        head = index;
        firstLine = line;
      }
      if (head > 4096) {
        starts.splice(0, head);
        head = 0;
      }
      return value;
    },
  };
}

/**
 * csv-parse counts lines right only when records end with LF, so CRLF is turned into LF on the
 * way in (a CR at the end of a chunk waits for the next one); the original text, CRs included,
 * is what byte offsets are counted on.
 */
async function* crlfToLf(text: AsyncIterable<string>, scan: (chunk: string) => void, leadingLines: number): AsyncGenerator<string> {
  let carry = '';
  let toDrop = leadingLines;
  for await (const chunk of text) {
    scan(chunk);
    let part = carry + chunk;
    carry = '';
    while (toDrop > 0 && part !== '') {
      const end = part.indexOf('\n');
      if (end === -1) {
        part = '';
        break;
      }
      part = part.slice(end + 1);
      toDrop--;
    }
    if (part.endsWith('\r')) {
      carry = '\r';
      part = part.slice(0, -1);
    }
    if (part.length > 0) yield part.replaceAll('\r\n', '\n');
  }
  if (carry !== '') yield carry;
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Every non-empty row of the text, quoted fields unquoted, line ends inside them as `\n`. */
export async function* readCsvRows(text: AsyncIterable<string>, options: CsvRowOptions): AsyncGenerator<CsvRow> {
  const offsets = lineOffsets(options.sniffed);
  const parser = Readable.from(crlfToLf(text, (chunk) => offsets.scan(chunk), options.leadingLines)).pipe(
    parse({
      delimiter: options.delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: MAX_ROW_CHARS,
      info: true,
      bom: false,
    }),
  );
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    const line = (typeof error.lines === 'number' ? error.lines : 0) + options.leadingLines;
    options.onBadRow(line, offsets.offsetOf(line), `a row csv could not read was skipped (${error.message.split(':')[0] ?? error.code})`);
  });
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // `lines` is the line the row ends on; its own line breaks say how far back it began.
      const line = item.info.lines - newlinesIn(item.record) + options.leadingLines;
      yield { fields: item.record, line, offset: offsets.offsetOf(line) };
    }
  } finally {
    parser.destroy();
  }
}
