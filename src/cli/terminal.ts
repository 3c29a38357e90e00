// CLI: whether the text verdict gets colours, and how wide it may be: the terminal decides, and the user may say no.

import type { Io } from './io.js';

/** The width reports are laid out for when standard output is no terminal (a file, a pipe, a scheduled task's log). */
export const DEFAULT_WIDTH = 100;
/** Narrower terminals still get this much: wrapping prose into slivers helps nobody. */
const NARROWEST = 72;

export interface TextLayout {
  color: boolean;
  width: number;
}

/**
 * Colours only on a terminal, never with `--no-color` or a non-empty NO_COLOR (no-color.org); the
 * terminal's own width, else DEFAULT_WIDTH.
 */
export function stdoutLayout(io: Io, colorOption: boolean, env: Readonly<Record<string, string | undefined>> = process.env): TextLayout {
  const terminal = io.terminal?.();
  const isTerminal = terminal?.isTTY === true;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const columns = isTerminal && terminal?.columns !== undefined && terminal.columns > 0 ? Math.max(NARROWEST, terminal.columns) : DEFAULT_WIDTH;
  return { color: isTerminal && colorOption && !noColor, width: columns };
}

/** Files are read later, elsewhere: plain, at the default width. */
export const FILE_LAYOUT: TextLayout = { color: false, width: DEFAULT_WIDTH };
