// Ingest: reads Event Viewer's details text ("Copy details as text", the General tab), events one after another.

import type { Level } from '../record.js';
import { localExportReader, type EntryReader, type LocalEntry } from './local-export.js';
import { levelOfAnyName, levelOfName, normalizeWord, type DetailLabels, type WindowsLocale } from './locales.js';
import { recoverMissingDescription } from './missing-description.js';
import { readTextLines, type TextLine } from './text-lines.js';
import { isWanted, type Reader, type ReaderContext } from './types.js';
import { parseEventXml } from './xml-event.js';

type Field = keyof DetailLabels;

/** `Log Name:      Application`, `Nom du journal : Application`, `ログの名前:  Application`: a label, a colon, the value. */
const LABELLED = /^([^:：]{1,40}?)\s*[:：]\s?(.*)$/;
const EVENT_ID = /^\d{1,5}$/;
const EVENT_CLOSE = '</Event>';

interface Block {
  start: TextLine;
  fields: Map<Field, string>;
  description: string[];
  xml: string[] | undefined;
  xmlDone: boolean;
}

/**
 * One event's text: the labelled lines, then `Description:` with the message on the same line or
 * the lines below, then optionally `Event Xml:` and the event's XML. The next `Log Name:` line
 * starts the next event. When the XML is there, its UTC `SystemTime`, record id and computer are
 * used: they are exact where the `Date:` line is local and to the second.
 */
export function eventViewerDetailsReader(locale: WindowsLocale): Reader {
  const labels = new Map<string, Field>(Object.entries(locale.details).map(([field, label]) => [normalizeWord(label), field as Field]));

  const toEntry = (block: Block, context: ReaderContext): LocalEntry | string => {
    const source = block.fields.get('source') ?? '';
    const id = block.fields.get('eventId') ?? '';
    if (!EVENT_ID.test(id)) return `an event whose ${locale.details.eventId} is "${id}" was skipped`;
    const levelName = block.fields.get('level') ?? '';
    const level: Level | undefined = levelName === '' ? 'information' : (levelOfName(locale, levelName) ?? levelOfAnyName(levelName));
    if (level === undefined) return `an event whose ${locale.details.level} is "${levelName}" was skipped`;
    const eventId = Number(id);
    const message = recoverMissingDescription(block.description.join('\n').trim(), eventId, source);
    const entry: LocalEntry = { source, eventId, level, time: block.fields.get('date') ?? '', message, line: block.start.line, offset: block.start.offset };
    const computer = block.fields.get('computer');
    if (computer !== undefined && computer !== '') entry.computer = computer;
    if (block.xml !== undefined && block.xmlDone) {
      const origin = { file: context.file, line: block.start.line, offset: block.start.offset };
      const parsed = parseEventXml(block.xml.join('\n'), origin);
      if (typeof parsed !== 'string') {
        entry.time = parsed.time;
        entry.level = parsed.level;
        if (parsed.recordId !== undefined) entry.recordId = parsed.recordId;
        if (parsed.computer !== undefined) entry.computer = parsed.computer;
      }
    }
    return entry;
  };

  const readEntries: EntryReader = async function* (text, context) {
    let block: Block | undefined;
    let inDescription = false;

    const finish = function* (): Generator<LocalEntry> {
      if (block === undefined) return;
      const done = block;
      block = undefined;
      context.onEventSeen();
      if (!isWanted(context.filter, done.fields.get('source') ?? '')) return;
      const entry = toEntry(done, context);
      if (typeof entry === 'string') context.onIssue({ file: context.file, line: done.start.line, offset: done.start.offset, message: entry });
      else yield entry;
    };

    for await (const line of readTextLines(text, context.sniffed)) {
      const labelled = LABELLED.exec(line.text);
      const field = labelled === null ? undefined : labels.get(normalizeWord(labelled[1] ?? ''));
      // A cut Event Xml (no </Event>) ends at the next event's first line: it must not swallow the events after it.
      if (block?.xml !== undefined && !block.xmlDone && field !== 'logName') {
        block.xml.push(line.text);
        if (line.text.includes(EVENT_CLOSE)) block.xmlDone = true;
        continue;
      }
      if (field === 'logName') {
        yield* finish();
        block = { start: line, fields: new Map([['logName', (labelled?.[2] ?? '').trim()]]), description: [], xml: undefined, xmlDone: false };
        inDescription = false;
        continue;
      }
      if (block === undefined) {
        if (line.text.trim() !== '') context.onIssue({ file: context.file, line: line.line, offset: line.offset, message: `text that is not an event was skipped: "${line.text.trim().slice(0, 60)}"` });
        continue;
      }
      if (field === 'eventXml' && labelled?.[2]?.trim() === '') {
        block.xml = [];
        inDescription = false;
        continue;
      }
      if (inDescription || block.xml !== undefined) {
        if (block.xml === undefined) block.description.push(line.text);
        continue;
      }
      if (field === 'description') {
        inDescription = true;
        const first = labelled?.[2] ?? '';
        if (first.trim() !== '') block.description.push(first);
        continue;
      }
      if (field !== undefined) block.fields.set(field, (labelled?.[2] ?? '').trim());
    }
    yield* finish();
  };
  return localExportReader(readEntries, locale);
}
