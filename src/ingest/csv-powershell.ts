// Ingest: reads PowerShell's `Get-WinEvent | Export-Csv` and `Get-EventLog | Export-Csv`, columns found by name.

import { levelFromNumber, type Level } from '../record.js';
import { readCsvRowBatches } from './csv-rows.js';
import { localExportReader, type EntryReader } from './local-export.js';
import { levelOfAnyName, levelOfName, type WindowsLocale } from './locales.js';
import { lossyTextCheck } from './lossy-ascii.js';
import { recoverMissingDescription } from './missing-description.js';
import { isWanted, type Reader } from './types.js';

/** The columns a reader needs, by the property names PowerShell writes as the header. */
export interface PowerShellColumns {
  /** `Get-WinEvent` or `Get-EventLog`, as users know the command. */
  command: string;
  eventId: string;
  source: string;
  time: string;
  message: string;
  /** Where the level is read from, in order of preference. */
  level: readonly string[];
  recordId: string;
  computer: string;
  /** Get-EventLog's `InstanceId`: the event id in its low 16 bits, where `EventID` is missing. */
  instanceId?: string;
}

/** EventLogRecord's properties: `Level` is the number, `LevelDisplayName` its localized name. */
export const GET_WINEVENT: PowerShellColumns = {
  command: 'Get-WinEvent',
  eventId: 'Id',
  source: 'ProviderName',
  time: 'TimeCreated',
  message: 'Message',
  level: ['Level', 'LevelDisplayName'],
  recordId: 'RecordId',
  computer: 'MachineName',
};

/** EventLogEntry's properties: `EntryType` is always English; `Index` is the record id. */
export const GET_EVENTLOG: PowerShellColumns = {
  command: 'Get-EventLog',
  eventId: 'EventID',
  source: 'Source',
  time: 'TimeGenerated',
  message: 'Message',
  level: ['EntryType'],
  recordId: 'Index',
  computer: 'MachineName',
  instanceId: 'InstanceId',
};

/** EventLogEntryType names; `0` is how classic events logged with level 0 come out; a failed audit counts as a warning. */
const ENTRY_TYPES: ReadonlyMap<string, Level> = new Map([
  ['error', 'error'], ['warning', 'warning'], ['information', 'information'], ['0', 'information'],
  ['successaudit', 'information'], ['failureaudit', 'warning'],
]);

const NUMBER = /^\d+$/;

function levelOf(name: string, value: string, locale: WindowsLocale | undefined): Level | undefined {
  if (value === '') return name === 'LevelDisplayName' ? undefined : 'information';
  if (name === 'Level') return NUMBER.test(value) ? levelFromNumber(Number(value)) : undefined;
  if (name === 'EntryType') return ENTRY_TYPES.get(value.toLowerCase());
  return (locale === undefined ? undefined : levelOfName(locale, value)) ?? levelOfAnyName(value);
}

/** Where each needed column is, found once from the header row. */
interface ColumnIndex {
  width: number;
  source: number | undefined;
  eventId: number | undefined;
  instanceId: number | undefined;
  time: number | undefined;
  message: number | undefined;
  recordId: number | undefined;
  computer: number | undefined;
  levelDisplayName: number | undefined;
  levels: readonly { name: string; at: number }[];
}

function indexColumns(header: readonly string[], columns: PowerShellColumns): ColumnIndex {
  const byName = new Map(header.map((name, at) => [name.trim().toLowerCase(), at]));
  const find = (name: string | undefined): number | undefined => (name === undefined ? undefined : byName.get(name.toLowerCase()));
  return {
    width: header.length,
    source: find(columns.source),
    eventId: find(columns.eventId),
    instanceId: find(columns.instanceId),
    time: find(columns.time),
    message: find(columns.message),
    recordId: find(columns.recordId),
    computer: find(columns.computer),
    levelDisplayName: find('LevelDisplayName'),
    levels: columns.level.flatMap((name) => {
      const at = find(name);
      return at === undefined ? [] : [{ name, at }];
    }),
  };
}

const field = (fields: readonly string[], at: number | undefined): string => (at === undefined ? '' : (fields[at] ?? ''));

/**
 * Reads the rows below the header (`headerLines`: the lines up to and including it, a `#TYPE`
 * line too), finding the columns by the names of `header`.
 */
export function powerShellCsvReader(columns: PowerShellColumns, locale: WindowsLocale | undefined, delimiter: string, header: readonly string[], headerLines: number): Reader {
  const at = indexColumns(header, columns);
  const readEntries: EntryReader = async function* (text, context) {
    const lossy = lossyTextCheck(context);
    const skip = (line: number, offset: number, message: string): void => context.onIssue({ file: context.file, line, offset, message });
    for await (const rows of readCsvRowBatches(text, { delimiter, sniffed: context.sniffed, leadingLines: headerLines, onBadRow: skip })) for (const { fields, line, offset } of rows) {
      const source = field(fields, at.source);
      if (source === columns.source) {
        skip(line, offset, 'a second header line was skipped (two exports joined into one file?)');
        continue;
      }
      context.onEventSeen();
      if (fields.length < at.width) {
        skip(line, offset, `a row of ${fields.length} fields was skipped (its header names ${at.width})`);
        continue;
      }
      if (!isWanted(context.filter, source)) continue;

      const idText = field(fields, at.eventId);
      const instance = field(fields, at.instanceId);
      const eventId = NUMBER.test(idText) ? Number(idText) : NUMBER.test(instance) ? Number(instance) % 65536 : undefined;
      if (eventId === undefined) {
        skip(line, offset, `a row whose ${columns.eventId} is "${idText}" was skipped`);
        continue;
      }
      let level: Level | undefined;
      for (const column of at.levels) {
        level = levelOf(column.name, field(fields, column.at).trim(), locale);
        if (level !== undefined) break;
      }
      if (level === undefined) {
        const shown = at.levels.map((column) => `${column.name} "${field(fields, column.at)}"`).join(', ');
        skip(line, offset, `a row whose level (${shown}) is unknown was skipped`);
        continue;
      }
      const message = field(fields, at.message);
      lossy(line, message, field(fields, at.levelDisplayName));
      const recordId = field(fields, at.recordId);
      const computer = field(fields, at.computer);
      yield {
        source,
        eventId,
        level,
        time: field(fields, at.time),
        message: recoverMissingDescription(message.trimEnd(), eventId, source),
        line,
        offset,
        ...(NUMBER.test(recordId) ? { recordId: Number(recordId) } : {}),
        ...(computer !== '' ? { computer } : {}),
      };
    }
  };
  return localExportReader(readEntries, locale);
}
