#!/usr/bin/env node
// Generates the XML fixtures (fixtures/xml, fixtures/xml/broken) and the demo log
// (fixtures/demo/Application.xml): Application-log exports of an Azure AD Connect server,
// written byte for byte in the shapes Windows writes them (see fixtures/README.md).
// Deterministic: seeded PRNG, fixed times; two runs give identical files.
//
//   node scripts/make-fixtures.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const CRLF = '\r\n';

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32 seeded from a label, so each fixture set has its own stable stream. */
function makeRng(label) {
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

function stamp(iso, rng, fixedTicks) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad time ${iso}`);
  // iso may carry milliseconds already; the 4 sub-millisecond digits come from the rng.
  return { ms, ticks: fixedTicks ?? rng.int(0, 9999) };
}

function systemTime(t) {
  const iso = new Date(t.ms).toISOString(); // 2024-03-05T00:07:11.530Z
  return `${iso.slice(0, 23)}${String(t.ticks).padStart(4, '0')}Z`;
}

// ---------------------------------------------------------------------------
// Providers and their rendering names

const COMPUTER = 'AADC01.fabrikam.local';
const PRS_VERSION = '5.0.0.686';
const SYNC_VERSION = '2.1.20.0';
const KW_CLASSIC = '0x80000000000000';

const PROVIDERS = {
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

const WRITEBACK_SOURCES = new Set(['PasswordResetService', 'ADSync', 'Directory Synchronization']);

const LEVEL_WORDS = {
  'en-US': { 1: 'Critical', 2: 'Error', 3: 'Warning', 4: 'Information', 5: 'Verbose' },
  'ja-JP': { 1: '重大', 2: 'エラー', 3: '警告', 4: '情報', 5: '詳細' },
};
const OPCODE_INFO = { 'en-US': 'Info', 'ja-JP': '情報' };
const KEYWORD_CLASSIC = { 'en-US': 'Classic', 'ja-JP': 'クラシック' };
const LEVEL_JSON = { 1: 'critical', 2: 'error', 3: 'warning', 4: 'information', 5: 'verbose' };

// Task (category) names as the providers' message files render them. Task numbers of
// ADSync and MSSQL are not documented anywhere public: invented, see fixtures/README.md.
const TASKS = {
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
function event(spec) {
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

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s) {
  return escapeText(s).replace(/'/g, '&apos;');
}

function renderedMessage(ev, culture) {
  return typeof ev.message === 'string' ? ev.message : (ev.message[culture] ?? ev.message['en-US']);
}

/** One `<Event>` element as EvtRender writes it (single-quoted attributes, no whitespace). */
function eventXml(ev, culture) {
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
  s += `<Channel>Application</Channel><Computer>${escapeText(COMPUTER)}</Computer>`;
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

function assignRecordIds(events, first) {
  events.sort((a, b) => a.time.ms - b.time.ms || a.time.ticks - b.time.ticks || a.seq - b.seq);
  events.forEach((ev, i) => {
    ev.recordId = first + i;
  });
  return events;
}

// ---------------------------------------------------------------------------
// Export shapes. Each returns { text, starts } where starts[i] is the index in text of
// the i-th event's '<' (used for the line/offset table of expected.json).

function joinEvents(prefix, parts, separator, suffix) {
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
function eventViewerXml(events, culture) {
  const decl = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>' + CRLF;
  return joinEvents(decl + '<Events>', events.map((e) => eventXml(e, culture)), '', '</Events>');
}

/** `wevtutil qe Application /f:xml` (or /f:RenderedXml): one event per line, no root. */
function wevtutilXml(events, culture) {
  return joinEvents('', events.map((e) => eventXml(e, culture)), CRLF, CRLF);
}

/** `wevtutil qe Application /f:xml /e:Events`: the same lines inside a root element. */
function wevtutilRootXml(events) {
  return joinEvents('<Events>' + CRLF, events.map((e) => eventXml(e, null)), CRLF, CRLF + '</Events>' + CRLF);
}

/** `Get-WinEvent … | ForEach-Object { $_.ToXml() } | Out-File`: ToXml() has no RenderingInfo. */
function powershellToXml(events) {
  return joinEvents('', events.map((e) => eventXml(e, null)), CRLF, CRLF);
}

const ENCODINGS = {
  'utf8': { bom: Buffer.alloc(0), encode: (s) => Buffer.from(s, 'utf8'), unit: 'utf8' },
  'utf8bom': { bom: Buffer.from([0xef, 0xbb, 0xbf]), encode: (s) => Buffer.from(s, 'utf8'), unit: 'utf8' },
  'utf16le': { bom: Buffer.from([0xff, 0xfe]), encode: (s) => Buffer.from(s, 'utf16le'), unit: 'utf16' },
  'utf16be': { bom: Buffer.from([0xfe, 0xff]), encode: (s) => Buffer.from(s, 'utf16le').swap16(), unit: 'utf16' },
};

function encode(text, encoding) {
  const enc = ENCODINGS[encoding];
  return Buffer.concat([enc.bom, enc.encode(text)]);
}

function byteOffset(text, index, encoding) {
  const enc = ENCODINGS[encoding];
  const prefix = text.slice(0, index);
  const bytes = enc.unit === 'utf8' ? Buffer.byteLength(prefix, 'utf8') : prefix.length * 2;
  return enc.bom.length + bytes;
}

function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const written = [];

function writeFixture(path, content) {
  const full = join(FIXTURES, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  written.push({ path: relative(ROOT, full), bytes: Buffer.byteLength(content) });
}

// ---------------------------------------------------------------------------
// People, in an invented tenant

const TENANT = 'fabrikam.com';
const OU_USERS = 'OU=Users,OU=Fabrikam,DC=fabrikam,DC=local';

function makeUser(rng, upnPrefix, cn, ou = OU_USERS) {
  return {
    upn: `${upnPrefix}@${TENANT}`,
    dn: `CN=${cn},${ou}`,
    cloudAnchor: `User_${rng.guid()}`,
    sourceAnchor: rng.bytes(16).toString('base64'),
  };
}

// ---------------------------------------------------------------------------
// Message texts, in the shapes of shared/samples/messages.md

const L = (...lines) => lines.join(CRLF);

const EXCEPTION = 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException';
const MANAGER = 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Library.PasswordResetManager';

const SYNC_ERRORS = {
  policy: { hr: '80230619', text: 'A restriction prevents the password from being changed to the current one specified.' },
  denied: { hr: '80230626', text: 'The management agent credentials were denied access.' },
};

const prs = {
  resetStart: (tid, u) => `TrackingId: ${tid}, PasswordResetRequestStart, Details: ${u.upn}`,
  resetSuccess: (tid, u) =>
    `TrackingId: ${tid}, PasswordResetSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}, unblockUser: True`,
  changeStart: (tid, u) => `TrackingId: ${tid}, ChangePasswordStart, Details: ${u.upn}`,
  changeSuccess: (tid, u) =>
    `TrackingId: ${tid}, ChangePasswordSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}`,
  adminStart: (tid, u) => `TrackingId: ${tid}, ResetUserPasswordByAdminStart, Details: ${u.upn}`,
  adminSuccess: (tid, u, admin) =>
    `TrackingId: ${tid}, ResetUserPasswordByAdminSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, AdminUpn: ${admin}, UserPrincipalName ${u.upn}, ForcePasswordChange: True`,
  heartbeat: (tid) => `TrackingId: ${tid}, ServiceBusHeartBeat, Details: Version: ${PRS_VERSION}`,
  started: (tid) => `TrackingId: ${tid}, WriteBackServiceStarted, Details: Version: ${PRS_VERSION}`,
  stopped: (tid) => `TrackingId: ${tid}, WriteBackServiceStopped, Details: Version: ${PRS_VERSION}`,
  serviceBusError: (tid) => `TrackingId: ${tid}, Couldn't connect to any service bus endpoint(s), Details:`,
  unhealthy: (tid) =>
    `TrackingId: ${tid}, Password writeback service is not in a healthy state. No serviceHost for service bus endpoints are in running state., Details: Version: ${PRS_VERSION}`,
  connectionLost: (tid) =>
    `TrackingId: ${tid}, The connection to the connect service was lost, Details: System.ServiceModel.CommunicationException: The socket connection was aborted. This could be caused by an error processing your message or a receive timeout being exceeded by the remote host, or an underlying network resource issue.`,
  /** 33xxx: the operation's AD error, with the .NET stack on lines of three spaces and `at `. */
  syncError(tid, u, err, operation) {
    const what = `Synchronization Engine returned an error hr=${err.hr}, message=${err.text}`;
    const method = operation === 'change' ? 'ChangeUserPassword' : 'ResetUserPassword';
    return L(
      `TrackingId: ${tid}, Reason: ${what}, Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}, Details: ${EXCEPTION}: ${what}`,
      '   at AADPasswordReset.SynchronizationEngineManagedHandle.ThrowSyncEngineError(Int32 hr)',
      '   at AADPasswordReset.SynchronizationEngineManagedHandle.SetPassword(String maName, String cloudAnchor, String sourceAnchor, String password, Boolean unlockAccount, Int32& hr)',
      `   at ${MANAGER}.<>c__DisplayClass14_0.<${method}>b__0()`,
      `   at ${MANAGER}.ExecuteWithRetry(Func\`1 action, Int32 retryCount)`,
      `   at ${MANAGER}.${method}(PasswordResetRequest request)`,
    );
  },
};

