// CLI: the way from the opened inputs to chains that `chains` and `analyze` share (filter, extract, merge, correlate).

import { compareChains } from '../correlate/chain-order.js';
import { createCorrelator } from '../correlate/correlate.js';
import { mergeInputs } from '../correlate/merge.js';
import type { CorrelateOptions } from '../correlate/options.js';
import type { Chain, CorrelationSummary } from '../correlate/types.js';
import { extract } from '../extract/extract.js';
import { filterRecords, type RecordFilter } from '../filter/records.js';
import type { EventRecord } from '../record.js';
import type { Inputs } from './inputs.js';

export interface Correlation {
  /** Oldest start first. */
  chains: Chain[];
  summary: CorrelationSummary;
  /** Events that a second input held too, counted once. */
  duplicates: number;
}

/** Reads every input once; `onRecord` sees each record of the merged log (duplicates left out). */
export async function correlateInputs(
  inputs: Inputs,
  filter: RecordFilter,
  options: CorrelateOptions,
  onRecord?: (record: EventRecord) => void,
): Promise<Correlation> {
  const streams = inputs.streams().map((stream) => extract(filterRecords(stream, filter)));
  const chains: Chain[] = [];
  const correlator = createCorrelator((chain) => chains.push(chain), options);
  let duplicates = 0;
  const merged = mergeInputs(streams, {
    ...(options.skewMs === undefined ? {} : { toleranceMs: options.skewMs }),
    onDuplicate: () => {
      duplicates++;
    },
  });
  for await (const record of merged) {
    onRecord?.(record);
    correlator.add(record);
  }
  const summary = correlator.end();
  chains.sort(compareChains);
  return { chains, summary, duplicates };
}
