import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function writebackDoctor(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the installed executable', () => {
  it('runs the demo as npm start does and exits 1 because the demo log holds errors', () => {
    const { code, stdout } = writebackDoctor('analyze', 'fixtures/demo/Application.xml');
    expect(code).toBe(1);
    expect(stdout).toContain('Verdict:');
  });

  it('never prints a stack trace, whatever the input', () => {
    for (const args of [
      ['analyze', 'missing.xml'],
      ['analyze', 'fixtures/xml/broken/binary.bin'],
      ['analyze', 'fixtures/xml/broken/billion-laughs.xml'],
      ['analyze', 'fixtures'],
      ['events', '--format', 'yaml', 'fixtures/demo/Application.xml'],
    ]) {
      const { code, stderr } = writebackDoctor(...args);
      expect([2, 3]).toContain(code);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('exits 2 for a folder given as a file', () => {
    const { code, stderr } = writebackDoctor('analyze', 'fixtures');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('writeback-doctor: fixtures: is a folder, not a file');
  });

  it('stops quietly when the reader of its output goes away (… | head)', async () => {
    const child = spawn(process.execPath, ['dist/cli/main.js', 'events', '--source', 'all', 'fixtures/demo/Application.xml']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
