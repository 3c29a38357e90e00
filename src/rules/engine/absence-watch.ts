// Rules stage, engine: while a log streams by, lets go of the records of `absence` rules that got their follow-up.

import type { EventRecord } from '../../record.js';
import type { AbsenceRule } from '../types.js';
import { sameValues } from './absence.js';

/** A record that waits for a follow-up under one or more absence rules. */
interface Waiting {
  record: EventRecord;
  /** Its place in the log, handed to `keep` with it. */
  seq: number;
  /** Handed to `keep` already (it is a hit, or another rule needs it). */
  kept: boolean;
}

export interface AbsenceWatch {
  /**
   * Sees the next record of the log (in time order), under the absence rules that can use it.
   * Returns whether the record waits: it is then kept when it turns out unanswered, not before.
   */
  see(record: EventRecord, seq: number, rules: readonly AbsenceRule[], keptAnyway: boolean): boolean;
  /** The log ended: every record still waiting is kept (the rule itself decides on windows past the end). */
  end(): void;
  /** Records waiting and not kept yet. */
  waiting(): number;
}

/**
 * An `absence` rule fires for a record that no follow-up follows within its window. A record that got
 * its follow-up can never fire, and a follow-up matters only to the records before it; so, with the
 * records in time order, only the records still waiting and those left unanswered need keeping (a
 * log of heartbeats every five minutes keeps the heartbeats before each gap, not every heartbeat).
 * Kept records go to `keep`; the rule then runs over them as over the whole log.
 */
export function watchAbsences(keep: (record: EventRecord, seq: number) => void): AbsenceWatch {
  const queues = new Map<AbsenceRule, Waiting[]>();
  const keepOnce = (waiting: Waiting): void => {
    if (waiting.kept) return;
    waiting.kept = true;
    keep(waiting.record, waiting.seq);
  };
  return {
    see(record, seq, rules, keptAnyway) {
      const time = record.time.getTime();
      let entry: Waiting | undefined;
      for (const rule of rules) {
        let queue = queues.get(rule);
        if (queue === undefined) queues.set(rule, (queue = []));
        // Records whose window closed before this one came were not answered: they are hits.
        if (rule.withinMs !== undefined) {
          const within = rule.withinMs;
          let expired = 0;
          while (expired < queue.length && (queue[expired] as Waiting).record.time.getTime() + within < time) keepOnce(queue[expired++] as Waiting);
          if (expired > 0) queue.splice(0, expired);
        }
        if (rule.followedBy(record)) {
          // Answered: under this rule, these records can no longer fire.
          if (queue.some((waiting) => sameValues(rule, waiting.record, record))) {
            queues.set(rule, (queue = queue.filter((waiting) => !sameValues(rule, waiting.record, record))));
          }
        }
        if (rule.detection(record)) {
          entry ??= { record, seq, kept: keptAnyway };
          queue.push(entry);
        }
      }
      return entry !== undefined;
    },
    end() {
      for (const queue of queues.values()) for (const waiting of queue) keepOnce(waiting);
      queues.clear();
    },
    waiting() {
      const held = new Set<Waiting>();
      for (const queue of queues.values()) for (const waiting of queue) if (!waiting.kept) held.add(waiting);
      return held.size;
    },
  };
}
