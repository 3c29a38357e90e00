// CLI: `writeback-doctor analyze` reads the exports and prints the verdict.

import { countEvents } from '../correlate/event-counts.js';
import { countHosts } from '../correlate/hosts.js';
import { operationStats } from '../correlate/stats.js';
import type { Report, ToolInfo } from '../report/model.js';
import { redactReport } from '../report/redact.js';
import { severityRank } from '../rules/diagnosis.js';
import { collectRuleEvidence } from '../rules/evaluate.js';
import type { Finding } from '../rules/types.js';
import { SEVERITIES } from './choices.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import { parseWindow } from './correlate-options.js';
import { correlateInputs } from './correlation.js';
import type { Io } from './io.js';
import { parseLang } from './lang-option.js';
import { showProgress } from './progress.js';
import { loadRuleSet } from './rule-set.js';
import { defaultDisplayZone } from './display-zone.js';
import { parseLocalTime, parseMaxUncompressed, parseRecordFilter, parseSources, parseZone } from './options.js';
import { redactionKey } from './redact-option.js';
import { planOutput, writeReport } from './report-output.js';

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
  /** --max-uncompressed: the most a .gz or .zip input may expand to. */
  maxUncompressed?: string;
  /** --rules: folders (or files) of the user's rules, added to the built-in ones. */
  rules?: string[];
  /** --disable: ids of rules to turn off. */
  disable?: string[];
  /** --format: comma-separated or repeated (`--format html,json`). */
  format?: string[];
  lang?: string;
  /** --out <file>, --out-dir <folder> with --name <template>: where the report goes (standard output by default). */
  out?: string;
  outDir?: string;
  name?: string;
  /** --quiet: nothing on the terminal but errors (scheduled tasks). */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
  /** --redact, --redact-key: pseudonyms for people and machines. */
  redact?: boolean;
  redactKey?: string;
}

/**
 * --quiet keeps errors only: the one-line errors (`writeback-doctor: …`) stay, the warnings and notes
 * about skipped parts and assumed zones (`warning: …`, `note: …`, as ingest words them) go.
 */
function quietIo(io: Io): Io {
  return { ...io, err: (line) => (/^(?:warning|note): /.test(line) ? undefined : io.err(line)) };
}

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

export async function runAnalyze(files: string[], options: AnalyzeOptions, tool: ToolInfo, terminal: Io): Promise<ExitCode> {
  const output = planOutput(options);
  const io = output.quiet ? quietIo(terminal) : terminal;
  const key = redactionKey(options);
  const failOn = parseFailOn(options.failOn);
  const filter = parseRecordFilter(options);
  const windowMs = parseWindow(options.window);
  const lang = parseLang(options.lang);
  const rules = loadRuleSet(options, io);
  const localTime = parseLocalTime(options);
  const displayZone = parseZone('--display-tz', options.displayTz);
  const inputs = await openInputs(files, parseSources(options.source), io, { localTime, maxUncompressed: parseMaxUncompressed(options.maxUncompressed) });
  // Nothing readable: the one-line errors already said why; a verdict of nothing would mislead.
  if (inputs.opened.length === 0) return EXIT.unreadable;

  // On a terminal, reading that takes more than a second shows its progress; --quiet shows none.
  const progress = showProgress(inputs.opened.map((input) => input.progress), output.quiet ? undefined : terminal.statusLine);
  const counter = countEvents();
  const hosts = countHosts();
  const evidence = collectRuleEvidence(rules);
  const { chains, summary, duplicates } = await correlateInputs(inputs, filter, { windowMs }, (record) => {
    counter.add(record);
    hosts.add(record);
    evidence.add(record);
  });
  progress.stop();
  inputs.finish();
  const stats = operationStats();
  for (const chain of chains) stats.add(chain);

  const analyzed: Report = {
    tool,
    generatedAt: new Date(),
    hosts: hosts.result(),
    redacted: false,
    inputs: inputs.opened.map((input) => input.summary),
    unreadable: inputs.unreadable.map((error) => ({ path: error.file, message: error.message })),
    events: counter.result(),
    operations: { stats: stats.result(summary), windowMs, duplicates },
    findings: evidence.findings(chains),
    chains,
  };
  const report = key === undefined ? analyzed : redactReport(analyzed, key);
  await writeReport(report, output, { lang, zone: displayZone ?? defaultDisplayZone(analyzed.inputs) }, io);

  if (inputs.unreadable.length > 0) return EXIT.unreadable;
  return (report.findings ?? []).some((finding) => atOrAbove(finding, failOn)) ? EXIT.findings : EXIT.clean;
}
