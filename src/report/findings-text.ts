// Report: the findings part of `analyze`'s text verdict: each diagnosis with its meaning, fix and evidence.

import type { Lang } from '../i18n/lang.js';
import { WORDS } from '../i18n/words.js';
import type { EventRecord } from '../record.js';
import type { Finding } from '../rules/types.js';
import { originText } from './evidence.js';
import type { Paint } from './paint.js';
import { formatTime } from './time.js';
import { columns, padColumns, wrap } from './wrap.js';

const USERS_SHOWN = 8;
const PAD = '            ';

export interface FindingsTextOptions {
  zone: string;
  lang: Lang;
  width: number;
  paint: Paint;
}

/**
 * A record as one line (time, event, user, record id and file) where it fits the width; else the
 * parts that do not fit go on continuation lines, the record id always beside its file.
 */
function evidenceLines(record: EventRecord, options: FindingsTextOptions): string[] {
  const words = WORDS[options.lang];
  const parts = [`${formatTime(record.time, options.zone, options.lang)}  ${record.source} ${record.eventId}`];
  if (record.user?.upn !== undefined) parts.push(record.user.upn);
  const id = record.recordId === undefined ? undefined : `${words.record} ${record.recordId}`;
  const file = originText(record, options.lang);
  const where = id === undefined ? file : `${id}  ${file}`;
  // The record id stays beside its file unless the two do not fit on one line together.
  const tail = id !== undefined && PAD.length + 4 + columns(where) > options.width ? [id, file] : [where];
  const lines: string[] = [];
  let line = `${PAD}  ${parts[0] ?? ''}`;
  for (const part of [...parts.slice(1), ...tail]) {
    if (columns(line) + 2 + columns(part) > options.width) {
      lines.push(line);
      line = `${PAD}    ${part}`;
    } else line += `  ${part}`;
  }
  lines.push(line);
  const last = lines.length - 1;
  // The file is dimmed: the eye goes to time, event and user first.
  lines[last] = (lines[last] ?? '').replace(file, options.paint.dim(file));
  return lines;
}

function renderFinding(finding: Finding, options: FindingsTextOptions): string[] {
  const { zone, lang, width, paint } = options;
  const words = WORDS[lang];
  const out: string[] = [];
  const group = finding.group === undefined ? '' : ` (${words.group} ${finding.group})`;
  out.push(`  ${paint.severity(finding.severity, padColumns(words.severity[finding.severity], 8))}  ${paint.heading(finding.diagnosis)}${group}`);
  out.push(wrap(finding.title[lang], PAD, width));
  const span = finding.first.getTime() === finding.last.getTime() ? formatTime(finding.first, zone, lang) : `${formatTime(finding.first, zone, lang)} → ${formatTime(finding.last, zone, lang)}`;
  out.push(wrap(`${words.times(finding.count)}${words.separator}${span}`, PAD, width));
  if (finding.users.length > 0) {
    const shown = finding.users.slice(0, USERS_SHOWN).join(', ');
    const more = finding.users.length > USERS_SHOWN ? ` ${words.moreUsers(finding.users.length - USERS_SHOWN)}` : '';
    out.push(wrap(`${words.users}: ${shown}${more}`, PAD, width));
  }
  out.push('');
  out.push(wrap(finding.explanation[lang], PAD, width));
  out.push('', `${PAD}${words.whatToDo}`);
  finding.remediation.forEach((step, index) => {
    const number = `${index + 1}. `;
    const body = wrap(step[lang], `${PAD}  ${' '.repeat(number.length)}`, width);
    out.push(`${PAD}  ${number}${body.slice(PAD.length + 2 + number.length)}`);
  });
  out.push(`${PAD}${words.seeAlso}`, ...finding.references.map((reference) => `${PAD}  ${reference}`));
  out.push(`${PAD}${words.evidence(finding.evidence.length, finding.evidenceTotal)}`);
  for (const record of finding.evidence) out.push(...evidenceLines(record, options));
  return out;
}

/** The findings section: a heading, then every finding (already sorted, most severe first). */
export function renderFindingsText(findings: readonly Finding[], options: FindingsTextOptions): string[] {
  const words = WORDS[options.lang];
  if (findings.length === 0) return [words.noFindings];
  const out = [options.paint.heading(words.findingsHeading(findings.length))];
  for (const finding of findings) out.push('', ...renderFinding(finding, options));
  return out;
}
