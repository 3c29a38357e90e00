// Report: one record of evidence as the cells the Markdown and HTML tables show: when, what, which record, whose, where.

import { lookupEvent } from '../catalog/events.js';
import type { Lang } from '../i18n/lang.js';
import { WORDS } from '../i18n/words.js';
import type { EventRecord } from '../record.js';
import { formatTime } from './time.js';

export interface EvidenceCells {
  time: string;
  event: string;
  record: string;
  user: string;
  where: string;
}

/** `file:line (byte n)`; a binary export (.evtx) has no lines, its byte offset still finds the record. */
export function originText(record: EventRecord, lang: Lang): string {
  const byte = `(${WORDS[lang].byte} ${record.origin.offset})`;
  return record.origin.line > 0 ? `${record.origin.file}:${record.origin.line} ${byte}` : `${record.origin.file} ${byte}`;
}

export function evidenceCells(record: EventRecord, zone: string, lang: Lang): EvidenceCells {
  const name = lookupEvent(record.source, record.eventId)?.name;
  return {
    time: formatTime(record.time, zone, lang),
    event: `${record.source} ${record.eventId}${name === undefined ? '' : ` ${name}`}`,
    record: record.recordId === undefined ? '' : String(record.recordId),
    user: record.user?.upn ?? record.user?.dn ?? record.user?.cloudAnchor ?? record.adminUpn ?? '',
    where: originText(record, lang),
  };
}
