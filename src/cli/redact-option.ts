// CLI: --redact and --redact-key: whether names are replaced by pseudonyms, and the key that keeps those stable.

import { randomBytes } from 'node:crypto';
import { UsageError } from './exit-codes.js';

/** Read when --redact is given without --redact-key, so a scheduled task's key stays out of its command line. */
export const REDACT_KEY_VARIABLE = 'WRITEBACK_DOCTOR_REDACT_KEY';

export interface RedactOptions {
  redact?: boolean;
  redactKey?: string;
}

/**
 * The HMAC key of the pseudonyms, or undefined when nothing is redacted. --redact-key implies --redact.
 * Without a key, a random one: pseudonyms then hold within one report, and no two runs can be linked.
 */
export function redactionKey(options: RedactOptions, env: Readonly<Record<string, string | undefined>> = process.env): Uint8Array | undefined {
  if (options.redactKey !== undefined) {
    if (options.redactKey === '') throw new UsageError('--redact-key needs a key (any text; the same key gives the same pseudonyms)');
    return Buffer.from(options.redactKey, 'utf8');
  }
  if (options.redact !== true) return undefined;
  const fromEnvironment = env[REDACT_KEY_VARIABLE];
  return fromEnvironment !== undefined && fromEnvironment !== '' ? Buffer.from(fromEnvironment, 'utf8') : randomBytes(32);
}
