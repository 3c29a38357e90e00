// Rules stage, engine: a more specific diagnosis explains an occurrence instead of a generic one.

import type { Chain } from '../../correlate/types.js';
import type { DiagnosisCode } from '../diagnosis.js';
import type { Rule } from '../types.js';
import { recordKey, type Hit } from './hits.js';

export interface RuleHits {
  rule: Rule;
  hits: Hit[];
}

/** What an occurrence is about: its records and the operations they belong to. */
function subjects(hit: Hit, index: ReadonlyMap<string, Chain[]>): Set<string> {
  const keys = new Set<string>();
  if (hit.chain !== undefined) keys.add(`chain\u0000${hit.chain.id}`);
  for (const record of hit.records) {
    const key = recordKey(record);
    keys.add(key);
    for (const chain of index.get(key) ?? []) keys.add(`chain\u0000${chain.id}`);
  }
  return keys;
}

/**
 * Drops each hit of a diagnosis that another rule's `replaces` names, where that rule has a hit about
 * the same record or the same operation: a failed reset with a 33008 attached is
 * `password-policy-violation`, not also `writeback-operation-failed`. Hits of diagnoses that do not
 * replace one another are all kept, even on the same record: both are true.
 */
export function applyPrecedence(results: readonly RuleHits[], index: ReadonlyMap<string, Chain[]>): RuleHits[] {
  const explained = new Map<DiagnosisCode, Set<string>>();
  for (const { rule, hits } of results) {
    if (rule.replaces.length === 0 || hits.length === 0) continue;
    const keys = new Set<string>();
    for (const hit of hits) for (const key of subjects(hit, index)) keys.add(key);
    for (const replaced of rule.replaces) {
      const set = explained.get(replaced);
      if (set === undefined) explained.set(replaced, new Set(keys));
      else for (const key of keys) set.add(key);
    }
  }
  return results.map(({ rule, hits }) => {
    const covered = explained.get(rule.diagnosis);
    if (covered === undefined) return { rule, hits };
    return { rule, hits: hits.filter((hit) => ![...subjects(hit, index)].some((key) => covered.has(key))) };
  });
}
