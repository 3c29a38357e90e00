// Rules stage: evaluates the loaded rules over the records and chains of a log, and returns the findings.

import type { Chain } from '../correlate/types.js';
import type { EventRecord } from '../record.js';
import { evaluateAbsence } from './engine/absence.js';
import { evaluateChain } from './engine/chain.js';
import { compareFindings, toFindings } from './engine/findings.js';
import { indexChains, mergeByOperation, type Evidence, type Hit } from './engine/hits.js';
import { evaluateMatch } from './engine/match.js';
import { applyPrecedence } from './engine/precedence.js';
import { evaluateThreshold } from './engine/threshold.js';
import type { Finding, Rule } from './types.js';

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
  const evidence: Evidence = { records: sortRecords(input.records), chains: input.chains };
  if (input.logEnd !== undefined) evidence.logEnd = input.logEnd;
  const index = indexChains(input.chains);
  const results = rules.map((rule) => ({ rule, hits: mergeByOperation(hitsOf(rule, evidence), index) }));
  return applyPrecedence(results, index)
    .flatMap(({ rule, hits }) => toFindings(rule, hits))
    .sort(compareFindings);
}

export interface RuleEvidenceCollector {
  /** Sees every record of the log, in any order; keeps only those a record rule can use. */
  add(record: EventRecord): void;
  /** The findings, once the log is read and correlated. */
  findings(chains: readonly Chain[]): Finding[];
}

/** Collects what the rules need while a log streams by, so memory grows with the evidence, not the log. */
export function collectRuleEvidence(rules: readonly Rule[]): RuleEvidenceCollector {
  const records: EventRecord[] = [];
  let logEnd: Date | undefined;
  return {
    add(record) {
      if (logEnd === undefined || record.time > logEnd) logEnd = record.time;
      if (recordIsRelevant(rules, record)) records.push(record);
    },
    findings(chains) {
      return evaluateRules(rules, { records, chains, ...(logEnd !== undefined && { logEnd }) });
    },
  };
}
