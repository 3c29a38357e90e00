// The words that describe the inputs a report was made from: export shapes, encodings, how local times were read.

import type { InputFormat } from '../ingest/types.js';
import type { Lang } from './lang.js';

export interface InputWords {
  /** The label before each input in the text report, as wide as the other labels of its block. */
  input: string;
  notRead: (message: string) => string;
  /** Counts arrive formatted (`1,185`). */
  eventsRead: (records: string, kept: string) => string;
  partsSkipped: (count: number, formatted: string) => string;
  /** After the count of skipped parts in the terminal, where the warnings were printed. */
  seeWarnings: string;
  nothingSkipped: string;
  formats: Record<InputFormat, string>;
  /** `UTF-8 with BOM` as ingest names it, in the language's words. */
  encoding: (name: string) => string;
  // How local times were read (CSV and text exports).
  language: (locale: string | undefined) => string;
  zoneRead: (zone: string, assumed: boolean) => string;
  datesYmd: string;
  dates: (order: 'mdy' | 'dmy', from: 'option' | 'locale' | 'file' | 'guess') => string;
  /** Joins the parts of the description. */
  joiner: string;
}

function splitBom(name: string): { base: string; bom: 'with' | 'without' | undefined } {
  const match = /^(.*) (with|without) BOM$/.exec(name);
  return match === null ? { base: name, bom: undefined } : { base: match[1] as string, bom: match[2] as 'with' | 'without' };
}

const EN_ORDER = { mdy: 'month/day/year', dmy: 'day/month/year' } as const;

