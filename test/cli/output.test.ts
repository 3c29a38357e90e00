import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/atomic-write.js';
import { runCli } from '../support/cli.js';
import { scratchFolder } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';
const MAIN = resolve('dist/cli/main.js');

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('where the report goes', () => {
  it('writes to standard output by default, to one file with --out', async () => {
    const folder = scratchFolder();
    const piped = await runCli('analyze', DEMO, '--format', 'json');
    const path = join(folder, 'report.json');
    const written = await runCli('analyze', DEMO, '--format', 'json', '--out', path);
    expect(written.code).toBe(1);
    expect(written.stdout).toBe(`wrote ${path}\n`);
    const strip = (text: string): string => text.replace(/"generatedAt": "[^"]+"/, '');
    expect(strip(readFileSync(path, 'utf8'))).toBe(strip(piped.stdout));
  });

  it('writes one file per format into --out-dir, named by host and the day of the log\'s last event', async () => {
    const folder = join(scratchFolder(), 'reports', 'nightly');
    const { code, stdout } = await runCli('analyze', DEMO, '--format', 'html,json', '--format', 'csv', '--out-dir', folder);
    expect(code).toBe(1);
    const names = ['AADC01-2024-03-06-writeback.html', 'AADC01-2024-03-06-writeback.json', 'AADC01-2024-03-06-writeback-findings.csv', 'AADC01-2024-03-06-writeback-chains.csv', 'AADC01-2024-03-06-writeback-events.csv'];
    expect(stdout.split('\n').filter((line) => line !== '')).toEqual(names.map((name) => `wrote ${join(folder, name)}`));
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
  });

  it('fills the --name template: {host}, {date}, {time} of the last event, {today} of the run', async () => {
    const folder = scratchFolder();
    await runCli('analyze', DEMO, '--format', 'md', '--out-dir', folder, '--name', 'wb_{host}_{date}_{time}_run-{today}');
    expect(readdirSync(folder)).toEqual([`wb_AADC01_2024-03-06_2356_run-${today()}.md`]);
    // In the display zone: the last event, 23:56 UTC, is the next day in Tokyo.
    await runCli('analyze', DEMO, '--format', 'md', '--out-dir', folder, '--name', 'tokyo-{date}', '--display-tz', 'Asia/Tokyo');
    expect(readdirSync(folder)).toContain('tokyo-2024-03-07.md');
    // With --redact the host in the name is its pseudonym.
    await runCli('analyze', DEMO, '--format', 'md', '--out-dir', folder, '--name', 'redacted-{host}', '--redact-key', 'k');
    expect(readdirSync(folder).find((name) => name.startsWith('redacted-'))).toMatch(/^redacted-host-[0-9a-f]{8}\.md$/);
  });

  it('takes paths with spaces and UNC-style paths as they are', () => {
    const cwd = scratchFolder();
    const unc = '\\\\fileserver\\IT Share\\writeback\\AADC01 report.html';
    const first = spawnSync(process.execPath, [MAIN, 'analyze', resolve(DEMO), '--format', 'html', '--out', unc], { cwd, encoding: 'utf8' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(`wrote ${unc}\n`);
    // On Windows that is a file on a share; here it is a file of that name: nothing rewrote the path.
    expect(readdirSync(cwd)).toEqual([unc]);
    expect(readFileSync(join(cwd, unc), 'utf8')).toMatch(/<\/html>\n$/);

    const spaced = join(cwd, 'Share Folder', 'Writeback Reports');
    const second = spawnSync(process.execPath, [MAIN, 'analyze', resolve(DEMO), '--format', 'json,md', '--out-dir', spaced, '--name', '{host} {date} writeback'], { cwd, encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(readdirSync(spaced).sort()).toEqual(['AADC01 2024-03-06 writeback.json', 'AADC01 2024-03-06 writeback.md']);
  });

  it('--quiet prints nothing but errors, and the exit code still tells', async () => {
    const folder = scratchFolder();
    const quiet = await runCli('analyze', DEMO, '--format', 'json', '--out-dir', folder, '--quiet');
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readdirSync(folder)).toHaveLength(1);
    // Warnings about skipped parts go; the one-line error of an input that cannot be read stays.
    const truncated = await runCli('analyze', 'fixtures/xml/broken/truncated.xml', '--quiet');
    expect(truncated).toEqual({ code: 0, stdout: '', stderr: '' });
    const unreadable = await runCli('analyze', 'fixtures/xml/broken/binary.bin', 'fixtures/xml/wevtutil.xml', '--quiet', '--out-dir', folder);
    expect(unreadable.code).toBe(3);
    expect(unreadable.stdout).toBe('');
    expect(unreadable.stderr).toMatch(/^writeback-doctor: fixtures\/xml\/broken\/binary\.bin: /);
  });

  it('refuses, with exit 2 and one line, what it cannot write as asked', async () => {
    const folder = scratchFolder();
    const cases: [string[], RegExp][] = [
      [['--format', 'html,json'], /2 formats make 2 files: give --out-dir <folder> instead of standard output/],
      [['--format', 'csv'], /--format csv writes several files \(findings, chains, events\): give --out-dir <folder>/],
      [['--format', 'csv', '--out', join(folder, 'x.csv')], /--format csv writes several files/],
      [['--format', 'pdf'], /--format "pdf" is not one of: text, json, csv, md, html/],
      [['--out', join(folder, 'a'), '--out-dir', folder], /--out and --out-dir exclude each other/],
      [['--name', '{host}'], /--name names the files written to --out-dir/],
      [['--out-dir', folder, '--name', '{server}-{date}'], /"\{server\}" is not a placeholder; use \{host\}, \{date\}, \{time\}, \{today\}/],
      [['--out-dir', folder, '--name', 'a/b'], /holds a character a file name cannot/],
      [['--out', join(folder, 'no', 'such', 'folder', 'report.txt')], /^writeback-doctor: cannot write .*report\.txt: ENOENT/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli('analyze', DEMO, ...args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('atomic writes', () => {
  it('never shows a reader of the folder a partial file, however the writes interleave', async () => {
    const folder = scratchFolder();
    const path = join(folder, 'big.html');
    const content = `<html>${'x'.repeat(8 * 1024 * 1024)}</html>\n`;
    const seen = new Set<number>();
    let writing = true;
    // Polls between the writer's chunks: in one process every await of the writer lets it run.
    const poller = (async () => {
      while (writing) {
        for (const name of readdirSync(folder)) {
          if (name.startsWith('.')) continue;
          const text = await readFile(join(folder, name), 'utf8').catch(() => undefined);
          if (text !== undefined) seen.add(text.length);
        }
        await new Promise((done) => setImmediate(done));
      }
    })();
    await writeFileAtomic(path, 'old report\n');
    await writeFileAtomic(path, content);
    writing = false;
    await poller;
    expect([...seen].every((length) => length === 'old report\n'.length || length === content.length)).toBe(true);
    expect(readdirSync(folder)).toEqual(['big.html']);
  });

  it('keeps a share\'s reports whole while another process polls it during nightly runs', async () => {
    const folder = scratchFolder();
    const stop = join(folder, '..', `${folder.split('/').pop() ?? 'x'}.stop`);
    // The poller is its own process, as a reader of a share would be.
    const poller = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('fs'); const path = require('path');
         const folder = process.argv[1], stop = process.argv[2]; const bad = []; let reads = 0;
         while (!fs.existsSync(stop)) {
           for (const name of fs.readdirSync(folder)) {
             if (name.startsWith('.')) continue;
             let text; try { text = fs.readFileSync(path.join(folder, name), 'utf8'); } catch { continue; }
             reads++;
             const whole = name.endsWith('.html') ? text.endsWith('</html>\\n') : name.endsWith('.json') ? (() => { try { JSON.parse(text); return true; } catch { return false; } })() : text.includes('## Inputs');
             if (!whole) bad.push(name + ' ' + text.length);
           }
         }
         process.stdout.write(JSON.stringify({ reads, bad }));`,
        folder,
        stop,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    poller.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const finished = new Promise<void>((done) => poller.on('close', () => done()));
    for (let run = 0; run < 4; run++) {
      const result = spawnSync(process.execPath, [MAIN, 'analyze', DEMO, '--format', 'html,json,md', '--out-dir', folder, '--name', 'writeback', '--quiet']);
      expect(result.status).toBe(1);
    }
    mkdirSync(stop);
    await finished;
    const { reads, bad } = JSON.parse(output) as { reads: number; bad: string[] };
    expect(bad).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(folder).sort()).toEqual(['writeback.html', 'writeback.json', 'writeback.md']);
    expect(existsSync(stop)).toBe(true);
  });

  it('leaves no temporary file behind when the write fails', async () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'taken'), '');
    // A folder where the file should go: the rename fails, the temporary file is removed.
    mkdirSync(join(folder, 'report.json'));
    writeFileSync(join(folder, 'report.json', 'inside'), '');
    const result = await runCli('analyze', DEMO, '--format', 'json', '--out', join(folder, 'report.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^writeback-doctor: cannot write .*report\.json: E/);
    expect(readdirSync(folder).sort()).toEqual(['report.json', 'taken']);
  });
});

describe('exit codes (DESIGN.md)', () => {
  it('0 clean, 1 a finding at or above --fail-on, 2 usage, 3 unreadable, whatever the format and destination', async () => {
    const folder = scratchFolder();
    const healthy = ['--until', '2024-03-04T10:00'];
    for (const output of [[], ['--format', 'json'], ['--format', 'html,md,csv', '--out-dir', folder]]) {
      expect((await runCli('analyze', DEMO, ...healthy, ...output)).code).toBe(0);
      expect((await runCli('analyze', DEMO, ...output)).code).toBe(1);
      expect((await runCli('analyze', DEMO, ...output, '--fail-on', 'none')).code).toBe(0);
      expect((await runCli('analyze', DEMO, ...output, '--fail-on', 'bogus')).code).toBe(2);
      expect((await runCli('analyze', 'fixtures/xml/broken/binary.bin', ...output)).code).toBe(3);
      expect((await runCli('analyze', 'fixtures/xml/broken/binary.bin', DEMO, ...output)).code).toBe(3);
    }
    // A policy rejection is a warning finding: it fails only at --fail-on warning or info.
    const period = ['--since', '2024-03-04T10:00', '--until', '2024-03-04T11:00'];
    for (const [failOn, code] of [['critical', 0], ['error', 0], ['warning', 1], ['info', 1], ['none', 0]] as const) {
      expect((await runCli('analyze', DEMO, ...period, '--fail-on', failOn, '--quiet')).code).toBe(code);
    }
    // Nothing readable: no report at all, rather than one that reads like a clean bill.
    expect(readdirSync(folder).filter((name) => name.includes('binary'))).toEqual([]);
  });

  it('the executable exits with the same codes', () => {
    const exit = (...args: string[]): number | null => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' }).status;
    expect(exit('analyze', DEMO, '--quiet')).toBe(1);
    expect(exit('analyze', DEMO, '--quiet', '--fail-on', 'none')).toBe(0);
    expect(exit('analyze', DEMO, '--format', 'csv')).toBe(2);
    expect(exit('analyze', 'fixtures/xml/broken/empty.xml', '--quiet')).toBe(3);
  });
});
