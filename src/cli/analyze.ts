// CLI: `writeback-doctor analyze` reads the exports and prints the verdict.

import { countEvents } from '../correlate/event-counts.js';
import { operationStats } from '../correlate/stats.js';
import { renderJson } from '../report/json.js';
import type { Report, ToolInfo } from '../report/model.js';
import { renderText } from '../report/text.js';
import { severityRank } from '../rules/diagnosis.js';
import { collectRuleEvidence } from '../rules/evaluate.js';
import type { Finding } from '../rules/types.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import { parseWindow } from './correlate-options.js';
import { correlateInputs } from './correlation.js';
import type { Io } from './io.js';
import { parseLang } from './lang-option.js';
import { loadRuleSet } from './rule-set.js';
import { defaultDisplayZone } from './display-zone.js';
import { parseLocalTime, parseRecordFilter, parseSources, parseZone } from './options.js';

export interface AnalyzeOptions {
  source?: string[];
  since?: string;
  until?: string;
  failOn: string;
  window: string;
  /** --tz, --display-tz, --date-order: how local times of CSV and text exports are read and shown. */
  tz?: string;
  displayTz?: string;
  dateOrder?: string;
  /** --rules: folders (or files) of the user's rules, added to the built-in ones. */
  rules?: string[];
  /** --disable: ids of rules to turn off. */
  disable?: string[];
  format: string;
  lang?: string;
}

/** The formats `analyze` writes; the full report formats come with the report stage. */
export const ANALYZE_FORMATS = ['text', 'json'] as const;

/** DESIGN.md's severities, most severe first; `none` never fails. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info', 'none'] as const;
type Severity = (typeof SEVERITIES)[number];

function parseFailOn(value: string): Severity {
  const severity = SEVERITIES.find((candidate) => candidate === value.toLowerCase());
  if (severity === undefined) throw new UsageError(`--fail-on "${value}" is not one of: ${SEVERITIES.join(', ')}`);
  return severity;
}

/** Findings, not raw event levels, decide the exit code: a 32002 at 3 a.m. is critical, a policy rejection is not. */
function atOrAbove(finding: Finding, threshold: Severity): boolean {
  return threshold !== 'none' && severityRank(finding.severity) <= severityRank(threshold);
}

export async function runAnalyze(files: string[], options: AnalyzeOptions, tool: ToolInfo, io: Io): Promise<ExitCode> {
  const failOn = parseFailOn(options.failOn);
  const filter = parseRecordFilter(options);
  const windowMs = parseWindow(options.window);
  const lang = parseLang(options.lang);
  const rules = loadRuleSet(options, io);
  const localTime = parseLocalTime(options);
  const displayZone = parseZone('--display-tz', options.displayTz);
  const inputs = await openInputs(files, parseSources(options.source), io, { localTime });
  // Nothing readable: the one-line errors already said why; a verdict of nothing would mislead.
  if (inputs.opened.length === 0) return EXIT.unreadable;

  const counter = countEvents();
  const evidence = collectRuleEvidence(rules);
  const { chains, summary, duplicates } = await correlateInputs(inputs, filter, { windowMs }, (record) => {
    counter.add(record);
    evidence.add(record);
  });
  inputs.finish();
  const stats = operationStats();
  for (const chain of chains) stats.add(chain);

  const report: Report = {
    tool,
    inputs: inputs.opened.map((input) => input.summary),
    unreadable: inputs.unreadable.map((error) => ({ path: error.file, message: error.message })),
    events: counter.result(),
    operations: { stats: stats.result(summary), windowMs, duplicates },
    findings: evidence.findings(chains),
    chains,
  };
  if (options.format === 'json') await io.out(renderJson(report, { lang }));
  else await io.out(renderText(report, { zone: displayZone ?? defaultDisplayZone(report.inputs), lang }));

  if (inputs.unreadable.length > 0) return EXIT.unreadable;
  return (report.findings ?? []).some((finding) => atOrAbove(finding, failOn)) ? EXIT.findings : EXIT.clean;
}
