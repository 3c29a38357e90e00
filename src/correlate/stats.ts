// Correlate stage, statistics: what the chains say about writeback use and failure, for the reports.

import type { Chain, ChainKind, CorrelationSummary } from './types.js';

/** DESIGN.md's `repeated-resets-same-user`: this many operations of one user within the hour below. */
export const FREQUENT_OPERATIONS = 5;
export const FREQUENT_WITHIN_MS = 60 * 60_000;
const TOP_USERS = 10;

export type UserOperationKind = Exclude<ChainKind, 'service'>;
export const USER_OPERATION_KINDS: readonly UserOperationKind[] = ['reset', 'change', 'adminReset', 'onboarding', 'offboarding'];

export interface OutcomeCounts {
  total: number;
  success: number;
  failure: number;
  incomplete: number;
  /** Outcomes whose start is not in the log; not part of the success rate. */
  orphanOutcome: number;
}

export interface KindStats extends OutcomeCounts {
  kind: UserOperationKind;
  /** success ÷ (success + failure + incomplete): of the operations that started in the log, how many were written. */
  successRate?: number;
  /** Users (by UPN, else cloud anchor) with at least one operation of this kind. */
  users: number;
}

export interface DayStats extends OutcomeCounts {
  /** UTC day of the operations' start, `2024-03-05`. */
  day: string;
}

export interface FailureCause {
  source: string;
  eventId: number;
  count: number;
  /** Error codes of those events, most frequent first. */
  errorCodes: string[];
}

export interface UserFailures {
  user: string;
  failures: number;
  operations: number;
}

export interface FrequentUser {
  user: string;
  /** Operations within the busiest hour. */
  operations: number;
  first: Date;
  last: Date;
}

export interface ChainRef {
  id: string;
  kind: ChainKind;
  user?: string;
  start: Date;
  durationMs: number;
}

export interface OperationStats {
  /** User operations (every kind but `service`). */
  all: OutcomeCounts & { successRate?: number };
  byKind: KindStats[];
  perDay: DayStats[];
  duration: { measured: number; medianMs?: number; slowest?: ChainRef };
  incomplete: { noOutcomeInWindow: number; logEnded: number };
  /** The events that made operations fail, most frequent first (the failure event itself where no cause is known). */
  failureCauses: FailureCause[];
  usersWithMostFailures: UserFailures[];
  /** Users with FREQUENT_OPERATIONS or more operations within FREQUENT_WITHIN_MS. */
  frequentUsers: FrequentUser[];
  adminResets: { admin: string; count: number }[];
  incidents: { count: number; first?: Date; last?: Date; longest?: ChainRef; events: { source: string; eventId: number; count: number }[] };
  unpairedErrors: CorrelationSummary['unpairedErrors'];
}

function zeroCounts(): OutcomeCounts {
  return { total: 0, success: 0, failure: 0, incomplete: 0, orphanOutcome: 0 };
}

function count(into: OutcomeCounts, chain: Chain): void {
  into.total++;
  if (chain.outcome === 'success') into.success++;
  else if (chain.outcome === 'failure') into.failure++;
  else if (chain.outcome === 'incomplete') into.incomplete++;
  else into.orphanOutcome++;
}

function rate(counts: OutcomeCounts): number | undefined {
  const started = counts.success + counts.failure + counts.incomplete;
  return started === 0 ? undefined : counts.success / started;
}

function userName(chain: Chain): string | undefined {
  return chain.user?.upn?.toLowerCase() ?? chain.user?.cloudAnchor ?? chain.user?.dn;
}

