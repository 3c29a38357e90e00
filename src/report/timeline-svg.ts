// Report: the HTML report's timeline as inline SVG: stacked bars of operations by outcome, and a band per finding.

import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { ChainOutcome } from '../correlate/types.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_WORDS } from '../i18n/report-words.js';
import { STATS_WORDS } from '../i18n/stats-words.js';
import { WORDS } from '../i18n/words.js';
import type { Finding } from '../rules/types.js';
import { escapeHtml } from './html-escape.js';
import { formatCompactSpan, formatDay } from './time.js';
import type { Timeline } from './timeline.js';

const WIDTH = 960;
const LEFT = 48;
const RIGHT = 12;
const TOP = 26;
const CHART = 160;
const AXIS = 20;
const BAND = 14;
const BAND_GAP = 4;
const PLOT = WIDTH - LEFT - RIGHT;
const STACK: readonly ChainOutcome[] = ['success', 'failure', 'incomplete', 'orphan-outcome'];
const MOST_DAY_LABELS = 16;

/** 1, 2, 5 × 10ⁿ at or above `value`: a scale a reader can read. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? value;
}

function round(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

export interface TimelineSvgOptions {
  zone: string;
  lang: Lang;
  title: string;
}

export function renderTimelineSvg(timeline: Timeline, findings: readonly Finding[], options: TimelineSvgOptions): string {
  const { zone, lang } = options;
  const words = REPORT_WORDS[lang];
  const stats = STATS_WORDS[lang];
  const from = timeline.start.getTime();
  const span = timeline.end.getTime() - from;
  const x = (time: number): number => LEFT + ((Math.min(Math.max(time, from), from + span) - from) / span) * PLOT;
  // Whole-number ticks, about four of them: operations are counted, never halved.
  const step = niceCeiling(timeline.max / 4);
  const top = Math.ceil(timeline.max / step) * step;
  const y = (count: number): number => TOP + CHART - (count / top) * CHART;
  const height = TOP + CHART + AXIS + (findings.length > 0 ? BAND_GAP + findings.length * (BAND + BAND_GAP) : 0);
  const parts: string[] = [];
  parts.push(`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title id="timeline-title">${escapeHtml(options.title)}</title>`);

  // Legend, scale and grid.
  let legendX = LEFT + 120;
  for (const outcome of STACK) {
    parts.push(`<rect class="bar ${outcome}" x="${legendX}" y="6" width="10" height="10"/><text class="legend" x="${legendX + 14}" y="15">${escapeHtml(stats.outcomes[outcome])}</text>`);
    legendX += 24 + stats.outcomes[outcome].length * (lang === 'en' ? 7 : 13);
  }
  for (let value = 0; value <= top; value += step) {
    parts.push(`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(value))}" y2="${round(y(value))}"/>`);
    parts.push(`<text class="axis" x="${LEFT - 6}" y="${round(y(value) + 4)}" text-anchor="end">${value}</text>`);
  }
  parts.push(`<text class="axis" x="${LEFT}" y="15">${escapeHtml(words.operationsAxis)}</text>`);

  // Day boundaries in the display zone, so "Tuesday" on the chart is Tuesday where the reader is.
  const days: number[] = [];
  for (let day = startOfDay(new TZDate(from, zone)); day.getTime() < from + span; day = addDays(day, 1)) {
    if (day.getTime() >= from) days.push(day.getTime());
  }
  const every = Math.max(1, Math.ceil(days.length / MOST_DAY_LABELS));
  days.forEach((day, index) => {
    parts.push(`<line class="day" x1="${round(x(day))}" x2="${round(x(day))}" y1="${TOP}" y2="${TOP + CHART}"/>`);
    if (index % every === 0) parts.push(`<text class="axis" x="${round(x(day) + 3)}" y="${TOP + CHART + 14}">${escapeHtml(formatDay(new Date(day), zone, lang))}</text>`);
  });

  // Bars: each bucket stacked from the bottom, success first.
  const barWidth = PLOT / timeline.buckets.length;
  const gap = barWidth > 4 ? 1 : 0;
  for (const bucket of timeline.buckets) {
    let stacked = 0;
    const left = x(bucket.start.getTime());
    for (const outcome of STACK) {
      const count = bucket.counts[outcome];
      if (count === 0) continue;
      const label = `${formatCompactSpan(bucket.start, bucket.start, zone, lang)} ${stats.outcomes[outcome]} ${count}`;
      parts.push(
        `<rect class="bar ${outcome}" x="${round(left)}" y="${round(y(stacked + count))}" width="${round(Math.max(0.5, barWidth - gap))}" height="${round((count / top) * CHART)}"><title>${escapeHtml(label)}</title></rect>`,
      );
      stacked += count;
    }
  }
  parts.push(`<line class="baseline" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + CHART}" y2="${TOP + CHART}"/>`);

  // One band per finding, numbered as the findings section numbers them.
  findings.forEach((finding, index) => {
    const bandY = TOP + CHART + AXIS + BAND_GAP + index * (BAND + BAND_GAP);
    const start = x(finding.first.getTime());
    const end = Math.max(start + 3, x(finding.last.getTime()));
    const tip = `${WORDS[lang].severity[finding.severity]} ${finding.diagnosis}: ${finding.title[lang]} (${WORDS[lang].times(finding.count)}, ${formatCompactSpan(finding.first, finding.last, zone, lang)})`;
    parts.push(`<a href="#finding-${index + 1}"><text class="axis" x="${LEFT - 6}" y="${bandY + 11}" text-anchor="end">${index + 1}</text>`);
    parts.push(`<rect class="band ${finding.severity}" x="${round(start)}" y="${bandY}" width="${round(end - start)}" height="${BAND}" rx="2"><title>${escapeHtml(tip)}</title></rect>`);
    // The label goes right of the band, else inside it, else left of it: wherever it fits.
    const labelWidth = finding.diagnosis.length * 6.5;
    let label = `<text class="band-label" x="${round(end + 4)}" y="${bandY + 11}">`;
    if (end + 4 + labelWidth > WIDTH - RIGHT) {
      label = end - start > labelWidth + 8 ? `<text class="band-label inside" x="${round(start + 4)}" y="${bandY + 11}">` : `<text class="band-label" x="${round(start - 4)}" y="${bandY + 11}" text-anchor="end">`;
    }
    parts.push(`${label}${escapeHtml(finding.diagnosis)}</text></a>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
