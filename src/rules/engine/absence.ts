// Rules stage, engine: `absence` rules, a record that no expected follow-up record follows in time.

import type { EventRecord } from '../../record.js';
import { groupValue } from '../fields.js';
import type { AbsenceRule } from '../types.js';
import type { Evidence, Hit } from './hits.js';

/** Whether `next` may answer `first` for the rule: the same values of its `same` fields. */
export function sameValues(rule: AbsenceRule, first: EventRecord, next: EventRecord): boolean {
  for (const field of rule.same) {
    const wanted = groupValue(field.read, first);
    // A field the first record lacks constrains nothing: redacted or older messages still pair up.
    if (wanted !== undefined && groupValue(field.read, next) !== wanted) return false;
  }
  return true;
}

/**
 * One hit per record matching the detection that no record matching `followedBy` follows (later in
 * the log, same values of the `same` fields) within `withinMs`, or before the log ends when the rule
 * has no window. A window that runs past the end of the log is left open and not reported.
 */
export function evaluateAbsence(rule: AbsenceRule, evidence: Evidence): Hit[] {
  const { records } = evidence;
  const logEnd = evidence.logEnd?.getTime() ?? records[records.length - 1]?.time.getTime() ?? 0;
  const followUps: number[] = [];
  records.forEach((record, index) => {
    if (rule.followedBy(record)) followUps.push(index);
  });

  const hits: Hit[] = [];
  let firstLater = 0;
  records.forEach((record, index) => {
    if (!rule.detection(record)) return;
    while ((followUps[firstLater] ?? Infinity) <= index) firstLater++;
    const start = record.time.getTime();
    const deadline = rule.withinMs === undefined ? Infinity : start + rule.withinMs;
    for (let at = firstLater; at < followUps.length; at++) {
      const next = records[followUps[at] ?? -1];
      if (next === undefined || next.time.getTime() > deadline) break;
      if (sameValues(rule, record, next)) return;
    }
    if (deadline !== Infinity && deadline > logEnd) return;
    hits.push({ records: [record] });
  });
  return hits;
}
