import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { runCli } from '../support/cli.js';

const DEMO = 'fixtures/demo/Application.xml';
const ESC = '\u001b[';

/** Runs the command line with standard output as a terminal of `columns` (or as a pipe when undefined). */
async function onTerminal(columns: number | undefined, ...argv: string[]): Promise<string> {
  let stdout = '';
  await run(argv, {
    out: async (text) => {
      stdout += text;
    },
    err: () => undefined,
    terminal: () => (columns === undefined ? { isTTY: false } : { isTTY: true, columns }),
  });
  return stdout;
}

function visible(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

describe('the terminal verdict (--format text)', () => {
  const noColor = process.env.NO_COLOR;
  afterEach(() => {
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
  });

  it('opens with one line per problem, the worst first, before any detail', async () => {
    const { stdout } = await runCli('analyze', DEMO);
    const lines = stdout.split('\n');
    const verdict = lines.findIndex((line) => line.startsWith('Verdict: '));
    expect(verdict).toBeGreaterThan(0);
    expect(lines.slice(verdict + 1, verdict + 7).map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'CRITICAL ×41',
      'CRITICAL ×4',
      'ERROR ×7',
      'ERROR ×1',
      'WARNING ×2',
      'WARNING ×2',
    ]);
    expect(lines[verdict + 7]).toBe('');
    expect(lines[verdict + 8]).toBe('Findings: 6, the most severe first');
    expect(stdout.indexOf('Verdict: ')).toBeLessThan(stdout.indexOf('Writeback operations'));
    expect(stdout.indexOf('Writeback operations')).toBeLessThan(stdout.indexOf('Events by source and id'));
  });

  it('is coloured on a terminal only, and never with NO_COLOR or --no-color', async () => {
    delete process.env.NO_COLOR;
    const coloured = await onTerminal(120, 'analyze', DEMO);
    expect(coloured).toContain(`${ESC}1;31mCRITICAL`);
    expect(coloured).toContain(`${ESC}33mWARNING`);
    expect(await onTerminal(undefined, 'analyze', DEMO)).not.toContain(ESC);
    expect(await onTerminal(120, 'analyze', DEMO, '--no-color')).not.toContain(ESC);
    process.env.NO_COLOR = '1';
    expect(await onTerminal(120, 'analyze', DEMO)).not.toContain(ESC);
    // The colours change nothing else.
    delete process.env.NO_COLOR;
    expect(visible(coloured)).toBe(await onTerminal(120, 'analyze', DEMO, '--no-color'));
  });

  it('fits the terminal\'s width, and 100 columns when output is no terminal', async () => {
    for (const [columns, width] of [[80, 80], [132, 132], [undefined, 100]] as const) {
      const text = await onTerminal(columns, 'analyze', DEMO, '--no-color');
      // A URL cannot be broken: it stays whole on its own line.
      const long = text.split('\n').filter((line) => [...line].length > width && !/^ +https:\/\/\S+$/.test(line));
      expect(long).toEqual([]);
    }
    const narrow = await onTerminal(80, 'analyze', DEMO, '--no-color');
    // A title too long for the line is cut with an ellipsis, not wrapped: one line per problem.
    const first = narrow.split('\n').find((line) => line.startsWith('  CRITICAL  ×41  03-05 13:42 → 15:41 '));
    expect(first).toMatch(/ {2}The server cannot connect to Azure …$/);
    expect([...(first ?? '')].length).toBe(80);
  });

  it('counts wide characters twice when it fits Japanese to the width', async () => {
    const text = await onTerminal(80, 'analyze', DEMO, '--no-color', '--lang', 'ja');
    const columnsOf = (line: string): number => [...line].reduce((sum, char) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1), 0);
    const long = text.split('\n').filter((line) => columnsOf(line) > 80 && !/^ +https:\/\/\S+$/.test(line));
    expect(long).toEqual([]);
  });
});
