// Report: `--format html`, one self-contained file to attach to a ticket: opens offline, loads nothing, runs no log text.

import { createHash } from 'node:crypto';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { renderChainsHtml } from './html-chains.js';
import { escapeHtml } from './html-escape.js';
import { renderFindingsHtml, renderVerdictHtml } from './html-findings.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { renderInputsHtml, renderStatisticsHtml } from './html-tables.js';
import type { Report } from './model.js';
import type { RenderedFile, RenderOptions } from './render.js';
import { statisticsTables } from './stats-tables.js';
import { formatDuration, formatTime } from './time.js';
import { buildTimeline } from './timeline.js';
import { renderTimelineSvg } from './timeline-svg.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page may load nothing at all and run only its own style and script, named by their hashes:
 * even text that slipped past escaping could neither run nor call home.
 */
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(HTML_STYLE)}; script-src ${sha256(HTML_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

function header(report: Report, options: RenderOptions): string {
  const { zone, lang } = options;
  const words = REPORT_WORDS[lang];
  const facts: string[] = [];
  if (report.hosts.length > 0) facts.push(`<strong>${escapeHtml(words.server)}${escapeHtml(words.colon)}</strong>${escapeHtml(report.hosts.join(', '))}`);
  const { first, last } = report.events;
  if (first !== undefined && last !== undefined) {
    const period = `${formatTime(first, zone, lang)} → ${formatTime(last, zone, lang)} (${formatDuration(last.getTime() - first.getTime(), lang)})`;
    facts.push(`<strong>${escapeHtml(words.period)}${escapeHtml(words.colon)}</strong>${escapeHtml(period)}`);
  }
  const parts = [`<header><h1>${escapeHtml(words.reportTitle)}</h1>`];
  if (facts.length > 0) parts.push(`<p>${facts.join('<br>')}</p>`);
  parts.push(`<p class="meta">${escapeHtml(`${words.generatedBy(report.tool.name, report.tool.version, formatTime(report.generatedAt, zone, lang))} ${words.timesIn(zone)}`)}</p>`);
  if (report.redacted) parts.push(`<p class="redacted">${escapeHtml(words.redacted)}</p>`);
  parts.push('</header>');
  return parts.join('');
}

function timelineSection(report: Report, options: RenderOptions): string {
  const words = REPORT_WORDS[options.lang];
  const { first, last } = report.events;
  if (first === undefined || last === undefined) return '';
  const timeline = buildTimeline(report.chains ?? [], first, last);
  const caption = words.timelineCaption(timeline.unit);
  const operations = (report.chains ?? []).some((chain) => chain.kind !== 'service');
  const svg = renderTimelineSvg(timeline, report.findings ?? [], { zone: options.zone, lang: options.lang, title: caption });
  return `<section id="timeline"><h2>${escapeHtml(words.timeline)}</h2><p class="meta">${escapeHtml(caption)}</p>${operations ? '' : `<p>${escapeHtml(words.timelineEmpty)}</p>`}${svg}</section>`;
}

export function renderHtml(report: Report, options: RenderOptions): string {
  const { zone, lang } = options;
  const words = REPORT_WORDS[lang];
  const title = report.hosts.length > 0 ? `${words.reportTitle}: ${report.hosts.join(', ')}` : words.reportTitle;
  const body = [
    header(report, options),
    renderVerdictHtml(report, zone, lang),
    timelineSection(report, options),
    renderFindingsHtml(report.findings ?? [], zone, lang),
    report.events.first === undefined ? '' : renderChainsHtml(report.chains ?? [], zone, lang),
    report.events.first === undefined ? '' : renderStatisticsHtml(statisticsTables(report, zone, lang), lang),
    renderInputsHtml(report, lang),
    `<footer>${escapeHtml(`${report.tool.name} ${report.tool.version}`)}</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    `<script>${HTML_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function render(report: Report, options: RenderOptions): RenderedFile[] {
  return [{ extension: 'html', content: renderHtml(report, options) }];
}
