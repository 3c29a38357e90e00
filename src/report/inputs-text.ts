// Report: the inputs block of the terminal verdict: each file, its export shape, encoding and how much was read.

import type { Lang } from '../i18n/lang.js';
import { INPUT_WORDS } from '../i18n/input-words.js';
import { WORDS } from '../i18n/words.js';
import { formatCount } from './count.js';
import { describeLocalTime } from './local-time-text.js';
import type { Report } from './model.js';
import { padColumns, wrap } from './wrap.js';

export function renderInputsText(report: Report, lang: Lang, labelWidth: number, width: number): string[] {
  const words = INPUT_WORDS[lang];
  const separator = WORDS[lang].separator;
  const label = padColumns(words.input, labelWidth);
  const indent = ' '.repeat(labelWidth);
  const out: string[] = [];
  for (const input of report.inputs) {
    out.push(`${label}${input.path}`);
    out.push(wrap(`${words.formats[input.format] ?? input.format}${separator}${words.encoding(input.encoding)}`, indent, width));
    const localTime = describeLocalTime(input.localTime, lang);
    if (localTime !== undefined) out.push(wrap(localTime, indent, width));
    const skipped = input.skipped > 0 ? `${words.partsSkipped(input.skipped, formatCount(input.skipped))} ${words.seeWarnings}` : words.nothingSkipped;
    out.push(wrap(`${words.eventsRead(formatCount(input.records), formatCount(input.kept))}${separator}${skipped}`, indent, width));
  }
  for (const input of report.unreadable) out.push(`${label}${input.path}: ${words.notRead(input.message)}`);
  return out;
}
