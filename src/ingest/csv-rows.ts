// Ingest: streams the rows of a CSV or tab-delimited export, with the line and byte offset of each.

import { byteLengthOf, type SniffedEncoding } from './decode.js';
import { parseCsvRecord, RECORD_INCOMPLETE, type CsvRecord } from './csv-record.js';

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
  /** Lines before the rows (PowerShell's `#TYPE` line, the header), read by detection already. */
  leadingLines: number;
  /** A row that cannot be read (a quote never closed, a row too long): skipped, reported here. */
  onBadRow(line: number, offset: number, message: string): void;
}

interface BadRow {
  bad: string;
  line: number;
  offset: number;
}

/** A row longer than this is no row Windows wrote (an unclosed quote swallowing the file): it is skipped. */
const MAX_ROW_CHARS = 8 * 1024 * 1024;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Every non-empty row of the text, quoted fields unquoted, line ends inside them as `\n`, the way
 * Windows writes CSV (RFC 4180) and read leniently: a quote inside an unquoted field, or text
 * after a closing quote, is kept as text rather than losing the rows after it.
 *
 * Text is held from the start of the row under way; a row that does not end in what is held is
 * parsed again only once the text held has doubled, so a long row costs linear time.
 */
export async function* readCsvRows(text: AsyncIterable<string>, options: CsvRowOptions): AsyncGenerator<CsvRow> {
  for await (const rows of readCsvRowBatches(text, options)) yield* rows;
}

/**
 * The rows of readCsvRows, those of each chunk of text together: a reader loops over them without
 * an asynchronous step per row, which costs more than reading most rows.
 */
export async function* readCsvRowBatches(text: AsyncIterable<string>, options: CsvRowOptions): AsyncGenerator<CsvRow[]> {
  const { delimiter, sniffed } = options;
  const utf16 = sniffed.encoding !== 'utf-8';
  let held = '';
  /** `held` is all ASCII, so its characters are its bytes (UTF-8). */
  let ascii = true;
  let at = 0;
  let line = 1;
  let offset = sniffed.bomLength;
  let toSkip = options.leadingLines;
  /** After a row too long, the text up to the next line end is part of it. */
  let skippingLine = false;
  /** The row under way did not end in the text held: wait for this much text before parsing it again. */
  let retryAt = 0;
  const record: CsvRecord = { fields: [], next: 0 };

  /** Moves `at` to `to`, counting the lines and bytes passed. */
  const advance = (to: number): void => {
    for (let nl = held.indexOf('\n', at); nl !== -1 && nl < to; nl = held.indexOf('\n', nl + 1)) line++;
    offset += utf16 ? (to - at) * 2 : ascii ? to - at : byteLengthOf(held.slice(at, to), 'utf-8');
    at = to;
  };
  /** Passes whole lines to skip; false when the text held ends first. */
  const skipLines = (): boolean => {
    while (toSkip > 0 || skippingLine) {
      const nl = held.indexOf('\n', at);
      if (nl === -1) return false;
      advance(nl + 1);
      if (skippingLine) skippingLine = false;
      else toSkip--;
    }
    return true;
  };

  /** Rows and bad rows in file order: a bad row is reported after the rows before it are read. */
  const rows = function* (final: boolean): Generator<CsvRow | BadRow> {
    for (;;) {
      if (!skipLines()) {
        if (final) advance(held.length);
        return;
      }
      if (at >= held.length) return;
      if (!final && held.length < retryAt) return;
      const result = parseCsvRecord(held, at, delimiter, final, record);
      if (result === RECORD_INCOMPLETE) {
        if (held.length - at > MAX_ROW_CHARS) {
          yield { bad: 'a row csv could not read was skipped (Max Record Size)', line, offset };
          skippingLine = true;
          retryAt = 0;
          continue;
        }
        retryAt = at + 2 * (held.length - at);
        return;
      }
      retryAt = 0;
      if (result !== undefined) {
        yield { bad: `a row csv could not read was skipped (${result})`, line, offset };
        advance(held.length);
        return;
      }
      const rowLine = line;
      const rowOffset = offset;
      advance(record.next);
      // A line with nothing on it is no row (csv-parse's skip_empty_lines).
      if (record.fields.length > 0) yield { fields: record.fields, line: rowLine, offset: rowOffset };
    }
  };

  for await (const chunk of text) {
    if (at > 0) {
      held = held.slice(at);
      retryAt -= at;
      at = 0;
    }
    held += chunk;
    if (ascii && !utf16 && NOT_ASCII.test(chunk)) ascii = false;
    yield* batches(rows(false));
    // Nothing held: the next chunk decides alone whether its characters are its bytes.
    if (at === held.length) ascii = true;
  }
  yield* batches(rows(true));

  function* batches(items: Iterable<CsvRow | BadRow>): Generator<CsvRow[]> {
    let batch: CsvRow[] = [];
    for (const item of items) {
      if ('bad' in item) {
        if (batch.length > 0) yield batch;
        batch = [];
        options.onBadRow(item.line, item.offset, item.bad);
      } else batch.push(item);
    }
    if (batch.length > 0) yield batch;
  }
}
