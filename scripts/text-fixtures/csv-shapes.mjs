// The CSV exports of one set of events, as Event Viewer and PowerShell write them in a given language.

import { CULTURES, dotnetTime, eventViewerTime } from './windows-cultures.mjs';

export const CRLF = '\r\n';
const WRITEBACK_LIKE = new Set(['PasswordResetService', 'ADSync', 'Directory Synchronization']);

/** Quotes a field when it must be quoted (Event Viewer), doubling inner quotes. */
function quoteIfNeeded(value, delimiter) {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** PowerShell's Export-Csv quotes every field. */
const quoted = (value) => `"${String(value).replace(/"/g, '""')}"`;

/** The message a Windows of this language renders: the writeback sources log theirs in English only. */
export function messageIn(event, culture) {
  return culture === 'ja-JP' && !WRITEBACK_LIKE.has(event.provider) ? event.ja.message : event.en.message;
}

export function taskIn(event, culture) {
  const name = culture === 'ja-JP' ? event.ja.task : event.en.task;
  return event.task === 0 || name === '' ? CULTURES[culture].none : name;
}

/**
 * Event Viewer's text when this computer lacks the provider's message file: three paragraphs,
 * then the insertion strings one per line.
 */
export function notFoundText(event, culture) {
  const paragraphs = CULTURES[culture].notFound(event.eventId, event.provider);
  return [paragraphs.join(CRLF + CRLF), '', ...event.data, ''].join(CRLF);
}

/**
 * Event Viewer → Save All Events As… → CSV: five header names, six fields a row (the message has
 * no header), local times, newest first as the view sorts them. `missingMessages`: the exporting
 * computer lacks the message files of these providers.
 */
export function eventViewerCsv(events, culture, options = {}) {
  return eventViewerCsvRows(events, culture, options).join(CRLF) + CRLF;
}

/** The header and the rows of eventViewerCsv, a row's quoted message keeping its own line breaks. */
export function eventViewerCsvRows(events, culture, { zone, delimiter = ',', missingMessages = new Set() } = {}) {
  const c = CULTURES[culture];
  const rows = [c.csvHeader.map((name) => quoteIfNeeded(name, delimiter)).join(delimiter)];
  for (const event of [...events].reverse()) {
    const message = missingMessages.has(event.provider) ? notFoundText(event, culture) : messageIn(event, culture);
    rows.push([c.levels[event.level], eventViewerTime(event.ms, culture, zone), event.provider, String(event.eventId), taskIn(event, culture), message]
      .map((field) => quoteIfNeeded(field, delimiter)).join(delimiter));
  }
  return rows;
}

const WINEVENT_COLUMNS = [
  'Message', 'Id', 'Version', 'Qualifiers', 'Level', 'Task', 'Opcode', 'Keywords', 'RecordId', 'ProviderName', 'ProviderId', 'LogName',
  'ProcessId', 'ThreadId', 'MachineName', 'UserId', 'TimeCreated', 'ActivityId', 'RelatedActivityId', 'ContainerLog', 'MatchedQueryIds',
  'Bookmark', 'LevelDisplayName', 'OpcodeDisplayName', 'TaskDisplayName', 'KeywordsDisplayNames', 'Properties',
];

/** An EventLogRecord's properties as PowerShell turns them into strings. */
export function eventLogRecord(event, culture) {
  const c = CULTURES[culture];
  return {
    Message: messageIn(event, culture),
    Id: event.eventId,
    Version: 0,
    Qualifiers: event.qualifiers ?? '',
    Level: event.level,
    Task: event.task,
    Opcode: 0,
    Keywords: BigInt.asIntN(64, BigInt(event.keywords)).toString(),
    RecordId: event.recordId,
    ProviderName: event.provider,
    ProviderId: event.providerGuid === undefined ? '' : event.providerGuid.replace(/[{}]/g, ''),
    LogName: 'Application',
    ProcessId: event.pid,
    ThreadId: event.tid,
    MachineName: event.computer,
    UserId: event.userSid ?? '',
    TimeCreated: dotnetTime(event.ms, culture),
    ActivityId: '',
    RelatedActivityId: '',
    ContainerLog: 'Application',
    MatchedQueryIds: 'System.UInt32[]',
    Bookmark: 'System.Diagnostics.Eventing.Reader.EventBookmark',
    LevelDisplayName: c.levels[event.level],
    OpcodeDisplayName: c.info,
    TaskDisplayName: event.task === 0 ? '' : taskIn(event, culture),
    KeywordsDisplayNames: 'System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]',
    Properties: 'System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]',
  };
}

/**
 * `Get-WinEvent -LogName Application | Export-Csv`: newest first (Get-WinEvent's order), every
 * field quoted, `#TYPE` first in Windows PowerShell, not in PowerShell 7; `-UseCulture` takes the
 * culture's list separator.
 */
export function getWinEventCsv(events, culture, { powershell7 = false, useCulture = false } = {}) {
  const delimiter = useCulture ? CULTURES[culture].listSeparator : ',';
  const lines = powershell7 ? [] : ['#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord'];
  lines.push(WINEVENT_COLUMNS.map(quoted).join(delimiter));
  for (const event of [...events].reverse()) {
    const record = eventLogRecord(event, culture);
    lines.push(WINEVENT_COLUMNS.map((name) => quoted(record[name])).join(delimiter));
  }
  return lines.join(CRLF) + CRLF;
}

const EVENTLOG_COLUMNS = [
  'EventID', 'MachineName', 'Data', 'Index', 'Category', 'CategoryNumber', 'EntryType', 'Message', 'Source', 'ReplacementStrings',
  'InstanceId', 'TimeGenerated', 'TimeWritten', 'UserName', 'Site', 'Container',
];
const ENTRY_TYPE = { 0: '0', 1: 'Error', 2: 'Error', 3: 'Warning', 4: 'Information', 5: 'Information' };

/**
 * `Get-EventLog -LogName Application | Export-Csv` (Windows PowerShell only): newest first,
 * `#TYPE` naming the first entry's source and instance id, English EntryType, type names where
 * values are arrays, InstanceId = qualifiers << 16 | event id.
 */
export function getEventLogCsv(events, culture, { useCulture = false } = {}) {
  const delimiter = useCulture ? CULTURES[culture].listSeparator : ',';
  const newest = [...events].reverse();
  const instanceId = (event) => (Number(event.qualifiers ?? 0) * 65536 + event.eventId).toString();
  const lines = [`#TYPE System.Diagnostics.EventLogEntry#Application/${newest[0].provider}/${instanceId(newest[0])}`];
  lines.push(EVENTLOG_COLUMNS.map(quoted).join(delimiter));
  for (const event of newest) {
    const time = dotnetTime(event.ms, culture);
    const row = {
      EventID: event.eventId, MachineName: event.computer, Data: 'System.Byte[]', Index: event.recordId,
      Category: `(${event.task})`, CategoryNumber: event.task, EntryType: ENTRY_TYPE[event.level], Message: messageIn(event, culture),
      Source: event.provider, ReplacementStrings: 'System.String[]', InstanceId: instanceId(event), TimeGenerated: time, TimeWritten: time,
      UserName: '', Site: '', Container: '',
    };
    lines.push(EVENTLOG_COLUMNS.map((name) => quoted(row[name])).join(delimiter));
  }
  return lines.join(CRLF) + CRLF;
}

/** Windows PowerShell 5.1's default Export-Csv encoding: ASCII, every other character written as "?". */
export function asciiLossy(text) {
  return text.replace(/[^\x00-\x7f]/g, '?');
}
