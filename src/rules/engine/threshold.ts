// Rules stage, engine: `threshold` rules, at least N matching records within a sliding window, per group.

import type { EventRecord } from '../../record.js';
import { groupValue } from '../fields.js';
import type { ThresholdRule } from '../types.js';
import type { Evidence, Hit } from './hits.js';

/**
 * Every record that lies in some window of `withinMs` holding at least `count` matching records of its
 * group is a hit; records of quieter stretches are not. Records without the group-by field are not counted.
 */
export function evaluateThreshold(rule: ThresholdRule, evidence: Evidence): Hit[] {
  const groups = new Map<string, EventRecord[]>();
  for (const record of evidence.records) {
    if (!rule.detection(record)) continue;
    const group = rule.groupBy === undefined ? '' : groupValue(rule.groupBy.read, record);
    if (group === undefined) continue;
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [record]);
    else list.push(record);
  }

  const hits: Hit[] = [];
  for (const [group, records] of groups) {
    // Records are in time order; two pointers give every window that ends at a record.
    const marked = new Array<boolean>(records.length).fill(false);
    let start = 0;
    for (let end = 0; end < records.length; end++) {
      const endTime = records[end]?.time.getTime() ?? 0;
      while ((records[start]?.time.getTime() ?? endTime) < endTime - rule.withinMs) start++;
      if (end - start + 1 >= rule.count) marked.fill(true, start, end + 1);
    }
    records.forEach((record, index) => {
      if (!marked[index]) return;
      const hit: Hit = { records: [record] };
      if (rule.groupBy !== undefined) hit.group = group;
      hits.push(hit);
    });
  }
  return hits;
}
