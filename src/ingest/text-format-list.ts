// Ingest: reads `Get-WinEvent | Format-List` output: `Name : value` blocks, long values wrapped at the console width.

import { lookupEvent } from '../catalog/events.js';
import { levelFromNumber, type Level } from '../record.js';
import { displayCells, unwrapValue, type WrapMode } from './format-list-unwrap.js';
import { readDateText } from './local-date.js';
import { localExportReader, type EntryReader, type LocalEntry } from './local-export.js';
import { levelOfAnyName, levelOfName, type WindowsLocale } from './locales.js';
import { recoverMissingDescription } from './missing-description.js';
import { readTextLines, type TextLine } from './text-lines.js';
import { isWanted, type Reader, type ReaderContext } from './types.js';

/** `TimeCreated  : 3/5/2024 7:07:11 PM`: a property name padded to the longest name, ` : `, the value. */
const PROPERTY = /^([A-Za-z][A-Za-z0-9]*)( *) : ?(.*)$/;
const NUMBER = /^\d+$/;

interface Block {
  start: TextLine;
  values: Map<string, string[]>;
  current: string[] | undefined;
  /** Column where values start: the padded name and ` : `. */
  indent: number;
  /** Blank lines seen inside the block, held until an indented line shows they belong to a value. */
  blanks: number;
}

/**
 * The console width Format-List wrapped at: the widest line, once two lines reach it (wrapped
 * values fill their lines). A single widest line may be a line of its own; then no line counts as
 * full, and only the space a word wrap leaves tells a wrap.
 */
async function wrapWidth(text: AsyncIterable<string>, context: ReaderContext): Promise<number> {
  let widest = 0;
  let atWidest = 0;
  for await (const line of readTextLines(text, context.sniffed)) {
    const cells = displayCells(line.text);
    if (cells > widest + 1) atWidest = 0;
    if (cells >= widest - 1) atWidest++;
    widest = Math.max(widest, cells);
  }
  return atWidest >= 2 ? widest : widest + 2;
}

/**
 * The default view shows TimeCreated, ProviderName, Id and Message; `Format-List *` adds Level,
 * LevelDisplayName, RecordId, MachineName… A blank line ends a block unless an indented line
 * follows (a blank line inside a message). Without a level in the view, the writeback events get
 * the level Windows logs them at and the others information, and the reader says so once.
 */
export function formatListReader(locale: WindowsLocale | undefined): Reader {
  const readEntries: EntryReader = async function* (text, context) {
    let width = context.reread === undefined ? 0 : await wrapWidth(context.reread(), context);
    let spacesKept = false;
    /** PowerShell wraps by words only in en, fr, de, it, pt and es, whose dates do not start with the year. */
    let mode: WrapMode | undefined;
    let levelNoted = false;
    let block: Block | undefined;

    const toEntry = (done: Block, source: string): LocalEntry | string => {
      const value = (name: string): string | undefined => {
        const lines = done.values.get(name);
        return lines === undefined ? undefined : unwrapValue(lines, width - done.indent, mode ?? 'words', spacesKept);
      };
      const id = value('Id') ?? '';
      if (!NUMBER.test(id)) return `an event whose Id is "${id}" was skipped`;
      const eventId = Number(id);
      const levelNumber = value('Level');
      const levelName = value('LevelDisplayName');
      let level: Level | undefined;
      if (levelNumber !== undefined && NUMBER.test(levelNumber)) level = levelFromNumber(Number(levelNumber));
      else if (levelName !== undefined && levelName !== '') level = (locale === undefined ? undefined : levelOfName(locale, levelName)) ?? levelOfAnyName(levelName);
      else {
        level = lookupEvent(source, eventId)?.level ?? 'information';
        if (!levelNoted) {
          levelNoted = true;
          context.onNotice?.({
            file: context.file, line: done.start.line, severity: 'note',
            message: 'this Format-List view shows no level: writeback events get the level Windows logs them at, other events are read as information (Format-List * shows it)',
          });
        }
      }
      if (level === undefined) return `an event whose level "${levelName ?? levelNumber ?? ''}" is unknown was skipped`;
      const entry: LocalEntry = {
        source, eventId, level, time: value('TimeCreated') ?? '', line: done.start.line, offset: done.start.offset,
        message: recoverMissingDescription(value('Message') ?? '', eventId, source),
      };
      const recordId = value('RecordId');
      if (recordId !== undefined && NUMBER.test(recordId)) entry.recordId = Number(recordId);
      const computer = value('MachineName');
      if (computer !== undefined && computer !== '') entry.computer = computer;
      return entry;
    };

    const finish = function* (): Generator<LocalEntry> {
      if (block === undefined) return;
      const done = block;
      block = undefined;
      context.onEventSeen();
      mode ??= readDateText(done.values.get('TimeCreated')?.[0] ?? '')?.yearFirst === true ? 'cells' : 'words';
      const source = unwrapValue(done.values.get('ProviderName') ?? [], width - done.indent, mode, spacesKept);
      if (!isWanted(context.filter, source)) return;
      const entry = toEntry(done, source);
      if (typeof entry === 'string') context.onIssue({ file: context.file, line: done.start.line, offset: done.start.offset, message: entry });
      else yield entry;
    };

    for await (const line of readTextLines(text, context.sniffed)) {
      if (line.text.endsWith(' ') && line.text.trim() !== '') spacesKept = true;
      width = Math.max(width, displayCells(line.text));
      if (line.text.trim() === '') {
        if (block !== undefined) block.blanks++;
        continue;
      }
      const property = line.text.startsWith(' ') ? null : PROPERTY.exec(line.text);
      if (property !== null) {
        const [, name = '', padding = '', value = ''] = property;
        // A blank line, or a name the block already has, means the next event.
        if (block !== undefined && (block.blanks > 0 || block.values.has(name))) yield* finish();
        const current = [value];
        if (block === undefined) block = { start: line, values: new Map(), current, indent: name.length + padding.length + 3, blanks: 0 };
        block.values.set(name, current);
        block.current = current;
        continue;
      }
      if (block?.current === undefined) {
        context.onIssue({ file: context.file, line: line.line, offset: line.offset, message: `text that is not an event was skipped: "${line.text.trim().slice(0, 60)}"` });
        continue;
      }
      // An indented line continues the value above; blank lines before it were empty lines of that value.
      for (; block.blanks > 0; block.blanks--) block.current.push('');
      block.current.push(line.text.slice(Math.min(block.indent, line.text.length - line.text.trimStart().length)));
    }
    yield* finish();
  };
  return localExportReader(readEntries, locale);
}
