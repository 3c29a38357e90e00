// Rules stage, engine: `match` rules, one hit per record that satisfies the detection.

import { groupValue } from '../fields.js';
import type { MatchRule } from '../types.js';
import type { Evidence, Hit } from './hits.js';

export function evaluateMatch(rule: MatchRule, evidence: Evidence): Hit[] {
  const hits: Hit[] = [];
  for (const record of evidence.records) {
    if (!rule.detection(record)) continue;
    const hit: Hit = { records: [record] };
    if (rule.groupBy !== undefined) {
      const group = groupValue(rule.groupBy.read, record);
      if (group !== undefined) hit.group = group;
    }
    hits.push(hit);
  }
  return hits;
}
