// Report: `--format md`, a report to paste into a ticket: the verdict, each finding with its evidence and fix, the statistics.

import { INPUT_WORDS } from '../i18n/input-words.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { WORDS } from '../i18n/words.js';
import type { EventRecord } from '../record.js';
import type { Finding } from '../rules/types.js';
import { formatCount } from './count.js';
import { evidenceCells } from './evidence.js';
import { describeLocalTime } from './local-time-text.js';
import { codeBlock, escapeMarkdown, markdownTable } from './md-escape.js';
import type { Report } from './model.js';
import type { RenderedFile, RenderOptions } from './render.js';
import { statisticsTables } from './stats-tables.js';
import { formatDuration, formatTime } from './time.js';
import { findingHeadline, severityCounts, unexplainedProblems } from './verdict.js';

/** Evidence tables longer than this are folded, so the ticket shows the findings first. */
const EVIDENCE_SHOWN_OPEN = 3;
const ISSUES_LISTED = 50;

function details(summary: string, body: readonly string[]): string[] {
  // Blank lines around the body let Markdown inside <details> render (GitHub, Azure DevOps).
  return [`<details><summary>${escapeMarkdown(summary)}</summary>`, '', ...body, '', '</details>'];
}

function header(report: Report, options: RenderOptions): string[] {
  const words = REPORT_WORDS[options.lang];
  const { zone, lang } = options;
  const out = [`# ${escapeMarkdown(words.reportTitle)}`, ''];
  const facts: string[] = [];
  if (report.hosts.length > 0) facts.push(`**${escapeMarkdown(words.server)}${words.colon.trim()}** ${escapeMarkdown(report.hosts.join(', '))}`);
  const { first, last } = report.events;
  if (first !== undefined && last !== undefined) {
    facts.push(`**${escapeMarkdown(words.period)}${words.colon.trim()}** ${escapeMarkdown(`${formatTime(first, zone, lang)} → ${formatTime(last, zone, lang)} (${formatDuration(last.getTime() - first.getTime(), lang)})`)}`);
  }
  out.push(...facts.map((fact) => `${fact}  `), escapeMarkdown(`${words.generatedBy(report.tool.name, report.tool.version, formatTime(report.generatedAt, zone, lang))} ${words.timesIn(zone)}`));
  if (report.redacted) out.push('', `> ${escapeMarkdown(words.redacted)}`);
  return out;
}

function verdict(report: Report, lang: Lang, zone: string): string[] {
  const words = REPORT_WORDS[lang];
  const findings = report.findings ?? [];
  const out = ['', `## ${escapeMarkdown(words.verdict)}`, ''];
  if (report.events.first === undefined) return [...out, escapeMarkdown(words.noEvents), '', escapeMarkdown(words.noEventsHint)];
  if (findings.length === 0) out.push(escapeMarkdown(words.verdictClean));
  else {
    out.push(`${escapeMarkdown(words.verdictProblems(severityCounts(findings)))}${lang === 'en' ? '.' : '。'}`, '');
    const columns = words.columns;
    out.push(
      ...markdownTable(
        [columns.severity, columns.finding, columns.count, columns.first, columns.last, columns.diagnosis],
        findings.map((finding) => [WORDS[lang].severity[finding.severity], findingHeadline(finding, finding.title[lang]), formatCount(finding.count), formatTime(finding.first, zone, lang), formatTime(finding.last, zone, lang), finding.diagnosis]),
        [false, false, true],
      ),
    );
  }
  const unexplained = unexplainedProblems(report);
  if (unexplained.length > 0) out.push('', escapeMarkdown(words.verdictUnexplained(unexplained.length, unexplained.map((count) => `${count.eventId} ×${formatCount(count.count)}`).join(', '))));
  return out;
}

/** One message per event id among the evidence: what the log said, kept verbatim. */
function messages(evidence: readonly EventRecord[], lang: Lang): string[] {
  const words = REPORT_WORDS[lang];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const record of evidence) {
    const key = `${record.source}\u0000${record.eventId}`;
    if (seen.has(key) || record.message === '') continue;
    seen.add(key);
    const which = `${record.source} ${record.eventId}${record.recordId === undefined ? '' : `, ${WORDS[lang].record} ${record.recordId}`}`;
    out.push('', ...details(`${words.message}${words.colon}${which}`, [codeBlock(record.message)]));
  }
  return out;
}

