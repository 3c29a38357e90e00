// Ingest: the clock of one CSV or text export; turns its local date-time texts into UTC instants and says how.

import { readDateText, toWallClock, type DateText } from './local-date.js';
import type { WindowsLocale } from './locales.js';
import type { DateOrder, IngestNotice, LocalTimeFacts, LocalTimeOptions } from './types.js';
import { systemZone, zoneResolver, type ZoneReading } from './zone-time.js';

/** What the whole file said about the day/month order (see `date-order.ts`). */
export type SurveyedOrder = DateOrder | 'ambiguous' | 'not-needed';

export interface LocalClockSettings {
  file: string;
  locale: WindowsLocale | undefined;
  options: LocalTimeOptions;
  surveyed: SurveyedOrder;
  /** Whether the export writes AM/PM, which makes month-first the better guess when nothing settles it. */
  twelveHour: boolean;
  onNotice(notice: IngestNotice): void;
  describe(facts: LocalTimeFacts): void;
}

export interface LocalClock {
  /** The UTC instant of a local date-time text found at `line`, or why it cannot be read. */
  instantOf(text: string, line: number): Date | string;
}

const ORDER_WORDS: Readonly<Record<DateOrder, string>> = { mdy: 'month/day/year', dmy: 'day/month/year', ymd: 'year/month/day' };

/** Whether a locale's own order settles day and month (the CJK languages write the year first). */
export function localeSettlesOrder(locale: WindowsLocale | undefined): boolean {
  return locale?.dateOrder !== undefined;
}

function decideOrder(settings: LocalClockSettings): Pick<LocalTimeFacts, 'dateOrder' | 'dateOrderFrom'> {
  const { options, locale, surveyed } = settings;
  if (options.dateOrder !== undefined) return { dateOrder: options.dateOrder, dateOrderFrom: 'option' };
  if (locale?.dateOrder !== undefined) return { dateOrder: locale.dateOrder, dateOrderFrom: 'locale' };
  if (surveyed !== 'ambiguous' && surveyed !== 'not-needed') return { dateOrder: surveyed, dateOrderFrom: 'file' };
  return { dateOrder: settings.twelveHour ? 'mdy' : 'dmy', dateOrderFrom: 'guess' };
}

export function createLocalClock(settings: LocalClockSettings): LocalClock {
  const { file, locale, options, onNotice } = settings;
  const zone = options.zone ?? locale?.usualZone ?? systemZone();
  const zoneAssumed = options.zone === undefined;
  const order = decideOrder(settings);
  const facts: LocalTimeFacts = { zone, zoneAssumed, ...order };
  if (locale !== undefined) facts.locale = locale.id;
  settings.describe(facts);

  const resolve = zoneResolver(zone);
  let zoneNoted = false;
  let orderNoted = false;
  let gapNoted = false;
  let overlapNoted = false;
  /** The export's direction (1 oldest first, -1 newest first, 0 not yet known) and its last instant. */
  let direction = 0;
  let last: number | undefined;

  const noteZone = (line: number): void => {
    zoneNoted = true;
    if (!zoneAssumed) return;
    const why = options.zone === undefined && locale?.usualZone !== undefined ? `the usual zone of a ${locale.name} Windows` : "this computer's zone";
    onNotice({ file, line, severity: 'note', message: `times in this export are local, with no zone; they are read as ${zone}, ${why} (give --tz <IANA zone> if the export was made elsewhere)` });
  };

  const noteOrder = (date: DateText, line: number): void => {
    orderNoted = true;
    if (order.dateOrderFrom !== 'guess' || date.yearFirst) return;
    const other: DateOrder = order.dateOrder === 'mdy' ? 'dmy' : 'mdy';
    onNotice({
      file, line, severity: 'warning',
      message: `its dates can be read month-first or day-first and no day above 12 settles it; they are read as ${ORDER_WORDS[order.dateOrder ?? 'dmy']} (give --date-order ${other} if that is wrong)`,
    });
  };

  /** In a repeated hour, the reading that keeps the export in order; the first occurrence when the order is unknown. */
  const pickInOverlap = (reading: Extract<ZoneReading, { kind: 'overlap' }>, line: number): number => {
    if (direction > 0) return last === undefined || reading.earlier >= last ? reading.earlier : reading.later;
    if (direction < 0) return last === undefined || reading.later <= last ? reading.later : reading.earlier;
    if (!overlapNoted) {
      overlapNoted = true;
      onNotice({
        file, line, severity: 'note',
        message: `this time happened twice in ${zone} (clocks were set back) and the export's order does not tell which; the first (summer time) is used`,
      });
    }
    return reading.earlier;
  };

  return {
    instantOf(text, line) {
      const date = readDateText(text);
      if (date === undefined) return `"${text}" is not a date and time`;
      if (!orderNoted) noteOrder(date, line);
      const wall = toWallClock(date, order.dateOrder ?? 'dmy');
      if (typeof wall === 'string') return `"${text}": ${wall}`;
      if (!zoneNoted) noteZone(line);

      const reading = resolve(wall);
      let instant: number;
      if (reading.kind === 'single') instant = reading.instant;
      else if (reading.kind === 'overlap') instant = pickInOverlap(reading, line);
      else {
        instant = reading.instant;
        if (!gapNoted) {
          gapNoted = true;
          onNotice({
            file, line, severity: 'warning',
            message: `"${text}" never happened in ${zone} (clocks jumped forward over it), so the export was probably not made in ${zone}: check --tz; it is read as ${new Date(instant).toISOString()}`,
          });
        }
      }
      if (last !== undefined && instant !== last) direction = instant > last ? 1 : -1;
      last = instant;
      return new Date(instant);
    },
  };
}
