// Test support: the shared .evtx corpus (read in place, never copied) and its reference renderings.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openInput } from '../../src/ingest/read.js';
import { sourceFilter, type IngestIssue, type InputSummary } from '../../src/ingest/types.js';
import type { IngestedRecord } from '../../src/record.js';
import { parseRenderedXml, type EventTree } from './rendered-events.js';

/** Relative to the repository root, where the tests run. */
export const CORPUS = join('..', 'shared', 'samples', 'evtx');

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.evtx'))
    .sort();
}

/** A reference rendering beside `file` (`evtxexport`, `evtxexport-recovered` or `pyevtx`), gunzipped; undefined when none was kept. */
export function referenceText(file: string, tool: 'evtxexport' | 'pyevtx' | 'evtxexport-recovered'): string | undefined {
  for (const suffix of ['.xml', '.xml.gz']) {
    const path = join(CORPUS, `${file}.${tool}${suffix}`);
    if (existsSync(path)) {
      const bytes = readFileSync(path);
      return (suffix.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    }
  }
  return undefined;
}

/** The `<Event>` elements of a rendering, in order. */
export function referenceEvents(text: string): EventTree[] {
  return parseRenderedXml(text).filter((tree) => tree.name === 'Event');
}

export interface OurReading {
  records: IngestedRecord[];
  summary: InputSummary;
  issues: IngestIssue[];
}

/** Every record of `path`, every provider, with its XML rendering. */
export async function readAll(path: string): Promise<OurReading> {
  const issues: IngestIssue[] = [];
  const input = await openInput(path, { filter: sourceFilter('all'), renderXml: true, onIssue: (issue) => issues.push(issue) });
  const records: IngestedRecord[] = [];
  for await (const record of input.records) records.push(record);
  return { records, summary: input.summary, issues };
}
