// Report: the "Writeback operations" section of `analyze`'s text: how many, how they ended, who failed, and how often.

import { lookupEvent } from '../catalog/events.js';
import { FREQUENT_OPERATIONS, type OutcomeCounts } from '../correlate/stats.js';
import type { Lang } from '../i18n/lang.js';
import { STATS_WORDS } from '../i18n/stats-words.js';
import { TIME_WORDS } from '../i18n/time-words.js';
import { WORDS } from '../i18n/words.js';
import { formatCount } from './count.js';
import type { OperationsReport } from './model.js';
import type { Paint } from './paint.js';
import { formatDay, formatSpan, formatTime } from './time.js';
import { columns, padColumns, wrap } from './wrap.js';

export interface OperationsTextOptions {
  zone: string;
  lang: Lang;
  width: number;
  paint: Paint;
}


export function percent(rate: number | undefined): string {
  return rate === undefined ? '' : `${Math.round(rate * 100)} %`;
}

const LABEL = 14;
/** Eleven columns a cell where the width allows, as narrow as the longest cell needs where it does not. */
const CELL = 11;

function countCells(counts: OutcomeCounts): string[] {
  return [counts.total, counts.success, counts.failure, counts.incomplete, counts.orphanOutcome].map((value) => formatCount(value));
}

/** Right-aligned number columns after a label column, within `width`. */
function table(header: readonly string[], rows: readonly (readonly string[])[], width: number): string[] {
  const all = [header, ...rows];
  const label = Math.max(LABEL, ...all.map((row) => columns(row[0] ?? '') + 2));
  const needed = header.slice(1).map((_, index) => Math.max(...all.map((row) => columns(row[index + 1] ?? ''))));
  const layouts = [needed.map((cell) => Math.max(CELL, cell + 2)), needed.map((cell) => cell + 2), needed.map((cell) => cell + 1)];
  const cells = layouts.find((layout) => 2 + label + layout.reduce((sum, cell) => sum + cell, 0) <= width) ?? layouts[2] ?? [];
  return all.map((row) => `  ${padColumns(row[0] ?? '', label)}${row.slice(1).map((cell, index) => ' '.repeat(Math.max(0, (cells[index] ?? CELL) - columns(cell))) + cell).join('')}`.trimEnd());
}

/** `10 min`, `1 h`, `90 s`: a window is a round figure, written as one. */
export function formatWindow(milliseconds: number, lang: Lang): string {
  const words = TIME_WORDS[lang];
  if (milliseconds % 3_600_000 === 0) return `${milliseconds / 3_600_000} ${words.hours}`;
  if (milliseconds % 60_000 === 0) return `${milliseconds / 60_000} ${words.minutes}`;
  return formatSpan(milliseconds, lang);
}

export function eventName(source: string, eventId: number): string {
  const name = lookupEvent(source, eventId)?.name;
  return name === undefined ? `${source} ${eventId}` : `${source} ${eventId} ${name}`;
}

/** The section's lines; an empty list when the log holds no operation and no incident. */
export function renderOperations(report: OperationsReport, options: OperationsTextOptions): string[] {
  const { zone, lang, width, paint } = options;
  const prose = (text: string, indent = '  '): string => wrap(text, indent, width);
  const words = STATS_WORDS[lang];
  const { stats, windowMs, duplicates } = report;
  const out: string[] = [];
  if (duplicates > 0) out.push('', prose(words.merged(formatCount(duplicates)), ''));
  if (stats.all.total === 0 && stats.incidents.count === 0) return out;

  const labels = words.columns;
  const countHeadings = [labels.total, labels.success, labels.failure, labels.incomplete, labels.orphan];
  out.push('', paint.heading(words.operationsHeading(formatWindow(windowMs, lang))));
  if (stats.all.total > 0) {
    const kinds = stats.byKind.map((kind) => [words.kinds[kind.kind], ...countCells(kind), percent(kind.successRate), formatCount(kind.users)]);
    out.push(...table([labels.kind, ...countHeadings, labels.successRate, labels.users], [...kinds, [words.all, ...countCells(stats.all), percent(stats.all.successRate)]], width));
    out.push(prose(words.successRateNote));

    const { duration } = stats;
    if (duration.medianMs !== undefined && duration.slowest !== undefined) {
      const slowest = duration.slowest;
      const what = words.slowestWhat(words.kinds[slowest.kind], slowest.user, formatTime(slowest.start, zone, lang), slowest.id);
      out.push(prose(words.startToOutcome(formatSpan(duration.medianMs, lang), formatSpan(slowest.durationMs, lang), what)));
    }
    const { noOutcomeInWindow, logEnded } = stats.incomplete;
    if (noOutcomeInWindow + logEnded > 0) out.push(prose(words.incompleteCounts(formatCount(noOutcomeInWindow), formatCount(logEnded))));

    out.push('', ...table([labels.day, ...countHeadings], stats.perDay.map((day) => [formatDay(new Date(`${day.day}T00:00:00Z`), 'UTC', lang), ...countCells(day)]), width));
  }

  if (stats.failureCauses.length > 0) {
    out.push('', `  ${words.causesHeading}`);
    for (const cause of stats.failureCauses.slice(0, 10)) {
      const codes = cause.errorCodes.length === 0 ? '' : `  ${cause.errorCodes.slice(0, 3).join(', ')}`;
      out.push(`    ${eventName(cause.source, cause.eventId)}  ×${formatCount(cause.count)}${codes}`);
    }
  }
  if (stats.usersWithMostFailures.length > 0) {
    out.push('', `  ${words.usersWithMostFailures}`);
    for (const user of stats.usersWithMostFailures) out.push(`    ${user.user}  ${words.failedOf(formatCount(user.failures), formatCount(user.operations))}`);
  }
  if (stats.all.total > 0) {
    out.push('', prose(words.frequentUsers(FREQUENT_OPERATIONS)));
    if (stats.frequentUsers.length === 0) out.push(`    ${words.none}`);
    for (const user of stats.frequentUsers) {
      out.push(`    ${user.user}  ${words.operationsWithin(formatCount(user.operations), `${formatTime(user.first, zone, lang)} → ${formatTime(user.last, zone, lang)}`)}`);
    }
  }
  if (stats.adminResets.length > 0) {
    out.push('', `  ${words.adminResets}`);
    for (const admin of stats.adminResets) out.push(`    ${admin.admin}  ${formatCount(admin.count)}`);
  }
  const { incidents } = stats;
  if (incidents.count > 0 && incidents.first !== undefined && incidents.last !== undefined) {
    const longest = incidents.longest === undefined ? '' : words.longest(formatSpan(incidents.longest.durationMs, lang), incidents.longest.id);
    out.push('', prose(`${words.incidents(formatCount(incidents.count), `${formatTime(incidents.first, zone, lang)} → ${formatTime(incidents.last, zone, lang)}`)}${longest}`));
    out.push(`    ${incidents.events.map((event) => `${event.eventId} ×${formatCount(event.count)}`).join(WORDS[lang].separator)}`);
  }
  if (stats.unpairedErrors.length > 0) {
    const errors = stats.unpairedErrors.map((error) => `${error.eventId} ×${formatCount(error.count)}`).join(WORDS[lang].separator);
    out.push('', prose(`${words.unpairedErrors}: ${errors}`));
  }
  return out;
}
