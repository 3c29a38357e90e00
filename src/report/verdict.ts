// Report: the verdict every human format opens with: how many problems of each severity, and what the log holds that no rule explains.

import type { EventCount } from '../correlate/event-counts.js';
import type { SeverityCounts } from '../i18n/report-words.js';
import type { Level } from '../record.js';
import type { Finding } from '../rules/types.js';
import type { Report } from './model.js';

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const PROBLEM_LEVELS: ReadonlySet<Level> = new Set(['critical', 'error', 'warning']);

/**
 * Errors and warnings of event ids that no finding's evidence shows: a reader must not take "no
 * finding" for "nothing wrong" when the log holds errors no rule knows.
 */
export function unexplainedProblems(report: Report): EventCount[] {
  const explained = new Set((report.findings ?? []).flatMap((finding) => finding.evidence.map((record) => `${record.source.toLowerCase()}\u0000${record.eventId}`)));
  return report.events.counts.filter((count) => PROBLEM_LEVELS.has(count.level) && !explained.has(`${count.source.toLowerCase()}\u0000${count.eventId}`));
}

/** The finding's title, with the value it was grouped by (`… (noah.fischer@fabrikam.com)`). */
export function findingHeadline(finding: Finding, title: string): string {
  return finding.group === undefined ? title : `${title} (${finding.group})`;
}
