// Test support: property-based tests of the readers: fixed seed and bounded runs in `npm test`,
// many more with `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED), and damaged copies of real exports read
// through the real entry point (detection included).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { openInput } from '../../src/ingest/read.js';
import { sourceFilter, type InputSummary, type LocalTimeOptions } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';

/**
 * fast-check settings: `runs` in `npm test`; with FUZZ_RUNS (`npm run fuzz`), that many times
 * `share` (properties that write and read a file per run take a share, to end in minutes).
 */
export function fuzzSettings(runs: number, share = 1): { numRuns: number; seed: number } {
  const asked = process.env.FUZZ_RUNS;
  return { numRuns: asked === undefined ? runs : Math.max(1, Math.round(Number(asked) * share)), seed: Number(process.env.FUZZ_SEED ?? 20261122) };
}

const folder = mkdtempSync(join(tmpdir(), 'wbd-fuzz-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let written = 0;

export interface ReadResult {
  records: IngestedRecord[];
  summary: InputSummary;
}

/** Reads `bytes` as a file, every provider; an InputError (no export at all) is returned, anything else thrown. */
export async function readBytes(bytes: Uint8Array, localTime: LocalTimeOptions = {}): Promise<ReadResult | InputError> {
  const path = join(folder, `input-${written++}`);
  writeFileSync(path, bytes);
  try {
    const input = await openInput(path, { filter: sourceFilter('all'), localTime });
    const records: IngestedRecord[] = [];
    for await (const record of input.records) records.push(record);
    return { records, summary: input.summary };
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  } finally {
    rmSync(path, { force: true });
  }
}

/** What identifies an event across damaged copies: not its message, which a cut may shorten. */
export function recordKey(record: IngestedRecord): string {
  return `${record.source}|${record.eventId}|${record.time.toISOString()}`;
}

/** How many of each key `records` hold. */
export function countKeys(records: readonly IngestedRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(recordKey(record), (counts.get(recordKey(record)) ?? 0) + 1);
  return counts;
}

/** The keys of `expected` that `actual` lacks (as many times as it lacks them). */
export function missing(expected: readonly IngestedRecord[], actual: readonly IngestedRecord[]): string[] {
  const have = countKeys(actual);
  const lacking: string[] = [];
  for (const record of expected) {
    const key = recordKey(record);
    const left = have.get(key) ?? 0;
    if (left > 0) have.set(key, left - 1);
    else lacking.push(key);
  }
  return lacking;
}

/** Each record with the byte range its text takes: from its origin to the next record's, in file order. */
export function spans(records: readonly IngestedRecord[], length: number): { record: IngestedRecord; start: number; end: number }[] {
  const sorted = [...records].sort((a, b) => a.origin.offset - b.origin.offset);
  return sorted.map((record, at) => ({ record, start: record.origin.offset, end: sorted[at + 1]?.origin.offset ?? length }));
}

/** Lone UTF-16 surrogates where `at` says, whatever the byte order. */
export function withLoneSurrogate(bytes: Uint8Array, unit: number, bigEndian: boolean): Buffer {
  const copy = Buffer.from(bytes);
  if (bigEndian) copy.writeUInt16BE(0xd800, 2 + 2 * unit);
  else copy.writeUInt16LE(0xd800, 2 + 2 * unit);
  return copy;
}
