#!/usr/bin/env node
// Generates the XML fixtures (fixtures/xml, fixtures/xml/broken) and the demo log
// (fixtures/demo/Application.xml): Application-log exports of an Azure AD Connect server,
// written byte for byte in the shapes Windows writes them (see fixtures/README.md).
// Deterministic: seeded PRNG, fixed times; two runs give identical files.
//
//   node scripts/make-fixtures.mjs

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CRLF, COMPUTER, PROVIDERS, WRITEBACK_SOURCES, LEVEL_JSON, makeRng, stamp, systemTime, event, eventXml,
  renderedMessage, assignRecordIds, joinEvents, eventViewerXml, wevtutilXml, wevtutilRootXml, powershellToXml,
  encode, byteOffset, lineAt, fixtureWriter,
} from './lib/eventxml.mjs';
import { L, OU_USERS, TENANT, SYNC_ERRORS, prs, adsync6329, makeUser, phsRequest, phsResult } from './lib/writeback-messages.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeFixture, written } = fixtureWriter(ROOT);

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
