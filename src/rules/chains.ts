// Rules stage: runs the correlate stage over an example's records, to give chain rules their operations.

import { createCorrelator } from '../correlate/correlate.js';
import type { Chain } from '../correlate/types.js';
import type { EventRecord } from '../record.js';

/** The correlate stage over records already in time order: every chain, once the records are done. */
export function chainsOf(records: readonly EventRecord[]): Chain[] {
  const chains: Chain[] = [];
  const correlator = createCorrelator((chain) => chains.push(chain));
  for (const record of records) correlator.add(record);
  correlator.end();
  return chains;
}
