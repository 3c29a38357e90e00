// Correlate stage, statistics: which computers logged the events, for the report's header and file names.

import type { EventRecord } from '../record.js';

/** Streams records through; `result()` lists the computers, the one with most events first. */
export function countHosts(): { add(record: EventRecord): void; result(): string[] } {
  // Keyed case-insensitively: exports of one server spell its name `AADC01` or `aadc01.fabrikam.local` alike.
  const byName = new Map<string, { name: string; count: number }>();
  return {
    add(record) {
      const name = record.computer;
      if (name === undefined || name === '') return;
      const key = name.toLowerCase();
      const entry = byName.get(key);
      if (entry === undefined) byName.set(key, { name, count: 1 });
      else entry.count++;
    },
    result() {
      return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).map((entry) => entry.name);
    },
  };
}
