// The words the tool says around the findings and explanations, in every language it speaks.

import type { Lang } from './lang.js';

export interface Words {
  severity: Record<'critical' | 'error' | 'warning' | 'info', string>;
  findingsHeading: (count: number) => string;
  noFindings: string;
  times: (count: number) => string;
  /** Between the parts of one line: `, ` in English, `、` in Japanese, `，` in Chinese. */
  separator: string;
  users: string;
  moreUsers: (count: number) => string;
  whatToDo: string;
  seeAlso: string;
  evidence: (shown: number, total: number) => string;
  record: string;
  line: string;
  byte: string;
  group: string;
  // explain
  event: string;
  errorCode: string;
  ssprError: string;
  diagnosis: string;
  meaning: string;
  logText: string;
  relatedDiagnoses: string;
  userSees: string;
  unknownCode: (code: string) => string;
  nameIsOurs: string;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    severity: { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', info: 'INFO' },
    findingsHeading: (count) => `Findings: ${count}, the most severe first`,
    noFindings: 'Findings: none. No rule found a writeback problem in this period.',
    times: (count) => (count === 1 ? 'once' : `${count} times`),
    separator: ', ',
    users: 'users',
    moreUsers: (count) => `and ${count} more`,
    whatToDo: 'What to do, in this order:',
    seeAlso: 'See:',
    evidence: (shown, total) => (shown === total ? `Evidence (${total}):` : `Evidence (the first ${shown} of ${total}):`),
    record: 'record',
    line: 'line',
    byte: 'byte',
    group: 'for',
    event: 'Event',
    errorCode: 'Error code',
    ssprError: 'Self-service password reset error',
    diagnosis: 'Diagnosis',
    meaning: 'What it means',
    logText: 'Text in the log',
    relatedDiagnoses: 'Likely causes and fixes (diagnoses that look for it):',
    userSees: 'What the admin does',
    unknownCode: (code) => `"${code}" is not an event id, error code, SSPR error or diagnosis that writeback-doctor knows`,
    nameIsOurs: '(descriptive name; Microsoft documents none)',
  },
  ja: {
    severity: { critical: '重大', error: 'エラー', warning: '警告', info: '情報' },
    findingsHeading: (count) => `診断結果: ${count} 件（重大度の高い順）`,
    noFindings: '診断結果: なし。この期間にライトバックの問題は見つかりませんでした。',
    times: (count) => `${count} 回`,
    separator: '、',
    users: 'ユーザー',
    moreUsers: (count) => `ほか ${count} 人`,
    whatToDo: '対処方法（この順に実施）:',
    seeAlso: '参考:',
    evidence: (shown, total) => (shown === total ? `根拠（${total} 件）:` : `根拠（${total} 件中、最初の ${shown} 件）:`),
    record: 'レコード',
    line: '行',
    byte: 'バイト',
    group: '対象',
    event: 'イベント',
    errorCode: 'エラー コード',
    ssprError: 'セルフサービス パスワード リセットのエラー',
    diagnosis: '診断',
    meaning: '意味',
    logText: 'ログに記録されるテキスト',
    relatedDiagnoses: '考えられる原因と対処方法（これを手がかりとする診断）:',
    userSees: '管理者の対処',
    unknownCode: (code) => `「${code}」は、writeback-doctor が認識しているイベント ID、エラー コード、SSPR エラー、診断のいずれでもありません`,
    nameIsOurs: '（Microsoft による名前がないため、内容を表す名前）',
  },
  'zh-TW': {
    severity: { critical: '嚴重', error: '錯誤', warning: '警告', info: '資訊' },
    findingsHeading: (count) => `診斷結果：${count} 項（依嚴重性由高至低）`,
    noFindings: '診斷結果：無。此期間未發現回寫問題。',
    times: (count) => `${count} 次`,
    separator: '，',
    users: '使用者',
    moreUsers: (count) => `及另外 ${count} 人`,
    whatToDo: '處理方式（請依序進行）：',
    seeAlso: '參考：',
    evidence: (shown, total) => (shown === total ? `證據（${total} 筆）：` : `證據（共 ${total} 筆，顯示前 ${shown} 筆）：`),
    record: '記錄',
    line: '行',
    byte: '位元組',
    group: '對象',
    event: '事件',
    errorCode: '錯誤碼',
    ssprError: '自助式密碼重設錯誤',
    diagnosis: '診斷',
    meaning: '意義',
    logText: '記錄中的文字',
    relatedDiagnoses: '可能的原因與處理方式（以此為線索的診斷）：',
    userSees: '系統管理員的處理方式',
    unknownCode: (code) => `「${code}」不是 writeback-doctor 所知的事件識別碼、錯誤碼、SSPR 錯誤或診斷`,
    nameIsOurs: '（Microsoft 未提供名稱，此為描述性名稱）',
  },
};
