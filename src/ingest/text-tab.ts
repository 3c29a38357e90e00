// Ingest: reads Event Viewer's "Save All Events As… → Text (Tab delimited)".

import { readCsvRowBatches } from './csv-rows.js';
import { localExportReader, type EntryReader } from './local-export.js';
import { levelOfAnyName, levelOfName, normalizeWord, type WindowsLocale } from './locales.js';
import { recoverMissingDescription } from './missing-description.js';
import { isWanted, type Reader } from './types.js';

/** Level, Date, Time, Source, Event ID, Task Category, Description. */
const FIELDS = 7;
const EVENT_ID = /^\d{1,5}$/;

/**
 * Rows of seven tab-separated fields, the description quoted when it holds line breaks, tabs or
 * quotes (inner quotes doubled), so csv-parse reads them with a tab delimiter. A header line, if
 * the file has one (`headerLines`), starts with the language's name for Level and is skipped.
 */
export function eventViewerTabReader(locale: WindowsLocale, headerLines: number): Reader {
  const levelHeader = normalizeWord(locale.csvHeader[0]);

  const readEntries: EntryReader = async function* (text, context) {
    const skip = (line: number, offset: number, message: string): void => context.onIssue({ file: context.file, line, offset, message });
    for await (const rows of readCsvRowBatches(text, { delimiter: '\t', sniffed: context.sniffed, leadingLines: headerLines, onBadRow: skip })) for (const { fields, line, offset } of rows) {
      const [levelName = '', date = '', time = '', source = '', id = '', , written = ''] = fields;
      if (!EVENT_ID.test(id) && normalizeWord(levelName) === levelHeader) continue;
      context.onEventSeen();
      if (fields.length !== FIELDS) {
        skip(line, offset, `a row of ${fields.length} field${fields.length === 1 ? '' : 's'} was skipped (Event Viewer writes ${FIELDS})`);
        continue;
      }
      if (!isWanted(context.filter, source)) continue;
      if (!EVENT_ID.test(id)) {
        skip(line, offset, `a row whose event id is "${id}" was skipped`);
        continue;
      }
      const level = levelName === '' ? 'information' : (levelOfName(locale, levelName) ?? levelOfAnyName(levelName));
      if (level === undefined) {
        skip(line, offset, `a row whose level "${levelName}" is not a level name was skipped`);
        continue;
      }
      const eventId = Number(id);
      yield { source, eventId, level, time: `${date} ${time}`, message: recoverMissingDescription(written.trimEnd(), eventId, source), line, offset };
    }
  };
  return localExportReader(readEntries, locale);
}
