// Report: the top of the terminal verdict: one line per finding, the worst first, so the problem is read before the details.

import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { WORDS } from '../i18n/words.js';
import type { Finding } from '../rules/types.js';
import { formatCount } from './count.js';
import type { Paint } from './paint.js';
import { formatCompactSpan } from './time.js';
import { findingHeadline, severityCounts, unexplainedProblems } from './verdict.js';
import type { Report } from './model.js';
import { columns, fitColumns, padColumns, wrap } from './wrap.js';

export interface VerdictTextOptions {
  zone: string;
  lang: Lang;
  width: number;
  paint: Paint;
}

const NARROWEST_TITLE = 24;

function summaryLines(findings: readonly Finding[], options: VerdictTextOptions): string[] {
  const { zone, lang, width, paint } = options;
  const severityWidth = Math.max(8, ...findings.map((finding) => columns(WORDS[lang].severity[finding.severity])));
  const counts = findings.map((finding) => `×${finding.count}`);
  const countWidth = Math.max(...counts.map((count) => count.length));
  const spans = findings.map((finding) => formatCompactSpan(finding.first, finding.last, zone, lang));
  const spanWidth = Math.max(...spans.map((span) => columns(span)));
  const withSpan = 2 + severityWidth + 2 + countWidth + 2 + spanWidth + 2;
  // On a narrow terminal the title matters more than the span, which the details repeat.
  const showSpan = width - withSpan >= NARROWEST_TITLE;
  const room = Math.max(NARROWEST_TITLE, width - (showSpan ? withSpan : withSpan - spanWidth - 2));
  return findings.map((finding, index) => {
    const severity = paint.severity(finding.severity, padColumns(WORDS[lang].severity[finding.severity], severityWidth));
    const title = fitColumns(findingHeadline(finding, finding.title[lang]), room);
    const span = showSpan ? `${padColumns(spans[index] ?? '', spanWidth)}  ` : '';
    return `  ${severity}  ${(counts[index] ?? '').padStart(countWidth)}  ${span}${title}`;
  });
}

export function renderVerdictText(report: Report, options: VerdictTextOptions): string[] {
  const words = REPORT_WORDS[options.lang];
  const findings = report.findings ?? [];
  const heading = options.paint.heading(`${words.verdict}${words.colon}`);
  const out: string[] = [];
  // Painted after wrapping, so the colour codes take no room.
  const headed = (text: string): string => {
    const plain = wrap(`${words.verdict}${words.colon}${text}`, '', options.width);
    return plain.startsWith(`${words.verdict}${words.colon}`) ? heading + plain.slice(words.verdict.length + words.colon.length) : plain;
  };
  if (findings.length === 0) out.push(headed(words.verdictClean));
  else out.push(headed(words.verdictProblems(severityCounts(findings))), ...summaryLines(findings, options));
  const unexplained = unexplainedProblems(report);
  if (unexplained.length > 0) {
    const events = unexplained.map((count) => `${count.eventId} ×${formatCount(count.count)}`).join(WORDS[options.lang].separator);
    out.push(wrap(words.verdictUnexplained(unexplained.length, events), '  ', options.width));
  }
  return out;
}
