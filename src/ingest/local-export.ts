// Ingest: what every CSV and text reader shares: entries with local times become records with UTC instants.

import type { IngestedRecord, Level } from '../record.js';
import { surveyDateOrder } from './date-order.js';
import { createLocalClock, localeSettlesOrder, type SurveyedOrder } from './local-clock.js';
import type { WindowsLocale } from './locales.js';
import { sourceFilter, type Reader, type ReaderContext } from './types.js';

/** One event as a CSV or text export shows it, its time still as written. */
export interface LocalEntry {
  source: string;
  eventId: number;
  level: Level;
  /** The local date-time text, or the exact instant where the export carries one (details text's Event Xml). */
  time: string | Date;
  recordId?: number;
  computer?: string;
  message: string;
  line: number;
  offset: number;
}

/**
 * Reads one export shape into entries. It counts every event with `onEventSeen`, reports bad
 * parts with `onIssue`, and skips the providers `filter` does not want before building an entry.
 */
export type EntryReader = (text: AsyncIterable<string>, context: ReaderContext) => AsyncIterable<LocalEntry>;

async function* timesOf(entries: AsyncIterable<LocalEntry>): AsyncGenerator<string> {
  for await (const entry of entries) if (typeof entry.time === 'string') yield entry.time;
}

/**
 * A copy of `text` that no longer points into the text it was cut from. V8 keeps a slice as a view
 * of its parent, so a record's strings would pin a whole chunk of the file for as long as the record lives.
 */
function own(text: string): string {
  return ` ${text}`.slice(1);
}

/** Provider names repeat: one copy of each. */
function sharedNames(): (name: string) => string {
  const names = new Map<string, string>();
  return (name) => {
    let shared = names.get(name);
    if (shared === undefined) {
      shared = own(name);
      if (names.size < 10_000) names.set(shared, shared);
    }
    return shared;
  };
}

/** A first pass that only reads dates: every provider, nothing reported, nothing counted. */
function surveyContext(context: ReaderContext): ReaderContext {
  return { file: context.file, sniffed: context.sniffed, filter: sourceFilter('all'), onIssue: () => undefined, onEventSeen: () => undefined };
}

/**
 * A reader for one export shape of one detected language (undefined when the export does not
 * show its language). When neither `--date-order` nor the language settles day and month, the
 * file's dates are read first, up to the first that settles them.
 */
export function localExportReader(readEntries: EntryReader, locale: WindowsLocale | undefined): Reader {
  return async function* readLocalExport(text, context): AsyncGenerator<IngestedRecord> {
    const options = context.localTime ?? {};
    let surveyed: SurveyedOrder = 'not-needed';
    let twelveHour = false;
    if (options.dateOrder === undefined && !localeSettlesOrder(locale) && context.reread !== undefined) {
      const survey = await surveyDateOrder(timesOf(readEntries(context.reread(), surveyContext(context))));
      surveyed = survey.order;
      twelveHour = survey.twelveHour;
    }
    const clock = createLocalClock({
      file: context.file,
      locale,
      options,
      surveyed,
      twelveHour,
      onNotice: (notice) => context.onNotice?.(notice),
      describe: (facts) => context.describe?.(facts),
    });

    const sourceName = sharedNames();
    for await (const entry of readEntries(text, context)) {
      const time = typeof entry.time === 'string' ? clock.instantOf(entry.time, entry.line) : entry.time;
      if (typeof time === 'string') {
        context.onIssue({ file: context.file, line: entry.line, offset: entry.offset, message: `an event with an unreadable date was skipped: ${time}` });
        continue;
      }
      const record: IngestedRecord = {
        source: sourceName(entry.source),
        eventId: entry.eventId,
        level: entry.level,
        time,
        message: own(entry.message),
        data: {},
        origin: { file: context.file, line: entry.line, offset: entry.offset },
      };
      if (entry.recordId !== undefined) record.recordId = entry.recordId;
      if (entry.computer !== undefined) record.computer = sourceName(entry.computer);
      yield record;
    }
  };
}
