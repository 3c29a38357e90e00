// CLI: which zone reports show times in when --display-tz does not say.

import type { InputSummary } from '../ingest/types.js';

/**
 * The zone the CSV and text inputs were read in, when they all share one: the report then shows
 * the same wall-clock times the exports show. XML and .evtx carry UTC, so alone they give UTC, as
 * do local-time inputs of different zones.
 */
export function defaultDisplayZone(inputs: readonly InputSummary[]): string {
  const zones = new Set(inputs.flatMap((input) => (input.localTime?.zone === undefined ? [] : [input.localTime.zone])));
  const [only] = zones;
  return zones.size === 1 && only !== undefined ? only : 'UTC';
}
