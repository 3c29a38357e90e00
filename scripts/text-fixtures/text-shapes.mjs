// The text exports of one set of events: Event Viewer's details text and tab-delimited text,
// wevtutil /f:text, and PowerShell's Format-List with its console wrapping.

import { prettyEventXml } from './canonical.mjs';
import { CRLF, eventLogRecord, messageIn, taskIn } from './csv-shapes.mjs';
import { CULTURES, dotnetTime, eventViewerTime, formatWall, wallClock } from './windows-cultures.mjs';

const lines = (text) => text.split(/\r?\n/);

/**
 * Event Viewer: select events, Copy → "Copy details as text", paste: per event the labelled
 * header (values aligned after the longest label), "Description:" and the message below, and
 * (`withXml`) "Event Xml:" and the pretty-printed event. Events one after another, newest first.
 */
export function eventViewerDetails(events, culture, { withXml }) {
  const c = CULTURES[culture];
  const [logName, source, date, eventId, task, level, keywords, user, computer, description, eventXml] = c.labels;
  const width = Math.max(...c.labels.slice(0, 9).map((label) => label.length)) + 2;
  const field = (label, value) => `${`${label}:`.padEnd(width)}${value}`;
  const out = [];
  for (const event of [...events].reverse()) {
    out.push(
      field(logName, 'Application'),
      field(source, event.provider),
      field(date, eventViewerTime(event.ms, culture)),
      field(eventId, String(event.eventId)),
      field(task, taskIn(event, culture)),
      field(level, c.levels[event.level]),
      field(keywords, c.classic),
      field(user, c.na),
      field(computer, event.computer),
      `${description}:`,
      ...lines(messageIn(event, culture)),
    );
    if (withXml) out.push(`${eventXml}:`, ...prettyEventXml(event.xml));
    out.push('');
  }
  return out.join(CRLF);
}

