// Report: the "Writeback operations" section of `analyze`'s text: how many, how they ended, who failed, and how often.

import { lookupEvent } from '../catalog/events.js';
import { FREQUENT_OPERATIONS, type OutcomeCounts } from '../correlate/stats.js';
import { formatSpan } from './chains.js';
import type { OperationsReport } from './model.js';
import { formatTime } from './time.js';

const number = new Intl.NumberFormat('en-US');

function percent(rate: number | undefined): string {
  return rate === undefined ? '' : `${Math.round(rate * 100)} %`;
}

const COUNT_HEADINGS = ['total', 'success', 'failure', 'incomplete', 'orphan'];

function heading(label: string, extra: readonly string[]): string {
  return `  ${label.padEnd(14)}${[...COUNT_HEADINGS, ...extra].map((word) => word.padStart(11)).join('')}`;
}

function countsRow(label: string, counts: OutcomeCounts, extra: readonly string[] = []): string {
  const cells = [counts.total, counts.success, counts.failure, counts.incomplete, counts.orphanOutcome].map((value) => number.format(value));
  return `  ${label.padEnd(14)}${[...cells, ...extra].map((cell) => cell.padStart(11)).join('')}`.trimEnd();
}

/** `10 min`, `1 h`, `90 s`: a window is a round figure, written as one. */
function formatWindow(milliseconds: number): string {
  if (milliseconds % 3_600_000 === 0) return `${milliseconds / 3_600_000} h`;
  if (milliseconds % 60_000 === 0) return `${milliseconds / 60_000} min`;
  return formatSpan(milliseconds);
}

function eventName(source: string, eventId: number): string {
  const name = lookupEvent(source, eventId)?.name;
  return name === undefined ? `${source} ${eventId}` : `${source} ${eventId} ${name}`;
}

/** The section's lines; an empty list when the log holds no operation and no incident. */
export function renderOperations(report: OperationsReport, zone: string): string[] {
  const { stats, windowMs, duplicates } = report;
  const out: string[] = [];
  if (duplicates > 0) out.push('', `Merged  the inputs in time order; ${number.format(duplicates)} events found in more than one input were counted once`);
  if (stats.all.total === 0 && stats.incidents.count === 0) return out;

  out.push('', `Writeback operations (start → outcome within ${formatWindow(windowMs)})`);
  if (stats.all.total > 0) {
    out.push(heading('kind', ['success %', 'users']));
    for (const kind of stats.byKind) out.push(countsRow(kind.kind, kind, [percent(kind.successRate), number.format(kind.users)]));
    out.push(countsRow('all', stats.all, [percent(stats.all.successRate)]));
    out.push('  (success rate: of the operations that started in the log; orphans are outcomes whose start came before the log)');

    const { duration } = stats;
    if (duration.medianMs !== undefined && duration.slowest !== undefined) {
      const slowest = duration.slowest;
      const whose = slowest.user === undefined ? '' : ` of ${slowest.user}`;
      out.push(`  Start to outcome: median ${formatSpan(duration.medianMs)}, slowest ${formatSpan(slowest.durationMs)} (${slowest.kind}${whose}, ${formatTime(slowest.start, zone)}, ${slowest.id})`);
    }
    const { noOutcomeInWindow, logEnded } = stats.incomplete;
    if (noOutcomeInWindow + logEnded > 0) {
      out.push(`  Incomplete: ${number.format(noOutcomeInWindow)} with no outcome within the window, ${number.format(logEnded)} cut off by the end of the log`);
    }

    out.push('', heading('day (UTC)', []));
    for (const day of stats.perDay) out.push(countsRow(day.day, day));
  }

  if (stats.failureCauses.length > 0) {
    out.push('', '  Most frequent causes of failure');
    for (const cause of stats.failureCauses.slice(0, 10)) {
      const codes = cause.errorCodes.length === 0 ? '' : `  ${cause.errorCodes.slice(0, 3).join(', ')}`;
      out.push(`    ${eventName(cause.source, cause.eventId)}  ×${number.format(cause.count)}${codes}`);
    }
  }
  if (stats.usersWithMostFailures.length > 0) {
    out.push('', '  Users with the most failures');
    for (const user of stats.usersWithMostFailures) {
      out.push(`    ${user.user}  ${number.format(user.failures)} of ${number.format(user.operations)} operations failed`);
    }
  }
  if (stats.all.total > 0) {
    out.push('', `  Users with ${FREQUENT_OPERATIONS} or more operations within an hour (SSPR may block them for a day; possibly suspicious)`);
    if (stats.frequentUsers.length === 0) out.push('    none');
    for (const user of stats.frequentUsers) {
      out.push(`    ${user.user}  ${number.format(user.operations)} operations, ${formatTime(user.first, zone)} → ${formatTime(user.last, zone)}`);
    }
  }
  if (stats.adminResets.length > 0) {
    out.push('', '  Admin resets, by admin');
    for (const admin of stats.adminResets) out.push(`    ${admin.admin}  ${number.format(admin.count)}`);
  }
  const { incidents } = stats;
  if (incidents.count > 0 && incidents.first !== undefined && incidents.last !== undefined) {
    const longest = incidents.longest === undefined ? '' : `; longest ${formatSpan(incidents.longest.durationMs)} (${incidents.longest.id})`;
    out.push('', `  Service incidents: ${number.format(incidents.count)}, ${formatTime(incidents.first, zone)} → ${formatTime(incidents.last, zone)}${longest}`);
    out.push(`    ${incidents.events.map((event) => `${event.eventId} ×${number.format(event.count)}`).join(', ')}`);
  }
  if (stats.unpairedErrors.length > 0) {
    const errors = stats.unpairedErrors.map((error) => `${error.eventId} ×${number.format(error.count)}`).join(', ');
    out.push('', `  Operation errors whose operation is not in the log: ${errors}`);
  }
  return out;
}
