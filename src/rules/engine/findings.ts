// Rules stage, engine: turns a rule's hits into findings (one per rule, or per group), most severe first.

import type { EventRecord, UserRef } from '../../record.js';
import { severityRank } from '../diagnosis.js';
import type { Finding, Rule } from '../types.js';
import { recordKey, type Hit } from './hits.js';

/** Evidence records kept per finding; the total is reported beside them. */
export const EVIDENCE_CAP = 10;

function userName(user: UserRef | undefined): string | undefined {
  return user?.upn ?? user?.dn ?? user?.cloudAnchor;
}

function byTime(a: EventRecord, b: EventRecord): number {
  return a.time.getTime() - b.time.getTime();
}

function finding(rule: Rule, hits: readonly Hit[], group: string | undefined): Finding {
  const records = new Map<string, EventRecord>();
  const users = new Set<string>();
  const chains = new Set<string>();
  for (const hit of hits) {
    for (const record of hit.records) {
      records.set(recordKey(record), record);
      const name = userName(record.user);
      if (name !== undefined) users.add(name);
    }
    if (hit.chain !== undefined) {
      chains.add(hit.chain.id);
      const name = userName(hit.chain.user);
      if (name !== undefined) users.add(name);
    }
  }
  const sorted = [...records.values()].sort(byTime);
  const first = sorted[0]?.time ?? new Date(0);
  const last = sorted[sorted.length - 1]?.time ?? first;
  const result: Finding = {
    rule: rule.id,
    diagnosis: rule.diagnosis,
    severity: rule.severity,
    category: rule.category,
    title: rule.title,
    explanation: rule.explanation,
    remediation: rule.remediation,
    references: rule.references,
    count: hits.length,
    first,
    last,
    users: [...users].sort(),
    chains: [...chains],
    evidence: sorted.slice(0, EVIDENCE_CAP),
    evidenceTotal: sorted.length,
  };
  if (group !== undefined) result.group = group;
  return result;
}

/** One finding per rule with hits, or one per group of a grouped rule. */
export function toFindings(rule: Rule, hits: readonly Hit[]): Finding[] {
  if (hits.length === 0) return [];
  const grouped = new Map<string | undefined, Hit[]>();
  for (const hit of hits) {
    const list = grouped.get(hit.group);
    if (list === undefined) grouped.set(hit.group, [hit]);
    else list.push(hit);
  }
  return [...grouped].map(([group, groupHits]) => finding(rule, groupHits, group));
}

/** Most severe first; then the most frequent, the earliest, and by rule id for a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    b.count - a.count ||
    a.first.getTime() - b.first.getTime() ||
    a.rule.localeCompare(b.rule) ||
    (a.group ?? '').localeCompare(b.group ?? '')
  );
}
