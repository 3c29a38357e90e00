// The obvious implementation the ingest bench compares with: the whole file read into memory,
// decoded, and handed to one parser at once (fast-xml-parser for XML, csv-parse for CSV).
// Prints the events found and the milliseconds it took, or dies trying (out of memory, or a
// string longer than V8 allows), which the bench reports.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';

const [file, kind] = process.argv.slice(2);
const started = process.hrtime.bigint();
const bytes = readFileSync(file);
const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
let events;
if (kind === 'csv') {
  events = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, from_line: 2 }).length;
} else {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false, processEntities: false });
  const document = parser.parse(text);
  const found = document.Events?.Event ?? document.Event;
  events = Array.isArray(found) ? found.length : found === undefined ? 0 : 1;
}
process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - started) / 1e6, events })}\n`);
