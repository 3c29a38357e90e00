// Report: the events a report stands on (every chain's events and context, every finding's evidence), each once, oldest first.

import type { EventRecord } from '../record.js';
import type { Report } from './model.js';

export interface ReferencedEvent {
  record: EventRecord;
  /** Ids of the chains the event belongs to or explains. */
  chains: string[];
  /** Diagnosis codes of the findings that cite it as evidence. */
  diagnoses: string[];
}

/** File and byte offset name a record uniquely, whatever copies of it the report holds. */
function keyOf(record: EventRecord): string {
  return `${record.origin.file}\u0000${record.origin.offset}`;
}

export function referencedEvents(report: Report): ReferencedEvent[] {
  const byKey = new Map<string, ReferencedEvent>();
  const entry = (record: EventRecord): ReferencedEvent => {
    const key = keyOf(record);
    let found = byKey.get(key);
    if (found === undefined) {
      found = { record, chains: [], diagnoses: [] };
      byKey.set(key, found);
    }
    return found;
  };
  const addOnce = (list: string[], value: string): void => {
    if (!list.includes(value)) list.push(value);
  };
  for (const chain of report.chains ?? []) {
    for (const record of chain.events) addOnce(entry(record).chains, chain.id);
    for (const { record } of chain.context) addOnce(entry(record).chains, chain.id);
  }
  for (const finding of report.findings ?? []) {
    for (const record of finding.evidence) addOnce(entry(record).diagnoses, finding.diagnosis);
  }
  return [...byKey.values()].sort((a, b) => a.record.time.getTime() - b.record.time.getTime() || a.record.origin.offset - b.record.origin.offset);
}
