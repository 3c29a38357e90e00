// The words of the statistics: operation kinds and outcomes, the labels of the operations tables, incidents.

import type { ChainKind, ChainOutcome, IncompleteReason } from '../correlate/types.js';
import type { Lang } from './lang.js';

export interface StatsWords {
  kinds: Record<ChainKind, string>;
  outcomes: Record<ChainOutcome, string>;
  incomplete: Record<IncompleteReason, string>;
  /** An outcome whose start is not in the log, with what the outcome said. */
  orphanResult: (result: string) => string;
  merged: (count: string) => string;
  operationsHeading: (window: string) => string;
  /** Column labels of the operations tables. */
  columns: { kind: string; total: string; success: string; failure: string; incomplete: string; orphan: string; successRate: string; users: string; day: string };
  all: string;
  successRateNote: string;
  startToOutcome: (median: string, slowest: string, what: string) => string;
  /** `adminReset of ivan.petrov@…, <time>, reset-5` inside startToOutcome. */
  slowestWhat: (kind: string, user: string | undefined, time: string, id: string) => string;
  incompleteCounts: (noOutcome: string, logEnded: string) => string;
  causesHeading: string;
  usersWithMostFailures: string;
  failedOf: (failures: string, operations: string) => string;
  frequentUsers: (count: number) => string;
  none: string;
  operationsWithin: (count: string, span: string) => string;
  adminResets: string;
  incidents: (count: string, span: string) => string;
  longest: (span: string, id: string) => string;
  unpairedErrors: string;
}