/** Tab-delimited fields: quoted when they hold a tab, a line break or a quote; inner quotes doubled. */
const tabField = (value) => (/[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Event Viewer → Save All Events As… → Text (Tab delimited): Level, Date, Time, Source, Event ID, Task Category, Description. */
export function eventViewerTab(events, culture) {
  const c = CULTURES[culture];
  const [datePattern, timePattern] = splitPattern(c.eventViewer);
  const rows = [...events].reverse().map((event) => {
    const wall = wallClock(event.ms, c.zone);
    return [c.levels[event.level], formatWall(wall, datePattern, c.designators), formatWall(wall, timePattern, c.designators), event.provider, String(event.eventId), taskIn(event, culture), messageIn(event, culture)]
      .map(tabField).join('\t');
  });
  return rows.join(CRLF) + CRLF;
}

/** `yyyy/M/d tt hh:mm:ss` → the date part and the time part (with its AM/PM designator). */
function splitPattern(pattern) {
  const space = pattern.indexOf(' ');
  return [pattern.slice(0, space), pattern.slice(space + 1)];
}

/**
 * `wevtutil qe Application /f:text`: oldest first, `Event[n]:` then two-space-indented English
 * labels with localized values, the local time as `yyyy-MM-ddTHH:mm:ss.fff`, the description on
 * the lines after `Description: `, a blank line after each event.
 */
export function wevtutilText(events, culture) {
  const c = CULTURES[culture];
  const out = [];
  events.forEach((event, index) => {
    out.push(
      `Event[${index}]:`,
      '  Log Name: Application',
      `  Source: ${event.provider}`,
      `  Date: ${formatWall(wallClock(event.ms, c.zone), 'yyyy-MM-ddTHH:mm:ss.fff')}`,
      `  Event ID: ${event.eventId}`,
      `  Task: ${event.task === 0 ? c.na : taskIn(event, culture)}`,
      `  Level: ${c.levels[event.level]}`,
      `  Opcode: ${c.info}`,
      `  Keyword: ${c.classic}`,
      `  User: ${c.na}`,
      `  User Name: ${c.na}`,
      `  Computer: ${event.computer}`,
      '  Description: ',
      ...lines(messageIn(event, culture)),
      '',
    );
  });
  return out.join(CRLF) + CRLF;
}

// ---------------------------------------------------------------------------
// Format-List: PowerShell's ListWriter pads names to the longest, writes ` : `, and wraps each
// line of a value to the console width (GenerateLines): by words in en, fr, de, it, pt, es
// (the space stays at the end of the broken line; a word longer than a line is cut), by cells
// in every other language. Wide East Asian characters take two cells.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const cellsOf = (char) => (WIDE.test(char) ? 2 : 1);
const cells = (text) => [...text].reduce((sum, char) => sum + cellsOf(char), 0);

function wrapByCells(line, width) {
  const out = [];
  let current = '';
  let used = 0;
  for (const char of line) {
    if (used + cellsOf(char) > width) {
      out.push(current);
      current = '';
      used = 0;
    }
    current += char;
    used += cellsOf(char);
  }
  out.push(current);
  return out;
}

function wrapByWords(line, width) {
  const words = line.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [''];
  const out = [];
  let current = '';
  let left = width;
  for (const word of words) {
    const size = cells(word);
    if (size > width) {
      for (const char of word) {
        if (cellsOf(char) > left) {
          out.push(current);
          current = '';
          left = width;
        }
        current += char;
        left -= cellsOf(char);
      }
    } else if (size > left) {
      out.push(current);
      current = word;
      left = width - size;
    } else {
      current += word;
      left -= size;
    }
  }
  out.push(current);
  return out;
}

function generateLines(line, width, wordWrap) {
  if (cells(line) <= width) return [line];
  return wordWrap ? wrapByWords(line, width) : wrapByCells(line, width);
}

/** One object as Format-List prints it, `properties` in order, for a console `columns` wide. */
function listBlock(values, properties, columns, wordWrap) {
  const nameWidth = Math.max(...properties.map((name) => name.length));
  const fieldWidth = columns - nameWidth - 3;
  const out = [];
  for (const name of properties) {
    const valueLines = String(values[name]).replace(/\r/g, '').split('\n');
    valueLines.forEach((valueLine, i) => {
      const prefix = i === 0 ? `${name.padEnd(nameWidth)} : ` : ' '.repeat(nameWidth + 3);
      generateLines(valueLine, fieldWidth, wordWrap).forEach((part, k) => out.push((k === 0 ? prefix : ' '.repeat(nameWidth + 3)) + part));
    });
  }
  return out;
}

const DEFAULT_VIEW = ['TimeCreated', 'ProviderName', 'Id', 'Message'];
const ALL_PROPERTIES = [
  'Message', 'Id', 'Version', 'Qualifiers', 'Level', 'Task', 'Opcode', 'Keywords', 'RecordId', 'ProviderName', 'ProviderId', 'LogName',
  'ProcessId', 'ThreadId', 'MachineName', 'UserId', 'TimeCreated', 'ActivityId', 'RelatedActivityId', 'ContainerLog', 'MatchedQueryIds',
  'Bookmark', 'LevelDisplayName', 'OpcodeDisplayName', 'TaskDisplayName', 'KeywordsDisplayNames', 'Properties',
];

/**
 * `Get-WinEvent -LogName Application | Format-List` (the default view, or `Format-List *` with
 * `all`), newest first, `columns` wide: `| Out-File` writes 120 columns for a 120-column
 * console; `pasted` is copied from such a console (where the host keeps the last column free, so
 * 119) into a ticket, which drops the spaces at the ends of lines.
 */
export function formatList(events, culture, { all = false, pasted = false } = {}) {
  const columns = pasted ? 119 : 120;
  const c = CULTURES[culture];
  const out = ['', ''];
  for (const event of [...events].reverse()) {
    const record = eventLogRecord(event, culture);
    if (all) {
      record.KeywordsDisplayNames = `{${c.classic}}`;
      record.Properties = '{System.Diagnostics.Eventing.Reader.EventProperty}';
      record.MatchedQueryIds = '{}';
    }
    record.TimeCreated = dotnetTime(event.ms, culture);
    out.push(...listBlock(record, all ? ALL_PROPERTIES : DEFAULT_VIEW, columns, c.wordWrap), '');
  }
  out.push('', '');
  const text = out.map((line) => (pasted ? line.trimEnd() : line));
  return text.join(pasted ? '\n' : CRLF);
}
