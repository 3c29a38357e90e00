// Fixture generators' Windows event writer: events, their XML as the Windows event renderer writes it,
// the export shapes (Event Viewer, wevtutil, PowerShell) and their encodings. Shared by
// scripts/make-fixtures.mjs and scripts/make-correlate-fixtures.mjs, so both write the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const CRLF = '\r\n';

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32 seeded from a label, so each fixture set has its own stable stream. */
export function makeRng(label) {
  let state = 2166136261;
  for (const ch of label) state = Math.imul(state ^ ch.codePointAt(0), 16777619) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(0, 255)));
  return {
    next,
    int,
    bytes,
    chance: (p) => next() < p,
    pick: (list) => list[int(0, list.length - 1)],
    /** A GUID shaped like a random (v4) one, lower case. */
    guid() {
      const b = bytes(16);
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = b.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    hex: (n) => bytes(n).toString('hex'),
  };
}

// ---------------------------------------------------------------------------
// Time: milliseconds since the epoch plus the 100 ns ticks below the millisecond,
// because Windows writes SystemTime with 7 fractional digits.

export function stamp(iso, rng, fixedTicks) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad time ${iso}`);
  // iso may carry milliseconds already; the 4 sub-millisecond digits come from the rng.
  return { ms, ticks: fixedTicks ?? rng.int(0, 9999) };
}

export function systemTime(t) {
  const iso = new Date(t.ms).toISOString(); // 2024-03-05T00:07:11.530Z
  return `${iso.slice(0, 23)}${String(t.ticks).padStart(4, '0')}Z`;
}

// ---------------------------------------------------------------------------
// Providers and their rendering names

export const COMPUTER = 'AADC01.fabrikam.local';
export const PRS_VERSION = '5.0.0.686';
export const SYNC_VERSION = '2.1.20.0';
export const KW_CLASSIC = '0x80000000000000';

export const PROVIDERS = {
  prs: { name: 'PasswordResetService' },
  adsync: { name: 'ADSync' },
  dirsync: { name: 'Directory Synchronization' },
  sql: { name: 'MSSQL$ADSYNC' },
  appError: { name: 'Application Error' },
  wer: { name: 'Windows Error Reporting' },
  esent: { name: 'ESENT' },
  vss: { name: 'VSS' },
  dwm: { name: 'Desktop Window Manager' },
  spp: {
    name: 'Microsoft-Windows-Security-SPP',
    guid: '{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}',
    eventSourceName: 'Software Protection Platform Service',
  },
  eventSystem: {
    name: 'Microsoft-Windows-EventSystem',
    guid: '{899daace-4868-4295-afcd-9eb8fb497561}',
    eventSourceName: 'EventSystem',
  },
  restartManager: { name: 'Microsoft-Windows-RestartManager', guid: '{0888E5EF-9B98-4695-979D-E92CE4247224}' },
};

export const WRITEBACK_SOURCES = new Set(['PasswordResetService', 'ADSync', 'Directory Synchronization']);

export const LEVEL_WORDS = {
  'en-US': { 1: 'Critical', 2: 'Error', 3: 'Warning', 4: 'Information', 5: 'Verbose' },
  'ja-JP': { 1: '重大', 2: 'エラー', 3: '警告', 4: '情報', 5: '詳細' },
};
export const OPCODE_INFO = { 'en-US': 'Info', 'ja-JP': '情報' };
export const KEYWORD_CLASSIC = { 'en-US': 'Classic', 'ja-JP': 'クラシック' };
export const LEVEL_JSON = { 1: 'critical', 2: 'error', 3: 'warning', 4: 'information', 5: 'verbose' };

// Task (category) names as the providers' message files render them. Task numbers of
// ADSync and MSSQL are not documented anywhere public: invented, see fixtures/README.md.
export const TASKS = {
  ADSync: { 3: { 'en-US': 'Server', 'ja-JP': 'Server' } },
  'MSSQL$ADSYNC': {
    2: { 'en-US': 'Server', 'ja-JP': 'サーバー' },
    6: { 'en-US': 'Backup', 'ja-JP': 'バックアップ' },
  },
  'Application Error': { 100: { 'en-US': 'Application Crashing Events', 'ja-JP': 'アプリケーション クラッシュ イベント' } },
  ESENT: { 1: { 'en-US': 'General', 'ja-JP': '全般' } },
};

// ---------------------------------------------------------------------------
// The event model and its XML serialization

/**
 * Builds an event. `message` is the rendered text (string, or { 'en-US', 'ja-JP' });
 * line ends inside it are CRLF, as Windows stores them. `data` defaults to one unnamed
 * string holding the message: that is how .NET EventLog.WriteEntry sources (the writeback
 * providers) log.
 */
export function event(spec) {
  const provider = spec.provider;
  const classic = !provider.guid;
  const message = spec.message;
  const en = typeof message === 'string' ? message : message['en-US'];
  return {
    provider,
    eventId: spec.id,
    qualifiers: spec.qualifiers === undefined ? (classic ? 0 : undefined) : spec.qualifiers,
    version: 0,
    level: spec.level ?? 4,
    task: spec.task ?? 0,
    opcode: 0,
    keywords: spec.keywords ?? KW_CLASSIC,
    time: spec.time,
    computer: spec.computer ?? COMPUTER,
    recordId: 0, // assigned once the log is in order
    pid: spec.pid ?? 0,
    tid: spec.tid ?? 0,
    userSid: spec.userSid,
    data: spec.userData ? undefined : (spec.data ?? [{ value: en }]),
    userData: spec.userData,
    binary: spec.binary,
    message,
    keywordNames: 'keywordNames' in spec ? spec.keywordNames : KEYWORD_CLASSIC,
  };
}

export function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s) {
  return escapeText(s).replace(/'/g, '&apos;');
}

export function renderedMessage(ev, culture) {
  return typeof ev.message === 'string' ? ev.message : (ev.message[culture] ?? ev.message['en-US']);
}

/** One `<Event>` element as EvtRender writes it (single-quoted attributes, no whitespace). */
export function eventXml(ev, culture) {
  const p = ev.provider;
  let s = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>";
  s += `<Provider Name='${escapeAttr(p.name)}'`;
  if (p.guid) s += ` Guid='${p.guid}'`;
  if (p.eventSourceName) s += ` EventSourceName='${escapeAttr(p.eventSourceName)}'`;
  s += '/>';
  s += ev.qualifiers === undefined ? `<EventID>${ev.eventId}</EventID>` : `<EventID Qualifiers='${ev.qualifiers}'>${ev.eventId}</EventID>`;
  s += `<Version>${ev.version}</Version><Level>${ev.level}</Level><Task>${ev.task}</Task><Opcode>${ev.opcode}</Opcode>`;
  s += `<Keywords>${ev.keywords}</Keywords><TimeCreated SystemTime='${systemTime(ev.time)}'/>`;
  s += `<EventRecordID>${ev.recordId}</EventRecordID><Correlation/><Execution ProcessID='${ev.pid}' ThreadID='${ev.tid}'/>`;
  s += `<Channel>Application</Channel><Computer>${escapeText(ev.computer)}</Computer>`;
  s += ev.userSid ? `<Security UserID='${ev.userSid}'/>` : '<Security/>';
  s += '</System>';
  if (ev.userData) {
    s += `<UserData>${ev.userData}</UserData>`;
  } else {
    s += '<EventData>';
    for (const d of ev.data) {
      s += d.name ? `<Data Name='${escapeAttr(d.name)}'>${escapeText(d.value)}</Data>` : `<Data>${escapeText(d.value)}</Data>`;
    }
    if (ev.binary) s += `<Binary>${ev.binary}</Binary>`;
    s += '</EventData>';
  }
  if (culture) {
    const task = TASKS[p.name]?.[ev.task]?.[culture] ?? '';
    const keywords = ev.keywordNames ? `<Keyword>${ev.keywordNames[culture]}</Keyword>` : '';
    s += `<RenderingInfo Culture='${culture}'><Message>${escapeText(renderedMessage(ev, culture))}</Message>`;
    s += `<Level>${LEVEL_WORDS[culture][ev.level]}</Level><Task>${escapeText(task)}</Task><Opcode>${OPCODE_INFO[culture]}</Opcode>`;
    s += `<Channel>Application</Channel><Provider>${escapeText(p.name)}</Provider><Keywords>${keywords}</Keywords></RenderingInfo>`;
  }
  return s + '</Event>';
}

export function assignRecordIds(events, first) {
  events.sort((a, b) => a.time.ms - b.time.ms || a.time.ticks - b.time.ticks || a.seq - b.seq);
  events.forEach((ev, i) => {
    ev.recordId = first + i;
  });
  return events;
}

// ---------------------------------------------------------------------------
// Export shapes. Each returns { text, starts } where starts[i] is the index in text of
// the i-th event's '<' (used for the line/offset table of expected.json).

export function joinEvents(prefix, parts, separator, suffix) {
  let text = prefix;
  const starts = [];
  parts.forEach((part, i) => {
    if (i > 0) text += separator;
    starts.push(text.length);
    text += part;
  });
  return { text: text + suffix, starts };
}

/** Event Viewer "Save All Events As… → XML": declaration, CRLF, then everything on one line. */
export function eventViewerXml(events, culture) {
  const decl = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>' + CRLF;
  return joinEvents(decl + '<Events>', events.map((e) => eventXml(e, culture)), '', '</Events>');
}

/** `wevtutil qe Application /f:xml` (or /f:RenderedXml): one event per line, no root. */
export function wevtutilXml(events, culture) {
  return joinEvents('', events.map((e) => eventXml(e, culture)), CRLF, CRLF);
}

/** `wevtutil qe Application /f:xml /e:Events`: the same lines inside a root element. */
export function wevtutilRootXml(events) {
  return joinEvents('<Events>' + CRLF, events.map((e) => eventXml(e, null)), CRLF, CRLF + '</Events>' + CRLF);
}

/** `Get-WinEvent … | ForEach-Object { $_.ToXml() } | Out-File`: ToXml() has no RenderingInfo. */
export function powershellToXml(events) {
  return joinEvents('', events.map((e) => eventXml(e, null)), CRLF, CRLF);
}

export const ENCODINGS = {
  'utf8': { bom: Buffer.alloc(0), encode: (s) => Buffer.from(s, 'utf8'), unit: 'utf8' },
  'utf8bom': { bom: Buffer.from([0xef, 0xbb, 0xbf]), encode: (s) => Buffer.from(s, 'utf8'), unit: 'utf8' },
  'utf16le': { bom: Buffer.from([0xff, 0xfe]), encode: (s) => Buffer.from(s, 'utf16le'), unit: 'utf16' },
  'utf16be': { bom: Buffer.from([0xfe, 0xff]), encode: (s) => Buffer.from(s, 'utf16le').swap16(), unit: 'utf16' },
};

export function encode(text, encoding) {
  const enc = ENCODINGS[encoding];
  return Buffer.concat([enc.bom, enc.encode(text)]);
}

export function byteOffset(text, index, encoding) {
  const enc = ENCODINGS[encoding];
  const prefix = text.slice(0, index);
  const bytes = enc.unit === 'utf8' ? Buffer.byteLength(prefix, 'utf8') : prefix.length * 2;
  return enc.bom.length + bytes;
}

export function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// ---------------------------------------------------------------------------
// Writing files

/** Writes fixtures below `root`/fixtures and remembers what it wrote, for the generator's closing list. */
export function fixtureWriter(root) {
  const fixtures = join(root, 'fixtures');
  const written = [];
  function writeFixture(path, content) {
    const full = join(fixtures, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    written.push({ path: relative(root, full), bytes: Buffer.byteLength(content) });
  }
  return { writeFixture, written };
}
