// CLI: the rule set a command runs: the built-in rules, the user's folders (--rules), less those turned off (--disable).

import { BUILTIN_RULES_DIR, loadRules } from '../rules/load.js';
import { formatProblem } from '../rules/problems.js';
import type { Rule } from '../rules/types.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

export interface RuleSetOptions {
  rules?: string[];
  disable?: string[];
}

/**
 * Loads the built-in rules and the user's folders. A rule file that does not load is a usage error
 * (exit 2): each problem is printed with its file and line, and nothing is analyzed with half a rule set.
 */
export function loadRuleSet(options: RuleSetOptions, io: Io): Rule[] {
  const { rules, problems } = loadRules([BUILTIN_RULES_DIR, ...(options.rules ?? [])]);
  if (problems.length > 0) {
    for (const problem of problems) io.err(`writeback-doctor: ${formatProblem(problem)}`);
    throw new UsageError(`${problems.length === 1 ? 'a rule file' : `${problems.length} rule files`} could not be loaded (writeback-doctor rules validate <folder> checks them)`);
  }
  const disabled = new Set((options.disable ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== ''));
  for (const id of disabled) {
    if (!rules.some((rule) => rule.id === id)) throw new UsageError(`--disable "${id}" is not the id of a loaded rule (writeback-doctor rules list shows them)`);
  }
  return rules.filter((rule) => !disabled.has(rule.id));
}
