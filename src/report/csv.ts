// Report: `--format csv`, three files for a spreadsheet: the findings, the chains and the events they stand on.

import { CHAIN_CSV_COLUMNS, chainToCsvRow } from './chains.js';
import { neutralizeCell } from './csv-cell.js';
import { csvText } from './csv-text.js';
import type { Report } from './model.js';
import { RECORD_CSV_COLUMNS, recordCsvCells } from './records.js';
import { referencedEvents } from './referenced-events.js';
import type { RenderedFile, RenderOptions } from './render.js';

/**
 * Excel takes a CSV without a byte-order mark for the ANSI code page of its Windows, so Japanese or
 * Chinese text would turn to mojibake; with the mark it reads UTF-8 on every Windows.
 */
const BOM = '\uFEFF';

/** The column names are the JSON report's field names, in every language, so scripts and joins survive --lang. */
export const FINDING_CSV_COLUMNS = [
  'severity',
  'diagnosis',
  'rule',
  'category',
  'title',
  'group',
  'count',
  'first',
  'last',
  'users',
  'chains',
  'evidenceTotal',
  'evidenceRecordIds',
  'explanation',
  'remediation',
  'references',
] as const;

export const EVENT_CSV_COLUMNS = [...RECORD_CSV_COLUMNS, 'chains', 'diagnoses'] as const;

function findingsCsv(report: Report, options: RenderOptions): string {
  const rows = (report.findings ?? []).map((finding) =>
    [
      finding.severity,
      finding.diagnosis,
      finding.rule,
      finding.category,
      finding.title[options.lang],
      finding.group ?? '',
      String(finding.count),
      finding.first.toISOString(),
      finding.last.toISOString(),
      finding.users.join(' '),
      finding.chains.join(' '),
      String(finding.evidenceTotal),
      finding.evidence.map((record) => (record.recordId === undefined ? '' : String(record.recordId))).join(' '),
      finding.explanation[options.lang],
      // Numbered lines in one cell: Excel shows them as the ordered steps they are.
      finding.remediation.map((step, index) => `${index + 1}. ${step[options.lang]}`).join('\n'),
      finding.references.join('\n'),
    ].map(neutralizeCell),
  );
  return csvText([[...FINDING_CSV_COLUMNS], ...rows]);
}

function chainsCsv(report: Report): string {
  return csvText([[...CHAIN_CSV_COLUMNS]]) + (report.chains ?? []).map(chainToCsvRow).join('');
}

function eventsCsv(report: Report): string {
  const rows = referencedEvents(report).map(({ record, chains, diagnoses }) => [...recordCsvCells(record), chains.join(' '), diagnoses.join(' ')]);
  return csvText([[...EVENT_CSV_COLUMNS], ...rows]);
}

export function render(report: Report, options: RenderOptions): RenderedFile[] {
  return [
    { part: 'findings', extension: 'csv', content: BOM + findingsCsv(report, options) },
    { part: 'chains', extension: 'csv', content: BOM + chainsCsv(report) },
    { part: 'events', extension: 'csv', content: BOM + eventsCsv(report) },
  ];
}
