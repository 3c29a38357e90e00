import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const OPERATIONS = 'fixtures/correlate/operations.xml';

interface ChainJson {
  id: string;
  kind: string;
  outcome: string;
  incompleteReason?: string;
  pairedBy?: string;
  trackingId?: string;
  user?: { upn?: string };
  start: string;
  end: string;
  durationMs: number;
  cause?: { eventId: number; errorCodes?: string[]; origin: { file: string; line: number } };
  events: { eventId: number; recordId?: number; origin: { file: string } }[];
  context: { eventId: number; reason: string }[];
}

async function chainsJson(...args: string[]): Promise<ChainJson[]> {
  const { code, stdout, stderr } = await runCli('chains', ...args, '--format', 'jsonl');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.trimEnd().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as ChainJson);
}

describe('writeback-doctor chains', () => {
  it('lists the operations as a table, oldest first, with a count of each outcome', async () => {
    const { code, stdout, stderr } = await runCli('chains', OPERATIONS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^START \(UTC\) +KIND +OUTCOME +DURATION +USER +EVENTS +CAUSE +TRACKING ID$/);
    expect(lines[1]).toMatch(/^2024-04-02 08:02:10 +reset +success +2\.3 s +kim\.lee@fabrikam\.com +31001 31002 +[0-9a-f-]{36}$/);
    expect(stdout).toMatch(/\n2024-04-02 08:20:30 +reset +failure +\d\.\d s +tomasz\.nowak@fabrikam\.com +31001 \+2 context +33004 0x80230626 /);
    expect(stdout).toMatch(/reset +incomplete \(window passed\) +chloe\.martin@/);
    expect(stdout).toMatch(/reset +incomplete \(log ended\) +omar\.haddad@/);
    const json = await chainsJson(OPERATIONS);
    const count = (outcome: string): number => json.filter((chain) => chain.outcome === outcome).length;
    expect(lines[lines.length - 1]).toBe(
      `${json.length} operations (${count('success')} success, ${count('failure')} failure, ${count('incomplete')} incomplete), 0 service incidents`,
    );
  });

  it('speaks Japanese and Traditional Chinese with --lang, its columns aligned for wide characters', async () => {
    const columnsOf = (text: string): number => [...text].reduce((width, char) => width + (/[\u3000-\u9FFF\uFF00-\uFF60]/.test(char) ? 2 : 1), 0);
    for (const [lang, words] of [
      ['ja', { header: /^開始 \(UTC\) +種類 +結果 +所要時間 +ユーザー +イベント +原因 +追跡 ID$/, failure: /パスワード リセット +失敗 +\d\.\d 秒 +tomasz\.nowak@fabrikam\.com +31001 \+関連 2 件 +33004 0x80230626 /, incomplete: /未完了（時間枠内に結果なし） +chloe\.martin@/, footer: /^操作 \d+ 件（成功 \d+ 件、失敗 \d+ 件、未完了 2 件）、サービス障害 0 件$/ }],
      ['zh-TW', { header: /^開始 \(UTC\) +類型 +結果 +耗時 +使用者 +事件 +原因 +追蹤識別碼$/, failure: /重設密碼 +失敗 +\d\.\d 秒 +tomasz\.nowak@fabrikam\.com +31001 \+相關 2 筆 +33004 0x80230626 /, incomplete: /未完成（時間範圍內無結果） +chloe\.martin@/, footer: /^共 \d+ 個操作（成功 \d+ 個、失敗 \d+ 個、未完成 2 個），服務事件 0 個$/ }],
    ] as const) {
      const { code, stdout } = await runCli('chains', OPERATIONS, '--lang', lang);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(words.header);
      expect(stdout).toMatch(words.failure);
      expect(stdout).toMatch(words.incomplete);
      expect(lines[lines.length - 1]).toMatch(words.footer);
      // The user column starts at the same terminal column on every line, whatever the words before it.
      const rows = lines.slice(1, -2);
      const userColumns = rows.map((line) => columnsOf(line.slice(0, line.search(/[a-z.]+@fabrikam\.com|\s{2}31001/))));
      expect(new Set(userColumns.filter((_, at) => /@fabrikam/.test(rows[at] ?? ''))).size).toBe(1);
    }
  });

  it('writes one JSON object per chain with its events, context and cause, each pointing at the file', async () => {
    const chains = await chainsJson(OPERATIONS);
    const priya = chains.find((chain) => chain.user?.upn === 'priya.nair@fabrikam.com');
    expect(priya).toMatchObject({
      kind: 'reset',
      outcome: 'failure',
      pairedBy: 'trackingId',
      trackingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      cause: { eventId: 33008, errorCodes: ['0x80230619'], origin: { file: OPERATIONS } },
      context: [
        { eventId: 6329, reason: 'time' },
        { eventId: 33008, reason: 'trackingId' },
      ],
    });
    expect(priya?.events.map((event) => event.eventId)).toEqual([31001, 31003]);
    expect(Date.parse(priya?.end ?? '') - Date.parse(priya?.start ?? '')).toBe(priya?.durationMs);
  });

  it('filters by outcome, kind and user', async () => {
    const failures = await chainsJson(OPERATIONS, '--outcome', 'failure');
    expect(failures.length).toBeGreaterThan(3);
    expect(failures.every((chain) => chain.outcome === 'failure')).toBe(true);
    const notSuccess = await chainsJson(OPERATIONS, '--outcome', 'failure,incomplete');
    expect(notSuccess.length).toBe(failures.length + 2);
    const changes = await chainsJson(OPERATIONS, '--kind', 'change', '--kind', 'adminReset');
    expect(new Set(changes.map((chain) => chain.kind))).toEqual(new Set(['change', 'adminReset']));
    const kim = await chainsJson(OPERATIONS, '--user', 'KIM.LEE');
    expect(kim.map((chain) => chain.user?.upn)).toEqual(['kim.lee@fabrikam.com']);
  });

  it('writes CSV that parses back to the same chains', async () => {
    const { code, stdout } = await runCli('chains', OPERATIONS, '--format', 'csv');
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const json = await chainsJson(OPERATIONS);
    expect(rows.map((row) => [row.id, row.kind, row.outcome, row.start, row.trackingId, row.upn, row.causeEventId])).toEqual(
      json.map((chain) => [chain.id, chain.kind, chain.outcome, chain.start, chain.trackingId ?? '', chain.user?.upn ?? '', chain.cause === undefined ? '' : String(chain.cause.eventId)]),
    );
    expect(rows.find((row) => row.upn === 'priya.nair@fabrikam.com')).toMatchObject({ events: '31001 31003', context: '6329:time 33008:trackingId' });
  });

  it('takes the pairing window from --window', async () => {
    const older = 'fixtures/correlate/older-build-interleaved.xml';
    const usual = await chainsJson(older, '--kind', 'onboarding');
    expect(usual.map((chain) => chain.outcome)).toEqual(['failure', 'success']);
    const narrow = await chainsJson(older, '--kind', 'onboarding', '--window', '15s');
    expect(narrow.map((chain) => chain.outcome)).toEqual(['incomplete', 'incomplete', 'orphan-outcome']);
  });

  it('merges several exports, counts shared events once and says so', async () => {
    const files = ['fixtures/correlate/overlap-morning.xml', 'fixtures/correlate/overlap-midday.newest-first.xml', 'fixtures/correlate/staging-aadc02.xml'];
    const { stdout } = await runCli('chains', ...files);
    expect(stdout).toMatch(/, 2 service incidents; \d+ events found in more than one input counted once\n$/);
    const chains = await chainsJson(...files);
    expect(chains.filter((chain) => chain.kind === 'reset' && chain.user?.upn === 'liam.brennan@fabrikam.com')).toHaveLength(1);
  });

  it('exits 2 for an unknown outcome, kind, format or window', async () => {
    expect((await runCli('chains', OPERATIONS, '--format', 'xml')).code).toBe(2);
    for (const args of [['--outcome', 'failed'], ['--kind', 'unlock'], ['--window', 'soon'], ['--window', '0'], ['--window', '2d'], ['--user', ' ']]) {
      const { code, stdout, stderr } = await runCli('chains', OPERATIONS, ...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
    }
    expect((await runCli('chains', OPERATIONS, '--outcome', 'failed')).stderr).toBe(
      'writeback-doctor: --outcome "failed" is not one of: success, failure, incomplete, orphan-outcome',
    );
  });
});

describe('writeback-doctor analyze: the operations', () => {
  it('shows the statistics of the operations beside the events', async () => {
    const files = ['fixtures/correlate/repeated-resets.xml', 'fixtures/correlate/mid-operation.xml'];
    const { stdout } = await runCli('analyze', ...files, '--fail-on', 'none');
    const chains = await chainsJson(...files);
    const resets = chains.filter((chain) => chain.kind === 'reset');
    const resetsBy = (outcome: string): number => resets.filter((chain) => chain.outcome === outcome).length;
    expect(stdout).toContain('Writeback operations (start → outcome within 10 min)');
    expect(stdout).toMatch(new RegExp(`\\n  reset +${resets.length} +${resetsBy('success')} +${resetsBy('failure')} +0 +${resetsBy('orphan-outcome')} +\\d+ %`));
    expect(stdout).toMatch(/Start to outcome: median \d+\.\d s, slowest 9\.9 s \(adminReset of ivan\.petrov@fabrikam\.com/);
    expect(stdout).toMatch(/\n  2024-04-10 +\d+/);
    expect(stdout).toMatch(/PasswordResetService 33008 ADPasswordPolicyError +×4 +0x80230619/);
    expect(stdout).toContain('noah.fischer@fabrikam.com  4 of 6 operations failed');
    expect(stdout).toMatch(/Users with 5 or more operations within an hour.*\n {4}noah\.fischer@fabrikam\.com {2}6 operations/);
    expect(stdout).toContain('helpdesk@fabrikam.com  2');
    expect(stdout).toContain('Operation errors whose operation is not in the log: 33008 ×1');
    // The sections that were there before stay.
    expect(stdout.indexOf('Verdict:')).toBeLessThan(stdout.indexOf('Writeback operations'));
    expect(stdout.indexOf('Writeback operations')).toBeLessThan(stdout.indexOf('Events by source and id'));
  });

  it('shows the service incidents of the demo log and takes --window', async () => {
    const { stdout } = await runCli('analyze', 'fixtures/demo/Application.xml', '--window', '1h');
    expect(stdout).toContain('Writeback operations (start → outcome within 1 h)');
    expect(stdout).toMatch(/Service incidents: 1, 2024-03-05 13:41:52 UTC → 2024-03-05 \d\d:\d\d:\d\d UTC/);
    expect((await runCli('analyze', 'fixtures/demo/Application.xml', '--window', 'ten')).code).toBe(2);
  });

  it('reads a CSV export in its zone and finds the same operations as in the XML export', async () => {
    const fromXml = await chainsJson('fixtures/xml/wevtutil.xml');
    const fromCsv = await runCli('chains', 'fixtures/csv/eventviewer-ja-JP.utf8bom.csv', '--tz', 'Asia/Tokyo', '--format', 'jsonl');
    expect(fromCsv.code).toBe(0);
    const csvChains = fromCsv.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ChainJson);
    const summary = (chains: ChainJson[]) => chains.map((chain) => [chain.kind, chain.outcome, chain.user?.upn, chain.trackingId, chain.start.slice(0, 19)]);
    expect(summary(csvChains)).toEqual(summary(fromXml));
    const table = await runCli('chains', 'fixtures/csv/eventviewer-ja-JP.utf8bom.csv', '--tz', 'Asia/Tokyo');
    expect(table.stdout).toMatch(/^START \(Asia\/Tokyo\)/);
    expect(table.stdout).toContain('2024-03-05 09:07:11');
  });
});
