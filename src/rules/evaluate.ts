// Rules stage: evaluates the loaded rules over the records and chains of a log, and returns the findings.

import type { Chain } from '../correlate/types.js';
import type { EventRecord } from '../record.js';
import { evaluateAbsence } from './engine/absence.js';
import { watchAbsences } from './engine/absence-watch.js';
import { evaluateChain } from './engine/chain.js';
import { compareFindings, toFindings } from './engine/findings.js';
import { indexChains, mergeByOperation, type Evidence, type Hit } from './engine/hits.js';
import { evaluateMatch } from './engine/match.js';
import { applyPrecedence } from './engine/precedence.js';
import { evaluateThreshold } from './engine/threshold.js';
import { eitherIds, pinnedEventIds } from './selection.js';
import type { AbsenceRule, Finding, Rule } from './types.js';

function hitsOf(rule: Rule, evidence: Evidence): Hit[] {
  switch (rule.kind) {
    case 'match':
      return evaluateMatch(rule, evidence);
    case 'threshold':
      return evaluateThreshold(rule, evidence);
    case 'absence':
      return evaluateAbsence(rule, evidence);
    case 'chain':
      return evaluateChain(rule, evidence);
  }
}

/**
 * Whether any record rule could use this record. Only such records need to be kept while a log streams
 * by: the record rules see nothing else, so evaluating them over the kept records gives the same findings.
 */
export function recordIsRelevant(rules: readonly Rule[], record: EventRecord): boolean {
  for (const rule of rules) {
    if (rule.kind === 'chain') continue;
    if (rule.detection(record)) return true;
    if (rule.kind === 'absence' && rule.followedBy(record)) return true;
  }
  return false;
}

/** The event ids of the records a rule can use (its detection's, and for absence its follow-up's); undefined: any. */
function eventIdsOf(rule: Rule): ReadonlySet<number> | undefined {
  if (rule.kind === 'chain') return undefined;
  if (rule.kind === 'absence') return eitherIds([pinnedEventIds(rule.detection), pinnedEventIds(rule.followedBy)]);
  return pinnedEventIds(rule.detection);
}

/** The record rules by the event ids they can use, so a record is tried only on those that can match it. */
function indexRecordRules(rules: readonly Rule[]): (eventId: number) => readonly Rule[] {
  const any: Rule[] = [];
  const byId = new Map<number, Rule[]>();
  const pinned: [Rule, ReadonlySet<number>][] = [];
  for (const rule of rules) {
    if (rule.kind === 'chain') continue;
    const ids = eventIdsOf(rule);
    if (ids === undefined) any.push(rule);
    else pinned.push([rule, ids]);
  }
  // The rules pinned to an event id come first in its list: a record of that id is likely to be
  // one of theirs, and the first rule that can use a record settles that it is kept.
  for (const [rule, ids] of pinned) {
    for (const id of ids) {
      const list = byId.get(id);
      if (list === undefined) byId.set(id, [rule]);
      else list.push(rule);
    }
  }
  for (const list of byId.values()) list.push(...any);
  return (eventId) => byId.get(eventId) ?? any;
}

/** Time order, stable for records of the same instant (the order they were read). */
export function sortRecords(records: readonly EventRecord[]): EventRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => a.record.time.getTime() - b.record.time.getTime() || a.index - b.index)
    .map(({ record }) => record);
}

export interface EvaluationInput {
  records: readonly EventRecord[];
  chains: readonly Chain[];
  /** The time of the last record of the whole log; defaults to the last of `records`. */
  logEnd?: Date;
}