const MAUTILS = String.raw`X:\bt\1317421\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58)`;

/** ADSync 6329: a sentence, then the quoted trace of one MMS thread, the version last. */
function adsync6329(thread, kind) {
  const mms = `MMS(${thread})`;
  const cause =
    kind === 'policy'
      ? `BAIL: ${mms}: admaexport.cpp(2939): 0x80230619 (${SYNC_ERRORS.policy.text})`
      : `ERR_: ${mms}: admaexport.cpp(2939): SetPassword: ldap_modify_ext_s failed with 0x32 (Insufficient Rights): 00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0`;
  const hr = kind === 'policy' ? '0x80230619' : '0x80230626';
  const text = kind === 'policy' ? SYNC_ERRORS.policy.text : SYNC_ERRORS.denied.text;
  return L(
    'An unexpected error has occurred during a password set operation.',
    `"BAIL: ${mms}: ..\\dnutils.cpp(1341): 0x800700b7 (Cannot create a file when that file already exists.)`,
    `ERR_: ${mms}: ${MAUTILS}: Failed getting registry value 'ADMADoNormalization', 0x2`,
    cause,
    `BAIL: ${mms}: admaexport.cpp(2963): ${hr} (${text})`,
    `ERR_: ${mms}: ..\\ma.cpp(8000): ExportPasswordSet failed with ${hr}`,
    `Azure AD Sync ${SYNC_VERSION}"`,
  );
}

