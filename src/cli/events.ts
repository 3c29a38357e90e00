// CLI: `writeback-doctor events` prints the normalized records, for people and for other tools.

import { extract } from '../extract/extract.js';
import { filterRecords } from '../filter/records.js';
import { recordCsvHeader, recordToCsvRow, recordToJson } from '../report/records.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import type { Io } from './io.js';
import { parseRecordFilter, parseSources } from './options.js';

export interface EventsOptions {
  format: string;
  source?: string[];
  id?: string[];
  since?: string;
  until?: string;
}

export const EVENT_FORMATS = ['jsonl', 'csv'] as const;

/** Output is written in batches: one write per record would make large exports slow. */
const BATCH_CHARS = 256 * 1024;

export async function runEvents(files: string[], options: EventsOptions, io: Io): Promise<ExitCode> {
  const format = options.format.toLowerCase();
  if (format !== 'jsonl' && format !== 'csv') {
    throw new UsageError(`--format "${options.format}" is not one of: ${EVENT_FORMATS.join(', ')}`);
  }
  const filter = parseRecordFilter(options);
  const inputs = await openInputs(files, parseSources(options.source), io);

  let batch = format === 'csv' ? recordCsvHeader() : '';
  for await (const record of extract(filterRecords(inputs.records(), filter))) {
    batch += format === 'csv' ? recordToCsvRow(record) : `${JSON.stringify(recordToJson(record))}\n`;
    if (batch.length >= BATCH_CHARS) {
      await io.out(batch);
      batch = '';
    }
  }
  if (batch !== '') await io.out(batch);
  inputs.finish();
  return inputs.unreadable.length > 0 ? EXIT.unreadable : EXIT.clean;
}