function ref(chain: Chain): ChainRef {
  const result: ChainRef = { id: chain.id, kind: chain.kind, start: chain.start, durationMs: chain.durationMs };
  const user = userName(chain);
  if (user !== undefined) result.user = user;
  return result;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The busiest FREQUENT_WITHIN_MS of one user's sorted start times. */
function busiestHour(starts: number[]): { operations: number; first: number; last: number } {
  let best = { operations: 0, first: 0, last: 0 };
  for (let from = 0, to = 0; to < starts.length; to++) {
    while ((starts[to] as number) - (starts[from] as number) >= FREQUENT_WITHIN_MS) from++;
    if (to - from + 1 > best.operations) best = { operations: to - from + 1, first: starts[from] as number, last: starts[to] as number };
  }
  return best;
}

/** Streams chains through, counting them; `result()` once they are all in. Keeps counts and start times, not the chains. */
export function operationStats(): { add(chain: Chain): void; result(summary?: CorrelationSummary): OperationStats } {
  const all = zeroCounts();
  const byKind = new Map<UserOperationKind, OutcomeCounts & { users: Set<string> }>();
  const perDay = new Map<string, OutcomeCounts>();
  const durations: number[] = [];
  let slowest: Chain | undefined;
  const incomplete = { noOutcomeInWindow: 0, logEnded: 0 };
  const causes = new Map<string, { source: string; eventId: number; count: number; codes: Map<string, number> }>();
  const users = new Map<string, { failures: number; operations: number; starts: number[] }>();
  const admins = new Map<string, number>();
  const incidents: OperationStats['incidents'] = { count: 0, events: [] };
  const incidentEvents = new Map<string, { source: string; eventId: number; count: number }>();
  let longestIncident: Chain | undefined;

  function addIncident(chain: Chain): void {
    incidents.count++;
    if (incidents.first === undefined || chain.start < incidents.first) incidents.first = chain.start;
    if (incidents.last === undefined || chain.end > incidents.last) incidents.last = chain.end;
    if (longestIncident === undefined || chain.durationMs > longestIncident.durationMs) longestIncident = chain;
    for (const event of chain.events) {
      const key = `${event.source}\u0000${event.eventId}`;
      const entry = incidentEvents.get(key);
      if (entry === undefined) incidentEvents.set(key, { source: event.source, eventId: event.eventId, count: 1 });
      else entry.count++;
    }
  }

  function addFailureCause(chain: Chain): void {
    const event = chain.cause ?? chain.events[chain.events.length - 1];
    if (event === undefined) return;
    const key = `${event.source}\u0000${event.eventId}`;
    let entry = causes.get(key);
    if (entry === undefined) {
      entry = { source: event.source, eventId: event.eventId, count: 0, codes: new Map() };
      causes.set(key, entry);
    }
    entry.count++;
    for (const code of event.errorCodes) increment(entry.codes, code);
  }

  return {
    add(chain) {
      if (chain.kind === 'service') {
        addIncident(chain);
        return;
      }
      count(all, chain);
      let kind = byKind.get(chain.kind);
      if (kind === undefined) {
        kind = { ...zeroCounts(), users: new Set() };
        byKind.set(chain.kind, kind);
      }
      count(kind, chain);
      const day = chain.start.toISOString().slice(0, 10);
      let dayCounts = perDay.get(day);
      if (dayCounts === undefined) {
        dayCounts = zeroCounts();
        perDay.set(day, dayCounts);
      }
      count(dayCounts, chain);

      const started = chain.outcome !== 'orphan-outcome';
      if (started && (chain.outcome === 'success' || chain.outcome === 'failure')) {
        durations.push(chain.durationMs);
        if (slowest === undefined || chain.durationMs > slowest.durationMs) slowest = chain;
      }
      if (chain.outcome === 'incomplete') {
        if (chain.incompleteReason === 'no-outcome-in-window') incomplete.noOutcomeInWindow++;
        else incomplete.logEnded++;
      }
      const failed = chain.outcome === 'failure' || chain.orphanResult === 'failure';
      if (failed) addFailureCause(chain);
      if (chain.kind === 'adminReset' && chain.adminUpn !== undefined) increment(admins, chain.adminUpn.toLowerCase());

      const name = userName(chain);
      if (name === undefined) return;
      kind.users.add(name);
      let user = users.get(name);
      if (user === undefined) {
        user = { failures: 0, operations: 0, starts: [] };
        users.set(name, user);
      }
      user.operations++;
      if (failed) user.failures++;
      if (started) user.starts.push(chain.start.getTime());
    },
    result(summary) {
      const sorted = [...durations].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      const duration: OperationStats['duration'] = { measured: sorted.length };
      if (sorted.length > 0) duration.medianMs = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
      if (slowest !== undefined) duration.slowest = ref(slowest);

      const frequentUsers: FrequentUser[] = [];
      for (const [user, { starts }] of users) {
        starts.sort((a, b) => a - b);
        const busiest = busiestHour(starts);
        if (busiest.operations >= FREQUENT_OPERATIONS) {
          frequentUsers.push({ user, operations: busiest.operations, first: new Date(busiest.first), last: new Date(busiest.last) });
        }
      }
      frequentUsers.sort((a, b) => b.operations - a.operations || a.user.localeCompare(b.user));
      if (longestIncident !== undefined) incidents.longest = ref(longestIncident);
      incidents.events = [...incidentEvents.values()].sort((a, b) => b.count - a.count || a.eventId - b.eventId);

      const allStats: OperationStats['all'] = { ...all };
      const allRate = rate(all);
      if (allRate !== undefined) allStats.successRate = allRate;
      return {
        all: allStats,
        byKind: USER_OPERATION_KINDS.flatMap((kind) => {
          const counts = byKind.get(kind);
          if (counts === undefined) return [];
          const { users: names, ...outcomes } = counts;
          const stats: KindStats = { kind, ...outcomes, users: names.size };
          const kindRate = rate(outcomes);
          if (kindRate !== undefined) stats.successRate = kindRate;
          return [stats];
        }),
        perDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts })),
        duration,
        incomplete,
        failureCauses: [...causes.values()]
          .map(({ codes, ...cause }) => ({ ...cause, errorCodes: [...codes].sort((a, b) => b[1] - a[1]).map(([code]) => code) }))
          .sort((a, b) => b.count - a.count || a.eventId - b.eventId),
        usersWithMostFailures: [...users]
          .filter(([, user]) => user.failures > 0)
          .map(([user, { failures, operations }]) => ({ user, failures, operations }))
          .sort((a, b) => b.failures - a.failures || a.user.localeCompare(b.user))
          .slice(0, TOP_USERS),
        frequentUsers,
        adminResets: [...admins].map(([admin, resets]) => ({ admin, count: resets })).sort((a, b) => b.count - a.count || a.admin.localeCompare(b.admin)),
        incidents,
        unpairedErrors: summary?.unpairedErrors ?? [],
      };
    },
  };
}