/** Directory Synchronization 656 / 657: password hash sync batches (context, not writeback). */
function phsRequest(users, when) {
  const d = new Date(when.ms).toISOString();
  const date = `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
  return L(...users.map((u) => `Password Change Request - Anchor : ${u.sourceAnchor}, Dn : ${u.dn}, Change Date : ${date}`));
}

function phsResult(users) {
  return L(...users.map((u) => `Password Change Result - Anchor : ${u.sourceAnchor}, Dn : ${u.dn}, Result : Success.`));
}

// ---------------------------------------------------------------------------
// Events of other providers, as they appear on a Windows Server 2019 Connect server

const other = {
  sqlStartup: (time, pid) =>
    event({
      provider: PROVIDERS.sql, id: 17137, qualifiers: 16384, task: 2, time, pid,
      message: { 'en-US': "Starting up database 'ADSync'.", 'ja-JP': "データベース 'ADSync' を起動しています。" },
      data: [{ value: 'ADSync' }],
      binary: sqlBinary(17137, 10, 'ADSync'),
    }),
  sqlBackup: (time, pid, rng) => {
    const pages = String(rng.int(4800, 5600));
    const lsn = `${rng.int(3100, 3900)}:${rng.int(100, 999)}:${rng.int(1, 300)}`;
    const file = String.raw`C:\Program Files\Microsoft Azure AD Sync\Data\Backup\ADSync_${new Date(time.ms).toISOString().slice(0, 10).replace(/-/g, '')}.bak`;
    const device = `(FILE=1, TYPE=DISK: {'${file}'})`;
    const values = ['ADSync', '2023/11/14(09:12:44)', pages, lsn, lsn, '1', device];
    return event({
      provider: PROVIDERS.sql, id: 18264, qualifiers: 16384, task: 6, time, pid,
      message: `Database backed up. Database: ADSync, creation date(time): 2023/11/14(09:12:44), pages dumped: ${pages}, first LSN: ${lsn}, last LSN: ${lsn}, number of dump devices: 1, device information: ${device}. This is an informational message only. No user action is required.`,
      data: values.map((value) => ({ value })),
      binary: sqlBinary(18264, 10, 'master'),
    });
  },
  appCrash: (time, reportId, pid) => {
    const v = {
      app: 'mmc.exe', appVer: '10.0.17763.1', appTs: '6d9c7e4b', mod: 'KERNELBASE.dll', modVer: '10.0.17763.5329',
      modTs: '7b3cf6a1', code: 'e0434352', offset: '0000000000039329', pid: `0x${pid.toString(16)}`,
      start: '0x01da6e8f5c1b2d3e', appPath: String.raw`C:\Windows\system32\mmc.exe`,
      modPath: String.raw`C:\Windows\System32\KERNELBASE.dll`,
    };
    return event({
      provider: PROVIDERS.appError, id: 1000, level: 2, task: 100, time, pid: 4012,
      message: {
        'en-US': L(
          `Faulting application name: ${v.app}, version: ${v.appVer}, time stamp: 0x${v.appTs}`,
          `Faulting module name: ${v.mod}, version: ${v.modVer}, time stamp: 0x${v.modTs}`,
          `Exception code: 0x${v.code}`,
          `Fault offset: 0x${v.offset}`,
          `Faulting process id: ${v.pid}`,
          `Faulting application start time: ${v.start}`,
          `Faulting application path: ${v.appPath}`,
          `Faulting module path: ${v.modPath}`,
          `Report Id: ${reportId}`,
          'Faulting package full name: ',
          'Faulting package-relative application ID: ',
        ),
        'ja-JP': L(
          `障害が発生しているアプリケーション名: ${v.app}、バージョン: ${v.appVer}、タイム スタンプ: 0x${v.appTs}`,
          `障害が発生しているモジュール名: ${v.mod}、バージョン: ${v.modVer}、タイム スタンプ: 0x${v.modTs}`,
          `例外コード: 0x${v.code}`,
          `障害オフセット: 0x${v.offset}`,
          `障害が発生しているプロセス ID: ${v.pid}`,
          `障害が発生しているアプリケーションの開始時刻: ${v.start}`,
          `障害が発生しているアプリケーション パス: ${v.appPath}`,
          `障害が発生しているモジュール パス: ${v.modPath}`,
          `レポート ID: ${reportId}`,
          '障害が発生しているパッケージの完全な名前: ',
          '障害が発生しているパッケージに相対的なアプリケーション ID: ',
        ),
      },
      data: [v.app, v.appVer, v.appTs, v.mod, v.modVer, v.modTs, v.code, v.offset, v.pid.slice(2), v.start.slice(2), v.appPath, v.modPath, reportId, '', ''].map((value) => ({ value })),
    });
  },
  werReport: (time, reportId, rng) => {
    const bucket = `${rng.int(1000000000, 2147483646)}${rng.int(100000000, 999999999)}`;
    const archive = String.raw`\\?\C:\ProgramData\Microsoft\Windows\WER\ReportArchive\AppCrash_mmc.exe_` + `${rng.hex(20)}_${rng.hex(4)}_${rng.hex(16)}`;
    const temp = String.raw`\\?\C:\ProgramData\Microsoft\Windows\WER\Temp\WER` + `${rng.hex(2).toUpperCase()}.tmp.WERInternalMetadata.xml`;
    const hashed = rng.hex(16);
    const p = ['mmc.exe', '10.0.17763.1', '6d9c7e4b', 'KERNELBASE.dll', '10.0.17763.5329', '7b3cf6a1', 'e0434352', '0000000000039329', '', ''];
    const sig = () => p.map((value, i) => `P${i + 1}: ${value}`);
    return event({
      provider: PROVIDERS.wer, id: 1001, time, pid: 5216,
      message: {
        'en-US': L(
          `Fault bucket ${bucket}, type 4`, 'Event Name: APPCRASH', 'Response: Not available', 'Cab Id: 0', '',
          'Problem signature:', ...sig(), '', 'Attached files:', temp, '', 'These files may be available here:', archive, '',
          'Analysis symbol: ', 'Rechecking for solution: 0', `Report Id: ${reportId}`, 'Report Status: 268435456',
          `Hashed bucket: ${hashed}`, 'Cab Guid: 0',
        ),
        'ja-JP': L(
          `障害バケット ${bucket}、種類 4`, 'イベント名: APPCRASH', '応答: 使用不可', 'Cab ID: 0', '',
          '問題の署名:', ...sig(), '', '添付ファイル:', temp, '', 'これらのファイルは次の場所にある可能性があります:', archive, '',
          '分析シンボル: ', '解決策を再確認しています: 0', `レポート ID: ${reportId}`, 'レポートの状態: 268435456',
          `ハッシュされたバケット: ${hashed}`, 'Cab Guid: 0',
        ),
      },
      data: [bucket, '4', 'APPCRASH', 'Not available', '0', ...p, temp, archive, '', '0', reportId, '268435456', hashed, '0'].map((value) => ({ value })),
    });
  },
  esentBeta: (time, pid) =>
    event({
      provider: PROVIDERS.esent, id: 916, task: 1, time, pid,
      message: {
        'en-US': `svchost (${pid},G,98) The beta feature EseDiskFlushConsistency is enabled in ESENT due to the beta site mode settings 0x800000.`,
        'ja-JP': `svchost (${pid},G,98) ベータ サイト モードの設定 0x800000 により、ESENT でベータ機能 EseDiskFlushConsistency が有効になっています。`,
      },
      data: ['svchost', `${pid},G,98`, '', 'EseDiskFlushConsistency', 'ESENT', '0x800000'].map((value) => ({ value })),
    }),
  esentAttach: (time, pid, attach) => {
    const db = String.raw`C:\Windows\system32\SRU\SRUDB.dat`;
    const inst = attach ? 'D,50' : 'D,22';
    return event({
      provider: PROVIDERS.esent, id: attach ? 326 : 327, task: 1, time, pid,
      message: {
        'en-US': `svchost (${pid},${inst}) SRUJet: The database engine ${attach ? 'attached' : 'detached'} a database (1, ${db}). (Time=0 seconds)`,
        'ja-JP': `svchost (${pid},${inst}) SRUJet: データベース エンジンはデータベース (1, ${db}) を${attach ? 'アタッチ' : 'デタッチ'}しました。(時間=0 秒)`,
      },
      data: ['svchost', `${pid},${inst}`, 'SRUJet: ', '1', db, '0'].map((value) => ({ value })),
    });
  },
  sppRestart: (time, when) =>
    event({
      provider: PROVIDERS.spp, id: 16384, qualifiers: 16384, time,
      message: {
        'en-US': `Successfully scheduled Software Protection service for re-start at ${when}. Reason: RulesEngine.`,
        'ja-JP': `Software Protection サービスの再起動が ${when} に正常にスケジュールされました。理由: RulesEngine。`,
      },
      data: [{ value: when }, { value: 'RulesEngine' }],
    }),
  eventSystem: (time) =>
    event({
      provider: PROVIDERS.eventSystem, id: 4625, qualifiers: 16384, time,
      message: {
        'en-US': String.raw`The EventSystem sub system is suppressing duplicate event log entries for a duration of 86400 seconds.  The suppression timeout can be controlled by a REG_DWORD value named SuppressDuplicateDuration under the following registry key: HKLM\Software\Microsoft\EventSystem\EventLog.`,
        'ja-JP': String.raw`EventSystem サブシステムは、重複するイベント ログ エントリを 86400 秒間抑制しています。抑制のタイムアウトは、次のレジストリ キーにある SuppressDuplicateDuration という名前の REG_DWORD 値で制御できます: HKLM\Software\Microsoft\EventSystem\EventLog。`,
      },
      data: [
        { name: 'param1', value: '86400' },
        { name: 'param2', value: 'SuppressDuplicateDuration' },
        { name: 'param3', value: String.raw`Software\Microsoft\EventSystem\EventLog` },
      ],
    }),
  vssIdle: (time, pid, tid) =>
    event({
      provider: PROVIDERS.vss, id: 8224, time, pid,
      message: { 'en-US': 'The VSS service is shutting down due to idle timeout. ', 'ja-JP': 'VSS サービスはアイドル タイムアウトのためシャットダウンしています。' },
      data: [{ value: '' }],
      binary: Buffer.from(
        `- Code:  CORSVCC00000773- Call:  CORSVCC00000755- PID:  ${String(pid).padStart(8, '0')}- TID:  ${String(tid).padStart(8, '0')}- CMD:  C:\\Windows\\system32\\vssvc.exe   - User: Name: NT AUTHORITY\\SYSTEM, SID:S-1-5-18 `,
        'latin1',
      ).toString('hex').toUpperCase(),
    }),
  dwmExit: (time, pid) =>
    event({
      provider: PROVIDERS.dwm, id: 9009, qualifiers: 16384, time, pid,
      message: { 'en-US': 'The Desktop Window Manager has exited with code (0xd00002fe)', 'ja-JP': 'デスクトップ ウィンドウ マネージャーはコード (0xd00002fe) で終了しました' },
      data: [{ value: '0xd00002fe' }],
    }),
  restartManager: (time, start, pid, tid, end) =>
    event({
      provider: PROVIDERS.restartManager, id: end ? 10001 : 10000, qualifiers: undefined, time, pid, tid,
      keywords: '0x8000000000000000', keywordNames: null, userSid: 'S-1-5-18',
      message: end ? `Ending session 0 started ${systemTime(start)}.` : `Starting session 0 - ${systemTime(start)}.`,
      userData: `<RmSessionEvent xmlns='http://www.microsoft.com/2005/08/Windows/Reliability/RestartManager/'><RmSessionId>0</RmSessionId><UTCStartTime>${systemTime(start)}</UTCStartTime></RmSessionEvent>`,
    }),
};

/** SQL Server's binary data: error number, severity, state, then server and database names. */
function sqlBinary(errorNumber, severity, database) {
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const name = (s) => Buffer.concat([u32(s.length), Buffer.from(s + '\0', 'utf16le')]);
  return Buffer.concat([u32(errorNumber), u32(severity), u32(1), name('AADC01\\ADSYNC'), name(database)]).toString('hex').toUpperCase();
}

// ---------------------------------------------------------------------------
// 2. The canonical small set: fixtures/xml

function buildCanonical() {
  const rng = makeRng('canonical-2024-03-05');
  const day = '2024-03-05T';
  const t = (hms, ticks) => stamp(day + hms + 'Z', rng, ticks);
  const miiserver = 4312;
  const kim = makeUser(rng, 'kim.lee', 'Kim Lee');
  const juergen = makeUser(rng, 'juergen.mueller', 'Müller\\, Jürgen', 'OU=R&D,' + OU_USERS);
  const taro = makeUser(rng, 'taro.yamada', '山田 太郎', 'OU=東京,' + OU_USERS);
  const resetOk = rng.guid();
  const resetFail = rng.guid();
  const sb = rng.guid();
  const report = rng.guid();
  const prsEvent = (time, id, message, level = 4) => event({ provider: PROVIDERS.prs, id, level, time, pid: miiserver, message });
  const list = [
    other.sqlStartup(t('00:02:13.402'), 2716),
    other.esentBeta(t('00:03:58.118'), 3964),
    other.eventSystem(t('00:04:09.733')),
    prsEvent(t('00:05:02.251'), 31019, prs.heartbeat(rng.guid())),
    other.sppRestart(t('00:06:40.086'), '2124-02-10T00:06:40Z'),
    prsEvent(t('00:07:11.530', 2719), 31001, prs.resetStart(resetOk, kim)),
    prsEvent(t('00:07:13.884'), 31002, prs.resetSuccess(resetOk, kim)),
    event({ provider: PROVIDERS.dirsync, id: 656, time: t('00:09:27.310'), pid: miiserver, message: phsRequest([kim, juergen, taro], { ms: Date.parse(day + '00:07:14Z') }) }),
    event({ provider: PROVIDERS.dirsync, id: 657, time: t('00:09:28.047'), pid: miiserver, message: phsResult([kim, juergen, taro]) }),
    prsEvent(t('00:10:02.266'), 31019, prs.heartbeat(rng.guid())),
    prsEvent(t('00:11:02.615'), 31001, prs.resetStart(resetFail, juergen)),
    event({ provider: PROVIDERS.adsync, id: 6329, level: 2, task: 3, time: t('00:11:04.102'), pid: miiserver, message: adsync6329(4924, 'policy') }),
    prsEvent(t('00:11:04.129'), 33008, prs.syncError(resetFail, juergen, SYNC_ERRORS.policy, 'reset'), 2),
    other.appCrash(t('00:12:30.905'), report, 0x1f4c),
    other.werReport(t('00:12:33.377'), report, rng),
    prsEvent(t('00:13:07.560'), 32002, prs.serviceBusError(sb), 2),
    other.esentAttach(t('00:14:45.020'), 3964, true),
    prsEvent(t('00:15:02.281'), 31019, prs.heartbeat(rng.guid())),
  ];
  list.forEach((ev, i) => { ev.seq = i; });
  return assignRecordIds(list, 88208);
}

function expectedRecord(ev) {
  const message = renderedMessage(ev, 'en-US').replace(/\r\n/g, '\n');
  return {
    source: ev.provider.name,
    eventId: ev.eventId,
    level: LEVEL_JSON[ev.level],
    time: new Date(ev.time.ms).toISOString(),
    recordId: ev.recordId,
    computer: COMPUTER,
    message,
  };
}

function writeCanonical(events) {
  const newestFirst = [...events].reverse();
  const variants = [
    { file: 'eventviewer-en-US.utf8bom.xml', shape: 'eventviewer', culture: 'en-US', encoding: 'utf8bom', build: () => eventViewerXml(events, 'en-US') },
    { file: 'eventviewer-en-US.utf8.xml', shape: 'eventviewer', culture: 'en-US', encoding: 'utf8', build: () => eventViewerXml(events, 'en-US') },
    { file: 'eventviewer-ja-JP.utf8bom.xml', shape: 'eventviewer', culture: 'ja-JP', encoding: 'utf8bom', build: () => eventViewerXml(events, 'ja-JP') },
    { file: 'eventviewer-en-US.utf16le.xml', shape: 'eventviewer', culture: 'en-US', encoding: 'utf16le', build: () => eventViewerXml(events, 'en-US') },
    { file: 'eventviewer-en-US.utf16be.xml', shape: 'eventviewer', culture: 'en-US', encoding: 'utf16be', build: () => eventViewerXml(events, 'en-US') },
    { file: 'wevtutil.xml', shape: 'wevtutil', culture: null, encoding: 'utf8', build: () => wevtutilXml(events, null) },
    { file: 'wevtutil-root.xml', shape: 'wevtutil-root', culture: null, encoding: 'utf8', build: () => wevtutilRootXml(events) },
    { file: 'wevtutil-rendered.utf16le.xml', shape: 'wevtutil-rendered', culture: 'en-US', encoding: 'utf16le', build: () => wevtutilXml(events, 'en-US') },
    { file: 'wevtutil-newest-first.xml', shape: 'wevtutil', culture: null, encoding: 'utf8', order: 'newest-first', build: () => wevtutilXml(newestFirst, null) },
    { file: 'powershell-toxml.utf16le.xml', shape: 'powershell-toxml', culture: null, encoding: 'utf16le', build: () => powershellToXml(events) },
    { file: 'powershell7-toxml.utf8.xml', shape: 'powershell-toxml', culture: null, encoding: 'utf8', build: () => powershellToXml(events) },
  ];
  const described = [];
  for (const v of variants) {
    const { text, starts } = v.build();
    const ordered = v.order === 'newest-first' ? newestFirst : events;
    writeFixture(join('xml', v.file), encode(text, v.encoding));
    const origins = {};
    ordered.forEach((ev, i) => {
      if (WRITEBACK_SOURCES.has(ev.provider.name)) {
        origins[ev.recordId] = { line: lineAt(text, starts[i]), offset: byteOffset(text, starts[i], v.encoding) };
      }
    });
    described.push({
      file: v.file, shape: v.shape, encoding: v.encoding, renderingCulture: v.culture,
      order: v.order ?? 'oldest-first', origins,
    });
  }
  const expected = {
    description:
      'Records every variant in this folder must yield for the writeback providers (PasswordResetService, ADSync, Directory Synchronization), in log order (oldest first). ' +
      'wevtutil-newest-first.xml yields the same records in reverse order. time is SystemTime truncated to milliseconds; message line ends are \\n. ' +
      'origins: per file, for each record id, the 1-based line and the byte offset (BOM included) of its <Event.',
    totalEvents: events.length,
    writebackEvents: events.filter((e) => WRITEBACK_SOURCES.has(e.provider.name)).length,
    records: events.filter((e) => WRITEBACK_SOURCES.has(e.provider.name)).map(expectedRecord),
    variants: described,
  };
  writeFixture(join('xml', 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}

// ---------------------------------------------------------------------------
// 3. Broken inputs: fixtures/xml/broken

function writeBroken(events) {
  const rng = makeRng('broken');
  const sample = events.slice(3, 9); // heartbeat, SPP, reset start/success, 656, 657
  const lines = sample.map((e) => eventXml(e, null));
  const rid = (i) => sample[i].recordId;
  const describe = [];

  // unclosed-event.xml: the third event (a 31001) lacks </Event>; the rest are good.
  {
    const parts = [...lines];
    parts[2] = parts[2].replace(/<\/Event>$/, '');
    const { text, starts } = joinEvents('', parts, CRLF, CRLF);
    writeFixture('xml/broken/unclosed-event.xml', encode(text, 'utf8'));
    describe.push([
      'unclosed-event.xml', 'wevtutil /f:xml shape (UTF-8, no BOM, CRLF, one event per line).',
      `Good: record ids ${[0, 1, 3, 4, 5].map(rid).join(', ')} (${rid(3)}, the 31002, is an outcome whose start is lost). Bad: record ${rid(2)} (PasswordResetService 31001) at line ${lineAt(text, starts[2])} has no \`</Event>\`; the next \`<Event\` starts at line ${lineAt(text, starts[3])}.`,
    ]);
  }

  // garbage-between.xml: a half-pasted event and a stray text line between events 2 and 3.
  {
    const garbage = [
      "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='PasswordResetSe",
      'Log Name:      Application',
    ].join(CRLF);
    const head = lines.slice(0, 2).join(CRLF) + CRLF;
    const tail = lines.slice(2).join(CRLF) + CRLF;
    const text = head + garbage + CRLF + tail;
    const badLine = lineAt(text, head.length);
    writeFixture('xml/broken/garbage-between.xml', encode(text, 'utf8'));
    describe.push([
      'garbage-between.xml', 'wevtutil /f:xml shape with two pasted lines between events: the start of an event cut mid-attribute, and a line of Event Viewer details text.',
      `Good: record ids ${sample.map((_, i) => rid(i)).join(', ')} (all six). Bad: lines ${badLine}–${badLine + 1}; the next good event starts at line ${badLine + 2}.`,
    ]);
  }

  // truncated.xml: an Event Viewer export cut in the middle of its last event.
  {
    const { text, starts } = eventViewerXml(sample, 'en-US');
    const last = starts[starts.length - 1];
    const cut = last + Math.floor((text.length - last) / 2);
    const cutText = text.slice(0, cut);
    writeFixture('xml/broken/truncated.xml', encode(cutText, 'utf8bom'));
    describe.push([
      'truncated.xml', 'Event Viewer "Save All Events As… → XML" (en-US, UTF-8 with BOM) cut off mid-event, as an interrupted copy leaves it: no `</Event>`, no `</Events>`.',
      `Good: record ids ${sample.slice(0, -1).map((e) => e.recordId).join(', ')}. Bad: the last event (record ${rid(5)}) starts at line ${lineAt(cutText, last)}, byte offset ${byteOffset(cutText, last, 'utf8bom')}; the file ends at byte ${byteOffset(cutText, cutText.length, 'utf8bom')}, inside it.`,
    ]);
  }

  // billion-laughs.xml: entity expansion bomb around an Events document.
  {
    const entities = ['  <!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`  <!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const ev = { ...sample[2] };
    const xml = eventXml(ev, null).replace(/<Data>[^<]*<\/Data>/, '<Data>&lol9;</Data>');
    const text = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<!DOCTYPE Events [', ...entities, ']>', `<Events>${xml}</Events>`, ''].join(CRLF);
    writeFixture('xml/broken/billion-laughs.xml', encode(text, 'utf8'));
    describe.push([
      'billion-laughs.xml', 'The classic entity-expansion attack: a DTD of ten nested entities (10⁹ "lol"s, about 3 GB expanded) and an `<Events>` document whose one PasswordResetService 31001 uses `&lol9;` as its message.',
      'Good: none. Bad: line 2 (`<!DOCTYPE`). A reader must never expand the entities: reject the DTD (or the file) quickly, in bounded memory.',
    ]);
  }

  // external-entity.xml: XXE reading a local file.
  {
    const xml = eventXml(sample[2], null).replace(/<Data>[^<]*<\/Data>/, '<Data>&xxe;</Data>');
    const text = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<!DOCTYPE Events [', '  <!ENTITY xxe SYSTEM "file:///etc/passwd">', ']>', `<Events>${xml}</Events>`, ''].join(CRLF);
    writeFixture('xml/broken/external-entity.xml', encode(text, 'utf8'));
    describe.push([
      'external-entity.xml', 'An external entity (XXE) pointing at `file:///etc/passwd`, used as the message of one PasswordResetService 31001.',
      'Good: none. Bad: line 2 (`<!DOCTYPE`). A reader must never resolve the entity: no output may contain the content of /etc/passwd.',
    ]);
  }

  // empty.xml, binary.bin, not-an-export.xml
  writeFixture('xml/broken/empty.xml', Buffer.alloc(0));
  describe.push(['empty.xml', '0 bytes.', 'Good: none. Nothing to read; an empty input, not a crash.']);

  const binary = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), rng.bytes(374)]);
  writeFixture('xml/broken/binary.bin', binary);
  describe.push(['binary.bin', `${binary.length} bytes: a ZIP local-file-header signature (\`PK\\x03\\x04\`) followed by pseudo-random bytes; not text.`, 'Good: none. Bad: byte 0 (line 1). Not a supported export.']);

  const config = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<configuration>',
    '  <startup>',
    '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />',
    '  </startup>',
    '  <appSettings>',
    '    <add key="EventLogName" value="Application" />',
    '    <add key="EventLogSource" value="PasswordResetService" />',
    '    <add key="HeartbeatIntervalSeconds" value="300" />',
    '    <add key="ServiceBusEndpoint" value="sb://fabrikam-sspr.servicebus.windows.net/" />',
    '  </appSettings>',
    '  <system.diagnostics>',
    '    <trace autoflush="true" />',
    '  </system.diagnostics>',
    '</configuration>',
    '',
  ].join(CRLF);
  writeFixture('xml/broken/not-an-export.xml', encode(config, 'utf8bom'));
  describe.push(['not-an-export.xml', 'A well-formed .NET application configuration file (UTF-8 with BOM) that mentions PasswordResetService but holds no events.', 'Good: none. Bad: line 2 (root `<configuration>`, not `<Events>` or `<Event>`). Not an event log export.']);

  const md = [
    '# Broken XML inputs: what is good and where the bad part starts',
    '',
    'Generated by `scripts/make-fixtures.mjs`. Line numbers are 1-based; byte offsets count from the',
    'first byte of the file (a BOM included). Record ids refer to the events of `../expected.json`.',
    '',
    ...describe.flatMap(([file, what, verdict]) => [`## ${file}`, '', what, '', verdict, '']),
  ].join('\n');
  writeFixture('xml/broken/expected.md', md);
}

