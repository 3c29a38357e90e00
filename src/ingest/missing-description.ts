// Ingest: recovers an event's own strings from the "description … cannot be found" text Windows prints instead.

import { LOCALES, normalizeWord } from './locales.js';

/**
 * When the exporting computer lacks a provider's message file, Event Viewer writes, in its
 * language: "The description for Event ID 31001 from source PasswordResetService cannot be
 * found. …", a paragraph about other computers, "The following information was included with
 * the event:", then the event's insertion strings one per line, and sometimes a closing sentence.
 * The writeback providers log their whole message as one such string, so it is the message.
 */
const MARKERS: ReadonlySet<string> = new Set(LOCALES.map((locale) => normalizeWord(locale.missingDescriptionMarker)));
const TAILS: ReadonlySet<string> = new Set(LOCALES.flatMap((locale) => locale.missingDescriptionTails.map(normalizeWord)));

/**
 * .NET's EventLogEntry (Get-EventLog) says it on one line instead: "The description for Event ID
 * '31001' in Source 'PasswordResetService' cannot be found. … The following information is part
 * of the event:'first string', 'second string'".
 */
const DOTNET_MISSING = /^The description for Event ID '\d+' in Source '[^']*' cannot be found\.[\s\S]*?The following information is part of the event:\s?([\s\S]*)$/;
/** One `'…'` insertion string of the .NET form, followed by `, ` or the end. */
const DOTNET_STRING = /'([\s\S]*?)'(?:, |$)/gy;

/** Whether the first line names the event id and the source, as every such text does; most messages fail at the id. */
function firstLineNames(message: string, eventId: number, source: string): boolean {
  const end = message.indexOf('\n');
  const firstEnd = end === -1 ? message.length : end;
  const idAt = message.indexOf(String(eventId));
  if (idAt === -1 || idAt >= firstEnd) return false;
  return message.slice(0, firstEnd).toLowerCase().includes(source.toLowerCase());
}

function fromDotNet(strings: string): string {
  const parts: string[] = [];
  DOTNET_STRING.lastIndex = 0;
  for (let match = DOTNET_STRING.exec(strings); match !== null; match = DOTNET_STRING.exec(strings)) parts.push(match[1] ?? '');
  return parts.length > 0 ? parts.join('\n') : strings.trim();
}

/**
 * The insertion strings of a "description cannot be found" text, or the message unchanged when
 * it is an ordinary message. Line ends must already be `\n`.
 */
export function recoverMissingDescription(message: string, eventId: number, source: string): string {
  if (!firstLineNames(message, eventId, source)) return message;
  const dotNet = DOTNET_MISSING.exec(message);
  if (dotNet !== null) return fromDotNet(dotNet[1] ?? '');

  const lines = message.split('\n');
  let marker = lines.findIndex((line) => MARKERS.has(normalizeWord(line)));
  if (marker === -1) {
    // An unknown language: the strings follow the third paragraph (cannot be found / other computer / marker).
    let paragraphs = 0;
    marker = lines.findIndex((line, index) => index > 0 && line.trim() === '' && (lines[index - 1] ?? '').trim() !== '' && ++paragraphs === 3) - 1;
    if (marker < 0) return message;
  }
  const strings = lines.slice(marker + 1);
  while (strings.length > 0 && (strings[0] ?? '').trim() === '') strings.shift();
  while (strings.length > 0 && ((strings.at(-1) ?? '').trim() === '' || TAILS.has(normalizeWord(strings.at(-1) ?? '')))) strings.pop();
  return strings.join('\n');
}
