// Report: the compact statistics of the terminal verdict: every event id of the writeback sources, its level, count and span.

import { lookupEvent } from '../catalog/events.js';
import type { EventCounts } from '../correlate/event-counts.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { formatCount } from './count.js';
import type { Paint } from './paint.js';
import { formatCompactSpan } from './time.js';
import { columns, fitColumns, padColumns } from './wrap.js';

const INDENT = 4;
const ID_WIDTH = 5;
/** Event names are cut before the counts and spans are dropped: names are what `explain` looks up anyway. */
const NARROWEST_NAME = 12;

export interface EventsTextOptions {
  zone: string;
  lang: Lang;
  width: number;
  paint: Paint;
}

export function renderEventsText(events: EventCounts, options: EventsTextOptions): string[] {
  const { zone, lang, width, paint } = options;
  const words = REPORT_WORDS[lang];
  const rows = events.counts.map((count) => ({
    count,
    name: lookupEvent(count.source, count.eventId)?.name ?? '',
    level: words.levels[count.level],
    total: formatCount(count.count),
    span: formatCompactSpan(count.first, count.last, zone, lang),
  }));
  const levelWidth = Math.max(0, ...rows.map((row) => columns(row.level)));
  const totalWidth = Math.max(0, ...rows.map((row) => row.total.length));
  const spanWidth = Math.max(0, ...rows.map((row) => columns(row.span)));
  const fixed = INDENT + ID_WIDTH + 2 + 1 + levelWidth + 1 + totalWidth + 2 + spanWidth;
  const nameWidth = Math.max(NARROWEST_NAME, Math.min(Math.max(0, ...rows.map((row) => columns(row.name))), width - fixed));
  const out = ['', paint.heading(words.events)];
  let source = '';
  for (const row of rows) {
    if (row.count.source !== source) {
      source = row.count.source;
      out.push(`  ${source}`);
    }
    const level = paint.level(row.count.level, padColumns(row.level, levelWidth));
    const name = padColumns(fitColumns(row.name, nameWidth), nameWidth);
    out.push(`${' '.repeat(INDENT)}${String(row.count.eventId).padStart(ID_WIDTH)}  ${name} ${level} ${row.total.padStart(totalWidth)}  ${row.span}`.trimEnd());
  }
  return out;
}
