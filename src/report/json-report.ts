// Report: the JSON report of DESIGN.md's contract as a plain object; schema/report.schema.json describes it.

import type { Lang } from '../i18n/lang.js';
import type { EventRecord } from '../record.js';
import type { Finding } from '../rules/types.js';
import { chainToJson } from './chains.js';
import type { Report } from './model.js';

/** Raised when a field changes meaning or is removed; new fields do not raise it. */
export const REPORT_SCHEMA_VERSION = 1;

/** A record as evidence: enough to find it again (time, event, record id, file and offset), not its whole message. */
function evidenceToJson(record: EventRecord): Record<string, unknown> {
  const json: Record<string, unknown> = { time: record.time.toISOString(), source: record.source, eventId: record.eventId, level: record.level };
  if (record.recordId !== undefined) json.recordId = record.recordId;
  if (record.trackingId !== undefined) json.trackingId = record.trackingId;
  if (record.user !== undefined) json.user = record.user;
  if (record.errorCodes.length > 0) json.errorCodes = record.errorCodes;
  json.origin = record.origin;
  return json;
}

export function findingToJson(finding: Finding, lang: Lang): Record<string, unknown> {
  const json: Record<string, unknown> = {
    rule: finding.rule,
    diagnosis: finding.diagnosis,
    severity: finding.severity,
    category: finding.category,
    title: finding.title[lang],
    explanation: finding.explanation[lang],
  };
  if (finding.group !== undefined) json.group = finding.group;
  Object.assign(json, {
    count: finding.count,
    first: finding.first.toISOString(),
    last: finding.last.toISOString(),
    users: finding.users,
    chains: finding.chains,
    evidence: finding.evidence.map(evidenceToJson),
    evidenceTotal: finding.evidenceTotal,
    remediation: finding.remediation.map((step) => step[lang]),
    references: finding.references,
  });
  return json;
}

function inputToJson(input: Report['inputs'][number]): Record<string, unknown> {
  const json: Record<string, unknown> = {
    path: input.path,
    format: input.format,
    encoding: input.encoding,
    records: input.records,
    kept: input.kept,
    skipped: input.skipped,
    errors: input.issues.map((issue) => ({ message: issue.message, origin: { file: issue.file, line: issue.line, offset: issue.offset } })),
  };
  if (input.localTime !== undefined) json.localTime = input.localTime;
  if (input.notices !== undefined && input.notices.length > 0) json.notices = input.notices;
  return json;
}

export function reportToJson(report: Report, lang: Lang): Record<string, unknown> {
  const { events } = report;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: report.tool,
    generatedAt: report.generatedAt.toISOString(),
    lang,
    redacted: report.redacted,
    hosts: report.hosts,
    inputs: report.inputs.map(inputToJson),
    unreadable: report.unreadable,
    chains: (report.chains ?? []).map(chainToJson),
    findings: (report.findings ?? []).map((finding) => findingToJson(finding, lang)),
    stats: {
      events: events.total,
      ...(events.first !== undefined && { first: events.first.toISOString() }),
      ...(events.last !== undefined && { last: events.last.toISOString() }),
      byEvent: events.counts.map((count) => ({
        source: count.source,
        eventId: count.eventId,
        level: count.level,
        count: count.count,
        first: count.first.toISOString(),
        last: count.last.toISOString(),
      })),
      ...(report.operations !== undefined && { operations: report.operations.stats, windowMs: report.operations.windowMs, duplicates: report.operations.duplicates }),
    },
  };
}
