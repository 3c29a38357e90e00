// CLI: parses the options of the correlate stage (`--window`) and the chain filters of `chains`.

import { CHAIN_KINDS, CHAIN_OUTCOMES, type Chain, type ChainKind, type ChainOutcome } from '../correlate/types.js';
import { UsageError } from './exit-codes.js';

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h)?$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
const LONGEST_WINDOW_MS = 24 * 3_600_000;

/** `10m`, `10min`, `90s`, `1h`, or a plain number of minutes. */
export function parseWindow(value: string): number {
  const match = DURATION.exec(value.trim());
  const unit = (match?.[2] ?? 'min').toLowerCase();
  const ms = match === null ? Number.NaN : Number(match[1]) * (UNIT_MS[unit] ?? Number.NaN);
  if (!(ms > 0) || ms > LONGEST_WINDOW_MS) {
    throw new UsageError(`--window "${value}" is not a duration from 1 ms to 24 h: use e.g. 10m, 90s or 1h`);
  }
  return ms;
}

function parseList<T extends string>(option: string, values: readonly string[] | undefined, allowed: readonly T[]): ReadonlySet<T> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const chosen = new Set<T>();
  for (const part of values.flatMap((value) => value.split(','))) {
    const text = part.trim().toLowerCase();
    if (text === '') continue;
    const match = allowed.find((candidate) => candidate.toLowerCase() === text);
    if (match === undefined) throw new UsageError(`${option} "${part.trim()}" is not one of: ${allowed.join(', ')}`);
    chosen.add(match);
  }
  return chosen.size === 0 ? undefined : chosen;
}

export interface ChainFilter {
  kinds?: ReadonlySet<ChainKind>;
  outcomes?: ReadonlySet<ChainOutcome>;
  /** Lower case; matched as part of the UPN, DN or cloud anchor. */
  user?: string;
}

export function parseChainFilter(options: { kind?: string[]; outcome?: string[]; user?: string }): ChainFilter {
  const filter: ChainFilter = {};
  const kinds = parseList('--kind', options.kind, CHAIN_KINDS);
  if (kinds !== undefined) filter.kinds = kinds;
  const outcomes = parseList('--outcome', options.outcome, CHAIN_OUTCOMES);
  if (outcomes !== undefined) filter.outcomes = outcomes;
  if (options.user !== undefined) {
    const user = options.user.trim().toLowerCase();
    if (user === '') throw new UsageError('--user needs a user name, or a part of one');
    filter.user = user;
  }
  return filter;
}

export function matchesChain(chain: Chain, filter: ChainFilter): boolean {
  if (filter.kinds !== undefined && !filter.kinds.has(chain.kind)) return false;
  if (filter.outcomes !== undefined && !filter.outcomes.has(chain.outcome)) return false;
  if (filter.user !== undefined) {
    const user = chain.user;
    const names = [user?.upn, user?.dn, user?.cloudAnchor];
    if (!names.some((name) => name !== undefined && name.toLowerCase().includes(filter.user as string))) return false;
  }
  return true;
}