/** The findings of `rules`, precedence applied, most severe first. */
export function evaluateRules(rules: readonly Rule[], input: EvaluationInput): Finding[] {
  const records = sortRecords(input.records);
  const logEnd = input.logEnd ?? records[records.length - 1]?.time;
  // Each rule sees only the records of the event ids it can use, still in time order: the others
  // could neither match it nor follow up on it.
  const positions = new Map<number, number[]>();
  records.forEach((record, at) => {
    const list = positions.get(record.eventId);
    if (list === undefined) positions.set(record.eventId, [at]);
    else list.push(at);
  });
  const recordsFor = (rule: Rule): readonly EventRecord[] => {
    const ids = eventIdsOf(rule);
    if (ids === undefined) return records;
    const at = [...ids].flatMap((id) => positions.get(id) ?? []);
    if (ids.size > 1) at.sort((a, b) => a - b);
    return at.map((index) => records[index] as EventRecord);
  };
  const index = indexChains(input.chains);
  const results = rules.map((rule) => {
    const evidence: Evidence = { records: recordsFor(rule), chains: input.chains };
    if (logEnd !== undefined) evidence.logEnd = logEnd;
    return { rule, hits: mergeByOperation(hitsOf(rule, evidence), index) };
  });
  return applyPrecedence(results, index)
    .flatMap(({ rule, hits }) => toFindings(rule, hits))
    .sort(compareFindings);
}

export interface RuleEvidenceCollector {
  /** Sees every record of the log, in any order; keeps only those a record rule can use. */
  add(record: EventRecord): void;
  /** The findings, once the log is read and correlated. */
  findings(chains: readonly Chain[]): Finding[];
  /** How many records are held for the rules now. */
  held(): number;
}

/**
 * Collects what the rules need while a log streams by, so memory grows with the evidence, not the log:
 * a record is kept when a record rule can use it, except that records only absence rules can use are
 * let go once they got their follow-up (see `watchAbsences`). That needs the log in time order, as
 * correlation delivers it; should a record step back in time (a clock set back), every record a rule
 * can use is kept from there on. Only a lone record stepping back behind records already let go could
 * then be judged without them.
 */
export function collectRuleEvidence(rules: readonly Rule[]): RuleEvidenceCollector {
  // The records kept, and where each stood in the log (one kept late, when found unanswered, goes back there).
  const kept: EventRecord[] = [];
  const keptAt: number[] = [];
  const keep = (record: EventRecord, at: number): void => {
    kept.push(record);
    keptAt.push(at);
  };
  let seq = 0;
  let logEnd: Date | undefined;
  let inOrder = true;
  const rulesFor = indexRecordRules(rules);
  // By event id: the absence rules that can use a record, and the other record rules.
  const split = new Map<number, { absences: AbsenceRule[]; others: readonly Rule[] }>();
  const splitFor = (eventId: number): { absences: AbsenceRule[]; others: readonly Rule[] } => {
    let found = split.get(eventId);
    if (found === undefined) {
      const candidates = rulesFor(eventId);
      found = { absences: candidates.filter((rule): rule is AbsenceRule => rule.kind === 'absence'), others: candidates.filter((rule) => rule.kind !== 'absence') };
      split.set(eventId, found);
    }
    return found;
  };
  const watch = watchAbsences(keep);
  return {
    add(record) {
      const at = seq++;
      if (logEnd !== undefined && record.time < logEnd && inOrder) {
        inOrder = false;
        watch.end();
      }
      if (logEnd === undefined || record.time > logEnd) logEnd = record.time;
      // Once the log stepped back, absence rules see every record again, as the other rules do.
      const { absences, others } = inOrder ? splitFor(record.eventId) : { absences: [], others: rulesFor(record.eventId) };
      const needed = recordIsRelevant(others, record);
      if (needed) keep(record, at);
      if (absences.length > 0) watch.see(record, at, absences, needed);
    },
    findings(chains) {
      watch.end();
      const order = keptAt.map((_, index) => index).sort((a, b) => (keptAt[a] as number) - (keptAt[b] as number));
      const records = order.map((index) => kept[index] as EventRecord);
      return evaluateRules(rules, { records, chains, ...(logEnd !== undefined && { logEnd }) });
    },
    held() {
      return kept.length + watch.waiting();
    },
  };
}
