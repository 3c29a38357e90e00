// CLI: `writeback-doctor events` prints the normalized records, for people and for other tools.

import { extract } from '../extract/extract.js';
import { filterRecords } from '../filter/records.js';
import { recordToXmlBytes } from '../report/event-xml.js';
import { recordCsvHeader, recordToCsvRow, recordToJson } from '../report/records.js';
import { sourceFilter } from '../ingest/types.js';
import { EVENT_FORMATS } from './choices.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import type { Io } from './io.js';
import type { IngestedRecord } from '../record.js';
import { parseLocalTime, parseMaxUncompressed, parseRecordFilter, parseSources, parseZone } from './options.js';

export interface EventsOptions {
  format: string;
  /** Every provider: the same as `--source all`. */
  all?: boolean;
  source?: string[];
  id?: string[];
  since?: string;
  until?: string;
  /** --tz, --display-tz, --date-order: how local times of CSV and text exports are read and shown. */
  tz?: string;
  displayTz?: string;
  dateOrder?: string;
  /** --max-uncompressed: the most a .gz or .zip input may expand to. */
  maxUncompressed?: string;
}

/** Output is written in batches: one write per record would make large exports slow. */
const BATCH_CHARS = 256 * 1024;
const BATCH_BYTES = 256 * 1024;
const LINE_FEED = 0x0a;

/**
 * `events --format xml`: the events, each followed by an empty line as evtxexport writes them.
 * Bytes, not text: an .evtx record holds its XML as UTF-8 already. The records of one .evtx chunk
 * lie one after the other in one buffer, each followed by its line break (`XmlBytes.event`): a run
 * of them is written as it lies, in one piece; other records are copied into a batch. At most one
 * of the two holds bytes at any time, so the order of the events is kept.
 */
async function writeXml(records: AsyncIterable<IngestedRecord>, io: Io): Promise<void> {
  let batch = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  /** The buffer the run lies in, and the run: from `runStart` to `runEnd`, its last line break included. */
  let run: Buffer = Buffer.alloc(0);
  let runStart = 0;
  let runEnd = 0;
  const flushBatch = async (): Promise<void> => {
    if (used === 0) return;
    const piece = batch.subarray(0, used);
    // A new buffer after each write: the one just written may still wait in the output stream.
    batch = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    await io.out(piece);
  };
  const flushRun = async (): Promise<void> => {
    if (runEnd === runStart) return;
    const piece = run.subarray(runStart, runEnd);
    runStart = runEnd;
    await io.out(piece);
  };

  for await (const record of records) {
    const xml = recordToXmlBytes(record);
    if (record.xmlBytes !== undefined) {
      const whole = run.buffer === xml.buffer ? run : Buffer.from(xml.buffer);
      const end = xml.byteOffset + xml.length;
      if (end < whole.length && whole[end] === LINE_FEED) {
        if (whole !== run || xml.byteOffset !== runEnd) {
          await flushBatch();
          await flushRun();
          run = whole;
          runStart = xml.byteOffset;
        }
        runEnd = end + 1;
        if (runEnd - runStart >= BATCH_BYTES) await flushRun();
        continue;
      }
    }
    if (runEnd !== runStart) await flushRun();
    if (used + xml.length + 1 > batch.length) {
      await flushBatch();
      batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, xml.length + 1));
    }
    batch.set(xml, used);
    used += xml.length;
    batch[used++] = LINE_FEED;
  }
  await flushBatch();
  await flushRun();
}

export async function runEvents(files: string[], options: EventsOptions, io: Io): Promise<ExitCode> {
  const format = options.format.toLowerCase();
  if (format !== 'jsonl' && format !== 'csv' && format !== 'xml') {
    throw new UsageError(`--format "${options.format}" is not one of: ${EVENT_FORMATS.join(', ')}`);
  }
  const filter = parseRecordFilter(options);
  const sources = options.all === true ? sourceFilter('all') : parseSources(options.source);
  const localTime = parseLocalTime(options);
  const displayZone = parseZone('--display-tz', options.displayTz);
  const inputs = await openInputs(files, sources, io, { renderXml: format === 'xml', localTime, maxUncompressed: parseMaxUncompressed(options.maxUncompressed) });
  if (format === 'xml') {
    await writeXml(filterRecords(inputs.records(), filter), io);
    inputs.finish();
    return inputs.unreadable.length > 0 ? EXIT.unreadable : EXIT.clean;
  }

  let batch = format === 'csv' ? recordCsvHeader(displayZone) : '';
  for await (const record of extract(filterRecords(inputs.records(), filter))) {
    batch += format === 'csv' ? recordToCsvRow(record, displayZone) : `${JSON.stringify(recordToJson(record, displayZone))}\n`;
    if (batch.length >= BATCH_CHARS) {
      await io.out(batch);
      batch = '';
    }
  }
  if (batch !== '') await io.out(batch);
  inputs.finish();
  return inputs.unreadable.length > 0 ? EXIT.unreadable : EXIT.clean;
}
