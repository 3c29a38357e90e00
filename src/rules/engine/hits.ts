// Rules stage, engine: a hit (one occurrence of a diagnosis) and how hits are tied to operations.

import type { Chain } from '../../correlate/types.js';
import type { EventRecord } from '../../record.js';

/** One occurrence: the records that show it, and the operation it belongs to where one is known. */
export interface Hit {
  records: EventRecord[];
  chain?: Chain;
  /** The group-by value of grouped rules. */
  group?: string;
}

/** What the evaluation of rules sees: the records the rules asked for, in time order, and the operations. */
export interface Evidence {
  /** Sorted by time, then by the order read. */
  records: readonly EventRecord[];
  chains: readonly Chain[];
  /** Time of the last record of the log, of any kind: absence windows that run past it are left open. */
  logEnd?: Date;
}

/** A record's identity across stages (they may copy records): where it was read. */
export function recordKey(record: EventRecord): string {
  return `${record.origin.file}\u0000${record.origin.offset}\u0000${record.origin.line}`;
}

/** Every record of a chain: its own events, the context attached to it, and its cause. */
export function chainRecords(chain: Chain): EventRecord[] {
  const records = [...chain.events, ...chain.context.map((context) => context.record)];
  if (chain.cause !== undefined) records.push(chain.cause);
  return records;
}

/** Which chains each record belongs to (a record may be context of more than one). */
export function indexChains(chains: readonly Chain[]): ReadonlyMap<string, Chain[]> {
  const index = new Map<string, Chain[]>();
  for (const chain of chains) {
    for (const record of chainRecords(chain)) {
      const key = recordKey(record);
      const list = index.get(key);
      if (list === undefined) index.set(key, [chain]);
      else if (!list.includes(chain)) list.push(chain);
    }
  }
  return index;
}

/**
 * Ties record hits to the user operation they belong to and merges the hits of one operation, so a
 * failed reset that logged a 33008 and an ADSync 6329 counts once. Service incidents do not merge:
 * forty Service Bus errors of one outage stay forty occurrences.
 */
export function mergeByOperation(hits: readonly Hit[], index: ReadonlyMap<string, Chain[]>): Hit[] {
  const merged: Hit[] = [];
  const byChain = new Map<string, Hit>();
  for (const hit of hits) {
    const operation = hit.chain ?? hit.records.flatMap((record) => index.get(recordKey(record)) ?? []).find((chain) => chain.kind !== 'service');
    if (operation === undefined || operation.kind === 'service') {
      merged.push(hit);
      continue;
    }
    const key = `${operation.id}\u0000${hit.group ?? ''}`;
    const existing = byChain.get(key);
    if (existing === undefined) {
      const tied: Hit = { ...hit, records: [...hit.records], chain: operation };
      byChain.set(key, tied);
      merged.push(tied);
    } else {
      existing.records.push(...hit.records);
    }
  }
  return merged;
}