function finding(item: Finding, index: number, options: RenderOptions): string[] {
  const { lang, zone } = options;
  const words = WORDS[lang];
  const columns = REPORT_WORDS[lang].columns;
  const span = item.first.getTime() === item.last.getTime() ? formatTime(item.first, zone, lang) : `${formatTime(item.first, zone, lang)} → ${formatTime(item.last, zone, lang)}`;
  const out = ['', `### ${index + 1}. ${escapeMarkdown(`${words.severity[item.severity]}: ${findingHeadline(item, item.title[lang])}`)}`, ''];
  out.push(`\`${item.diagnosis}\` · ${escapeMarkdown(`${words.times(item.count)}${words.separator}${span}`)}  `);
  if (item.users.length > 0) out.push(`**${escapeMarkdown(words.users)}:** ${escapeMarkdown(item.users.join(', '))}`);
  out.push('', escapeMarkdown(item.explanation[lang]), '', `**${escapeMarkdown(words.whatToDo)}**`, '');
  item.remediation.forEach((step, position) => out.push(`${position + 1}. ${escapeMarkdown(step[lang])}`));
  out.push('', `**${escapeMarkdown(words.seeAlso)}** ${item.references.map((reference) => `<${reference}>`).join(' · ')}`);
  const table = markdownTable(
    [columns.time, columns.event, columns.record, columns.user, columns.where],
    item.evidence.map((record) => {
      const cells = evidenceCells(record, zone, lang);
      return [cells.time, cells.event, cells.record, cells.user, cells.where];
    }),
  );
  const title = words.evidence(item.evidence.length, item.evidenceTotal).replace(/[:：]$/, '');
  if (item.evidence.length > EVIDENCE_SHOWN_OPEN) out.push('', ...details(title, table));
  else out.push('', `**${escapeMarkdown(title)}**`, '', ...table);
  out.push(...messages(item.evidence, lang));
  return out;
}

function statistics(report: Report, options: RenderOptions): string[] {
  const words = REPORT_WORDS[options.lang];
  const out = ['', `## ${escapeMarkdown(words.statistics)}`];
  for (const table of statisticsTables(report, options.zone, options.lang)) {
    out.push('', `### ${escapeMarkdown(table.heading)}`);
    if (table.rows.length > 0) out.push('', ...markdownTable(table.columns.map((column) => column.label), table.rows, table.columns.map((column) => column.numeric === true)));
    if (table.notes.length > 0) out.push('', ...table.notes.map((note) => `${escapeMarkdown(note)}  `));
  }
  return out;
}

function inputs(report: Report, lang: Lang): string[] {
  const words = REPORT_WORDS[lang];
  const inputWords = INPUT_WORDS[lang];
  const columns = words.columns;
  const out = ['', `## ${escapeMarkdown(words.inputs)}`, ''];
  out.push(
    ...markdownTable(
      [columns.file, columns.format, columns.encoding, columns.read, columns.kept, columns.skipped],
      report.inputs.map((input) => [input.path, inputWords.formats[input.format] ?? input.format, inputWords.encoding(input.encoding), formatCount(input.records), formatCount(input.kept), formatCount(input.skipped)]),
      [false, false, false, true, true, true],
    ),
  );
  const localTimes = report.inputs.flatMap((input) => {
    const text = describeLocalTime(input.localTime, lang);
    return text === undefined ? [] : [`- ${escapeMarkdown(`${input.path}: ${text}`)}`];
  });
  if (localTimes.length > 0) out.push('', ...localTimes);
  const notices = report.inputs.flatMap((input) => input.notices ?? []);
  if (notices.length > 0) out.push('', `**${escapeMarkdown(words.notices)}**`, '', ...notices.map((notice) => `- ${escapeMarkdown(`${notice.line === undefined ? notice.file : `${notice.file}:${notice.line}`}: ${notice.message}`)}`));
  const issues = report.inputs.flatMap((input) => input.issues);
  if (issues.length > 0) {
    const list = issues.slice(0, ISSUES_LISTED).map((issue) => `- ${escapeMarkdown(`${issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file} (${WORDS[lang].byte} ${issue.offset}): ${issue.message}`)}`);
    if (issues.length > ISSUES_LISTED) list.push(`- ${escapeMarkdown(words.more(issues.length - ISSUES_LISTED))}`);
    out.push('', ...details(`${words.skippedParts} (${formatCount(issues.length)})`, list));
  }
  if (report.unreadable.length > 0) out.push('', `**${escapeMarkdown(words.unreadable)}**`, '', ...report.unreadable.map((input) => `- ${escapeMarkdown(`${input.path}: ${input.message}`)}`));
  return out;
}

export function render(report: Report, options: RenderOptions): RenderedFile[] {
  const findings = report.findings ?? [];
  const out = [...header(report, options), ...verdict(report, options.lang, options.zone)];
  if (findings.length > 0) {
    out.push('', `## ${escapeMarkdown(REPORT_WORDS[options.lang].findings)}`);
    findings.forEach((item, index) => out.push(...finding(item, index, options)));
  }
  if (report.events.first !== undefined) out.push(...statistics(report, options));
  out.push(...inputs(report, options.lang));
  return [{ extension: 'md', content: `${out.join('\n')}\n` }];
}
