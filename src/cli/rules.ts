// CLI: `writeback-doctor rules list | validate | test`: the rule files, checked and run on their own examples.

import { resolve, sep } from 'node:path';
import { WORDS } from '../i18n/words.js';
import { severityRank } from '../rules/diagnosis.js';
import { runRuleExamples } from '../rules/examples.js';
import { BUILTIN_RULES_DIR, loadRules, ruleFiles } from '../rules/load.js';
import { formatProblem, type RuleProblem } from '../rules/problems.js';
import type { Rule } from '../rules/types.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { parseLang } from './lang-option.js';
import { loadRuleSet } from './rule-set.js';

export interface RulesListOptions {
  rules?: string[];
  lang?: string;
}

function isBuiltin(path: string): boolean {
  return resolve(path) === resolve(BUILTIN_RULES_DIR);
}

function checkPathsExist(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      ruleFiles(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
  }
}

/** The user's rules checked on their own and against the built-in ids they must not reuse. */
function loadChecked(paths: readonly string[]): { rules: Rule[]; builtins: Rule[]; problems: RuleProblem[] } {
  checkPathsExist(paths);
  const own = paths.filter((path) => !isBuiltin(path));
  const builtins = loadRules([BUILTIN_RULES_DIR]);
  if (own.length < paths.length) return { rules: builtins.rules, builtins: builtins.rules, problems: builtins.problems };
  const loaded = loadRules(own);
  const problems = [...loaded.problems];
  const rules = loaded.rules.filter((rule) => {
    const clash = builtins.rules.find((builtin) => builtin.id === rule.id);
    if (clash === undefined) return true;
    problems.push({ file: rule.file, line: 1, field: 'id', message: `"${rule.id}" is the id of the built-in rule ${clash.file}` });
    return false;
  });
  return { rules, builtins: builtins.rules, problems };
}

export async function runRulesList(options: RulesListOptions, io: Io): Promise<ExitCode> {
  const lang = parseLang(options.lang);
  const rules = [...loadRuleSet(options, io)].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = [`${rules.length} rules, the most severe first (${WORDS[lang].severity.critical} … ${WORDS[lang].severity.info})`, ''];
  lines.push(`${'id'.padEnd(width)}  ${'severity'.padEnd(8)}  ${'kind'.padEnd(9)}  ${'category'.padEnd(12)}  title`);
  for (const rule of rules) {
    const origin = resolve(rule.file).startsWith(resolve(BUILTIN_RULES_DIR) + sep) ? '' : `  [${rule.file}]`;
    lines.push(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.kind.padEnd(9)}  ${rule.category.padEnd(12)}  ${rule.title[lang]}${origin}`);
  }
  await io.out(`${lines.join('\n')}\n`);
  return EXIT.clean;
}

/** Exit 0 when every rule file loads, 1 when one does not (each problem on its own line, with file and line). */
export async function runRulesValidate(paths: string[], io: Io): Promise<ExitCode> {
  checkPathsExist(paths);
  const files = paths.flatMap((path) => ruleFiles(path));
  const { problems } = loadChecked(paths);
  for (const problem of problems) io.err(formatProblem(problem));
  const bad = new Set(problems.map((problem) => problem.file)).size;
  await io.out(`${files.length} rule file${files.length === 1 ? '' : 's'} checked: ${files.length - bad} valid, ${bad} with problems\n`);
  return problems.length === 0 ? EXIT.clean : EXIT.findings;
}

/**
 * Runs every example of the rules in `paths` (the built-in rules when none is given), each with the
 * built-in rules loaded beside them, as `analyze --rules` would. Exit 1 when an example misbehaves.
 */
export async function runRulesTest(paths: string[], io: Io): Promise<ExitCode> {
  const { rules, builtins, problems } = loadChecked(paths.length === 0 ? [BUILTIN_RULES_DIR] : paths);
  if (problems.length > 0) {
    for (const problem of problems) io.err(formatProblem(problem));
    throw new UsageError('fix the rule files above first (writeback-doctor rules validate checks them)');
  }
  const ruleSet = rules === builtins ? builtins : [...builtins, ...rules];
  const results = await runRuleExamples(rules, ruleSet);
  const lines: string[] = [];
  let file = '';
  for (const result of results) {
    if (result.rule.file !== file) {
      file = result.rule.file;
      lines.push(file);
    }
    const mark = result.passed ? 'ok  ' : 'FAIL';
    lines.push(`  ${mark}  ${result.example.expect.padEnd(8)}  ${result.example.description} (line ${result.example.line})`);
    if (!result.passed) lines.push(`        ${result.detail}`);
  }
  const failed = results.filter((result) => !result.passed).length;
  lines.push('', `${results.length - failed} passed, ${failed} failed`);
  await io.out(`${lines.join('\n')}\n`);
  return failed === 0 ? EXIT.clean : EXIT.findings;
}
