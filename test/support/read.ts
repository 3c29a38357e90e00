// Test support: reads a fixture through the real ingest entry point and collects what it yields.

import { openInput } from '../../src/ingest/read.js';
import { DEFAULT_SOURCES, sourceFilter, type InputSummary, type LocalTimeOptions } from '../../src/ingest/types.js';
import { extract } from '../../src/extract/extract.js';
import type { EventRecord } from '../../src/record.js';

/** `localTime`: --tz and --date-order, for CSV and text exports. */
export async function readFixture(
  path: string,
  sources: readonly string[] | 'all' = DEFAULT_SOURCES,
  localTime: LocalTimeOptions = {},
): Promise<{ records: EventRecord[]; summary: InputSummary }> {
  const input = await openInput(path, { filter: sourceFilter(sources), localTime });
  const records: EventRecord[] = [];
  for await (const record of extract(input.records)) records.push(record);
  return { records, summary: input.summary };
}
