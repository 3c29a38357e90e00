// CLI: a progress bar on the terminal while the inputs are read: bytes read of the total, rate, time left.

import type { ReadProgress } from '../ingest/source.js';
import type { StatusLine } from './io.js';

/** Reading that ends sooner than this shows nothing: a bar that flashes by helps nobody. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 250;
const BAR_CELLS = 24;

export interface ProgressDisplay {
  /** Clears the bar; the reading is done. */
  stop(): void;
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${String(Math.ceil(seconds % 60)).padStart(2, '0')} s`;
}

/** The status line for `done` of `total` bytes after `elapsedMs`, fitted to `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, width: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * BAR_CELLS);
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const parts = [
    `reading [${'#'.repeat(filled)}${'-'.repeat(BAR_CELLS - filled)}] ${Math.floor(share * 100)} %`,
    `${megabytes(done)} of ${megabytes(total)}`,
    `${megabytes(rate)}/s`,
    `${duration(left)} left`,
  ];
  // Narrow terminals keep the most telling parts: drop from the end, never wrap.
  while (parts.length > 1 && parts.join('  ').length > width - 1) parts.pop();
  const line = parts.join('  ');
  return line.length > width - 1 ? line.slice(0, Math.max(0, width - 1)) : line;
}

/**
 * Shows the reading of `files` on `status` (a terminal's standard error) from the first second on,
 * redrawn four times a second. Without a status line (not a terminal, tests) it shows nothing.
 */
export function showProgress(files: readonly (ReadProgress | undefined)[], status: StatusLine | undefined, now: () => number = Date.now): ProgressDisplay {
  if (status === undefined) return { stop: () => undefined };
  // Entries of one archive share their file's progress: count each file once.
  const distinct = [...new Set(files.filter((file): file is ReadProgress => file !== undefined))];
  const started = now();
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = now() - started;
    if (elapsed < SHOW_AFTER_MS) return;
    const total = distinct.reduce((sum, file) => sum + file.total, 0);
    const done = distinct.reduce((sum, file) => sum + file.done, 0);
    status.show(progressLine(done, total, elapsed, status.width()));
    shown = true;
  }, REDRAW_MS);
  // The bar never keeps the process alive on its own.
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      if (shown) status.show('');
    },
  };
}
