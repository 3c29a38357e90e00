// Report: the HTML report's verdict and findings: the problems the worst first, each with its fix and its evidence.

import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { WORDS } from '../i18n/words.js';
import type { Finding } from '../rules/types.js';
import { formatCount } from './count.js';
import { evidenceCells } from './evidence.js';
import { escapeHtml } from './html-escape.js';
import type { Report } from './model.js';
import { formatTime } from './time.js';
import { findingHeadline, severityCounts, unexplainedProblems } from './verdict.js';

/** A message's first line, cut here, labels its fold. */
const MESSAGE_PREVIEW = 60;

function badge(finding: Finding, lang: Lang): string {
  return `<span class="badge ${finding.severity}">${escapeHtml(WORDS[lang].severity[finding.severity])}</span>`;
}

function preview(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.length > MESSAGE_PREVIEW ? `${line.slice(0, MESSAGE_PREVIEW)}…` : line;
}

export function renderVerdictHtml(report: Report, zone: string, lang: Lang): string {
  const words = REPORT_WORDS[lang];
  const findings = report.findings ?? [];
  const parts: string[] = [`<section id="verdict"><h2>${escapeHtml(words.verdict)}</h2>`];
  if (report.events.first === undefined) {
    parts.push(`<div class="verdict clean"><p>${escapeHtml(words.noEvents)}</p><p>${escapeHtml(words.noEventsHint)}</p></div></section>`);
    return parts.join('');
  }
  if (findings.length === 0) parts.push(`<div class="verdict clean"><p><strong>${escapeHtml(words.verdictClean)}</strong></p>`);
  else {
    const columns = words.columns;
    parts.push(`<div class="verdict problems"><p><strong>${escapeHtml(words.verdictProblems(severityCounts(findings)))}</strong></p>`);
    parts.push(`<table class="summary"><thead><tr><th>${escapeHtml(columns.severity)}</th><th>${escapeHtml(columns.finding)}</th><th class="num">${escapeHtml(columns.count)}</th><th>${escapeHtml(columns.first)}</th><th>${escapeHtml(columns.last)}</th></tr></thead><tbody>`);
    findings.forEach((finding, index) => {
      parts.push(
        `<tr><td>${badge(finding, lang)}</td><td><a href="#finding-${index + 1}">${escapeHtml(findingHeadline(finding, finding.title[lang]))}</a> <code>${escapeHtml(finding.diagnosis)}</code></td><td class="num">${formatCount(finding.count)}</td><td class="time">${escapeHtml(formatTime(finding.first, zone, lang))}</td><td class="time">${escapeHtml(formatTime(finding.last, zone, lang))}</td></tr>`,
      );
    });
    parts.push('</tbody></table>');
  }
  const unexplained = unexplainedProblems(report);
  if (unexplained.length > 0) {
    parts.push(`<p>${escapeHtml(words.verdictUnexplained(unexplained.length, unexplained.map((count) => `${count.eventId} ×${formatCount(count.count)}`).join(', ')))}</p>`);
  }
  parts.push('</div></section>');
  return parts.join('');
}

function renderFinding(finding: Finding, index: number, zone: string, lang: Lang): string {
  const words = WORDS[lang];
  const columns = REPORT_WORDS[lang].columns;
  const span = finding.first.getTime() === finding.last.getTime() ? formatTime(finding.first, zone, lang) : `${formatTime(finding.first, zone, lang)} → ${formatTime(finding.last, zone, lang)}`;
  const parts: string[] = [`<section class="finding ${finding.severity}" id="finding-${index + 1}">`];
  parts.push(`<h3>${index + 1}. ${badge(finding, lang)} ${escapeHtml(findingHeadline(finding, finding.title[lang]))}</h3>`);
  parts.push(`<p class="meta"><code>${escapeHtml(finding.diagnosis)}</code> · ${escapeHtml(`${words.times(finding.count)}${words.separator}${span}`)}</p>`);
  if (finding.users.length > 0) parts.push(`<p>${escapeHtml(words.users)}: ${escapeHtml(finding.users.join(', '))}</p>`);
  parts.push(`<p>${escapeHtml(finding.explanation[lang])}</p>`);
  parts.push(`<h4>${escapeHtml(words.whatToDo)}</h4><ol>${finding.remediation.map((step) => `<li>${escapeHtml(step[lang])}</li>`).join('')}</ol>`);
  parts.push(`<p>${escapeHtml(words.seeAlso)} ${finding.references.map((reference) => `<a href="${escapeHtml(reference)}">${escapeHtml(reference)}</a>`).join(' · ')}</p>`);
  parts.push(`<h4>${escapeHtml(words.evidence(finding.evidence.length, finding.evidenceTotal).replace(/[:：]$/, ''))}</h4>`);
  parts.push(
    `<table class="evidence"><thead><tr><th>${escapeHtml(columns.time)}</th><th>${escapeHtml(columns.event)}</th><th class="num">${escapeHtml(columns.record)}</th><th>${escapeHtml(columns.user)}</th><th>${escapeHtml(columns.where)}</th></tr></thead><tbody>`,
  );
  for (const record of finding.evidence) {
    const cells = evidenceCells(record, zone, lang);
    const message = record.message === '' ? '' : `<details><summary>${escapeHtml(preview(record.message))}</summary><pre>${escapeHtml(record.message)}</pre></details>`;
    parts.push(
      `<tr><td class="mono time">${escapeHtml(cells.time)}</td><td>${escapeHtml(cells.event)}${message}</td><td class="num">${escapeHtml(cells.record)}</td><td>${escapeHtml(cells.user)}</td><td class="mono">${escapeHtml(cells.where)}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  return parts.join('');
}

export function renderFindingsHtml(findings: readonly Finding[], zone: string, lang: Lang): string {
  if (findings.length === 0) return '';
  return `<section id="findings"><h2>${escapeHtml(REPORT_WORDS[lang].findings)}</h2>${findings.map((finding, index) => renderFinding(finding, index, zone, lang)).join('')}</section>`;
}
