// Report: ANSI colours for the terminal verdict; every other output, and a terminal that asks for none, stays plain.

import type { Level } from '../record.js';
import type { Severity } from '../rules/diagnosis.js';

export interface Paint {
  severity(severity: Severity, text: string): string;
  level(level: Level, text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

const RESET = '\u001b[0m';
const SEVERITY_CODE: Record<Severity, string> = { critical: '\u001b[1;31m', error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const LEVEL_CODE: Record<Level, string> = { critical: '\u001b[1;31m', error: '\u001b[31m', warning: '\u001b[33m', information: '', verbose: '' };

function wrapIn(code: string, text: string): string {
  return code === '' || text === '' ? text : `${code}${text}${RESET}`;
}

const PLAIN: Paint = {
  severity: (_severity, text) => text,
  level: (_level, text) => text,
  heading: (text) => text,
  dim: (text) => text,
};

const COLOURED: Paint = {
  severity: (severity, text) => wrapIn(SEVERITY_CODE[severity], text),
  level: (level, text) => wrapIn(LEVEL_CODE[level], text),
  heading: (text) => wrapIn('\u001b[1m', text),
  dim: (text) => wrapIn('\u001b[2m', text),
};

/** Colours are applied after padding, so column widths count only what is seen. */
export function paint(color: boolean): Paint {
  return color ? COLOURED : PLAIN;
}
