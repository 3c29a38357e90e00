// The ingest bench's logs: large exports built from the events of fixtures/demo/Application.xml
// (the writeback story of AADC01 and the other providers of the server), repeated as many times
// as a size asks, with fresh tracking ids, record ids and times at every turn.
//
// Every turn ("cycle") is the demo's three days moved by three days: its writeback events in their
// order (so each reset still pairs with its outcome), and, for a mixed log, other providers' events
// between them so that about 1 % of all events are writeback events.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng } from './eventxml.mjs';

const CRLF = '\r\n';
const CYCLE_MS = 3 * 24 * 3600 * 1000;
const WRITEBACK = new Set(['PasswordResetService', 'ADSync', 'Directory Synchronization']);
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Strings are written in pieces of about this many characters. */
const FLUSH_CHARS = 4 * 1024 * 1024;

function decodeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * One event of the demo as a template: its literal text cut where the time, the record id and the
 * GUIDs go, so that rendering a copy is a join of a few strings.
 */
function template(xml) {
  const provider = /<Provider Name='([^']*)'/.exec(xml)[1];
  const time = /SystemTime='([^']*)'/.exec(xml)[1];
  const ms = Date.parse(time.slice(0, 23) + 'Z');
  const ticks = time.slice(23, 27);
  const bare = xml.replace(/<RenderingInfo[\s\S]*<\/RenderingInfo>/, '');
  const info = /<RenderingInfo[\s\S]*<\/RenderingInfo>/.exec(xml)?.[0] ?? '';
  const tag = (name) => decodeEntities(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(info)?.[1] ?? '');
  return {
    provider,
    writeback: WRITEBACK.has(provider),
    ms,
    ticks,
    eventId: /<EventID[^>]*>(\d+)</.exec(xml)[1],
    full: cut(xml),
    bare: cut(bare),
    csv: { level: tag('Level'), task: tag('Task') || 'None', message: tag('Message') },
  };
}

/** Splits event XML into literal parts and slots: 0 the SystemTime value, 1 the record id, strings the GUIDs. */
function cut(xml) {
  const parts = [];
  const slots = [];
  const marks = [];
  const time = /SystemTime='([^']*)'/.exec(xml);
  marks.push({ at: time.index + "SystemTime='".length, length: time[1].length, slot: 0 });
  const record = /<EventRecordID>(\d+)</.exec(xml);
  marks.push({ at: record.index + '<EventRecordID>'.length, length: record[1].length, slot: 1 });
  for (const match of xml.matchAll(GUID)) marks.push({ at: match.index, length: match[0].length, slot: match[0] });
  marks.sort((a, b) => a.at - b.at);
  let from = 0;
  for (const mark of marks) {
    parts.push(xml.slice(from, mark.at));
    slots.push(mark.slot);
    from = mark.at + mark.length;
  }
  parts.push(xml.slice(from));
  return { parts, slots };
}

/** A GUID of this turn: the demo's, its last twelve digits moved by the turn. */
function turnGuid(guid, turn) {
  const tail = (Number.parseInt(guid.slice(24), 16) + turn * 7919) % 2 ** 48;
  return guid.slice(0, 24) + tail.toString(16).padStart(12, '0');
}

function render(cutEvent, systemTime, recordId, turn) {
  const { parts, slots } = cutEvent;
  let out = parts[0];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    out += (slot === 0 ? systemTime : slot === 1 ? String(recordId) : turn === 0 ? slot : turnGuid(slot, turn)) + parts[i + 1];
  }
  return out;
}

export function loadDemo(root) {
  const text = readFileSync(join(root, 'fixtures', 'demo', 'Application.xml'), 'utf8').replace(/^\uFEFF/, '');
  const events = text.match(/<Event xmlns=[\s\S]*?<\/Event>/g).map(template);
  return { writeback: events.filter((event) => event.writeback), other: events.filter((event) => !event.writeback), first: events[0].ms };
}

/**
 * The events of the log, in time order (`newestFirst`: the reverse), as { event, ms, ticks, turn }.
 * `mix`: other providers' events per writeback event on average (99 for 1 %, 0 for a writeback-only log).
 */
function* sequence(demo, mix, newestFirst, seed) {
  const rng = makeRng(seed);
  for (let n = 0; ; n++) {
    const turn = newestFirst ? -n : n;
    const shift = turn * CYCLE_MS;
    const cycle = [];
    let previous = demo.first + shift - 60_000;
    for (const event of demo.writeback) {
      const ms = event.ms + shift;
      const others = mix === 0 ? 0 : rng.int(0, 2 * mix);
      for (let i = 0; i < others; i++) {
        const at = previous + Math.floor(((ms - previous) * (i + 1)) / (others + 1));
        cycle.push({ event: rng.pick(demo.other), ms: at, ticks: String(rng.int(0, 9999)).padStart(4, '0'), turn: n });
      }
      cycle.push({ event, ms, ticks: event.ticks, turn: n });
      previous = ms;
    }
    if (newestFirst) cycle.reverse();
    yield* cycle;
  }
}

