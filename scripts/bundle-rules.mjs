// Build step: parses and checks the built-in rule files once, and writes what came of them to
// dist/rules/builtin-rules.json, which the CLI reads instead of parsing YAML at every start.
// A file that does not load is left out: the CLI then parses it and reports its problem.

import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/rules/', import.meta.url);
const { BUILTIN_RULES_DIR, ruleFiles } = await import(new URL('load.js', dist).href);
const { BUNDLE_FILE } = await import(new URL('builtin-bundle.js', dist).href);
const { parseRuleText, ruleSource } = await import(new URL('yaml-source.js', dist).href);
const { checkRuleSchema } = await import(new URL('schema.js', dist).href);
const { compileRule } = await import(new URL('compile.js', dist).href);

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = [];
for (const file of ruleFiles(BUILTIN_RULES_DIR)) {
  const text = readFileSync(file, 'utf8');
  try {
    const parsed = parseRuleText(file, text);
    const source = ruleSource(file, parsed);
    checkRuleSchema(source);
    compileRule(source);
    bundle.push({ path: relative(root, file).split(sep).join('/'), text, ...parsed });
  } catch (error) {
    process.stderr.write(`bundle-rules: ${relative(root, file)} left to be parsed at run time: ${error.message}\n`);
  }
}
writeFileSync(new URL(BUNDLE_FILE, dist), JSON.stringify(bundle));
