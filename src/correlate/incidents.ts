// Correlate stage, service incidents: service-level errors that belong to no user's request, grouped into episodes.

import type { EventRecord } from '../record.js';
import type { Chain } from './types.js';
import { serverKeyOf } from './user-key.js';

interface OpenIncident {
  chain: Chain;
  lastMs: number;
}

export interface IncidentGrouping {
  /** Adds a service-level error (32001, 32002, 31034, 31044, ADSync 6800…), in time order. */
  add(record: EventRecord): void;
  /** Hands on every incident that has been quiet for longer than the window. */
  expire(nowMs: number): void;
  /** The log ended: hands on every incident still open. */
  end(): void;
  /** Events held in open incidents. */
  held(): number;
}

/**
 * One incident is a run of service-level errors of one server, each within the window of the one before.
 * Grouping by tracking id alone would split an outage into dozens: the Service Bus listener logs a 32002
 * every few minutes with a fresh id, and only some of them share it with a second 32002 or a 31044. The
 * events that share an id are seconds apart, so they always fall into the same incident.
 */
export function groupIncidents(windowMs: number, nextId: () => string, emit: (chain: Chain) => void): IncidentGrouping {
  const open = new Map<string, OpenIncident>();

  function close(server: string, incident: OpenIncident): void {
    open.delete(server);
    const { chain } = incident;
    chain.end = new Date(incident.lastMs);
    chain.durationMs = incident.lastMs - chain.start.getTime();
    emit(chain);
  }

  return {
    add(record) {
      const server = serverKeyOf(record);
      const time = record.time.getTime();
      const current = open.get(server);
      if (current !== undefined && time - current.lastMs <= windowMs) {
        current.chain.events.push(record);
        if (time > current.lastMs) current.lastMs = time;
        return;
      }
      if (current !== undefined) close(server, current);
      const chain: Chain = {
        id: nextId(),
        kind: 'service',
        outcome: 'failure',
        start: record.time,
        end: record.time,
        durationMs: 0,
        events: [record],
        context: [],
        cause: record,
      };
      if (record.trackingId !== undefined) chain.trackingId = record.trackingId;
      if (record.computer !== undefined) chain.computer = record.computer;
      open.set(server, { chain, lastMs: time });
    },
    expire(nowMs) {
      for (const [server, incident] of open) if (nowMs - incident.lastMs > windowMs) close(server, incident);
    },
    end() {
      for (const [server, incident] of open) close(server, incident);
    },
    held() {
      let count = 0;
      for (const incident of open.values()) count += incident.chain.events.length;
      return count;
    },
  };
}
