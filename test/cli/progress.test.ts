import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMaxUncompressed } from '../../src/cli/options.js';
import { progressLine, showProgress } from '../../src/cli/progress.js';
import { run } from '../../src/cli/program.js';
import type { Io, StatusLine } from '../../src/cli/io.js';

function recordingStatus(width = 100): StatusLine & { shown: string[] } {
  const shown: string[] = [];
  return { shown, width: () => width, show: (text) => void shown.push(text) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the progress bar', () => {
  it('says how much of how much is read, how fast, and how long is left', () => {
    expect(progressLine(250e6, 1e9, 1000, 120)).toBe('reading [######------------------] 25 %  250 MB of 1.0 GB  250 MB/s  3 s left');
  });

  it('drops its last parts on a narrow terminal rather than wrapping', () => {
    const line = progressLine(250e6, 1e9, 1000, 50);
    expect(line.length).toBeLessThan(50);
    expect(line).toMatch(/^reading \[#+-+\] 25 %/);
  });

  it('shows nothing for reading that ends within a second, and clears what it showed', () => {
    vi.useFakeTimers();
    const status = recordingStatus();
    const file = { total: 1e9, done: 0 };
    let now = 0;
    const progress = showProgress([file], status, () => now);
    now = 900;
    vi.advanceTimersByTime(900);
    expect(status.shown).toEqual([]);
    now = 2000;
    file.done = 5e8;
    vi.advanceTimersByTime(1100);
    expect(status.shown.at(-1)).toMatch(/^reading \[#{12}-{12}\] 50 %  500 MB of 1.0 GB/);
    progress.stop();
    expect(status.shown.at(-1)).toBe('');
  });

  it('counts a file once when several inputs (the entries of one archive) share it', () => {
    vi.useFakeTimers();
    const status = recordingStatus();
    const archive = { total: 100e6, done: 100e6 };
    let now = 0;
    showProgress([archive, archive, undefined], status, () => now).stop();
    const progress = showProgress([archive, archive], status, () => now);
    now = 1500;
    vi.advanceTimersByTime(1500);
    expect(status.shown.at(-1)).toMatch(/100 %  100 MB of 100 MB/);
    progress.stop();
  });

  it('shows nothing without a terminal or with --quiet', async () => {
    const status = recordingStatus();
    const io: Io = { out: async () => undefined, err: () => undefined, statusLine: status };
    expect(await run(['analyze', 'fixtures/demo/Application.xml', '--quiet', '--fail-on', 'none'], io)).toBe(0);
    expect(status.shown).toEqual([]);
    const none = showProgress([{ total: 1, done: 0 }], undefined);
    none.stop();
  });
});

describe('--max-uncompressed', () => {
  it('reads sizes in bytes or with K, M, G, T (powers of 1024)', () => {
    expect(parseMaxUncompressed(undefined)).toBeUndefined();
    expect(parseMaxUncompressed('1000')).toBe(1000);
    expect(parseMaxUncompressed('500M')).toBe(500 * 1024 ** 2);
    expect(parseMaxUncompressed('16G')).toBe(16 * 1024 ** 3);
    expect(parseMaxUncompressed('2GiB')).toBe(2 * 1024 ** 3);
    expect(() => parseMaxUncompressed('lots')).toThrow(/is not a size/);
  });
});