// ---------------------------------------------------------------------------
// 4. The demo log: three days of AADC01's Application log

const DEMO_START = Date.parse('2024-03-04T00:00:00Z');
const DEMO_END = Date.parse('2024-03-07T00:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

function buildDemo() {
  const rng = makeRng('demo-AADC01-2024-03');
  const events = [];
  let seq = 0;
  const add = (ev) => { ev.seq = seq++; events.push(ev); return ev; };
  const at = (iso, jitterMs = 999) => ({ ms: stamp(iso, rng, 0).ms + rng.int(0, jitterMs), ticks: rng.int(0, 9999) });
  const after = (t, minMs, maxMs) => ({ ms: t.ms + rng.int(minMs, maxMs), ticks: rng.int(0, 9999) });
  const sameSecond = (t) => {
    const second = Math.floor(t.ms / 1000) * 1000;
    const ms = Math.min(second + 999, t.ms + rng.int(5, 40));
    return { ms, ticks: rng.int(0, 9999) };
  };

  // Processes: the reboot on 2024-03-04 03:01 changes every process id.
  const REBOOT = Date.parse('2024-03-04T03:01:20Z');
  const pid = (before, afterBoot) => (t) => (t.ms < REBOOT ? before : afterBoot);
  const miiserver = pid(3408, 3840);
  const sqlservr = pid(2964, 2716);
  const sruHost = pid(1728, 3964);
  const prsEvent = (time, id, message, level = 4) => add(event({ provider: PROVIDERS.prs, id, level, time, pid: miiserver(time), message }));

  // --- People
  const names = [
    ['kim.lee', 'Kim Lee'], ['sam.ortiz', 'Sam Ortiz'], ['priya.nair', 'Priya Nair'], ['tomasz.nowak', 'Tomasz Nowak'],
    ['amelia.hart', 'Amelia Hart'], ['diego.ramos', 'Diego Ramos'], ['hana.sato', 'Hana Sato'], ['lukas.weber', 'Lukas Weber'],
    ['chloe.martin', 'Chloe Martin'], ['omar.haddad', 'Omar Haddad'], ['grace.obi', 'Grace Obi'], ['ivan.petrov', 'Ivan Petrov'],
    ['mei.chen', 'Mei Chen'], ['noah.fischer', 'Noah Fischer'], ['sofia.rossi', 'Sofia Rossi'], ['liam.brennan', 'Liam Brennan'],
    ['aisha.khan', 'Aisha Khan'], ['jonas.berg', 'Jonas Berg'], ['emma.dubois', 'Emma Dubois'], ['raj.patel', 'Raj Patel'],
    ['juergen.mueller', 'Müller\\, Jürgen', 'OU=R&D,' + OU_USERS], ['taro.yamada', '山田 太郎', 'OU=東京,' + OU_USERS],
  ];
  const users = Object.fromEntries(names.map(([upn, cn, ou]) => [upn, makeUser(rng, upn, cn, ou)]));
  const HELPDESK = `helpdesk@${TENANT}`;

  // --- Healthy operations, plus the password hash sync that follows some of them
  const phsQueue = [];
  const resetOk = (time, u) => {
    const tid = rng.guid();
    prsEvent(time, 31001, prs.resetStart(tid, u));
    const done = after(time, 900, 3800);
    prsEvent(done, 31002, prs.resetSuccess(tid, u));
    phsQueue.push({ time: done, user: u });
  };
  const changeOk = (time, u) => {
    const tid = rng.guid();
    prsEvent(time, 31006, prs.changeStart(tid, u));
    const done = after(time, 900, 3200);
    prsEvent(done, 31007, prs.changeSuccess(tid, u));
    phsQueue.push({ time: done, user: u });
  };
  const failed = (time, u, kind, operation) => {
    const tid = rng.guid();
    prsEvent(time, operation === 'change' ? 31006 : 31001, operation === 'change' ? prs.changeStart(tid, u) : prs.resetStart(tid, u));
    const fail = after(time, 1200, 2600);
    add(event({ provider: PROVIDERS.adsync, id: 6329, level: 2, task: 3, time: fail, pid: miiserver(fail), message: adsync6329(kind === 'policy' ? 4924 : rng.int(3000, 7999), kind) }));
    const err = kind === 'policy' ? { id: 33008, e: SYNC_ERRORS.policy } : { id: 33004, e: SYNC_ERRORS.denied };
    prsEvent(sameSecond(fail), err.id, prs.syncError(tid, u, err.e, operation), 2);
  };

  const healthy = [
    // day 1, 2024-03-04
    ['2024-03-04T07:12:40Z', 'reset', 'kim.lee'], ['2024-03-04T07:48:03Z', 'reset', 'priya.nair'],
    ['2024-03-04T08:31:55Z', 'change', 'tomasz.nowak'], ['2024-03-04T09:05:17Z', 'reset', 'amelia.hart'],
    ['2024-03-04T11:40:29Z', 'reset', 'diego.ramos'], ['2024-03-04T13:02:44Z', 'change', 'hana.sato'],
    ['2024-03-04T14:19:08Z', 'reset', 'lukas.weber'], ['2024-03-04T15:57:31Z', 'reset', 'chloe.martin'],
    ['2024-03-04T16:44:12Z', 'reset', 'taro.yamada'],
    // day 2, 2024-03-05 (the outage is 13:41 to 15:46)
    ['2024-03-05T07:05:51Z', 'reset', 'omar.haddad'], ['2024-03-05T08:14:26Z', 'change', 'grace.obi'],
    ['2024-03-05T09:38:02Z', 'reset', 'ivan.petrov'], ['2024-03-05T10:21:47Z', 'reset', 'mei.chen'],
    ['2024-03-05T12:09:33Z', 'change', 'noah.fischer'], ['2024-03-05T12:55:19Z', 'reset', 'juergen.mueller'],
    ['2024-03-05T16:03:40Z', 'reset', 'sofia.rossi'], ['2024-03-05T16:27:05Z', 'reset', 'liam.brennan'],
    ['2024-03-05T17:12:58Z', 'change', 'kim.lee'],
    // day 3, 2024-03-06 (the permission gap is 09:00 to 12:10)
    ['2024-03-06T07:22:14Z', 'reset', 'aisha.khan'], ['2024-03-06T08:03:37Z', 'change', 'jonas.berg'],
    ['2024-03-06T08:41:09Z', 'reset', 'emma.dubois'], ['2024-03-06T12:48:51Z', 'reset', 'raj.patel'],
    ['2024-03-06T13:05:26Z', 'reset', 'amelia.hart'], ['2024-03-06T13:47:43Z', 'change', 'priya.nair'],
    ['2024-03-06T14:30:02Z', 'reset', 'tomasz.nowak'], ['2024-03-06T16:18:35Z', 'reset', 'hana.sato'],
  ];
  for (const [iso, kind, upn] of healthy) (kind === 'reset' ? resetOk : changeOk)(at(iso), users[upn]);

  // One admin reset: the help desk resets Sam's password from the portal.
  {
    const tid = rng.guid();
    const start = at('2024-03-05T11:15:22Z');
    prsEvent(start, 31009, prs.adminStart(tid, users['sam.ortiz']));
    const done = after(start, 1100, 2400);
    prsEvent(done, 31010, prs.adminSuccess(tid, users['sam.ortiz'], HELPDESK));
    phsQueue.push({ time: done, user: users['sam.ortiz'] });
  }

  // --- Story (c): password policy rejections (0x80230619)
  failed(at('2024-03-04T10:22:41Z'), users['grace.obi'], 'policy', 'reset');
  resetOk(at('2024-03-04T10:27:05Z'), users['grace.obi']); // a longer, new password works
  failed(at('2024-03-06T15:12:18Z'), users['mei.chen'], 'policy', 'reset');

  // --- Story (b): the connector account lost its rights on 2024-03-06 around 09:00
  failed(at('2024-03-06T09:07:33Z'), users['amelia.hart'], 'denied', 'reset');
  failed(at('2024-03-06T09:31:50Z'), users['ivan.petrov'], 'denied', 'reset');
  failed(at('2024-03-06T09:52:04Z'), users['noah.fischer'], 'denied', 'reset');
  failed(at('2024-03-06T09:55:41Z'), users['noah.fischer'], 'denied', 'reset');
  failed(at('2024-03-06T10:24:16Z'), users['emma.dubois'], 'denied', 'change');
  failed(at('2024-03-06T10:58:29Z'), users['liam.brennan'], 'denied', 'reset');
  failed(at('2024-03-06T11:36:02Z'), users['sofia.rossi'], 'denied', 'reset');
  // rights restored about 12:10; amelia.hart's 13:05 reset above succeeds

  // --- Story (a): firewall outage on 2024-03-05, 13:41 to 15:46; no heartbeats meanwhile
  const OUTAGE_START = Date.parse('2024-03-05T13:41:52Z');
  const OUTAGE_END = Date.parse('2024-03-05T15:46:10Z');
  prsEvent({ ms: OUTAGE_START + 317, ticks: rng.int(0, 9999) }, 31034, prs.connectionLost(rng.guid()), 3);
  {
    let t = OUTAGE_START + rng.int(25, 70) * 1000;
    let attempt = 0;
    while (t < OUTAGE_END - 90_000) {
      const tid = rng.guid();
      const first = { ms: t + rng.int(0, 999), ticks: rng.int(0, 9999) };
      prsEvent(first, 32002, prs.serviceBusError(tid), 2);
      if (attempt % 4 === 2) prsEvent(after(first, 800, 1900), 32002, prs.serviceBusError(tid), 2);
      if (attempt % 9 === 4) prsEvent(after(first, 2000, 3000), 31044, prs.unhealthy(tid), 2);
      if (attempt === 17) prsEvent(after(first, 40_000, 50_000), 31034, prs.connectionLost(rng.guid()), 3);
      attempt++;
      t += rng.int(120, 330) * 1000;
    }
  }
  prsEvent({ ms: OUTAGE_END + rng.int(0, 999), ticks: rng.int(0, 9999) }, 31015, prs.started(rng.guid()));

  // --- The maintenance reboot on 2024-03-04 03:01: installer sessions, service stop and start
  const rmStart = at('2024-03-04T02:58:40Z');
  add(other.restartManager(rmStart, rmStart, 6120, 6124, false));
  add(other.restartManager(at('2024-03-04T02:59:55Z'), rmStart, 6120, 6124, true));
  const SERVICE_STOP = Date.parse('2024-03-04T03:00:58Z');
  prsEvent({ ms: SERVICE_STOP + 211, ticks: rng.int(0, 9999) }, 31016, prs.stopped(rng.guid()));
  add(other.eventSystem(at('2024-03-04T03:03:41Z')));
  add(other.esentBeta(at('2024-03-04T03:03:47Z'), 3964));
  add(other.sppRestart(at('2024-03-04T03:03:58Z'), '2124-02-08T03:03:58Z'));
  add(other.sqlStartup(at('2024-03-04T03:04:12Z'), 2716));
  const SERVICE_START = Date.parse('2024-03-04T03:04:31Z');
  prsEvent({ ms: SERVICE_START + 402, ticks: rng.int(0, 9999) }, 31015, prs.started(rng.guid()));
  add(other.esentAttach(at('2024-03-04T03:05:40Z'), 3964, true));

  // --- Heartbeats every 5 minutes while the listener runs
  const heartbeats = (from, to) => {
    for (let t = from; t < to; t += 300_000 + rng.int(-40, 60)) prsEvent({ ms: t, ticks: rng.int(0, 9999) }, 31019, prs.heartbeat(rng.guid()));
  };
  heartbeats(DEMO_START + 137_000 + 258, SERVICE_STOP);
  heartbeats(SERVICE_START + 300_000 + 560, OUTAGE_START - 190_000);
  heartbeats(OUTAGE_END + 300_000 + 320, DEMO_END);

  // --- Password hash sync picks up most written-back passwords within two minutes
  for (const { time, user } of phsQueue) {
    if (!rng.chance(0.7)) continue;
    const req = after(time, 40_000, 110_000);
    add(event({ provider: PROVIDERS.dirsync, id: 656, time: req, pid: miiserver(req), message: phsRequest([user], time) }));
    const res = after(req, 300, 1500);
    add(event({ provider: PROVIDERS.dirsync, id: 657, time: res, pid: miiserver(res), message: phsResult([user]) }));
  }

  // --- Everything else on the server
  for (let day = DEMO_START; day < DEMO_END; day += 24 * HOUR) {
    const inDay = (fromH, toH) => ({ ms: day + rng.int(fromH * HOUR, toH * HOUR - 1), ticks: rng.int(0, 9999) });
    const sqlBackupTime = { ms: day + HOUR + rng.int(2_000, 9_000), ticks: rng.int(0, 9999) };
    add(other.sqlBackup(sqlBackupTime, sqlservr(sqlBackupTime), rng));
    for (let i = 0, n = rng.int(10, 14); i < n; i++) {
      const t = inDay(0, 24);
      add(other.vssIdle(t, rng.int(1200, 7800), rng.int(1200, 7800)));
    }
    for (let i = 0, n = rng.int(5, 7); i < n; i++) {
      const t = inDay(0, 24);
      const when = new Date(t.ms + 100 * 365.25 * 24 * HOUR - rng.int(0, 3) * 24 * HOUR).toISOString().slice(0, 19) + 'Z';
      add(other.sppRestart(t, when));
    }
    for (let h = 0; h < 24; h += rng.int(1, 2)) {
      const t = { ms: day + h * HOUR + rng.int(0, 50 * MIN), ticks: rng.int(0, 9999) };
      add(other.esentAttach(t, sruHost(t), true));
      add(other.esentAttach(after(t, 2_000, 9_000), sruHost(t), false));
    }
    add(other.dwmExit(inDay(7, 18), rng.int(1200, 9800)));
  }
  // An admin's console crashes twice (Application Error + Windows Error Reporting).
  for (const iso of ['2024-03-05T16:20:14Z', '2024-03-06T08:47:39Z']) {
    const t = at(iso);
    const report = rng.guid();
    add(other.appCrash(t, report, rng.int(0x1000, 0x3fff)));
    add(other.werReport(after(t, 2_000, 4_000), report, rng));
  }
  add(other.esentBeta(at('2024-03-06T02:11:03Z'), 5512));

  const inWindow = events.filter((e) => e.time.ms >= DEMO_START && e.time.ms < DEMO_END);
  return assignRecordIds(inWindow, 71204);
}

function writeDemo(events) {
  const { text } = eventViewerXml(events, 'en-US');
  writeFixture('demo/Application.xml', encode(text, 'utf8bom'));
  const count = (pred) => events.filter(pred).length;
  const byId = (id) => count((e) => e.provider.name === 'PasswordResetService' && e.eventId === id);
  const first = (pred) => events.find(pred);
  const summary = {
    events: events.length,
    firstRecordId: events[0].recordId,
    lastRecordId: events[events.length - 1].recordId,
    writeback: count((e) => WRITEBACK_SOURCES.has(e.provider.name)),
    heartbeats: byId(31019),
    resets: byId(31001), resetSuccess: byId(31002), changes: byId(31006), changeSuccess: byId(31007),
    adminResets: byId(31009), e32002: byId(32002), e31034: byId(31034), e31044: byId(31044),
    e33004: byId(33004), e33008: byId(33008),
    adsync6329: count((e) => e.provider.name === 'ADSync' && e.eventId === 6329),
    firstOutage: first((e) => e.eventId === 31034)?.recordId,
    recovery: first((e) => e.eventId === 31015 && e.time.ms > Date.parse('2024-03-05T00:00:00Z'))?.recordId,
  };
  return summary;
}

// ---------------------------------------------------------------------------

const canonical = buildCanonical();
writeCanonical(canonical);
writeBroken(canonical);
const demoSummary = writeDemo(buildDemo());

for (const f of written) console.log(`${String(f.bytes).padStart(9)}  ${f.path}`);
console.log('demo:', JSON.stringify(demoSummary));
