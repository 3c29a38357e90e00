// Report: the statistics as titled tables, the one shape the Markdown and HTML reports both lay out.

import { lookupEvent } from '../catalog/events.js';
import { FREQUENT_OPERATIONS, type OutcomeCounts } from '../correlate/stats.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { STATS_WORDS } from '../i18n/stats-words.js';
import { formatCount } from './count.js';
import type { Report } from './model.js';
import { eventName, formatWindow, percent } from './operations-text.js';
import { formatDay, formatSpan, formatTime } from './time.js';

export interface StatsColumn {
  label: string;
  numeric?: boolean;
}

export interface StatsTable {
  /** Stable name, for anchors and tests. */
  id: string;
  heading: string;
  columns: StatsColumn[];
  rows: string[][];
  /** Sentences shown under the table (or instead of it when it has no rows). */
  notes: string[];
}


function countCells(counts: OutcomeCounts): string[] {
  return [counts.total, counts.success, counts.failure, counts.incomplete, counts.orphanOutcome].map((value) => formatCount(value));
}

function operationTables(report: Report, zone: string, lang: Lang): StatsTable[] {
  if (report.operations === undefined) return [];
  const words = STATS_WORDS[lang];
  const labels = words.columns;
  const columns = REPORT_WORDS[lang].columns;
  const { stats, windowMs, duplicates } = report.operations;
  const tables: StatsTable[] = [];
  const counts = [labels.total, labels.success, labels.failure, labels.incomplete, labels.orphan].map((label) => ({ label, numeric: true }));
  const mergedNote = duplicates > 0 ? [words.merged(formatCount(duplicates))] : [];
  if (stats.all.total > 0) {
    const notes = [words.successRateNote];
    const slowest = stats.duration.slowest;
    if (stats.duration.medianMs !== undefined && slowest !== undefined) {
      const what = words.slowestWhat(words.kinds[slowest.kind], slowest.user, formatTime(slowest.start, zone, lang), slowest.id);
      notes.push(words.startToOutcome(formatSpan(stats.duration.medianMs, lang), formatSpan(slowest.durationMs, lang), what));
    }
    const { noOutcomeInWindow, logEnded } = stats.incomplete;
    if (noOutcomeInWindow + logEnded > 0) notes.push(words.incompleteCounts(formatCount(noOutcomeInWindow), formatCount(logEnded)));
    tables.push({
      id: 'operations',
      heading: words.operationsHeading(formatWindow(windowMs, lang)),
      columns: [{ label: labels.kind }, ...counts, { label: labels.successRate, numeric: true }, { label: labels.users, numeric: true }],
      rows: [
        ...stats.byKind.map((kind) => [words.kinds[kind.kind], ...countCells(kind), percent(kind.successRate), formatCount(kind.users)]),
        [words.all, ...countCells(stats.all), percent(stats.all.successRate), ''],
      ],
      notes: [...notes, ...mergedNote],
    });
    tables.push({ id: 'per-day', heading: labels.day, columns: [{ label: labels.day }, ...counts], rows: stats.perDay.map((day) => [formatDay(new Date(`${day.day}T00:00:00Z`), 'UTC', lang), ...countCells(day)]), notes: [] });
  } else if (mergedNote.length > 0) {
    tables.push({ id: 'operations', heading: words.operationsHeading(formatWindow(windowMs, lang)), columns: [], rows: [], notes: mergedNote });
  }
  if (stats.failureCauses.length > 0) {
    tables.push({
      id: 'causes',
      heading: words.causesHeading,
      columns: [{ label: columns.event }, { label: columns.count, numeric: true }, { label: columns.cause }],
      rows: stats.failureCauses.slice(0, 10).map((cause) => [eventName(cause.source, cause.eventId), formatCount(cause.count), cause.errorCodes.slice(0, 3).join(', ')]),
      notes: [],
    });
  }
  if (stats.usersWithMostFailures.length > 0) {
    tables.push({
      id: 'failing-users',
      heading: words.usersWithMostFailures,
      columns: [{ label: columns.user }, { label: labels.failure, numeric: true }, { label: labels.total, numeric: true }],
      rows: stats.usersWithMostFailures.map((user) => [user.user, formatCount(user.failures), formatCount(user.operations)]),
      notes: [],
    });
  }
  if (stats.all.total > 0) {
    tables.push({
      id: 'frequent-users',
      heading: words.frequentUsers(FREQUENT_OPERATIONS),
      columns: [{ label: columns.user }, { label: labels.total, numeric: true }, { label: columns.first }, { label: columns.last }],
      rows: stats.frequentUsers.map((user) => [user.user, formatCount(user.operations), formatTime(user.first, zone, lang), formatTime(user.last, zone, lang)]),
      notes: stats.frequentUsers.length === 0 ? [words.none] : [],
    });
  }
  if (stats.adminResets.length > 0) {
    tables.push({
      id: 'admin-resets',
      heading: words.adminResets,
      columns: [{ label: columns.user }, { label: columns.count, numeric: true }],
      rows: stats.adminResets.map((admin) => [admin.admin, formatCount(admin.count)]),
      notes: [],
    });
  }
  const { incidents } = stats;
  if (incidents.count > 0 && incidents.first !== undefined && incidents.last !== undefined) {
    const longest = incidents.longest === undefined ? '' : words.longest(formatSpan(incidents.longest.durationMs, lang), incidents.longest.id);
    tables.push({
      id: 'incidents',
      heading: words.incidents(formatCount(incidents.count), `${formatTime(incidents.first, zone, lang)} → ${formatTime(incidents.last, zone, lang)}`) + longest,
      columns: [{ label: columns.event }, { label: columns.count, numeric: true }],
      rows: incidents.events.map((event) => [eventName(event.source, event.eventId), formatCount(event.count)]),
      notes: [],
    });
  }
  if (stats.unpairedErrors.length > 0) {
    tables.push({
      id: 'unpaired-errors',
      heading: words.unpairedErrors,
      columns: [{ label: columns.event }, { label: columns.count, numeric: true }],
      rows: stats.unpairedErrors.map((error) => [eventName(error.source, error.eventId), formatCount(error.count)]),
      notes: [],
    });
  }
  return tables;
}

function eventsTable(report: Report, zone: string, lang: Lang): StatsTable {
  const words = REPORT_WORDS[lang];
  const columns = words.columns;
  return {
    id: 'events',
    heading: words.events,
    columns: [{ label: columns.source }, { label: columns.id, numeric: true }, { label: columns.name }, { label: columns.level }, { label: columns.count, numeric: true }, { label: columns.first }, { label: columns.last }],
    rows: report.events.counts.map((count) => [
      count.source,
      String(count.eventId),
      lookupEvent(count.source, count.eventId)?.name ?? '',
      words.levels[count.level],
      formatCount(count.count),
      formatTime(count.first, zone, lang),
      formatTime(count.last, zone, lang),
    ]),
    notes: [],
  };
}

export function statisticsTables(report: Report, zone: string, lang: Lang): StatsTable[] {
  return [...operationTables(report, zone, lang), eventsTable(report, zone, lang)];
}
