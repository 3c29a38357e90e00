#!/usr/bin/env node
// Generates the CSV and text fixtures (fixtures/csv, fixtures/text): the canonical events of
// fixtures/xml written as every CSV and text export shape, in every Windows language the tool
// reads, in the encodings Windows uses (see fixtures/README.md). Run make-fixtures.mjs first:
// the events are read back from its XML fixtures. Deterministic: two runs give identical files.
//
//   node scripts/make-text-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCanonical, WRITEBACK } from './text-fixtures/canonical.mjs';
import { asciiLossy, CRLF, eventViewerCsv, eventViewerCsvRows, getEventLogCsv, getWinEventCsv } from './text-fixtures/csv-shapes.mjs';
import { eventViewerDetails, eventViewerTab, formatList, wevtutilText } from './text-fixtures/text-shapes.mjs';
import { CULTURES, LANGUAGES, eventViewerTime } from './text-fixtures/windows-cultures.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');

const ENCODINGS = {
  utf8: (text) => Buffer.from(text, 'utf8'),
  utf8bom: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  utf16le: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  utf16be: (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  /** Windows PowerShell 5.1's Export-Csv default: ASCII, no BOM. */
  ascii: (text) => Buffer.from(asciiLossy(text), 'utf8'),
};

const written = [];
function writeFixture(path, text, encoding) {
  const full = join(FIXTURES, path);
  mkdirSync(dirname(full), { recursive: true });
  const bytes = ENCODINGS[encoding](text);
  writeFileSync(full, bytes);
  written.push({ path: relative(ROOT, full), bytes: bytes.length });
}

const events = loadCanonical(FIXTURES);

// ---------------------------------------------------------------------------
// CSV: every language × Event Viewer, Get-WinEvent, Get-EventLog, and the encodings Windows writes.

const csvVariants = [];
const csv = (file, shape, culture, encoding, text, extra = {}) => {
  writeFixture(join('csv', file), text, encoding);
  csvVariants.push({ file, shape, culture, zone: CULTURES[culture].zone, encoding, order: 'newest-first', ...extra });
};
const EVENT_VIEWER_CARRIES = { carries: [], timePrecision: 'second' };
const POWERSHELL_CARRIES = { carries: ['recordId', 'computer'], timePrecision: 'second' };

for (const culture of [...LANGUAGES, 'en-GB']) {
  csv(`eventviewer-${culture}.utf8bom.csv`, 'eventviewer-csv', culture, 'utf8bom', eventViewerCsv(events, culture), EVENT_VIEWER_CARRIES);
}
csv('eventviewer-en-US.utf8.csv', 'eventviewer-csv', 'en-US', 'utf8', eventViewerCsv(events, 'en-US'), EVENT_VIEWER_CARRIES);
csv('eventviewer-en-US.utf16le.csv', 'eventviewer-csv', 'en-US', 'utf16le', eventViewerCsv(events, 'en-US'), EVENT_VIEWER_CARRIES);
csv('eventviewer-en-US.utf16be.csv', 'eventviewer-csv', 'en-US', 'utf16be', eventViewerCsv(events, 'en-US'), EVENT_VIEWER_CARRIES);
for (const culture of ['en-US', 'ja-JP', 'de-DE']) {
  csv(`eventviewer-${culture}.no-message-files.csv`, 'eventviewer-csv', culture, 'utf8bom', eventViewerCsv(events, culture, { missingMessages: WRITEBACK }), { ...EVENT_VIEWER_CARRIES, missingMessages: true });
}

const winEvent = [
  ['en-US', 'ascii', {}, 'ps51-ascii'],
  ['en-US', 'utf8bom', {}, 'ps51-utf8'],
  ['en-US', 'utf16be', {}, 'ps51-bigendianunicode'],
  ['ja-JP', 'utf16le', {}, 'ps51-unicode'],
  ['zh-TW', 'utf8bom', {}, 'ps51-utf8'],
  ['zh-CN', 'utf8', { powershell7: true }, 'ps7'],
  ['ko-KR', 'utf16le', {}, 'ps51-unicode'],
  ['de-DE', 'utf8bom', { useCulture: true }, 'ps51-utf8-useculture'],
  ['fr-FR', 'utf8', { powershell7: true, useCulture: true }, 'ps7-useculture'],
  ['es-ES', 'utf8bom', { useCulture: true }, 'ps51-utf8-useculture'],
];
for (const [culture, encoding, options, how] of winEvent) {
  csv(`getwinevent-${culture}.${how}.csv`, 'get-winevent-csv', culture, encoding, getWinEventCsv(events, culture, options), {
    ...POWERSHELL_CARRIES, ...(encoding === 'ascii' ? { lossy: true } : {}), delimiter: options.useCulture ? CULTURES[culture].listSeparator : ',',
  });
}

const eventLog = [
  ['en-US', 'ascii', {}, 'ps51-ascii'],
  ['ja-JP', 'utf8bom', {}, 'ps51-utf8'],
  ['zh-TW', 'utf16le', {}, 'ps51-unicode'],
  ['zh-CN', 'utf8bom', {}, 'ps51-utf8'],
  ['ko-KR', 'utf8bom', {}, 'ps51-utf8'],
  ['de-DE', 'utf8bom', { useCulture: true }, 'ps51-utf8-useculture'],
  ['fr-FR', 'utf16le', { useCulture: true }, 'ps51-unicode-useculture'],
  ['es-ES', 'ascii', {}, 'ps51-ascii'],
];
for (const [culture, encoding, options, how] of eventLog) {
  csv(`geteventlog-${culture}.${how}.csv`, 'get-eventlog-csv', culture, encoding, getEventLogCsv(events, culture, options), {
    ...POWERSHELL_CARRIES, ...(encoding === 'ascii' ? { lossy: true } : {}), delimiter: options.useCulture ? CULTURES[culture].listSeparator : ',',
  });
}

// ---------------------------------------------------------------------------
// Text: details text, tab-delimited text, wevtutil /f:text and Format-List, in every language.

const textVariants = [];
const text = (file, shape, culture, encoding, content, extra) => {
  writeFixture(join('text', file), content, encoding);
  textVariants.push({ file, shape, culture, zone: CULTURES[culture].zone, encoding, ...extra });
};
for (const culture of LANGUAGES) {
  const withXml = culture === 'en-US' || culture === 'ja-JP';
  text(`details-${culture}.txt`, 'eventviewer-details', culture, culture === 'en-US' ? 'utf8' : 'utf8bom', eventViewerDetails(events, culture, { withXml }), {
    order: 'newest-first', ...(withXml ? { carries: ['recordId', 'computer'], timePrecision: 'millisecond', eventXml: true } : { carries: ['computer'], timePrecision: 'second' }),
  });
  text(`tab-${culture}.txt`, 'eventviewer-tab', culture, 'utf16le', eventViewerTab(events, culture), { order: 'newest-first', carries: [], timePrecision: 'second' });
  text(`wevtutil-${culture}.txt`, 'wevtutil-text', culture, culture === 'en-US' ? 'utf8' : 'utf16le', wevtutilText(events, culture), {
    order: 'oldest-first', carries: ['computer'], timePrecision: 'millisecond',
  });
  text(`format-list-${culture}.txt`, 'format-list', culture, ['en-US', 'ja-JP', 'de-DE'].includes(culture) ? 'utf16le' : 'utf8', formatList(events, culture), {
    order: 'newest-first', carries: [], timePrecision: 'second', levelFromCatalog: true,
  });
}
text('format-list-en-US.pasted.txt', 'format-list', 'en-US', 'utf8', formatList(events, 'en-US', { pasted: true }), {
  order: 'newest-first', carries: [], timePrecision: 'second', levelFromCatalog: true, pasted: true,
});
text('format-list-all-en-US.txt', 'format-list', 'en-US', 'utf8', formatList(events, 'en-US', { all: true }), {
  order: 'newest-first', carries: ['recordId', 'computer'], timePrecision: 'second',
});

// ---------------------------------------------------------------------------
// Daylight saving: heartbeats across Berlin's 2024 switches, and Tokyo (no DST) at Berlin's gap hours.

/** A seeded v4-shaped GUID, so tracking ids are stable between runs. */
function guidOf(seed) {
  let state = seed >>> 0;
  const hex = [];
  for (let i = 0; i < 16; i++) {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9 + i) >>> 0;
    hex.push(((state >>> 8) & 0xff).toString(16).padStart(2, '0'));
  }
  hex[6] = `4${hex[6][1]}`;
  hex[8] = `${'89ab'[parseInt(hex[8][0], 16) % 4]}${hex[8][1]}`;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function syntheticEvent(ms, eventId, level, message, recordId) {
  const rendered = { message, level: '', task: '', opcode: '' };
  return { provider: 'PasswordResetService', eventId, qualifiers: '0', level, task: 0, keywords: '0x80000000000000', ms, recordId, pid: 4312, tid: 0, computer: 'AADC01.fabrikam.local', data: [message], en: rendered, ja: rendered };
}

function heartbeats(fromIso, toIso, stepMinutes, seed) {
  const list = [];
  for (let ms = Date.parse(fromIso), i = 0; ms <= Date.parse(toIso); ms += stepMinutes * 60_000, i++) {
    list.push(syntheticEvent(ms + 250 + i, 31019, 4, `TrackingId: ${guidOf(seed + i)}, ServiceBusHeartBeat, Details: Version: 5.0.0.686`, 90000 + seed + i));
  }
  return list;
}

const byTime = (a, b) => a.ms - b.ms;
const expectedOf = (list) => list.map((e) => ({ eventId: e.eventId, level: e.level === 2 ? 'error' : 'information', time: new Date(Math.floor(e.ms / 1000) * 1000).toISOString() }));
const dst = [];
{
  const autumn = [
    ...heartbeats('2024-10-26T23:30:02Z', '2024-10-27T02:30:02Z', 10, 100),
    syntheticEvent(Date.parse('2024-10-27T00:45:30.250Z'), 32002, 2, `TrackingId: ${guidOf(900)}, Couldn't connect to any service bus endpoint(s), Details:`, 90900),
    syntheticEvent(Date.parse('2024-10-27T01:45:30.250Z'), 32002, 2, `TrackingId: ${guidOf(901)}, Couldn't connect to any service bus endpoint(s), Details:`, 90901),
  ].sort(byTime);
  writeFixture('csv/dst/berlin-autumn.newest-first.csv', eventViewerCsv(autumn, 'de-DE'), 'utf8bom');
  dst.push({ file: 'dst/berlin-autumn.newest-first.csv', culture: 'de-DE', zone: 'Europe/Berlin', order: 'newest-first', records: expectedOf(autumn) });
  // A user sorted the view oldest first before saving: Event Viewer writes the rows in view order.
  writeFixture('csv/dst/berlin-autumn.oldest-first.csv', eventViewerCsv([...autumn].reverse(), 'de-DE'), 'utf8bom');
  dst.push({ file: 'dst/berlin-autumn.oldest-first.csv', culture: 'de-DE', zone: 'Europe/Berlin', order: 'oldest-first', records: expectedOf(autumn) });

  const spring = heartbeats('2024-03-31T00:00:02Z', '2024-03-31T02:00:02Z', 10, 200);
  writeFixture('csv/dst/berlin-spring.csv', eventViewerCsv(spring, 'de-DE'), 'utf8bom');
  dst.push({ file: 'dst/berlin-spring.csv', culture: 'de-DE', zone: 'Europe/Berlin', order: 'newest-first', records: expectedOf(spring) });

  const tokyo = heartbeats('2024-03-30T16:30:02Z', '2024-03-30T18:30:02Z', 10, 300);
  writeFixture('csv/dst/tokyo-night.csv', eventViewerCsv(tokyo, 'ja-JP'), 'utf8bom');
  dst.push({ file: 'dst/tokyo-night.csv', culture: 'ja-JP', zone: 'Asia/Tokyo', order: 'newest-first', records: expectedOf(tokyo) });
}

// ---------------------------------------------------------------------------
// Day or month first: an English (not US) export whose early dates are ambiguous and a later one settles it.

const dates = [];
{
  const days = ['2024-03-11', '2024-03-12', '2024-03-13', '2024-03-14'].map((day, i) =>
    syntheticEvent(Date.parse(`${day}T09:00:02.250Z`), 31019, 4, `TrackingId: ${guidOf(400 + i)}, ServiceBusHeartBeat, Details: Version: 5.0.0.686`, 91000 + i));
  writeFixture('csv/dates/eventviewer-en-GB.settled-late.csv', eventViewerCsv([...days].reverse(), 'en-GB'), 'utf8bom');
  dates.push({ file: 'dates/eventviewer-en-GB.settled-late.csv', culture: 'en-GB', zone: 'Europe/London', order: 'oldest-first', records: expectedOf(days) });
}

// ---------------------------------------------------------------------------
// Broken CSV: bad rows amid good ones, a header no export writes, a PowerShell export missing a column.

const broken = [];
{
  const good = eventViewerCsvRows(events, 'en-US');
  const heartbeat = (time) => `Information,${time},PasswordResetService,31019,None,"TrackingId: ${guidOf(500)}, ServiceBusHeartBeat, Details: Version: 5.0.0.686"`;
  const inserts = [
    [4, 'Information,3/4/2024 7:08:00 PM,PasswordResetService,31019', 'a row of 4 fields'],
    [8, heartbeat('13/45/2024 7:09:00 PM'), 'unreadable date'],
    [12, heartbeat('3/4/2024 7:10:00 PM').replace(/^Information/, 'Informational'), 'level "Informational"'],
    [16, good[0], 'a second header line'],
  ];
  const rows = [...good];
  for (const [at, row] of [...inserts].reverse()) rows.splice(at, 0, row);
  const lineOf = (index) => 1 + rows.slice(0, index).reduce((lines, row) => lines + row.split(CRLF).length, 0);
  const bad = inserts.map(([, row, why]) => ({ line: lineOf(rows.indexOf(row, 1)), why }));
  writeFixture('csv/broken/bad-rows.csv', rows.join(CRLF) + CRLF, 'utf8bom');
  broken.push({ file: 'broken/bad-rows.csv', culture: 'en-US', zone: 'America/New_York', order: 'newest-first', badRows: bad });

  const unknown = ['Level,Date,Source,EventID,Task', ...good.slice(1, 4).map((row) => row.split(',').slice(0, 5).join(','))].join(CRLF) + CRLF;
  writeFixture('csv/broken/unknown-header.csv', unknown, 'utf8bom');
  broken.push({ file: 'broken/unknown-header.csv', closest: 'Event Viewer CSV (English (United States))' });

  const columns = ['TimeCreated', 'Id', 'LevelDisplayName', 'Message'];
  const selected = [
    '#TYPE Selected.System.Diagnostics.Eventing.Reader.EventLogRecord',
    columns.map((name) => `"${name}"`).join(','),
    ...[...events].reverse().map((e) => [eventViewerTime(e.ms, 'en-US'), e.eventId, CULTURES['en-US'].levels[e.level], e.en.message].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',')),
  ].join(CRLF) + CRLF;
  writeFixture('csv/broken/selected-columns.csv', selected, 'ascii');
  broken.push({ file: 'broken/selected-columns.csv', missing: ['ProviderName'] });
}

// ---------------------------------------------------------------------------

const common = {
  records: 'The records of ../xml/expected.json (the writeback providers, oldest first) are what every variant must yield: same source, event id, level, message, and time to the precision the shape carries (timePrecision). carries: the other fields of expected.json the shape holds.',
  zone: 'zone: the IANA zone the export was made in; read it with --tz <zone>.',
  order: 'order: the order of the rows or blocks in the file.',
};
writeFixture('csv/expected.json', `${JSON.stringify({ ...common, lossy: 'lossy: written as ASCII by Windows PowerShell 5.1; every non-ASCII character of a message became "?".', variants: csvVariants, dst, dates, broken }, null, 2)}\n`, 'utf8');
writeFixture('text/expected.json', `${JSON.stringify({ ...common, levelFromCatalog: 'levelFromCatalog: the view shows no level; the level is the one Windows logs the event at.', variants: textVariants }, null, 2)}\n`, 'utf8');

for (const f of written) console.log(`${String(f.bytes).padStart(9)}  ${f.path}`);
