// Rules stage, engine: `chain` rules, conditions on a correlated operation and the context attached to it.

import type { Chain } from '../../correlate/types.js';
import type { EventRecord } from '../../record.js';
import type { ChainRule } from '../types.js';
import type { Evidence, Hit } from './hits.js';

function contextRecords(rule: ChainRule, chain: Chain): EventRecord[] {
  const attached = chain.context.filter((context) => rule.attachedBy === undefined || rule.attachedBy.has(context.reason)).map((context) => context.record);
  if (chain.cause !== undefined && !attached.includes(chain.cause)) attached.push(chain.cause);
  return attached;
}

/** One hit per chain of the wanted kind and outcome whose context satisfies the rule's context detection. */
export function evaluateChain(rule: ChainRule, evidence: Evidence): Hit[] {
  const hits: Hit[] = [];
  for (const chain of evidence.chains) {
    if (rule.chainKinds !== undefined && !rule.chainKinds.has(chain.kind)) continue;
    if (rule.outcomes !== undefined && !rule.outcomes.has(chain.outcome)) continue;
    if (rule.incompleteReasons !== undefined && (chain.incompleteReason === undefined || !rule.incompleteReasons.has(chain.incompleteReason))) continue;
    const records = [...chain.events];
    if (rule.context !== undefined) {
      const matching = contextRecords(rule, chain).filter(rule.context);
      if (matching.length === 0) continue;
      records.push(...matching);
    } else if (chain.cause !== undefined && !records.includes(chain.cause)) {
      // The operation's own events seldom say why it failed; its cause is the evidence that does.
      records.push(chain.cause);
    }
    hits.push({ records, chain });
  }
  return hits;
}
