// The words of a report's frame: its title, the verdict, section headings, table columns, the chains filter.

import type { Level } from '../record.js';
import type { Lang } from './lang.js';

/** Findings per severity, most severe first. */
export interface SeverityCounts {
  critical: number;
  error: number;
  warning: number;
  info: number;
}

export interface ReportWords {
  /** Title of a Markdown or HTML report. */
  reportTitle: string;
  /** The first line of the terminal verdict. */
  toolLine: (tool: string, version: string) => string;
  generatedBy: (tool: string, version: string, at: string) => string;
  period: string;
  server: string;
  timesIn: (zone: string) => string;
  redacted: string;
  verdict: string;
  /** After a label: `: ` in English and Japanese, `：` in Chinese. */
  colon: string;
  verdictProblems: (counts: SeverityCounts) => string;
  verdictClean: string;
  /** Errors or warnings in the log that no rule explains. */
  verdictUnexplained: (kinds: number, events: string) => string;
  noEvents: string;
  noEventsHint: string;
  findings: string;
  statistics: string;
  timeline: string;
  timelineCaption: (bucket: 'hour' | 'day') => string;
  timelineEmpty: string;
  operationsAxis: string;
  chains: string;
  noChains: string;
  events: string;
  inputs: string;
  unreadable: string;
  skippedParts: string;
  notices: string;
  message: string;
  /** The rest of a list cut short. */
  more: (count: number) => string;
  levels: Record<Level, string>;
  columns: {
    severity: string;
    diagnosis: string;
    finding: string;
    count: string;
    first: string;
    last: string;
    time: string;
    event: string;
    record: string;
    user: string;
    where: string;
    source: string;
    id: string;
    name: string;
    level: string;
    kind: string;
    outcome: string;
    duration: string;
    events: string;
    cause: string;
    trackingId: string;
    start: string;
    file: string;
    format: string;
    encoding: string;
    read: string;
    kept: string;
    skipped: string;
  };
  filter: { label: string; placeholder: string; allKinds: string; allOutcomes: string; shown: string };
}

const EN_LEVELS: Record<Level, string> = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', information: 'INFO', verbose: 'VERBOSE' };

function enCounts(counts: SeverityCounts): string {
  const parts = [
    counts.critical > 0 ? `${counts.critical} critical` : '',
    counts.error > 0 ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : '',
    counts.warning > 0 ? `${counts.warning} warning${counts.warning === 1 ? '' : 's'}` : '',
    counts.info > 0 ? `${counts.info} note${counts.info === 1 ? '' : 's'}` : '',
  ].filter((part) => part !== '');
  return parts.join(', ');
}

