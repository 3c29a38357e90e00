#!/usr/bin/env node
// Writes fixtures/broken/: damaged CSV, text and archive inputs, each made from a good fixture by
// one kind of damage a support engineer meets (a truncated copy, a hand edit, two exports joined,
// an archive that lies about its size). fixtures/broken/README.md lists what each must produce.
// Deterministic: two runs write the same bytes.
//
//   node scripts/make-broken-fixtures.mjs

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipArchive } from './lib/zip-writer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'broken');
const CRLF = '\r\n';
const BOM = '\uFEFF';

const fixture = (path) => readFileSync(join(ROOT, 'fixtures', path));
const text = (path) => fixture(path).toString('utf8').replace(/^\uFEFF/, '');
const utf16 = (path) => fixture(path).toString('utf16le').replace(/^\uFEFF/, '');
const write = (name, content) => writeFileSync(join(OUT, name), content);
const lines = (content) => content.split(CRLF);

mkdirSync(OUT, { recursive: true });

// --- Event Viewer CSV (en-US): the first rows of the good export, damaged one way each.
const csv = lines(text('csv/eventviewer-en-US.utf8bom.csv'));
const [header, heartbeat, esent, serviceBus] = csv;
const csvFile = (rows) => `${BOM}${[header, ...rows].join(CRLF)}${CRLF}`;

// A copy cut inside the last row's quoted message.
write('eventviewer-cut-row.csv', `${BOM}${[header, heartbeat, esent, serviceBus.slice(0, 90)].join(CRLF)}`);
// A row that lost two fields in an edit.
write('eventviewer-short-row.csv', csvFile([heartbeat, 'Information,3/4/2024 7:14:45 PM,ESENT,326', serviceBus]));
// A level no Windows language writes.
write('eventviewer-unknown-level.csv', csvFile([heartbeat.replace(/^Information/, 'Informational'), esent, serviceBus]));
// Two exports pasted into one file: the second header is in the middle.
write('eventviewer-two-exports.csv', csvFile([heartbeat, esent, header, serviceBus]));
// A date that is no date.
write('eventviewer-bad-date.csv', csvFile([heartbeat, esent.replace('3/4/2024 7:14:45 PM', '3/45/2024 7:14:45 PM'), serviceBus]));

// --- Get-WinEvent | Export-Csv: an event id mistyped with a letter O.
const winEvent = lines(text('csv/getwinevent-en-US.ps51-utf8.csv'));
write('getwinevent-bad-id.csv', `${BOM}${[winEvent[0], winEvent[1], winEvent[2]?.replace('"31019"', '"31O19"'), winEvent[3]].join(CRLF)}${CRLF}`);

// --- Event Viewer text (tab delimited), UTF-16 LE as Windows writes it: a row that lost a field.
const tab = lines(utf16('text/tab-en-US.txt'));
const shortTab = tab[1]?.split('\t').filter((_, at) => at !== 5).join('\t');
write('tab-short-row.txt', Buffer.from(`${BOM}${[tab[0], shortTab, tab[2]].join(CRLF)}${CRLF}`, 'utf16le'));

// --- Event Viewer details text: an Event ID that is no number; an Event Xml cut short.
const details = text('text/details-en-US.txt');
const blocks = details.split(/(?=\r\nLog Name:)/);
write('details-bad-event-id.txt', blocks.slice(0, 3).join('').replace('Event ID:      31019', 'Event ID:      3101x'));
const cutXml = blocks[0]?.slice(0, blocks[0].indexOf('  <EventData>'));
write('details-cut-event-xml.txt', `${cutXml}${blocks.slice(1, 3).join('')}`);

// --- wevtutil /f:text: a level name no Windows writes.
const wevtutil = text('text/wevtutil-en-US.txt');
const events = wevtutil.split(/(?=Event\[\d+\]:)/);
write('wevtutil-unknown-level.txt', events.slice(0, 4).join('').replace(/(Event\[1\]:[\s\S]*?Level: )Information/, '$1Informational'));

// --- Get-WinEvent | Format-List: an Id that is no number.
const formatList = utf16('text/format-list-en-US.txt');
const listBlocks = formatList.split(/(?=\r\n\r\nTimeCreated)/);
write('format-list-bad-id.txt', Buffer.from(`${BOM}${listBlocks.slice(0, 3).join('').replace('Id           : 31019', 'Id           : x31019')}\r\n\r\n`, 'utf16le'));

// --- XML: a DTD beyond the 64 KiB the detector reads, as a crafted file would hide it.
const wevtutilXml = text('xml/wevtutil.xml');
const filler = wevtutilXml.repeat(Math.ceil((70 * 1024) / wevtutilXml.length));
const doctype = `<!DOCTYPE Event [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${CRLF}`;
const withEntity = lines(wevtutilXml)[3]?.replace(/<Data>[^<]*<\/Data>/, '<Data>&lol1;</Data>');
write('late-doctype.xml', `${filler}${doctype}${withEntity}${CRLF}`);

// --- gzip: a copy cut short; a file that expands far beyond its size.
const gzipped = gzipSync(fixture('xml/wevtutil.xml'), { level: 9 });
write('truncated.xml.gz', gzipped.subarray(0, Math.floor(gzipped.length * 0.6)));
const [firstEvent = '', secondEvent = ''] = lines(wevtutilXml);
write('expands-far.xml.gz', gzipSync(Buffer.concat([Buffer.from(`${firstEvent}${CRLF}`), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from(`${secondEvent}${CRLF}`)]), { level: 9 }));

// --- ZIP: what customers send, and archives that lie.
const xml = fixture('xml/eventviewer-en-US.utf8bom.xml');
write('export-with-readme.zip', zipArchive([
  { name: 'Application.xml', data: xml },
  { name: 'readme.txt', data: Buffer.from(`Exported from AADC01 for the ticket.${CRLF}`) },
]));
write('declares-5-gib.zip', zipArchive([{ name: 'Application.xml', data: xml, declaredSize: 5 * 1024 ** 3, zip64: true }]));
write('lying-size.zip', zipArchive([{ name: 'Application.xml', data: xml, declaredSize: 1000 }]));
write('encrypted.zip', zipArchive([{ name: 'Application.xml', data: xml, flags: 0x0001 }]));
write('deflate64.zip', zipArchive([{ name: 'Application.xml', data: xml, declaredMethod: 9 }]));
write('no-central-directory.zip', zipArchive([{ name: 'Application.xml', data: xml }], { omitDirectory: true }));
const stored = Buffer.from(xml);
write('damaged-entry.zip', zipArchive([{ name: 'Application.xml', data: stored, method: 0, compressed: Buffer.concat([stored.subarray(0, 5000), Buffer.from('X'), stored.subarray(5001)]) }]));

console.log(`wrote fixtures/broken/ (see fixtures/broken/README.md)`);
