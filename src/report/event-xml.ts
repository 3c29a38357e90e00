// Report: a record as one `<Event>` element, for `events --format xml`.

import type { IngestedRecord, Level } from '../record.js';

const UTF8 = new TextDecoder();

const LEVEL_NUMBER: Record<Level, number> = { critical: 1, error: 2, warning: 3, information: 4, verbose: 5 };

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;');
}

/**
 * The event as the reader saw it: an .evtx record's own rendering, else one rebuilt from the
 * record's fields (the message as one unnamed `<Data>`, as classic providers write it), in the
 * same layout, so that both read back as an XML export.
 */
export function recordToXml(record: IngestedRecord): string {
  if (record.xml !== undefined) return record.xml;
  if (record.xmlBytes !== undefined) return UTF8.decode(record.xmlBytes);
  const lines = [
    '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
    '  <System>',
    `    <Provider Name="${escapeAttribute(record.source)}"/>`,
    `    <EventID>${record.eventId}</EventID>`,
    `    <Level>${LEVEL_NUMBER[record.level]}</Level>`,
    `    <TimeCreated SystemTime="${record.time.toISOString()}"/>`,
  ];
  if (record.recordId !== undefined) lines.push(`    <EventRecordID>${record.recordId}</EventRecordID>`);
  if (record.computer !== undefined) lines.push(`    <Computer>${escapeText(record.computer)}</Computer>`);
  lines.push('  </System>');
  const named = Object.entries(record.data);
  if (named.length === 0 && record.message === '') {
    lines.push('  <EventData/>');
  } else {
    lines.push('  <EventData>');
    for (const [name, value] of named) lines.push(`    <Data Name="${escapeAttribute(name)}">${escapeText(value)}</Data>`);
    if (record.message !== '') lines.push(`    <Data>${escapeText(record.message)}</Data>`);
    lines.push('  </EventData>');
  }
  lines.push('</Event>', '');
  return lines.join('\n');
}

/** `recordToXml` as UTF-8 bytes: an .evtx record's own bytes as the reader wrote them, else the text encoded. */
export function recordToXmlBytes(record: IngestedRecord): Uint8Array {
  return record.xmlBytes ?? Buffer.from(recordToXml(record), 'utf8');
}
