// Ingest: tells which CSV or text export a file is, and in which Windows language, from its first lines.

import { parse } from 'csv-parse/sync';
import { closestExport } from './closest-export.js';
import { eventViewerCsvReader } from './csv-eventviewer.js';
import { GET_EVENTLOG, GET_WINEVENT, powerShellCsvReader, type PowerShellColumns } from './csv-powershell.js';
import { readDateText } from './local-date.js';
import { ENGLISH_OTHER, LOCALES, localesOfLevelName, normalizeWord, type WindowsLocale } from './locales.js';
import { eventViewerDetailsReader } from './text-details.js';
import { formatListReader } from './text-format-list.js';
import { eventViewerTabReader } from './text-tab.js';
import { WEVTUTIL_EVENT_START, wevtutilTextReader } from './text-wevtutil.js';
import type { InputFormat, Reader } from './types.js';

export interface DetectedText {
  format: InputFormat;
  reader: Reader;
  /** The Windows language detected, when the export shows one. */
  locale?: string;
}

export interface RejectedText {
  reason: string;
  line?: number;
}

/** `Level,Date and Time,…` or `"Message","Id",…`: the delimiter is the one the first line uses most. */
const DELIMITERS = [',', ';', '\t'] as const;
/** `  Level: Information` of wevtutil /f:text. */
const WEVTUTIL_LEVEL = /^ {2}Level: (.+)$/gm;
/** `TimeCreated  : …`: a Format-List property line. */
const FORMAT_LIST_PROPERTY = /^([A-Za-z][A-Za-z0-9]*) * : ?(.*)$/;
const FORMAT_LIST_NEEDS = ['TimeCreated', 'ProviderName', 'Id'];
/** The date line of Event Viewer's details text (any label), for the en-US / other English decision. */
const LABEL_VALUE = /^([^:：]{1,40}?)\s*[:：]\s?(.*)$/;
/** Windows PowerShell's first line: `#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord`, `#TYPE Selected.…`. */
const POWERSHELL_TYPE_LINE = /^#TYPE\s/;
/** An event id as every export writes it. */
const EVENT_ID = /^\d{1,5}$/;
const CR_AT_END = /\r$/;
/** The meridiem words that only one of the languages writes: 上午/下午 (zh-TW), 오전/오후 (ko-KR). */
const ZH_TW_MERIDIEM = /[上下]午/;
const KO_KR_MERIDIEM = /오[전후]/;

function lines(head: string): string[] {
  const all = head.split('\n').map((line) => line.replace(CR_AT_END, ''));
  // The last line may be cut by the end of the head.
  if (all.length > 1) all.pop();
  return all;
}

/** en-US and the other English cultures share every word; only en-US writes AM/PM. */
function refineEnglish(locale: WindowsLocale, sampleDate: string | undefined): WindowsLocale {
  if (locale.id !== 'en-US' || sampleDate === undefined) return locale;
  const date = readDateText(sampleDate);
  return date !== undefined && date.meridiem === undefined ? ENGLISH_OTHER : locale;
}

/** The language whose level names the most of `names` are, table order breaking ties; undefined if none. */
function localeOfLevelNames(names: readonly string[]): WindowsLocale | undefined {
  const votes = new Map<WindowsLocale, number>();
  for (const name of names) for (const locale of localesOfLevelName(name)) votes.set(locale, (votes.get(locale) ?? 0) + 1);
  let best: WindowsLocale | undefined;
  for (const locale of LOCALES) if ((votes.get(locale) ?? 0) > (best === undefined ? 0 : (votes.get(best) ?? 0))) best = locale;
  return best;
}

/** Only meridiem words show a language in Format-List and Get-EventLog dates: 上午 zh-TW, 오전 ko-KR. */
function localeOfDate(text: string | undefined): WindowsLocale | undefined {
  if (text === undefined) return undefined;
  const id = ZH_TW_MERIDIEM.test(text) ? 'zh-TW' : KO_KR_MERIDIEM.test(text) ? 'ko-KR' : undefined;
  return LOCALES.find((locale) => locale.id === id);
}

