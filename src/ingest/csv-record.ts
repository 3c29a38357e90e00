// Ingest: parses one CSV record from held text: the fields of a row, quoted or not, and where the next row starts.

/** The record does not end in the text held: more text is needed. */
export const RECORD_INCOMPLETE = 'incomplete';

export interface CsvRecord {
  /** The record's fields; empty for a line with nothing on it. */
  fields: string[];
  /** Index in the text where the next record starts. */
  next: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Line ends inside a quoted field are CR LF in a Windows export; a record keeps them as LF. */
function lineEndsLf(value: string): string {
  return value.indexOf('\r\n') === -1 ? value : value.replaceAll('\r\n', '\n');
}

/**
 * Reads the record that starts at `at` into `out`. Returns undefined when it did, RECORD_INCOMPLETE
 * when the text ends inside it (and `final` is false), or, at the end of the input, why it cannot be
 * read (a quote that is never closed). A record ends at LF or CR LF outside quotes. As csv-parse's
 * `relax_quotes` does, a quote inside an unquoted field is text, and so is a quoted field with text
 * after its closing quote (the quotes kept).
 */
export function parseCsvRecord(text: string, at: number, delimiter: string, final: boolean, out: CsvRecord): string | undefined {
  const length = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const fields: string[] = [];
  out.fields = fields;
  const first = text.charCodeAt(at);
  if (first === LF) {
    out.next = at + 1;
    return undefined;
  }
  if (first === CR && at + 1 >= length && !final) return RECORD_INCOMPLETE;
  if (first === CR && text.charCodeAt(at + 1) === LF) {
    out.next = at + 2;
    return undefined;
  }
  let i = at;
  let lineEnd = -2;
  let nextDelimiter = -2;
  for (;;) {
    let prefix = '';
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return final ? 'Quote Not Closed' : RECORD_INCOMPLETE;
        const after = quote + 1;
        if (after >= length) {
          if (!final) return RECORD_INCOMPLETE;
          fields.push(lineEndsLf(value + text.slice(from, quote)));
          out.next = length;
          return undefined;
        }
        const code = text.charCodeAt(after);
        if (code === QUOTE) {
          value += text.slice(from, after);
          from = after + 1;
          continue;
        }
        value = lineEndsLf(value + text.slice(from, quote));
        if (code === delimiterCode) {
          fields.push(value);
          i = after + 1;
          break;
        }
        if (code === LF) {
          fields.push(value);
          out.next = after + 1;
          return undefined;
        }
        if (code === CR) {
          if (after + 1 >= length && !final) return RECORD_INCOMPLETE;
          if (text.charCodeAt(after + 1) === LF) {
            fields.push(value);
            out.next = after + 2;
            return undefined;
          }
        }
        // Text after the closing quote: the field is text, its quotes included.
        prefix = `"${value}"`;
        i = after;
        break;
      }
      if (prefix === '') continue;
    }
    if (lineEnd !== -1 && lineEnd < i) lineEnd = text.indexOf('\n', i);
    if (nextDelimiter !== -1 && nextDelimiter < i) nextDelimiter = text.indexOf(delimiter, i);
    if (nextDelimiter !== -1 && (lineEnd === -1 || nextDelimiter < lineEnd)) {
      fields.push(prefix + text.slice(i, nextDelimiter));
      i = nextDelimiter + 1;
      continue;
    }
    if (lineEnd === -1) {
      if (!final) return RECORD_INCOMPLETE;
      fields.push(prefix + text.slice(i));
      out.next = length;
      return undefined;
    }
    const end = lineEnd > i && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    fields.push(prefix + text.slice(i, end));
    out.next = lineEnd + 1;
    return undefined;
  }
}
