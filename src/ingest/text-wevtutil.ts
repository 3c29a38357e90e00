// Ingest: reads `wevtutil qe Application /f:text`: `Event[n]:` blocks of indented fields, the description below.

import { localExportReader, type EntryReader, type LocalEntry } from './local-export.js';
import { levelOfAnyName, levelOfName, type WindowsLocale } from './locales.js';
import { recoverMissingDescription } from './missing-description.js';
import { readTextLines, type TextLine } from './text-lines.js';
import { isWanted, type Reader } from './types.js';

/** `Event[0]:`, the first line of each event. */
export const WEVTUTIL_EVENT_START = /^Event\[\d+\]:\s*$/;
/** `  Log Name: Application`: wevtutil's labels are English in every language; the values are localized. */
const FIELD = /^ {2}(Log Name|Source|Date|Event ID|Task|Level|Opcode|Keyword|User|User Name|Computer|Description):(?: (.*))?$/;
const EVENT_ID = /^\d{1,5}$/;

interface Block {
  start: TextLine;
  fields: Map<string, string>;
  description: string[] | undefined;
}

/**
 * Reads `Event[n]:` blocks. The description starts after `Description:` and runs to the next
 * `Event[n]:` line; blank lines at its end separate events and are dropped. The level name is in
 * the language of the exporting Windows; `locale` is the one detected from the file's level names.
 */
export function wevtutilTextReader(locale: WindowsLocale | undefined): Reader {
  const readEntries: EntryReader = async function* (text, context) {
    let block: Block | undefined;
    const skip = (start: TextLine, message: string): void => context.onIssue({ file: context.file, line: start.line, offset: start.offset, message });

    const finish = function* (): Generator<LocalEntry> {
      if (block === undefined) return;
      const { start, fields, description } = block;
      block = undefined;
      context.onEventSeen();
      const source = fields.get('Source') ?? '';
      if (!isWanted(context.filter, source)) return;
      const id = fields.get('Event ID') ?? '';
      if (!EVENT_ID.test(id)) return skip(start, `an event whose Event ID is "${id}" was skipped`);
      const levelName = fields.get('Level') ?? '';
      const level = levelName === '' ? 'information' : ((locale === undefined ? undefined : levelOfName(locale, levelName)) ?? levelOfAnyName(levelName));
      if (level === undefined) return skip(start, `an event whose Level is "${levelName}" was skipped`);
      const eventId = Number(id);
      const message = recoverMissingDescription((description ?? []).join('\n').trim(), eventId, source);
      const entry: LocalEntry = { source, eventId, level, time: fields.get('Date') ?? '', message, line: start.line, offset: start.offset };
      const computer = fields.get('Computer');
      if (computer !== undefined && computer !== '') entry.computer = computer;
      yield entry;
    };

    for await (const line of readTextLines(text, context.sniffed)) {
      if (WEVTUTIL_EVENT_START.test(line.text)) {
        yield* finish();
        block = { start: line, fields: new Map(), description: undefined };
        continue;
      }
      if (block === undefined) {
        if (line.text.trim() !== '') skip(line, `text that is not an event was skipped: "${line.text.trim().slice(0, 60)}"`);
        continue;
      }
      if (block.description !== undefined) {
        block.description.push(line.text);
        continue;
      }
      const field = FIELD.exec(line.text);
      if (field === null) continue;
      const [, name = '', value = ''] = field;
      if (name === 'Description') block.description = value.trim() === '' ? [] : [value];
      else block.fields.set(name, value.trim());
    }
    yield* finish();
  };
  return localExportReader(readEntries, locale);
}