function csvRows(text: string, delimiter: string): string[][] {
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, to: 200 }) as string[][];
}

function detectWevtutil(head: string): DetectedText {
  const levels = [...head.matchAll(WEVTUTIL_LEVEL)].map((match) => (match[1] ?? '').trim());
  const locale = localeOfLevelNames(levels);
  return { format: 'text-wevtutil', reader: wevtutilTextReader(locale), ...(locale === undefined ? {} : { locale: locale.id }) };
}

function detectDetails(first: string, rest: readonly string[]): DetectedText | undefined {
  const label = LABEL_VALUE.exec(first)?.[1];
  if (label === undefined) return undefined;
  const found = LOCALES.find((locale) => normalizeWord(locale.details.logName) === normalizeWord(label));
  if (found === undefined) return undefined;
  const dateLine = rest.map((line) => LABEL_VALUE.exec(line)).find((match) => match !== null && normalizeWord(match[1] ?? '') === normalizeWord(found.details.date));
  const locale = refineEnglish(found, dateLine?.[2]);
  return { format: 'text-eventviewer', reader: eventViewerDetailsReader(locale), locale: locale.id };
}

/** The first object's properties: up to the first name seen twice (a message may hold blank lines). */
function detectFormatList(lines: readonly string[]): DetectedText | undefined {
  const values = new Map<string, string>();
  for (const line of lines.slice(0, 200)) {
    const property = line.startsWith(' ') ? null : FORMAT_LIST_PROPERTY.exec(line);
    if (property === null) continue;
    if (values.has(property[1] ?? '')) break;
    values.set(property[1] ?? '', (property[2] ?? '').trim());
  }
  if (!FORMAT_LIST_NEEDS.every((name) => values.has(name))) return undefined;
  const levelName = values.get('LevelDisplayName');
  const locale = (levelName === undefined ? undefined : localeOfLevelNames([levelName])) ?? localeOfDate(values.get('TimeCreated'));
  return { format: 'text-format-list', reader: formatListReader(locale), ...(locale === undefined ? {} : { locale: locale.id }) };
}

function powerShellMatch(header: readonly string[], columns: PowerShellColumns): { missing: string[]; known: number } {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  const needed = [columns.source, columns.time, columns.message, columns.eventId, ...columns.level];
  const missing = needed.filter((name) => !names.has(name.toLowerCase()) && !(name === columns.eventId && columns.instanceId !== undefined && names.has(columns.instanceId.toLowerCase())));
  const known = [...needed, columns.recordId, columns.computer].filter((name) => names.has(name.toLowerCase())).length;
  // Get-WinEvent needs one of Level and LevelDisplayName, not both.
  const levelMissing = columns.level.filter((name) => missing.includes(name));
  return { missing: levelMissing.length < columns.level.length ? missing.filter((name) => !columns.level.includes(name)) : missing, known };
}

