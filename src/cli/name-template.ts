// CLI: the file names of `--out-dir`, from the `--name` template: `{host}-{date}-writeback` → `AADC01-2024-03-06-writeback`.

import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { UsageError } from './exit-codes.js';

export const DEFAULT_NAME = '{host}-{date}-writeback';

export const NAME_PLACEHOLDERS = ['host', 'date', 'time', 'today'] as const;

export interface NameFacts {
  /** The computer that logged most events, as the report shows it (a pseudonym with --redact). */
  host: string | undefined;
  /** The log's last event; undefined when the log holds none. */
  last: Date | undefined;
  /** When the tool runs. */
  now: Date;
  /** The zone dates are written in. */
  zone: string;
}

/** Characters Windows forbids in file names, and the path separators of both systems. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

function safe(text: string): string {
  return text.replace(UNSAFE, '_').replace(/[. ]+$/, '');
}

/** Checks a template before any input is read, so a typo costs no analysis. */
export function checkNameTemplate(template: string): void {
  for (const match of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(NAME_PLACEHOLDERS as readonly string[]).includes(match[1] ?? '')) {
      throw new UsageError(`--name: "{${match[1] ?? ''}}" is not a placeholder; use ${NAME_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`);
    }
  }
  if (safe(template.replace(/\{[^}]*\}/g, 'x')) !== template.replace(/\{[^}]*\}/g, 'x')) {
    throw new UsageError(`--name "${template}" holds a character a file name cannot: \\ / : * ? " < > |`);
  }
}

/**
 * `{host}`: the short name of the computer with most events (`AADC01`); `{date}`: the day of the
 * log's last event (the run's day when the log has none), so reruns over one export name the same
 * file; `{time}`: the hour and minute of that event; `{today}`: the day the tool runs.
 */
export function fileBaseName(template: string, facts: NameFacts): string {
  const day = (time: Date): string => format(new TZDate(time.getTime(), facts.zone), 'yyyy-MM-dd');
  const host = facts.host === undefined ? 'unknown-host' : (facts.host.split('.')[0] ?? facts.host);
  const values: Record<(typeof NAME_PLACEHOLDERS)[number], string> = {
    host,
    date: day(facts.last ?? facts.now),
    time: format(new TZDate((facts.last ?? facts.now).getTime(), facts.zone), 'HHmm'),
    today: day(facts.now),
  };
  return safe(template.replace(/\{(host|date|time|today)\}/g, (_, name: (typeof NAME_PLACEHOLDERS)[number]) => values[name]));
}
