// Rules stage, loading: reads rule folders (the built-in rules/ and the user's) into checked, compiled rules.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledRuleFile } from './builtin-bundle.js';
import { compileRule } from './compile.js';
import { RuleFileError, type RuleProblem } from './problems.js';
import { checkRuleSchema } from './schema.js';
import type { Rule } from './types.js';
import { parseRuleText, ruleSource } from './yaml-source.js';

// src/rules/ and dist/rules/ both sit two folders below the package root, beside rules/.
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

export interface LoadedRules {
  rules: Rule[];
  /** One per bad file (the first thing wrong with it), and one per id loaded twice. */
  problems: RuleProblem[];
}

const RULE_FILE = /\.ya?ml$/i;

/** Every rule file under `path` (a folder, walked recursively, or one file), sorted for a stable order. */
export function ruleFiles(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return ruleFiles(child);
      return entry.isFile() && RULE_FILE.test(entry.name) ? [child] : [];
    });
}

/** How a rule file is named in messages: relative to the working folder when it lies below it. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown !== '' && !shown.startsWith('..') ? shown : file;
}

// Compiled rules by file, as long as the file is unchanged: a process that loads the same folders
// again (the test suite, a long-lived caller) does not parse and compile them again.
const compiled = new Map<string, { shown: string; mtimeMs: number; size: number; rule: Rule }>();

/** Reads, checks and compiles one rule file; throws `RuleFileError` for the first problem. */
export function loadRuleFile(file: string): Rule {
  const shown = displayPath(file);
  let text: string;
  let stat;
  try {
    stat = statSync(file);
    const cached = compiled.get(file);
    if (cached !== undefined && cached.shown === shown && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.rule;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RuleFileError(shown, 1, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // A built-in file as the build left it was parsed and checked then; any other is parsed and checked now.
  const bundled = bundledRuleFile(file, text);
  const source = ruleSource(shown, bundled ?? parseRuleText(shown, text));
  if (bundled === undefined) checkRuleSchema(source);
  const rule = compileRule(source);
  compiled.set(file, { shown, mtimeMs: stat.mtimeMs, size: stat.size, rule });
  return rule;
}

/** Loads every rule file of the given folders or files; a bad file is reported and left out, the rest load. */
export function loadRules(paths: readonly string[]): LoadedRules {
  const rules: Rule[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Map<string, Rule>();
  for (const path of paths) {
    let files: string[];
    try {
      files = ruleFiles(path);
    } catch {
      problems.push({ file: displayPath(path), line: 1, field: '', message: 'no such file or folder' });
      continue;
    }
    for (const file of files) {
      try {
        const rule = loadRuleFile(file);
        const earlier = seen.get(rule.id);
        if (earlier !== undefined) {
          problems.push({ file: rule.file, line: 1, field: 'id', message: `"${rule.id}" is already the id of ${earlier.file}` });
          continue;
        }
        seen.set(rule.id, rule);
        rules.push(rule);
      } catch (error) {
        if (!(error instanceof RuleFileError)) throw error;
        problems.push(error.toProblem());
      }
    }
  }
  return { rules, problems };
}
