// Test support: correlates fixtures through the real ingest, extract, merge and correlate stages.

import { compareChains } from '../../src/correlate/chain-order.js';
import { createCorrelator } from '../../src/correlate/correlate.js';
import { mergeInputs } from '../../src/correlate/merge.js';
import type { CorrelateOptions } from '../../src/correlate/options.js';
import type { Chain, CorrelationSummary } from '../../src/correlate/types.js';
import { extract } from '../../src/extract/extract.js';
import { openInput } from '../../src/ingest/read.js';
import { DEFAULT_SOURCES, sourceFilter } from '../../src/ingest/types.js';
import type { EventRecord } from '../../src/record.js';

export interface Correlated {
  /** Oldest start first, as the CLI lists them. */
  chains: Chain[];
  summary: CorrelationSummary;
  duplicates: number;
  /** The merged log the correlator saw, in its order. */
  records: EventRecord[];
}

export async function correlateFixtures(paths: readonly string[], options: CorrelateOptions = {}): Promise<Correlated> {
  const streams = [];
  for (const path of paths) streams.push(extract((await openInput(path, { filter: sourceFilter(DEFAULT_SOURCES) })).records));
  let duplicates = 0;
  const records: EventRecord[] = [];
  for await (const record of mergeInputs(streams, { onDuplicate: () => duplicates++ })) records.push(record);
  const { chains, summary } = correlateRecords(records, options);
  return { chains, summary, duplicates, records };
}

/** Correlates records already in memory (in time order), e.g. fixture records with a clock moved. */
export function correlateRecords(records: readonly EventRecord[], options: CorrelateOptions = {}): { chains: Chain[]; summary: CorrelationSummary } {
  const chains: Chain[] = [];
  const correlator = createCorrelator((chain) => chains.push(chain), options);
  for (const record of records) correlator.add(record);
  const summary = correlator.end();
  return { chains: chains.sort(compareChains), summary };
}

/** The one chain of `kind` whose user's UPN starts with `upn` (the local part is enough); fails loudly otherwise. */
export function chainOf(chains: readonly Chain[], kind: Chain['kind'], upn: string): Chain {
  const found = chains.filter((chain) => chain.kind === kind && chain.user?.upn?.startsWith(upn) === true);
  if (found.length !== 1) throw new Error(`expected one ${kind} chain of ${upn}, found ${found.length}`);
  return found[0] as Chain;
}

/** The records of a fixture with this event id (and, if given, naming this user). */
export function recordsOf(records: readonly EventRecord[], eventId: number, upn?: string): EventRecord[] {
  return records.filter((record) => record.eventId === eventId && (upn === undefined || record.user?.upn?.startsWith(upn) === true));
}

/** The record ids of a chain's context, with the reason each was attached. */
export function contextOf(chain: Chain): { eventId: number; reason: string }[] {
  return chain.context.map(({ record, reason }) => ({ eventId: record.eventId, reason }));
}