const systemTime = (ms, ticks) => `${new Date(ms).toISOString().slice(0, 23)}${ticks}Z`;

/** Event Viewer's `M/d/yyyy h:mm:ss AM` in New York time (en-US's usual zone), the zone's offset looked up once an hour. */
function newYorkTime() {
  const offsets = new Map();
  const format = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset' });
  return (ms) => {
    const hour = Math.floor(ms / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const name = format.formatToParts(new Date(hour * 3_600_000)).find((part) => part.type === 'timeZoneName').value; // GMT-05:00
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      offset = match === null ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
      offsets.set(hour, offset);
    }
    const d = new Date(ms + offset);
    const h = d.getUTCHours();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
}

const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The shapes the bench reads: what each writes before, between and after events.
 * `encoding`: how the text becomes bytes; `bom`: the bytes before it.
 */
export const SHAPES = {
  'eventviewer-xml-utf8': {
    description: 'Event Viewer XML, UTF-8 with BOM, ~1 % writeback',
    mix: 99, bom: [0xef, 0xbb, 0xbf], encoding: 'utf8',
    head: `<?xml version="1.0" encoding="utf-8" standalone="yes"?>${CRLF}<Events>`, between: '', tail: '</Events>',
    row: (e, rid) => render(e.event.full, systemTime(e.ms, e.ticks), rid, e.turn),
  },
  'eventviewer-xml-utf16': {
    description: 'Event Viewer XML re-saved as UTF-16 LE with BOM, ~1 % writeback',
    mix: 99, bom: [0xff, 0xfe], encoding: 'utf16le',
    head: `<?xml version="1.0" encoding="utf-8" standalone="yes"?>${CRLF}<Events>`, between: '', tail: '</Events>',
    row: (e, rid) => render(e.event.full, systemTime(e.ms, e.ticks), rid, e.turn),
  },
  'wevtutil-xml': {
    description: 'wevtutil qe /f:xml, UTF-8, one event a line, ~1 % writeback',
    mix: 99, bom: [], encoding: 'utf8',
    head: '', between: CRLF, tail: CRLF,
    row: (e, rid) => render(e.event.bare, systemTime(e.ms, e.ticks), rid, e.turn),
  },
  'eventviewer-csv': {
    description: 'Event Viewer CSV, en-US, UTF-8 with BOM, newest first, ~1 % writeback',
    mix: 99, bom: [0xef, 0xbb, 0xbf], encoding: 'utf8', newestFirst: true,
    head: `Level,Date and Time,Source,Event ID,Task Category${CRLF}`, between: '', tail: '',
    row: (e, _rid, clock) => {
      const { csv } = e.event;
      const message = e.event.writeback && e.turn !== 0 ? csv.message.replace(GUID, (guid) => turnGuid(guid, e.turn)) : csv.message;
      return `${csvField(csv.level)},${clock(e.ms)},${csvField(e.event.provider)},${e.event.eventId},${csvField(csv.task)},${csvField(message)}${CRLF}`;
    },
  },
  'eventviewer-xml-writeback': {
    description: 'Event Viewer XML, UTF-8 with BOM, every event a writeback event',
    mix: 0, bom: [0xef, 0xbb, 0xbf], encoding: 'utf8',
    head: `<?xml version="1.0" encoding="utf-8" standalone="yes"?>${CRLF}<Events>`, between: '', tail: '</Events>',
    row: (e, rid) => render(e.event.full, systemTime(e.ms, e.ticks), rid, e.turn),
  },
};

/**
 * Writes a log of `shape` of about `bytes` bytes to `path`; returns its size, its events and how
 * many of them are writeback events (what `analyze` keeps).
 */
export function writeBenchLog(demo, shapeName, bytes, path) {
  const shape = SHAPES[shapeName];
  const unit = shape.encoding === 'utf16le' ? 2 : 1;
  const fd = openSync(path, 'w');
  const clock = newYorkTime();
  let written = 0;
  let pending = shape.head;
  const flush = () => {
    const buffer = Buffer.from(pending, shape.encoding);
    writeSync(fd, buffer);
    written += buffer.length;
    pending = '';
  };
  try {
    writeSync(fd, Buffer.from(shape.bom));
    written += shape.bom.length;
    let events = 0;
    let wanted = 0;
    let recordId = 1_000_000;
    const budget = bytes - unit * (shape.tail.length + 2);
    for (const entry of sequence(demo, shape.mix, shape.newestFirst === true, `bench-${shapeName}`)) {
      const row = shape.row(entry, recordId++, clock);
      const approx = written + unit * (pending.length + row.length + shape.between.length);
      if (approx > budget && events > 0) break;
      pending += (events === 0 ? '' : shape.between) + row;
      events++;
      if (entry.event.writeback) wanted++;
      if (pending.length >= FLUSH_CHARS) flush();
    }
    pending += shape.tail;
    flush();
    return { bytes: written, events, wanted };
  } finally {
    closeSync(fd);
  }
}
