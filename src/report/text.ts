// Report: the terminal verdict of `analyze`: the problems in one line each, the worst first, then their details and the statistics.

import { REPORT_WORDS } from '../i18n/report-words.js';
import { renderEventsText } from './events-text.js';
import { renderFindingsText } from './findings-text.js';
import { renderInputsText } from './inputs-text.js';
import type { Report } from './model.js';
import { renderOperations } from './operations-text.js';
import { paint as choosePaint } from './paint.js';
import type { RenderedFile, RenderOptions } from './render.js';
import { formatDuration, formatTime } from './time.js';
import { renderVerdictText } from './verdict-text.js';
import { columns, padColumns, wrap } from './wrap.js';

export function renderText(report: Report, options: RenderOptions): string {
  const { zone, lang, width } = options;
  const paint = choosePaint(options.color);
  const words = REPORT_WORDS[lang];
  const labelWidth = Math.max(8, ...[words.period, words.server].map((label) => columns(label) + 2));
  // A label, then its value wrapped under the value's first column.
  const labelled = (label: string, value: string): string => {
    const indent = ' '.repeat(labelWidth);
    return padColumns(label, labelWidth) + wrap(value, indent, width).slice(labelWidth);
  };
  const out: string[] = [paint.heading(wrap(words.toolLine(report.tool.name, report.tool.version), '', width)), ''];
  const { events } = report;
  if (events.first !== undefined && events.last !== undefined) {
    const duration = formatDuration(events.last.getTime() - events.first.getTime(), lang);
    out.push(labelled(words.period, `${formatTime(events.first, zone, lang)} → ${formatTime(events.last, zone, lang)} (${duration})`));
  }
  if (report.hosts.length > 0) out.push(labelled(words.server, report.hosts.join(', ')));
  out.push(...renderInputsText(report, lang, labelWidth, width));
  if (report.redacted) out.push(wrap(words.redacted, '', width));

  if (events.first === undefined || events.last === undefined) {
    out.push('', wrap(words.noEvents, '', width), wrap(words.noEventsHint, '', width));
    return `${out.join('\n')}\n`;
  }
  const sections = { zone, lang, width, paint };
  out.push('', ...renderVerdictText(report, sections));
  if (report.findings !== undefined && report.findings.length > 0) out.push('', ...renderFindingsText(report.findings, sections));
  if (report.operations !== undefined) out.push(...renderOperations(report.operations, sections));
  out.push(...renderEventsText(events, sections));
  return `${out.join('\n')}\n`;
}

/** `--format text`: the verdict as the terminal shows it (coloured only when the options say so). */
export function render(report: Report, options: RenderOptions): RenderedFile[] {
  return [{ extension: 'txt', content: renderText(report, options) }];
}
