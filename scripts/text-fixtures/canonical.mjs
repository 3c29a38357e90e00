// The canonical event set of fixtures/xml, read back from the XML fixtures make-fixtures.mjs wrote,
// so every CSV and text fixture shows exactly the same events.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EVENT = /<Event [^>]*>[\s\S]*?<\/Event>/g;

function decode(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function tag(xml, name) {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match === null ? undefined : decode(match[1]);
}

function attr(xml, element, name) {
  const match = new RegExp(`<${element}\\s[^>]*?\\b${name}='([^']*)'`).exec(xml);
  return match === null ? undefined : decode(match[1]);
}

function rendering(xml) {
  const info = /<RenderingInfo[\s\S]*<\/RenderingInfo>/.exec(xml)?.[0] ?? '';
  return { message: tag(info, 'Message') ?? '', level: tag(info, 'Level') ?? '', task: tag(info, 'Task') ?? '', opcode: tag(info, 'Opcode') ?? '' };
}

/** The events, oldest first, with what every export shape needs of them. */
export function loadCanonical(fixtures) {
  const read = (file) => readFileSync(join(fixtures, 'xml', file), 'utf8').replace(/^\uFEFF/, '');
  const en = read('eventviewer-en-US.utf8.xml').match(EVENT);
  const ja = read('eventviewer-ja-JP.utf8bom.xml').match(EVENT);
  const bare = read('wevtutil.xml').match(EVENT);
  return en.map((xml, i) => {
    const system = /<System>[\s\S]*<\/System>/.exec(xml)[0];
    const systemTime = attr(system, 'TimeCreated', 'SystemTime');
    const eventData = /<EventData>([\s\S]*?)<\/EventData>/.exec(xml)?.[1] ?? '';
    const data = [...eventData.matchAll(/<Data(?: Name='([^']*)')?>([\s\S]*?)<\/Data>|<Data(?: Name='([^']*)')?\/>/g)].map((m) => decode(m[2] ?? ''));
    const enText = rendering(xml);
    const jaText = rendering(ja[i]);
    return {
      provider: attr(system, 'Provider', 'Name'),
      providerGuid: attr(system, 'Provider', 'Guid'),
      eventId: Number(tag(system, 'EventID')),
      qualifiers: attr(system, 'EventID', 'Qualifiers'),
      level: Number(tag(system, 'Level')),
      task: Number(tag(system, 'Task')),
      keywords: tag(system, 'Keywords'),
      systemTime,
      ms: Date.parse(systemTime.slice(0, 23) + 'Z'),
      recordId: Number(tag(system, 'EventRecordID')),
      pid: Number(attr(system, 'Execution', 'ProcessID')),
      tid: Number(attr(system, 'Execution', 'ThreadID')),
      computer: tag(system, 'Computer'),
      userSid: attr(system, 'Security', 'UserID'),
      data,
      /** Rendered texts: the message, level, task and opcode names in en-US and ja-JP. */
      en: enText,
      ja: jaText,
      /** The event as wevtutil /f:xml writes it (no RenderingInfo), for Event Viewer's "Event Xml:". */
      xml: bare[i],
    };
  });
}

/** The providers every test compares: the writeback sources. */
export const WRITEBACK = new Set(['PasswordResetService', 'ADSync', 'Directory Synchronization']);

/** Event Viewer's pretty-printed event XML ("Copy details as text" → "Event Xml:"): double quotes, two-space indent. */
export function prettyEventXml(xml) {
  const tokens = xml.replace(/='([^']*)'/g, '="$1"').replace(/"\/>/g, '" />').replace(/<(\w+)\/>/g, '<$1 />').match(/<[^>]+>|[^<]+/g);
  const lines = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const indent = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + token);
    } else if (token.endsWith('/>')) {
      lines.push(indent + token);
    } else if (token.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(indent + token + text + close);
        i += 2;
      } else if (text?.startsWith('</')) {
        lines.push(indent + token + text);
        i += 1;
      } else {
        lines.push(indent + token);
        depth++;
      }
    }
  }
  return lines;
}
