// CLI: parses the option values several commands share into what the stages take.

import { DAY_MONTH_ORDERS, DEFAULT_SOURCES, sourceFilter, type DateOrder, type LocalTimeOptions, type SourceFilter } from '../ingest/types.js';
import { isKnownZone } from '../ingest/zone-time.js';
import type { RecordFilter } from '../filter/records.js';
import { UsageError } from './exit-codes.js';

/** `--source PasswordResetService,ADSync --source "Directory Synchronization"`; `all` keeps every provider. */
export function parseSources(values: readonly string[] | undefined): SourceFilter {
  if (values === undefined || values.length === 0) return sourceFilter(DEFAULT_SOURCES);
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  if (names.some((name) => name.toLowerCase() === 'all')) return sourceFilter('all');
  if (names.length === 0) throw new UsageError('--source needs at least one provider name (or "all")');
  return sourceFilter(names);
}

export function parseEventIds(values: readonly string[] | undefined): ReadonlySet<number> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const ids = new Set<number>();
  for (const part of values.flatMap((value) => value.split(','))) {
    const text = part.trim();
    if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`--id "${part}" is not an event id (a number from 0 to 65535)`);
    ids.add(Number(text));
  }
  return ids;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/** `2024-03-05`, `2024-03-05T09:30`, `2024-03-05 09:30:00Z`, `2024-03-05T18:30+09:00`; no zone means UTC. */
export function parseInstant(option: string, value: string): Date {
  const text = value.trim();
  let iso: string | undefined;
  if (DATE_ONLY.test(text)) iso = `${text}T00:00:00Z`;
  else {
    const match = DATE_TIME.exec(text);
    if (match !== null) iso = `${match[1]}T${match[2]}${(match[3] ?? 'Z').toUpperCase()}`;
  }
  const time = iso === undefined ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(time)) {
    throw new UsageError(`${option} "${value}" is not a date: use e.g. 2024-03-05, 2024-03-05T09:30 (UTC) or 2024-03-05T18:30+09:00`);
  }
  return new Date(time);
}

export function parseRecordFilter(options: { id?: string[]; since?: string; until?: string }): RecordFilter {
  const filter: RecordFilter = {};
  const eventIds = parseEventIds(options.id);
  if (eventIds !== undefined) filter.eventIds = eventIds;
  if (options.since !== undefined) filter.since = parseInstant('--since', options.since);
  if (options.until !== undefined) filter.until = parseInstant('--until', options.until);
  if (filter.since !== undefined && filter.until !== undefined && filter.since >= filter.until) {
    throw new UsageError('--since must be earlier than --until');
  }
  return filter;
}

/** Commander collector for options that may be given several times. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--tz Asia/Tokyo`: the zone a CSV or text export was made in; any IANA zone name (or offset) the runtime knows. */
export function parseZone(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const zone = value.trim();
  if (!isKnownZone(zone)) throw new UsageError(`${option} "${value}" is not a time zone: use an IANA name such as Asia/Tokyo, Europe/Berlin, America/New_York or UTC`);
  return zone;
}

/** `--date-order dmy`: how to read numeric dates whose day and month could be swapped. */
export function parseDateOrder(value: string | undefined): DateOrder | undefined {
  if (value === undefined) return undefined;
  const order = DAY_MONTH_ORDERS.find((candidate) => candidate === value.trim().toLowerCase());
  if (order === undefined) throw new UsageError(`--date-order "${value}" is not one of: ${DAY_MONTH_ORDERS.join(', ')}`);
  return order;
}

/** `--tz` and `--date-order`, as ingest takes them. */
export function parseLocalTime(options: { tz?: string; dateOrder?: string }): LocalTimeOptions {
  const local: LocalTimeOptions = {};
  const zone = parseZone('--tz', options.tz);
  if (zone !== undefined) local.zone = zone;
  const order = parseDateOrder(options.dateOrder);
  if (order !== undefined) local.dateOrder = order;
  return local;
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(?:([KMGT])(?:i?B)?|B)?$/i;
const UNITS: Readonly<Record<string, number>> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** `--max-uncompressed 8G`: the most a .gz or .zip input may expand to (K, M, G, T count in 1024s). */
export function parseMaxUncompressed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = SIZE.exec(value.trim());
  const bytes = match === null ? Number.NaN : Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? 1);
  if (!Number.isFinite(bytes) || bytes < 1) throw new UsageError(`--max-uncompressed "${value}" is not a size: use e.g. 500M, 4G or 16G`);
  return Math.floor(bytes);
}
