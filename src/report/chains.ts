// Report: chains (operations and service incidents) as a table for people, JSON Lines and CSV for other tools.

import { CHAIN_OUTCOMES, type Chain } from '../correlate/types.js';
import { CHAIN_TABLE_WORDS, type ChainTableWords } from '../i18n/chain-table-words.js';
import type { Lang } from '../i18n/lang.js';
import { STATS_WORDS } from '../i18n/stats-words.js';
import type { EventRecord } from '../record.js';
import { neutralizeCell } from './csv-cell.js';
import { csvText } from './csv-text.js';
import { formatSpan, formatTime } from './time.js';
import { columns, padColumns } from './wrap.js';

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

/** The outcome in words: which incomplete, and what an outcome without its start said. */
export function chainOutcomeText(chain: Chain, lang: Lang): string {
  const words = STATS_WORDS[lang];
  if (chain.outcome === 'incomplete') return words.incomplete[chain.incompleteReason ?? 'log-ended'];
  if (chain.outcome === 'orphan-outcome') return words.orphanResult(words.outcomes[chain.orphanResult ?? 'success']);
  return words.outcomes[chain.outcome];
}

/** The event that explains the outcome, with its first error code: `33008 0x80230619`. */
export function chainCause(chain: Chain): string {
  const cause = chain.cause;
  if (cause === undefined) return '';
  const code = cause.errorCodes[0];
  return code === undefined ? `${cause.eventId}` : `${cause.eventId} ${code}`;
}

function who(chain: Chain, words: ChainTableWords): string {
  return chain.user?.upn ?? chain.user?.cloudAnchor ?? chain.user?.dn ?? (chain.kind === 'service' ? words.service : '');
}

function what(chain: Chain, words: ChainTableWords): string {
  const ids = chain.events.length > 6 ? words.events(chain.events.length) : chain.events.map((event) => event.eventId).join(' ');
  return chain.context.length === 0 ? ids : `${ids} ${words.context(chain.context.length)}`;
}

/**
 * Column widths in terminal columns, for the words of `lang`: the kind and outcome columns fit their
 * longest label; the others fit the usual cell, and a longer one pushes the rest of its line along.
 */
const widths = new Map<Lang, number[]>();

function tableWidths(lang: Lang): number[] {
  const known = widths.get(lang);
  if (known !== undefined) return known;
  const words = STATS_WORDS[lang];
  const widest = (labels: readonly string[]): number => Math.max(...labels.map(columns)) + 1;
  const outcomes = [...Object.values(words.outcomes), ...Object.values(words.incomplete), words.orphanResult(words.outcomes.success), words.orphanResult(words.outcomes.failure)];
  const computed = [23, widest([...Object.values(words.kinds), CHAIN_TABLE_WORDS[lang].columns.kind]), widest(outcomes), 16, 32, 24, 17];
  widths.set(lang, computed);
  return computed;
}

const DURATION = 3;

function tableLine(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, at) => {
      const width = widths[at] ?? 0;
      // The duration is a number: right-aligned, two columns from the next.
      return at === DURATION ? padColumns(' '.repeat(Math.max(0, width - 2 - columns(cell))) + cell, width) : padColumns(cell, width);
    })
    .join(' ')
    .trimEnd();
}

export function chainTableHeader(zone: string, lang: Lang): string {
  const { columns: label } = CHAIN_TABLE_WORDS[lang];
  return `${tableLine([label.start(zone), label.kind, label.outcome, label.duration, label.user, label.events, label.cause, label.trackingId], tableWidths(lang))}\n`;
}

/** One line per chain; times in `zone` without the zone name (the header says it). */
export function chainToTableRow(chain: Chain, zone: string, lang: Lang): string {
  const words = CHAIN_TABLE_WORDS[lang];
  const start = formatTime(chain.start, zone).slice(0, 19);
  // Without both ends the span measures nothing.
  const span = chain.outcome === 'incomplete' || chain.outcome === 'orphan-outcome' ? '' : formatSpan(chain.durationMs, lang);
  const cells = [start, STATS_WORDS[lang].kinds[chain.kind], chainOutcomeText(chain, lang), span, who(chain, words), what(chain, words), chainCause(chain), chain.trackingId ?? ''];
  return `${tableLine(cells, tableWidths(lang))}\n`;
}

/** The table's last line: how many of each outcome, so a long listing still reads at a glance. */
export function chainTableFooter(chains: readonly Chain[], duplicates: number, lang: Lang): string {
  const words = CHAIN_TABLE_WORDS[lang];
  const operations = chains.filter((chain) => chain.kind !== 'service');
  const outcomes = CHAIN_OUTCOMES.map((outcome) => [outcome, operations.filter((chain) => chain.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => words.outcome(outcome, count));
  let line = words.operations(operations.length, outcomes.join(words.listSeparator)) + words.incidents(chains.length - operations.length);
  if (duplicates > 0) line += words.duplicates(duplicates);
  return `\n${line}\n`;
}
