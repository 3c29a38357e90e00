// Correlate stage, chain order: the order in which chains are listed, oldest start first.

import type { Chain } from './types.js';

/** Oldest start first; chains that start at the same instant keep the order of their ids' numbers. */
export function compareChains(a: Chain, b: Chain): number {
  return a.start.getTime() - b.start.getTime() || a.kind.localeCompare(b.kind) || idNumber(a.id) - idNumber(b.id);
}

function idNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}
