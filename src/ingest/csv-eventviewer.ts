// Ingest: reads Event Viewer's "Save All Events As… → CSV" in any of its languages.

import { readCsvRowBatches } from './csv-rows.js';
import { localExportReader, type EntryReader } from './local-export.js';
import { levelOfName, normalizeWord, type WindowsLocale } from './locales.js';
import { lossyTextCheck } from './lossy-ascii.js';
import { recoverMissingDescription } from './missing-description.js';
import { isWanted, type Reader } from './types.js';

/** Level, Date and Time, Source, Event ID, Task Category, then the message, whose column has no name. */
const FIELDS = 6;
/** The Event ID column: a number up to 65535. */
const EVENT_ID = /^\d{1,5}$/;

/**
 * Reads the six-field rows of one language below its five-name header (`headerLines`: the lines
 * up to and including it). Rows are read by position: the header is localized but its order never
 * changes. A second header line (two exports pasted into one file) and a row that does not have
 * six fields are skipped with a warning.
 */
export function eventViewerCsvReader(locale: WindowsLocale, delimiter: string, headerLines: number): Reader {
  const header = normalizeWord(locale.csvHeader.join('\u0000'));
  const isHeader = (fields: readonly string[]): boolean => normalizeWord(fields.slice(0, 5).join('\u0000')) === header;

  const readEntries: EntryReader = async function* (text, context) {
    const lossy = lossyTextCheck(context);
    const skip = (line: number, offset: number, message: string): void => context.onIssue({ file: context.file, line, offset, message });
    for await (const rows of readCsvRowBatches(text, { delimiter, sniffed: context.sniffed, leadingLines: headerLines, onBadRow: skip })) for (const row of rows) {
      const { fields, line, offset } = row;
      // A header's fourth name ("Event ID") is no number, so most rows are done with at the cheap test.
      if (fields.length >= 5 && !EVENT_ID.test(fields[3] ?? '') && isHeader(fields)) {
        skip(line, offset, 'a second header line was skipped (two exports joined into one file?)');
        continue;
      }
      context.onEventSeen();
      if (fields.length !== FIELDS) {
        skip(line, offset, `a row of ${fields.length} field${fields.length === 1 ? '' : 's'} was skipped (Event Viewer writes ${FIELDS})`);
        continue;
      }
      const [levelName = '', time = '', source = '', id = '', , written = ''] = fields;
      if (!isWanted(context.filter, source)) continue;
      if (!EVENT_ID.test(id)) {
        skip(line, offset, `a row whose event id is "${id}" was skipped`);
        continue;
      }
      // Classic events of level 0 (LogAlways) are shown without a level name; Windows means information.
      const level = levelName === '' ? 'information' : levelOfName(locale, levelName);
      if (level === undefined) {
        skip(line, offset, `a row whose level "${levelName}" is no level name of ${locale.name} was skipped`);
        continue;
      }
      const eventId = Number(id);
      lossy(line, written);
      yield { source, eventId, level, time, message: recoverMissingDescription(written.trimEnd(), eventId, source), line, offset };
    }
  };
  return localExportReader(readEntries, locale);
}
