import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

// Every row of fixtures/broken/README.md: the broken file, the options it is read with, how many
// events must still be read, the exit code, and the exact lines on standard error.
const TABLE = readFileSync('fixtures/broken/README.md', 'utf8');
const ROW = /^\| `([^`]+)` \| (.*?) \| (.*?) \| (\d+) \| (\d) \| (.*) \|$/;

interface Case {
  file: string;
  options: string[];
  events: number;
  exit: number;
  stderr: string[];
}

const cases: Case[] = TABLE.split('\n').flatMap((line) => {
  const match = ROW.exec(line);
  if (match === null) return [];
  const [, file = '', , options = '', events = '0', exit = '0', stderr = ''] = match;
  return [{
    file,
    options: options.replace(/`/g, '').split(' ').filter((word) => word !== ''),
    events: Number(events),
    exit: Number(exit),
    stderr: stderr === '(nothing)' ? [] : [...stderr.matchAll(/`((?:[^`\\]|\\.)*)`/g)].map((span) => (span[1] ?? '').replace(/\\\|/g, '|')),
  }];
});

describe('broken inputs (fixtures/broken/README.md)', () => {
  it('lists every broken file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$file: $events events, exit $exit, the warnings of its row', async ({ file, options, events, exit, stderr }) => {
    const path = `fixtures/broken/${file}`;
    const result = await runCli('events', path, '--all', '--tz', 'UTC', '--date-order', 'mdy', ...options);
    expect(result.stderr === '' ? [] : result.stderr.split('\n')).toEqual(stderr.map((line) => line.replaceAll('{file}', path)));
    expect(result.stdout.split('\n').filter((line) => line !== '')).toHaveLength(events);
    expect(result.code).toBe(exit);
  });

  it('refuses the entity attacks in well under a second, expanding nothing', async () => {
    for (const file of ['fixtures/xml/broken/billion-laughs.xml', 'fixtures/xml/broken/external-entity.xml']) {
      const started = Date.now();
      const result = await runCli('analyze', file);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('declares a DTD');
      expect(result.stdout).not.toContain('root:');
    }
  });

  it('never expands an entity declared beyond the head the detector reads', async () => {
    const result = await runCli('events', 'fixtures/broken/late-doctype.xml', '--all');
    expect(result.stdout).toContain('&lol1;');
    expect(result.stdout).not.toContain('lollol');
  });
});