/** `all` starts at the file's first non-blank line, `skipped` lines below its start. */
function detectCsv(all: readonly string[], skipped: number): DetectedText | RejectedText | undefined {
  const typeLine = POWERSHELL_TYPE_LINE.test(all[0] ?? '') ? 1 : 0;
  const headerLines = skipped + typeLine + 1;
  const headerLine = all[typeLine] ?? '';
  const delimiter = DELIMITERS.reduce((best, candidate) => (headerLine.split(candidate).length > headerLine.split(best).length ? candidate : best));
  const rows = csvRows(all.slice(typeLine).join('\n'), delimiter);
  const header = rows[0] ?? [];
  const sample = rows[1];

  const named = normalizeWord(header.slice(0, 5).join('\u0000'));
  const eventViewer = LOCALES.find((locale) => normalizeWord(locale.csvHeader.join('\u0000')) === named);
  if (eventViewer !== undefined) {
    const locale = refineEnglish(eventViewer, sample?.[1]);
    return { format: 'csv-eventviewer', reader: eventViewerCsvReader(locale, delimiter, headerLines), locale: locale.id };
  }

  for (const [columns, format] of [[GET_WINEVENT, 'csv-get-winevent'], [GET_EVENTLOG, 'csv-get-eventlog']] as const) {
    const match = powerShellMatch(header, columns);
    if (match.missing.length === 0) {
      const at = header.findIndex((name) => name === 'LevelDisplayName');
      const time = header.findIndex((name) => name.toLowerCase() === columns.time.toLowerCase());
      const levelNames = at === -1 ? [] : rows.slice(1).map((row) => row[at] ?? '');
      const named = localeOfLevelNames(levelNames);
      const sampleTime = sample?.[time];
      const locale = named === undefined ? localeOfDate(sampleTime) : refineEnglish(named, sampleTime);
      return { format, reader: powerShellCsvReader(columns, locale, delimiter, header, headerLines), ...(locale === undefined ? {} : { locale: locale.id }) };
    }
    if (match.known >= 3) {
      return { reason: `a PowerShell ${columns.command} | Export-Csv file without the column${match.missing.length === 1 ? '' : 's'} ${match.missing.join(', ')} it needs (export without Select-Object, or select them too)`, line: typeLine + 1 };
    }
  }

  // Save As → Text (Tab delimited): no header (or a localized one), seven fields, a level name first.
  const tabRows = csvRows(all.slice(0, 20).join('\n'), '\t');
  const tabRow = tabRows.find((row) => row.length >= 7 && EVENT_ID.test(row[4] ?? ''));
  if (delimiter === '\t' && tabRow !== undefined) {
    const found = localeOfLevelNames(csvRows(all.join('\n'), '\t').map((row) => row[0] ?? ''));
    if (found !== undefined) {
      const locale = refineEnglish(found, `${tabRow[1] ?? ''} ${tabRow[2] ?? ''}`);
      const headerLines = tabRows[0] === tabRow ? skipped : skipped + 1;
      return { format: 'text-eventviewer-tab', reader: eventViewerTabReader(locale, headerLines), locale: locale.id };
    }
  }
  return undefined;
}

/**
 * Recognizes the CSV and text exports of Event Viewer, PowerShell and wevtutil from the decoded
 * start of a file. Undefined for XML, which the XML detection handles; otherwise a reader, or the
 * reason the file is no export we read, naming the export its first line is closest to.
 */
export function detectTextExport(head: string): DetectedText | RejectedText | undefined {
  const all = lines(head.length > 0 && !head.includes('\n') ? `${head}\n` : head);
  const firstIndex = all.findIndex((line) => line.trim() !== '');
  const first = all[firstIndex] ?? '';
  if (first.trimStart().startsWith('<')) return undefined;

  if (WEVTUTIL_EVENT_START.test(first)) return detectWevtutil(head);
  const details = detectDetails(first, all.slice(firstIndex + 1, firstIndex + 12));
  if (details !== undefined) return details;
  const formatList = detectFormatList(all.slice(firstIndex));
  if (formatList !== undefined) return formatList;
  const csv = detectCsv(all.slice(firstIndex), firstIndex);
  if (csv !== undefined) return 'line' in csv && csv.line !== undefined ? { ...csv, line: csv.line + firstIndex } : csv;

  const closest = closestExport(first);
  const shown = first.length > 80 ? `${first.slice(0, 77)}…` : first;
  return {
    reason: `not an export this tool reads: its first line "${shown}" matches none; the closest is ${closest.name}, whose first line is "${closest.line.length > 100 ? `${closest.line.slice(0, 97)}…` : closest.line}"`,
    line: firstIndex + 1,
  };
}
