// Report: the findings part of `analyze`'s text verdict: each diagnosis with its meaning, fix and evidence.

import type { Lang } from '../i18n/lang.js';
import { WORDS } from '../i18n/words.js';
import type { EventRecord } from '../record.js';
import type { Finding } from '../rules/types.js';
import { formatTime } from './time.js';
import { padColumns, wrap } from './wrap.js';

const USERS_SHOWN = 8;
const PAD = '            ';

function origin(record: EventRecord, lang: Lang): string {
  const words = WORDS[lang];
  const id = record.recordId === undefined ? '' : `${words.record} ${record.recordId}  `;
  // A binary export (.evtx) has no lines; its byte offset still finds the record.
  const where = record.origin.line > 0 ? `${record.origin.file}:${record.origin.line} (${words.byte} ${record.origin.offset})` : `${record.origin.file} (${words.byte} ${record.origin.offset})`;
  return `${id}${where}`;
}

function evidenceLine(record: EventRecord, zone: string, lang: Lang): string {
  const user = record.user?.upn === undefined ? '' : `  ${record.user.upn}`;
  return `${PAD}  ${formatTime(record.time, zone)}  ${record.source} ${record.eventId}${user}  ${origin(record, lang)}`;
}

function renderFinding(finding: Finding, zone: string, lang: Lang): string[] {
  const words = WORDS[lang];
  const out: string[] = [];
  const group = finding.group === undefined ? '' : ` (${words.group} ${finding.group})`;
  out.push(`  ${padColumns(words.severity[finding.severity], 8)}  ${finding.diagnosis}${group}`);
  out.push(wrap(finding.title[lang], PAD));
  const span = finding.first.getTime() === finding.last.getTime() ? formatTime(finding.first, zone) : `${formatTime(finding.first, zone)} → ${formatTime(finding.last, zone)}`;
  out.push(`${PAD}${words.times(finding.count)}${words.separator}${span}`);
  if (finding.users.length > 0) {
    const shown = finding.users.slice(0, USERS_SHOWN).join(', ');
    const more = finding.users.length > USERS_SHOWN ? ` ${words.moreUsers(finding.users.length - USERS_SHOWN)}` : '';
    out.push(wrap(`${words.users}: ${shown}${more}`, PAD));
  }
  out.push('');
  out.push(wrap(finding.explanation[lang], PAD));
  out.push('', `${PAD}${words.whatToDo}`);
  finding.remediation.forEach((step, index) => {
    const number = `${index + 1}. `;
    const body = wrap(step[lang], `${PAD}  ${' '.repeat(number.length)}`);
    out.push(`${PAD}  ${number}${body.slice(PAD.length + 2 + number.length)}`);
  });
  out.push(`${PAD}${words.seeAlso}`, ...finding.references.map((reference) => `${PAD}  ${reference}`));
  out.push(`${PAD}${words.evidence(finding.evidence.length, finding.evidenceTotal)}`);
  for (const record of finding.evidence) out.push(evidenceLine(record, zone, lang));
  return out;
}

/** The findings section: a heading, then every finding (already sorted, most severe first). */
export function renderFindingsText(findings: readonly Finding[], zone: string, lang: Lang): string[] {
  const words = WORDS[lang];
  if (findings.length === 0) return [words.noFindings];
  const out = [words.findingsHeading(findings.length)];
  for (const finding of findings) out.push('', ...renderFinding(finding, zone, lang));
  return out;
}