function cjkCounts(counts: SeverityCounts, names: Record<keyof SeverityCounts, string>, separator: string): string {
  return (['critical', 'error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${names[severity]} ${counts[severity]}`)
    .join(separator);
}

function total(counts: SeverityCounts): number {
  return counts.critical + counts.error + counts.warning + counts.info;
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  en: {
    reportTitle: 'Password writeback report',
    toolLine: (tool, version) => `${tool} ${version}: password writeback, what the log shows`,
    generatedBy: (tool, version, at) => `Written by ${tool} ${version} on ${at}.`,
    period: 'Period',
    server: 'Server',
    timesIn: (zone) => `Times are in ${zone}.`,
    redacted: 'Redacted: user names, UPNs, distinguished names, e-mail addresses, anchors and computer names are replaced by pseudonyms; tracking ids are kept.',
    verdict: 'Verdict',
    colon: ': ',
    verdictProblems: (counts) => `${total(counts)} problem${total(counts) === 1 ? '' : 's'} found (${enCounts(counts)}), the worst first`,
    verdictClean: 'no writeback problem found in this period.',
    verdictUnexplained: (kinds, events) => `${kinds === 1 ? '1 kind of error or warning event' : `${kinds} kinds of error or warning events`} (${events}) that no rule explains; see the events by source and id.`,
    noEvents: 'No events of the writeback sources (PasswordResetService, ADSync, Directory Synchronization) were found.',
    noEventsHint: 'Check that the export is the Application log of the Azure AD Connect server, or name other sources with --source.',
    findings: 'Findings',
    statistics: 'Statistics',
    timeline: 'Timeline',
    timelineCaption: (bucket) => `Writeback operations per ${bucket} by outcome; the bands below mark when each finding was seen.`,
    timelineEmpty: 'No writeback operation in this period.',
    operationsAxis: 'operations',
    chains: 'Operations and service incidents',
    noChains: 'No operation or service incident in this period.',
    events: 'Events by source and id',
    inputs: 'Inputs',
    unreadable: 'Not read',
    skippedParts: 'Skipped parts',
    notices: 'Notes',
    message: 'Message',
    more: (count) => `… and ${count} more`,
    levels: EN_LEVELS,
    columns: {
      severity: 'Severity',
      diagnosis: 'Diagnosis',
      finding: 'Finding',
      count: 'Count',
      first: 'First',
      last: 'Last',
      time: 'Time',
      event: 'Event',
      record: 'Record',
      user: 'User',
      where: 'Where',
      source: 'Source',
      id: 'Id',
      name: 'Name',
      level: 'Level',
      kind: 'Kind',
      outcome: 'Outcome',
      duration: 'Duration',
      events: 'Events',
      cause: 'Cause',
      trackingId: 'Tracking id',
      start: 'Start',
      file: 'File',
      format: 'Format',
      encoding: 'Encoding',
      read: 'Read',
      kept: 'Kept',
      skipped: 'Skipped',
    },
    filter: { label: 'Filter', placeholder: 'user, tracking id, event…', allKinds: 'every kind', allOutcomes: 'every outcome', shown: 'shown' },
  },
  ja: {
    reportTitle: 'パスワード ライトバック診断レポート',
    toolLine: (tool, version) => `${tool} ${version}: パスワード ライトバックについてログからわかること`,
    generatedBy: (tool, version, at) => `${tool} ${version} が ${at} に作成しました。`,
    period: '期間',
    server: 'サーバー',
    timesIn: (zone) => `時刻は ${zone} で表示しています。`,
    redacted: '匿名化済み: ユーザー名、UPN、識別名、メール アドレス、アンカー、コンピューター名は仮名に置き換えています。追跡 ID はそのままです。',
    verdict: '判定',
    colon: ': ',
    verdictProblems: (counts) => `${total(counts)} 件の問題が見つかりました（${cjkCounts(counts, { critical: '重大', error: 'エラー', warning: '警告', info: '情報' }, '、')}）。重大度の高い順に示します`,
    verdictClean: 'この期間にライトバックの問題は見つかりませんでした。',
    verdictUnexplained: (kinds, events) => `どのルールにも該当しないエラーまたは警告のイベントが ${kinds} 種類（${events}）あります。ソースとイベント ID ごとのイベント数を参照してください。`,
    noEvents: 'ライトバック関連のソース（PasswordResetService、ADSync、Directory Synchronization）のイベントが見つかりませんでした。',
    noEventsHint: 'Azure AD Connect サーバーのアプリケーション ログをエクスポートしたものか確認してください。別のソースを読む場合は --source で指定します。',
    findings: '診断結果',
    statistics: '統計',
    timeline: 'タイムライン',
    timelineCaption: (bucket) => `ライトバック操作の ${bucket === 'hour' ? '1 時間' : '1 日'}ごとの件数（結果別）です。下の帯は各診断結果が見られた期間を示します。`,
    timelineEmpty: 'この期間にライトバック操作はありません。',
    operationsAxis: '操作数',
    chains: '操作とサービス障害',
    noChains: 'この期間に操作もサービス障害もありません。',
    events: 'ソースとイベント ID ごとのイベント数',
    inputs: '入力ファイル',
    unreadable: '読み取れなかったファイル',
    skippedParts: 'スキップした箇所',
    notices: '注記',
    message: 'メッセージ',
    more: (count) => `…ほか ${count} 件`,
    levels: { critical: '重大', error: 'エラー', warning: '警告', information: '情報', verbose: '詳細' },
    columns: {
      severity: '重大度',
      diagnosis: '診断',
      finding: '内容',
      count: '回数',
      first: '初回',
      last: '最終',
      time: '日時',
      event: 'イベント',
      record: 'レコード',
      user: 'ユーザー',
      where: '場所',
      source: 'ソース',
      id: 'ID',
      name: '名前',
      level: 'レベル',
      kind: '種類',
      outcome: '結果',
      duration: '所要時間',
      events: 'イベント',
      cause: '原因',
      trackingId: '追跡 ID',
      start: '開始',
      file: 'ファイル',
      format: '形式',
      encoding: 'エンコード',
      read: '読み取り',
      kept: '対象',
      skipped: 'スキップ',
    },
    filter: { label: '絞り込み', placeholder: 'ユーザー、追跡 ID、イベントなど', allKinds: 'すべての種類', allOutcomes: 'すべての結果', shown: '件を表示' },
  },
  'zh-TW': {
    reportTitle: '密碼回寫診斷報告',
    toolLine: (tool, version) => `${tool} ${version}：記錄中的密碼回寫狀況`,
    generatedBy: (tool, version, at) => `由 ${tool} ${version} 於 ${at} 產生。`,
    period: '期間',
    server: '伺服器',
    timesIn: (zone) => `時間以 ${zone} 顯示。`,
    redacted: '已匿名化：使用者名稱、UPN、辨別名稱、電子郵件地址、錨點與電腦名稱皆以假名取代；追蹤識別碼保留原樣。',
    verdict: '結論',
    colon: '：',
    verdictProblems: (counts) => `發現 ${total(counts)} 項問題（${cjkCounts(counts, { critical: '嚴重', error: '錯誤', warning: '警告', info: '資訊' }, '、')}），依嚴重性由高至低列出`,
    verdictClean: '此期間未發現回寫問題。',
    verdictUnexplained: (kinds, events) => `有 ${kinds} 種錯誤或警告事件（${events}）不符合任何規則；請參閱依來源與識別碼統計的事件。`,
    noEvents: '找不到回寫相關來源（PasswordResetService、ADSync、Directory Synchronization）的事件。',
    noEventsHint: '請確認匯出檔是 Azure AD Connect 伺服器的應用程式記錄；若要讀取其他來源，請以 --source 指定。',
    findings: '診斷結果',
    statistics: '統計',
    timeline: '時間軸',
    timelineCaption: (bucket) => `每${bucket === 'hour' ? '小時' : '天'}的回寫作業數（依結果區分）；下方色帶標示各項診斷結果出現的期間。`,
    timelineEmpty: '此期間沒有回寫作業。',
    operationsAxis: '作業數',
    chains: '作業與服務事件',
    noChains: '此期間沒有作業或服務事件。',
    events: '依來源與事件識別碼統計的事件',
    inputs: '輸入檔案',
    unreadable: '無法讀取的檔案',
    skippedParts: '略過的部分',
    notices: '附註',
    message: '訊息',
    more: (count) => `…另有 ${count} 筆`,
    levels: { critical: '重大', error: '錯誤', warning: '警告', information: '資訊', verbose: '詳細資訊' },
    columns: {
      severity: '嚴重性',
      diagnosis: '診斷',
      finding: '內容',
      count: '次數',
      first: '首次',
      last: '最後',
      time: '時間',
      event: '事件',
      record: '記錄',
      user: '使用者',
      where: '位置',
      source: '來源',
      id: '識別碼',
      name: '名稱',
      level: '層級',
      kind: '類型',
      outcome: '結果',
      duration: '耗時',
      events: '事件',
      cause: '原因',
      trackingId: '追蹤識別碼',
      start: '開始',
      file: '檔案',
      format: '格式',
      encoding: '編碼',
      read: '已讀取',
      kept: '納入',
      skipped: '略過',
    },
    filter: { label: '篩選', placeholder: '使用者、追蹤識別碼、事件…', allKinds: '所有類型', allOutcomes: '所有結果', shown: '筆顯示中' },
  },
};
