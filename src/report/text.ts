// Report: the terminal verdict of `analyze`, plain text, worst problems first.

import { lookupEvent } from '../catalog/events.js';
import type { EventCount } from '../correlate/event-counts.js';
import type { Lang } from '../i18n/lang.js';
import type { Level } from '../record.js';
import { renderFindingsText } from './findings-text.js';
import { describeLocalTime } from './local-time-text.js';
import type { Report } from './model.js';
import { renderOperations } from './operations-text.js';
import { formatDuration, formatTime } from './time.js';

export interface TextOptions {
  /** IANA zone the times are shown in. */
  zone: string;
  /** Language of the findings' titles, explanations and fixes (default en). */
  lang?: Lang;
}

const LEVEL_ORDER: Record<Level, number> = { critical: 0, error: 1, warning: 2, information: 3, verbose: 4 };
const LEVEL_LABEL: Record<Level, string> = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', information: 'INFO', verbose: 'VERBOSE' };

const FORMAT_LABEL: Record<string, string> = {
  'xml-events': 'XML export with an <Events> root (Event Viewer, wevtutil /e:Events)',
  'xml-bare': 'XML events without a root (wevtutil /f:xml, PowerShell ToXml)',
  'csv-eventviewer': 'Event Viewer CSV (Save All Events As… → CSV)',
  'csv-get-winevent': 'PowerShell Get-WinEvent | Export-Csv',
  'csv-get-eventlog': 'PowerShell Get-EventLog | Export-Csv',
  'text-eventviewer': 'Event Viewer details text (Copy details as text)',
  'text-eventviewer-tab': 'Event Viewer text (Save All Events As… → Text, tab delimited)',
  'text-wevtutil': 'wevtutil qe /f:text',
  'text-format-list': 'PowerShell Get-WinEvent | Format-List',
};

const number = new Intl.NumberFormat('en-US');

function plural(count: number, word: string): string {
  return `${number.format(count)} ${word}${count === 1 ? '' : 's'}`;
}

function indent(text: string, by: string, width = 96): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width - by.length) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((part) => by + part).join('\n');
}

function span(count: EventCount, zone: string): string {
  if (count.count === 1) return formatTime(count.first, zone);
  return `${formatTime(count.first, zone)} → ${formatTime(count.last, zone)}`;
}

function evidence(count: EventCount): string {
  const sample = count.samples[0];
  if (sample === undefined) return '';
  const id = sample.recordId === undefined ? '' : `record ${sample.recordId}, `;
  return `first seen: ${id}${sample.origin.file}:${sample.origin.line} (byte ${sample.origin.offset})`;
}

export function renderText(report: Report, options: TextOptions): string {
  const { zone } = options;
  const out: string[] = [];
  out.push(`${report.tool.name} ${report.tool.version}: password writeback, what the log shows`, '');

  for (const input of report.inputs) {
    out.push(`Input   ${input.path}`);
    out.push(`        ${FORMAT_LABEL[input.format] ?? input.format}, ${input.encoding}`);
    const localTime = describeLocalTime(input.localTime);
    if (localTime !== undefined) out.push(`        ${localTime}`);
    const skipped = input.skipped > 0 ? `, ${plural(input.skipped, 'part')} skipped (see the warnings above)` : ', nothing skipped';
    out.push(`        ${plural(input.records, 'event')} read, ${number.format(input.kept)} from the writeback sources${skipped}`);
  }
  for (const input of report.unreadable) out.push(`Input   ${input.path}: not read (${input.message})`);

  const { events } = report;
  if (events.first === undefined || events.last === undefined) {
    out.push('', 'No events of the writeback sources (PasswordResetService, ADSync, Directory Synchronization) were found.');
    out.push('Check that the export is the Application log of the Azure AD Connect server, or name other sources with --source.');
    return `${out.join('\n')}\n`;
  }
  out.push(`Period  ${formatTime(events.first, zone)} → ${formatTime(events.last, zone)} (${formatDuration(events.last.getTime() - events.first.getTime())})`);
  if (report.findings !== undefined) out.push('', ...renderFindingsText(report.findings, zone, options.lang ?? 'en'));

  const problems = events.counts
    .filter((count) => LEVEL_ORDER[count.level] <= LEVEL_ORDER.warning)
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.count - a.count || a.first.getTime() - b.first.getTime());
  out.push('');
  if (problems.length === 0) {
    out.push('Verdict: no errors or warnings from the writeback sources in this period.');
  } else {
    const errors = problems.filter((count) => LEVEL_ORDER[count.level] <= LEVEL_ORDER.error);
    const warnings = problems.filter((count) => LEVEL_ORDER[count.level] > LEVEL_ORDER.error);
    const describe = (counts: EventCount[], word: string): string =>
      `${plural(counts.length, `kind`)} of ${word} (${plural(counts.reduce((sum, count) => sum + count.count, 0), 'event')})`;
    const parts = [errors.length > 0 ? describe(errors, 'error') : '', warnings.length > 0 ? describe(warnings, 'warning') : ''].filter((part) => part !== '');
    out.push(`Verdict: ${parts.join(' and ')} from the writeback sources; the worst first.`);
    for (const count of problems) {
      const entry = lookupEvent(count.source, count.eventId);
      const name = entry === undefined ? '' : ` ${entry.name}`;
      out.push('');
      out.push(`  ${LEVEL_LABEL[count.level].padEnd(8)} ${count.source} ${count.eventId}${name}  ×${number.format(count.count)}`);
      out.push(`           ${span(count, zone)}`);
      if (entry !== undefined) {
        out.push(indent(`${entry.text.en.title}. ${entry.text.en.meaning}`, '           '));
      } else {
        out.push('           (not an event the catalog knows; read its message)');
      }
      out.push(`           ${evidence(count)}`);
    }
  }

  if (report.operations !== undefined) out.push(...renderOperations(report.operations, zone));

  out.push('', 'Events by source and id');
  let source = '';
  for (const count of events.counts) {
    if (count.source !== source) {
      source = count.source;
      out.push(`  ${source}`);
    }
    const entry = lookupEvent(count.source, count.eventId);
    const label = entry === undefined ? '' : entry.name;
    out.push(`    ${String(count.eventId).padStart(5)}  ${label.padEnd(34)} ${LEVEL_LABEL[count.level].padEnd(8)} ${number.format(count.count).padStart(7)}`);
  }
  return `${out.join('\n')}\n`;
}
