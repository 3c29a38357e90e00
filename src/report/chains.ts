// Report: chains (operations and service incidents) as a table for people, JSON Lines and CSV for other tools.

import type { Chain } from '../correlate/types.js';
import type { EventRecord } from '../record.js';
import { neutralizeCell } from './csv-cell.js';
import { csvText } from './csv-text.js';
import { formatSpan, formatTime } from './time.js';

/** One event of a chain as evidence: where it was read and what it said. */
function eventToJson(record: EventRecord): Record<string, unknown> {
  const json: Record<string, unknown> = { source: record.source, eventId: record.eventId, level: record.level, time: record.time.toISOString() };
  if (record.recordId !== undefined) json.recordId = record.recordId;
  if (record.computer !== undefined) json.computer = record.computer;
  if (record.trackingId !== undefined) json.trackingId = record.trackingId;
  if (record.errorCodes.length > 0) json.errorCodes = record.errorCodes;
  json.message = record.message;
  json.origin = record.origin;
  return json;
}

/** A chain as one JSON object: times in ISO 8601 UTC, empty fields left out. */
export function chainToJson(chain: Chain): Record<string, unknown> {
  const json: Record<string, unknown> = { id: chain.id, kind: chain.kind, outcome: chain.outcome };
  if (chain.incompleteReason !== undefined) json.incompleteReason = chain.incompleteReason;
  if (chain.orphanResult !== undefined) json.orphanResult = chain.orphanResult;
  if (chain.pairedBy !== undefined) json.pairedBy = chain.pairedBy;
  if (chain.trackingId !== undefined) json.trackingId = chain.trackingId;
  if (chain.user !== undefined) json.user = chain.user;
  if (chain.adminUpn !== undefined) json.adminUpn = chain.adminUpn;
  if (chain.computer !== undefined) json.computer = chain.computer;
  json.start = chain.start.toISOString();
  json.end = chain.end.toISOString();
  json.durationMs = chain.durationMs;
  if (chain.cause !== undefined) json.cause = eventToJson(chain.cause);
  json.events = chain.events.map(eventToJson);
  json.context = chain.context.map(({ record, reason }) => ({ reason, ...eventToJson(record) }));
  return json;
}

export const CHAIN_CSV_COLUMNS = [
  'id',
  'kind',
  'outcome',
  'incompleteReason',
  'orphanResult',
  'start',
  'end',
  'durationMs',
  'trackingId',
  'upn',
  'dn',
  'cloudAnchor',
  'adminUpn',
  'computer',
  'pairedBy',
  'events',
  'recordIds',
  'causeSource',
  'causeEventId',
  'causeErrorCodes',
  'context',
  'file',
  'line',
] as const;

export function chainCsvHeader(): string {
  return csvText([[...CHAIN_CSV_COLUMNS]]);
}

export function chainToCsvRow(chain: Chain): string {
  const first = chain.events[0];
  const row = [
    chain.id,
    chain.kind,
    chain.outcome,
    chain.incompleteReason ?? '',
    chain.orphanResult ?? '',
    chain.start.toISOString(),
    chain.end.toISOString(),
    String(chain.durationMs),
    chain.trackingId ?? '',
    chain.user?.upn ?? '',
    chain.user?.dn ?? '',
    chain.user?.cloudAnchor ?? '',
    chain.adminUpn ?? '',
    chain.computer ?? '',
    chain.pairedBy ?? '',
    chain.events.map((event) => event.eventId).join(' '),
    chain.events.map((event) => (event.recordId === undefined ? '' : String(event.recordId))).join(' '),
    chain.cause?.source ?? '',
    chain.cause === undefined ? '' : String(chain.cause.eventId),
    chain.cause?.errorCodes.join(' ') ?? '',
    chain.context.map(({ record, reason }) => `${record.eventId}:${reason}`).join(' '),
    first?.origin.file ?? '',
    first === undefined ? '' : String(first.origin.line),
  ].map(neutralizeCell);
  return csvText([row]);
}

const OUTCOME_LABEL: Record<string, string> = {
  'no-outcome-in-window': 'incomplete (window passed)',
  'log-ended': 'incomplete (log ended)',
};

function outcomeLabel(chain: Chain): string {
  if (chain.outcome === 'incomplete') return OUTCOME_LABEL[chain.incompleteReason ?? 'log-ended'] ?? chain.outcome;
  if (chain.outcome === 'orphan-outcome') return `orphan (${chain.orphanResult ?? 'outcome'})`;
  return chain.outcome;
}

function who(chain: Chain): string {
  return chain.user?.upn ?? chain.user?.cloudAnchor ?? chain.user?.dn ?? (chain.kind === 'service' ? '(service)' : '');
}

function what(chain: Chain): string {
  const ids = chain.events.length > 6 ? `${chain.events.length} events` : chain.events.map((event) => event.eventId).join(' ');
  return chain.context.length === 0 ? ids : `${ids} +${chain.context.length} context`;
}

function because(chain: Chain): string {
  const cause = chain.cause;
  if (cause === undefined) return '';
  const code = cause.errorCodes[0];
  return code === undefined ? `${cause.eventId}` : `${cause.eventId} ${code}`;
}

const TABLE_HEADER = ['START', 'KIND', 'OUTCOME', 'DURATION', 'USER', 'EVENTS', 'CAUSE', 'TRACKING ID'];
const WIDTHS = [23, 12, 27, 10, 32, 24, 17];

function tableLine(cells: readonly string[]): string {
  return cells.map((cell, at) => (at === 3 ? cell.padStart((WIDTHS[at] ?? 0) - 2).padEnd(WIDTHS[at] ?? 0) : cell.padEnd(WIDTHS[at] ?? 0))).join(' ').trimEnd();
}

export function chainTableHeader(zone: string): string {
  const header = [...TABLE_HEADER];
  header[0] = `START (${zone})`;
  return `${tableLine(header)}\n`;
}

/** One line per chain; times in `zone` without the zone name (the header says it). */
export function chainToTableRow(chain: Chain, zone: string): string {
  const start = formatTime(chain.start, zone).slice(0, 19);
  // Without both ends the span measures nothing.
  const span = chain.outcome === 'incomplete' || chain.outcome === 'orphan-outcome' ? '' : formatSpan(chain.durationMs);
  return `${tableLine([start, chain.kind, outcomeLabel(chain), span, who(chain), what(chain), because(chain), chain.trackingId ?? ''])}\n`;
}
