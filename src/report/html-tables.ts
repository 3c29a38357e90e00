// Report: the HTML report's statistics and inputs: what was counted, and what was read, assumed and skipped.

import { INPUT_WORDS } from '../i18n/input-words.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { WORDS } from '../i18n/words.js';
import { formatCount } from './count.js';
import { escapeHtml } from './html-escape.js';
import { describeLocalTime } from './local-time-text.js';
import type { Report } from './model.js';
import type { StatsTable } from './stats-tables.js';

const ISSUES_LISTED = 200;

function table(columns: readonly { label: string; numeric?: boolean }[], rows: readonly (readonly string[])[]): string {
  const numeric = columns.map((column) => column.numeric === true);
  const head = columns.map((column, index) => `<th${numeric[index] === true ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, index) => `<td${numeric[index] === true ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function renderStatisticsHtml(tables: readonly StatsTable[], lang: Lang): string {
  const parts = [`<section id="statistics"><h2>${escapeHtml(REPORT_WORDS[lang].statistics)}</h2>`];
  for (const item of tables) {
    parts.push(`<h3 id="stats-${escapeHtml(item.id)}">${escapeHtml(item.heading)}</h3>`);
    if (item.rows.length > 0) parts.push(table(item.columns, item.rows));
    for (const note of item.notes) parts.push(`<p class="meta">${escapeHtml(note)}</p>`);
  }
  parts.push('</section>');
  return parts.join('');
}

export function renderInputsHtml(report: Report, lang: Lang): string {
  const words = REPORT_WORDS[lang];
  const inputWords = INPUT_WORDS[lang];
  const columns = words.columns;
  const parts = [`<section id="inputs"><h2>${escapeHtml(words.inputs)}</h2>`];
  parts.push(
    table(
      [{ label: columns.file }, { label: columns.format }, { label: columns.encoding }, { label: columns.read, numeric: true }, { label: columns.kept, numeric: true }, { label: columns.skipped, numeric: true }],
      report.inputs.map((input) => [input.path, inputWords.formats[input.format] ?? input.format, inputWords.encoding(input.encoding), formatCount(input.records), formatCount(input.kept), formatCount(input.skipped)]),
    ),
  );
  const localTimes = report.inputs.flatMap((input) => {
    const text = describeLocalTime(input.localTime, lang);
    return text === undefined ? [] : [`<li><span class="mono">${escapeHtml(input.path)}</span>: ${escapeHtml(text)}</li>`];
  });
  if (localTimes.length > 0) parts.push(`<ul>${localTimes.join('')}</ul>`);
  const notices = report.inputs.flatMap((input) => input.notices ?? []);
  if (notices.length > 0) {
    parts.push(`<h3>${escapeHtml(words.notices)}</h3><ul>${notices.map((notice) => `<li><span class="mono">${escapeHtml(notice.line === undefined ? notice.file : `${notice.file}:${notice.line}`)}</span>: ${escapeHtml(notice.message)}</li>`).join('')}</ul>`);
  }
  const issues = report.inputs.flatMap((input) => input.issues);
  if (issues.length > 0) {
    const items = issues
      .slice(0, ISSUES_LISTED)
      .map((issue) => `<li><span class="mono">${escapeHtml(`${issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file} (${WORDS[lang].byte} ${issue.offset})`)}</span>: ${escapeHtml(issue.message)}</li>`);
    if (issues.length > ISSUES_LISTED) items.push(`<li>${escapeHtml(words.more(issues.length - ISSUES_LISTED))}</li>`);
    parts.push(`<details><summary>${escapeHtml(`${words.skippedParts} (${formatCount(issues.length)})`)}</summary><ul>${items.join('')}</ul></details>`);
  }
  if (report.unreadable.length > 0) {
    parts.push(`<h3>${escapeHtml(words.unreadable)}</h3><ul>${report.unreadable.map((input) => `<li><span class="mono">${escapeHtml(input.path)}</span>: ${escapeHtml(input.message)}</li>`).join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('');
}