export const STATS_WORDS: Record<Lang, StatsWords> = {
  en: {
    kinds: { reset: 'reset', change: 'change', adminReset: 'adminReset', onboarding: 'onboarding', offboarding: 'offboarding', service: 'service' },
    outcomes: { success: 'success', failure: 'failure', incomplete: 'incomplete', 'orphan-outcome': 'orphan' },
    incomplete: { 'no-outcome-in-window': 'incomplete (window passed)', 'log-ended': 'incomplete (log ended)' },
    orphanResult: (result) => `orphan (${result})`,
    merged: (count) => `Merged  the inputs in time order; ${count} events found in more than one input were counted once`,
    operationsHeading: (window) => `Writeback operations (start → outcome within ${window})`,
    columns: { kind: 'kind', total: 'total', success: 'success', failure: 'failure', incomplete: 'incomplete', orphan: 'orphan', successRate: 'success %', users: 'users', day: 'day (UTC)' },
    all: 'all',
    successRateNote: '(success rate: of the operations that started in the log; orphans are outcomes whose start came before the log)',
    startToOutcome: (median, slowest, what) => `Start to outcome: median ${median}, slowest ${slowest} (${what})`,
    slowestWhat: (kind, user, time, id) => `${kind}${user === undefined ? '' : ` of ${user}`}, ${time}, ${id}`,
    incompleteCounts: (noOutcome, logEnded) => `Incomplete: ${noOutcome} with no outcome within the window, ${logEnded} cut off by the end of the log`,
    causesHeading: 'Most frequent causes of failure',
    usersWithMostFailures: 'Users with the most failures',
    failedOf: (failures, operations) => `${failures} of ${operations} operations failed`,
    frequentUsers: (count) => `Users with ${count} or more operations within an hour (SSPR may block them a day; possibly suspicious)`,
    none: 'none',
    operationsWithin: (count, span) => `${count} operations, ${span}`,
    adminResets: 'Admin resets, by admin',
    incidents: (count, span) => `Service incidents: ${count}, ${span}`,
    longest: (span, id) => `; longest ${span} (${id})`,
    unpairedErrors: 'Operation errors whose operation is not in the log',
  },
  ja: {
    kinds: { reset: 'パスワード リセット', change: 'パスワード変更', adminReset: '管理者によるリセット', onboarding: 'ライトバックの有効化', offboarding: 'ライトバックの無効化', service: 'サービス障害' },
    outcomes: { success: '成功', failure: '失敗', incomplete: '未完了', 'orphan-outcome': '開始なし' },
    incomplete: { 'no-outcome-in-window': '未完了（時間枠内に結果なし）', 'log-ended': '未完了（ログ終了）' },
    orphanResult: (result) => `開始なし（${result}）`,
    merged: (count) => `入力を時刻順に統合しました。複数の入力に含まれていた ${count} 件のイベントは 1 件として数えています`,
    operationsHeading: (window) => `ライトバック操作（開始から ${window}以内の結果まで）`,
    columns: { kind: '種類', total: '合計', success: '成功', failure: '失敗', incomplete: '未完了', orphan: '開始なし', successRate: '成功率', users: 'ユーザー数', day: '日付 (UTC)' },
    all: 'すべて',
    successRateNote: '（成功率はログ内で開始した操作に対する割合です。「開始なし」は開始がログより前にあった結果です）',
    startToOutcome: (median, slowest, what) => `開始から結果まで: 中央値 ${median}、最長 ${slowest}（${what}）`,
    slowestWhat: (kind, user, time, id) => `${kind}${user === undefined ? '' : `、${user}`}、${time}、${id}`,
    incompleteCounts: (noOutcome, logEnded) => `未完了: 時間枠内に結果がなかったもの ${noOutcome} 件、ログの終了で途切れたもの ${logEnded} 件`,
    causesHeading: '失敗の主な原因',
    usersWithMostFailures: '失敗の多いユーザー',
    failedOf: (failures, operations) => `${operations} 件中 ${failures} 件の操作が失敗`,
    frequentUsers: (count) => `1 時間以内に ${count} 回以上の操作があったユーザー（SSPR により 1 日ブロックされる可能性があります。不審な操作の可能性もあります）`,
    none: 'なし',
    operationsWithin: (count, span) => `${count} 件の操作、${span}`,
    adminResets: '管理者ごとのリセット数',
    incidents: (count, span) => `サービス障害: ${count} 件、${span}`,
    longest: (span, id) => `、最長 ${span}（${id}）`,
    unpairedErrors: '対応する操作がログにないエラー',
  },
  'zh-TW': {
    kinds: { reset: '重設密碼', change: '變更密碼', adminReset: '系統管理員重設', onboarding: '啟用回寫', offboarding: '停用回寫', service: '服務事件' },
    outcomes: { success: '成功', failure: '失敗', incomplete: '未完成', 'orphan-outcome': '無開始事件' },
    incomplete: { 'no-outcome-in-window': '未完成（時間範圍內無結果）', 'log-ended': '未完成（記錄已結束）' },
    orphanResult: (result) => `無開始事件（${result}）`,
    merged: (count) => `已依時間順序合併輸入；出現在多個輸入中的 ${count} 個事件只計算一次`,
    operationsHeading: (window) => `回寫作業（開始後 ${window}內的結果）`,
    columns: { kind: '類型', total: '總計', success: '成功', failure: '失敗', incomplete: '未完成', orphan: '無開始事件', successRate: '成功率', users: '使用者數', day: '日期 (UTC)' },
    all: '全部',
    successRateNote: '（成功率以記錄中已開始的作業計算；「無開始事件」是開始時間早於記錄的結果）',
    startToOutcome: (median, slowest, what) => `開始到結果：中位數 ${median}，最長 ${slowest}（${what}）`,
    slowestWhat: (kind, user, time, id) => `${kind}${user === undefined ? '' : `，${user}`}，${time}，${id}`,
    incompleteCounts: (noOutcome, logEnded) => `未完成：時間範圍內無結果 ${noOutcome} 個，因記錄結束而中斷 ${logEnded} 個`,
    causesHeading: '最常見的失敗原因',
    usersWithMostFailures: '失敗次數最多的使用者',
    failedOf: (failures, operations) => `${operations} 個作業中有 ${failures} 個失敗`,
    frequentUsers: (count) => `一小時內有 ${count} 個以上作業的使用者（SSPR 可能封鎖其一天；也可能是可疑活動）`,
    none: '無',
    operationsWithin: (count, span) => `${count} 個作業，${span}`,
    adminResets: '各系統管理員的重設次數',
    incidents: (count, span) => `服務事件：${count} 個，${span}`,
    longest: (span, id) => `；最長 ${span}（${id}）`,
    unpairedErrors: '記錄中找不到對應作業的錯誤',
  },
};
