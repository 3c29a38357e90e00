// CLI: `writeback-doctor analyze` reads the exports and prints the verdict.

import { countEvents } from '../correlate/event-counts.js';
import { extract } from '../extract/extract.js';
import { filterRecords } from '../filter/records.js';
import type { Level } from '../record.js';
import type { Report, ToolInfo } from '../report/model.js';
import { renderText } from '../report/text.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import type { Io } from './io.js';
import { parseRecordFilter, parseSources } from './options.js';

export interface AnalyzeOptions {
  source?: string[];
  since?: string;
  until?: string;
  failOn: string;
}

/** DESIGN.md's severities, most severe first; `none` never fails. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info', 'none'] as const;
type Severity = (typeof SEVERITIES)[number];

const SEVERITY_OF_LEVEL: Record<Level, Severity> = { critical: 'critical', error: 'error', warning: 'warning', information: 'info', verbose: 'info' };

function parseFailOn(value: string): Severity {
  const severity = SEVERITIES.find((candidate) => candidate === value.toLowerCase());
  if (severity === undefined) throw new UsageError(`--fail-on "${value}" is not one of: ${SEVERITIES.join(', ')}`);
  return severity;
}

function atOrAbove(level: Level, threshold: Severity): boolean {
  return threshold !== 'none' && SEVERITIES.indexOf(SEVERITY_OF_LEVEL[level]) <= SEVERITIES.indexOf(threshold);
}

export async function runAnalyze(files: string[], options: AnalyzeOptions, tool: ToolInfo, io: Io): Promise<ExitCode> {
  const failOn = parseFailOn(options.failOn);
  const filter = parseRecordFilter(options);
  const inputs = await openInputs(files, parseSources(options.source), io);
  // Nothing readable: the one-line errors already said why; a verdict of nothing would mislead.
  if (inputs.opened.length === 0) return EXIT.unreadable;

  const counter = countEvents();
  for await (const record of extract(filterRecords(inputs.records(), filter))) counter.add(record);
  inputs.finish();

  const report: Report = {
    tool,
    inputs: inputs.opened.map((input) => input.summary),
    unreadable: inputs.unreadable.map((error) => ({ path: error.file, message: error.message })),
    events: counter.result(),
  };
  await io.out(renderText(report, { zone: 'UTC' }));

  if (inputs.unreadable.length > 0) return EXIT.unreadable;
  return report.events.counts.some((count) => atOrAbove(count.level, failOn)) ? EXIT.findings : EXIT.clean;
}