export const INPUT_WORDS: Record<Lang, InputWords> = {
  en: {
    input: 'Input',
    notRead: (message) => `not read (${message})`,
    eventsRead: (records, kept) => `${records} events read, ${kept} from the writeback sources`,
    partsSkipped: (count, formatted) => `${formatted} part${count === 1 ? '' : 's'} skipped`,
    seeWarnings: '(see the warnings above)',
    nothingSkipped: 'nothing skipped',
    formats: {
      'xml-events': 'XML export with an <Events> root (Event Viewer, wevtutil /e:Events)',
      'xml-bare': 'XML events without a root (wevtutil /f:xml, PowerShell ToXml)',
      'csv-eventviewer': 'Event Viewer CSV (Save All Events As… → CSV)',
      'csv-get-winevent': 'PowerShell Get-WinEvent | Export-Csv',
      'csv-get-eventlog': 'PowerShell Get-EventLog | Export-Csv',
      'text-eventviewer': 'Event Viewer details text (Copy details as text)',
      'text-eventviewer-tab': 'Event Viewer text (Save All Events As… → Text, tab delimited)',
      'text-wevtutil': 'wevtutil qe /f:text',
      'text-format-list': 'PowerShell Get-WinEvent | Format-List',
      evtx: 'event log file .evtx',
    },
    encoding: (name) => name,
    language: (locale) => `language ${locale ?? 'not shown by this export'}`,
    zoneRead: (zone, assumed) => `local times read as ${zone}${assumed ? ' (assumed; give --tz if the export was made elsewhere)' : ' (--tz)'}`,
    datesYmd: 'dates year/month/day',
    dates: (order, from) =>
      `dates ${EN_ORDER[order]} (${{ option: 'as --date-order says', locale: 'as the language writes them', file: 'settled by a day above 12 in the file', guess: 'a guess: no day above 12 settles it; see --date-order' }[from]})`,
    joiner: '; ',
  },
  ja: {
    input: '入力',
    notRead: (message) => `読み取れませんでした（${message}）`,
    eventsRead: (records, kept) => `${records} 件のイベントを読み取り（うちライトバック関連のソースは ${kept} 件）`,
    partsSkipped: (_count, formatted) => `${formatted} か所をスキップしました`,
    seeWarnings: '（上の警告を参照してください）',
    nothingSkipped: 'スキップした箇所はありません',
    formats: {
      'xml-events': '<Events> ルートを持つ XML エクスポート（イベント ビューアー、wevtutil /e:Events）',
      'xml-bare': 'ルート要素のない XML イベント（wevtutil /f:xml、PowerShell ToXml）',
      'csv-eventviewer': 'イベント ビューアーの CSV（[すべてのイベントを名前をつけて保存] → CSV）',
      'csv-get-winevent': 'PowerShell Get-WinEvent | Export-Csv',
      'csv-get-eventlog': 'PowerShell Get-EventLog | Export-Csv',
      'text-eventviewer': 'イベント ビューアーの詳細テキスト（[詳細をテキストとしてコピー]）',
      'text-eventviewer-tab': 'イベント ビューアーのテキスト（[すべてのイベントを名前をつけて保存] → タブ区切りテキスト）',
      'text-wevtutil': 'wevtutil qe /f:text',
      'text-format-list': 'PowerShell Get-WinEvent | Format-List',
      evtx: 'イベント ログ ファイル .evtx',
    },
    encoding: (name) => {
      if (name === 'binary (.evtx)') return 'バイナリ (.evtx)';
      const { base, bom } = splitBom(name);
      return bom === undefined ? base : `${base}（BOM ${bom === 'with' ? 'あり' : 'なし'}）`;
    },
    language: (locale) => `言語 ${locale ?? '（このエクスポートからは不明）'}`,
    zoneRead: (zone, assumed) => `ローカル時刻を ${zone} として読み取りました${assumed ? '（推定です。別の場所でエクスポートした場合は --tz を指定してください）' : '（--tz の指定）'}`,
    datesYmd: '日付は年/月/日の順',
    dates: (order, from) =>
      `日付は${order === 'mdy' ? '月/日/年' : '日/月/年'}の順（${{ option: '--date-order の指定', locale: 'この言語の書き方', file: 'ファイル中の 13 以上の日から判断', guess: '推測です。13 以上の日がないため判断できません。--date-order を参照してください' }[from]}）`,
    joiner: '、',
  },
  'zh-TW': {
    input: '輸入',
    notRead: (message) => `無法讀取（${message}）`,
    eventsRead: (records, kept) => `已讀取 ${records} 個事件，其中 ${kept} 個來自回寫相關來源`,
    partsSkipped: (_count, formatted) => `略過 ${formatted} 處`,
    seeWarnings: '（請參閱上方的警告）',
    nothingSkipped: '未略過任何內容',
    formats: {
      'xml-events': '含 <Events> 根元素的 XML 匯出（事件檢視器、wevtutil /e:Events）',
      'xml-bare': '無根元素的 XML 事件（wevtutil /f:xml、PowerShell ToXml）',
      'csv-eventviewer': '事件檢視器 CSV（[將所有事件另存為] → CSV）',
      'csv-get-winevent': 'PowerShell Get-WinEvent | Export-Csv',
      'csv-get-eventlog': 'PowerShell Get-EventLog | Export-Csv',
      'text-eventviewer': '事件檢視器詳細資料文字（[以文字格式複製詳細資料]）',
      'text-eventviewer-tab': '事件檢視器文字（[將所有事件另存為] → 以 Tab 分隔的文字）',
      'text-wevtutil': 'wevtutil qe /f:text',
      'text-format-list': 'PowerShell Get-WinEvent | Format-List',
      evtx: '事件記錄檔 .evtx',
    },
    encoding: (name) => {
      if (name === 'binary (.evtx)') return '二進位 (.evtx)';
      const { base, bom } = splitBom(name);
      return bom === undefined ? base : `${base}（${bom === 'with' ? '含' : '不含'} BOM）`;
    },
    language: (locale) => `語言 ${locale ?? '（此匯出檔未標示）'}`,
    zoneRead: (zone, assumed) => `本機時間以 ${zone} 解讀${assumed ? '（推定；若匯出檔在其他地區產生，請指定 --tz）' : '（--tz 指定）'}`,
    datesYmd: '日期順序為年/月/日',
    dates: (order, from) =>
      `日期順序為${order === 'mdy' ? '月/日/年' : '日/月/年'}（${{ option: '依 --date-order 指定', locale: '依該語言的寫法', file: '由檔案中大於 12 的日期判定', guess: '推測：沒有大於 12 的日期可供判定，請參閱 --date-order' }[from]}）`,
    joiner: '；',
  },
};
