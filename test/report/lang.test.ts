import { describe, expect, it } from 'vitest';
import { langFromEnvironment, parseLang } from '../../src/cli/lang-option.js';
import { langOfLocale } from '../../src/i18n/lang.js';
import { runCli } from '../support/cli.js';
import { analyzeToFolder, fileOf } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';
/** The 32002 message as the log holds it: log text is never translated. */
const LOGGED = "Couldn't connect to any service bus endpoint(s)";

/** English words of the report's frame that must not be left in a translated report. */
const ENGLISH_FRAME = ['Verdict', 'Findings', 'Period', 'Input ', 'Writeback operations', 'Events by source and id', 'What to do', 'Evidence', ' times,', 'Users with', 'success rate', 'Statistics', 'Timeline', 'events read', 'Tracking id', 'problems found'];

describe('--lang', () => {
  it.each([
    [
      'ja',
      {
        text: ['判定: 6 件の問題が見つかりました（重大 2、エラー 2、警告 2）', '期間      2024/03/04 00:02:17 UTC → 2024/03/06 23:56:14 UTC (2 日 23 時間)', '入力      fixtures/demo/Application.xml', 'ライトバック操作（開始から 10 分以内の結果まで）', 'ソースとイベント ID ごとのイベント数', '41 回、2024/03/05 13:42:35 UTC', '対処方法（この順に実施）:'],
        md: ['# パスワード ライトバック診断レポート', '## 判定', '## 診断結果', '### 1. 重大: サーバーから Azure Service Bus に接続できません', '## 統計', '## 入力ファイル', '| 重大度 | 内容 | 回数 | 初回 | 最終 | 診断 |'],
        html: ['<html lang="ja">', '<h2>タイムライン</h2>', '<th>追跡 ID</th>', '<option value="">すべての結果</option>'],
        json: 'サーバーから Azure Service Bus に接続できません',
      },
    ],
    [
      'zh-TW',
      {
        text: ['結論：發現 6 項問題（嚴重 2、錯誤 2、警告 2）', '期間    2024/03/04 00:02:17 UTC → 2024/03/06 23:56:14 UTC (2 天 23 小時)', '輸入    fixtures/demo/Application.xml', '回寫作業（開始後 10 分鐘內的結果）', '依來源與事件識別碼統計的事件', '41 次，2024/03/05 13:42:35 UTC', '處理方式（請依序進行）：'],
        md: ['# 密碼回寫診斷報告', '## 結論', '## 診斷結果', '### 1. 嚴重: 伺服器無法連線到 Azure 服務匯流排', '## 統計', '## 輸入檔案', '| 嚴重性 | 內容 | 次數 | 首次 | 最後 | 診斷 |'],
        html: ['<html lang="zh-TW">', '<h2>時間軸</h2>', '<th>追蹤識別碼</th>', '<option value="">所有結果</option>'],
        json: '伺服器無法連線到 Azure 服務匯流排',
      },
    ],
  ] as const)('%s: every word of every format, dates the way its Windows writes them, log text as logged', async (lang, expected) => {
    const report = await analyzeToFolder([DEMO], '--lang', lang);
    const text = fileOf(report, 'report.txt');
    for (const phrase of expected.text) expect(text).toContain(phrase);
    const md = fileOf(report, 'report.md');
    for (const phrase of expected.md) expect(md).toContain(phrase);
    const html = fileOf(report, 'report.html');
    for (const phrase of expected.html) expect(html).toContain(phrase);
    const json = JSON.parse(fileOf(report, 'report.json')) as { lang: string; findings: { title: string }[] };
    expect(json.lang).toBe(lang);
    expect(json.findings[0]?.title).toBe(expected.json);
    for (const content of [text, md]) {
      for (const word of ENGLISH_FRAME) expect({ word, found: content.includes(word) }).toEqual({ word, found: false });
      expect(content).not.toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    }
    expect(md).toContain(LOGGED);
    expect(html).toContain('Couldn&#39;t connect to any service bus endpoint(s)');
  });

  it('en stays the default where the environment names no language the tool speaks', async () => {
    const { stdout } = await runCli('analyze', DEMO);
    expect(stdout).toContain('Verdict: 6 problems found (2 critical, 2 errors, 2 warnings), the worst first');
    expect(stdout).toContain('Period  2024-03-04 00:02:17 UTC → 2024-03-06 23:56:14 UTC (2 d 23 h)');
    expect((await runCli('analyze', DEMO, '--lang', 'fr')).code).toBe(2);
  });

  it('takes its default from LC_ALL, LC_MESSAGES or LANG', async () => {
    const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
    try {
      delete process.env.LC_ALL;
      delete process.env.LC_MESSAGES;
      process.env.LANG = 'ja_JP.UTF-8';
      expect((await runCli('analyze', DEMO)).stdout).toContain('判定: ');
      process.env.LC_ALL = 'zh_TW.UTF-8';
      expect((await runCli('explain', '32002')).stdout).toContain('無法連線');
      // --lang wins over the environment.
      expect((await runCli('analyze', DEMO, '--lang', 'en')).stdout).toContain('Verdict: ');
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('reads POSIX and Windows locale names', () => {
    expect(langOfLocale('ja_JP.UTF-8')).toBe('ja');
    expect(langOfLocale('ja_JP.eucJP@euro')).toBe('ja');
    expect(langOfLocale('zh_TW')).toBe('zh-TW');
    expect(langOfLocale('zh_TW.Big5')).toBe('zh-TW');
    expect(langOfLocale('zh-Hant-TW')).toBe('zh-TW');
    expect(langOfLocale('zh_HK.UTF-8')).toBe('zh-TW');
    expect(langOfLocale('zh_CN.UTF-8')).toBeUndefined();
    expect(langOfLocale('en_US.UTF-8')).toBe('en');
    expect(langOfLocale('C.UTF-8')).toBeUndefined();
    expect(langOfLocale('POSIX')).toBeUndefined();
    expect(langOfLocale('de_DE.UTF-8')).toBeUndefined();
  });

  it('lets the first of LC_ALL, LC_MESSAGES, LANG that is set decide; Windows, which sets none, gives its display language', () => {
    expect(langFromEnvironment({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(langFromEnvironment({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('zh-TW');
    expect(langFromEnvironment({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnvironment({ LC_ALL: '', LANG: 'ja_JP.UTF-8' })).toBe('ja');
    // A language the tool does not speak gives English, not the next variable's.
    expect(langFromEnvironment({ LC_ALL: 'de_DE.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnvironment({}, 'ja-JP')).toBe('ja');
    expect(langFromEnvironment({}, 'zh-Hant-TW')).toBe('zh-TW');
    expect(langFromEnvironment({}, 'en-US')).toBe('en');
    expect(parseLang(undefined, { LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(parseLang('JA', { LANG: 'zh_TW.UTF-8' })).toBe('ja');
  });
});
