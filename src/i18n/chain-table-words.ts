// The words of the `chains` table: its column labels, the cells that are words, and its closing count.

import type { ChainOutcome } from '../correlate/types.js';
import type { Lang } from './lang.js';

export interface ChainTableWords {
  /** Column labels; the first names the zone the start times are shown in. */
  columns: { start: (zone: string) => string; kind: string; outcome: string; duration: string; user: string; events: string; cause: string; trackingId: string };
  /** The user cell of a service incident. */
  service: string;
  /** The events cell of a long chain. */
  events: (count: number) => string;
  /** Added to the events cell: records attached to the chain as context. */
  context: (count: number) => string;
  /** The closing line: operations and their outcomes, incidents, events counted once. */
  operations: (count: number, outcomes: string) => string;
  outcome: (outcome: ChainOutcome, count: number) => string;
  listSeparator: string;
  incidents: (count: number) => string;
  duplicates: (count: number) => string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export const CHAIN_TABLE_WORDS: Record<Lang, ChainTableWords> = {
  en: {
    columns: { start: (zone) => `START (${zone})`, kind: 'KIND', outcome: 'OUTCOME', duration: 'DURATION', user: 'USER', events: 'EVENTS', cause: 'CAUSE', trackingId: 'TRACKING ID' },
    service: '(service)',
    events: (count) => `${count} events`,
    context: (count) => `+${count} context`,
    operations: (count, outcomes) => `${plural(count, 'operation')}${outcomes === '' ? '' : ` (${outcomes})`}`,
    outcome: (outcome, count) => `${count} ${outcome === 'orphan-outcome' ? 'without their start' : outcome}`,
    listSeparator: ', ',
    incidents: (count) => `, ${plural(count, 'service incident')}`,
    duplicates: (count) => `; ${plural(count, 'event')} found in more than one input counted once`,
  },
  ja: {
    columns: { start: (zone) => `開始 (${zone})`, kind: '種類', outcome: '結果', duration: '所要時間', user: 'ユーザー', events: 'イベント', cause: '原因', trackingId: '追跡 ID' },
    service: '（サービス）',
    events: (count) => `${count} 件`,
    context: (count) => `+関連 ${count} 件`,
    operations: (count, outcomes) => `操作 ${count} 件${outcomes === '' ? '' : `（${outcomes}）`}`,
    outcome: (outcome, count) => `${{ success: '成功', failure: '失敗', incomplete: '未完了', 'orphan-outcome': '開始なし' }[outcome]} ${count} 件`,
    listSeparator: '、',
    incidents: (count) => `、サービス障害 ${count} 件`,
    duplicates: (count) => `。複数の入力にあったイベント ${count} 件は 1 回だけ数えました`,
  },
  'zh-TW': {
    columns: { start: (zone) => `開始 (${zone})`, kind: '類型', outcome: '結果', duration: '耗時', user: '使用者', events: '事件', cause: '原因', trackingId: '追蹤識別碼' },
    service: '（服務）',
    events: (count) => `${count} 個事件`,
    context: (count) => `+相關 ${count} 筆`,
    operations: (count, outcomes) => `共 ${count} 個操作${outcomes === '' ? '' : `（${outcomes}）`}`,
    outcome: (outcome, count) => `${{ success: '成功', failure: '失敗', incomplete: '未完成', 'orphan-outcome': '無開始事件' }[outcome]} ${count} 個`,
    listSeparator: '、',
    incidents: (count) => `，服務事件 ${count} 個`,
    duplicates: (count) => `；有 ${count} 個事件同時出現在多個輸入中，只計算一次`,
  },
};
