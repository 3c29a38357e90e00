// The built-in rules as the build bundles them (scripts/bundle-rules.mjs): the same rules as their
// files, without a YAML parser or a schema compiled at every start of the CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as BundleModule from '../../src/rules/builtin-bundle.js';
import { BUILTIN_RULES_DIR, ruleFiles } from '../../src/rules/load.js';
import { parseRuleText } from '../../src/rules/yaml-source.js';
import { ruleFile, ruleHeader } from '../support/rule-files.js';

// The build's module, which reads the bundle beside it (src/ has none: from src, every file is parsed).
const built = (await import(pathToFileURL('dist/rules/builtin-bundle.js').href)) as typeof BundleModule;
const bundle = JSON.parse(readFileSync(`dist/rules/${built.BUNDLE_FILE}`, 'utf8')) as BundleModule.BundledRuleFile[];

/** The modules of node_modules that the built CLI loads through require, as NODE_DEBUG=module reports them. */
function requiredPackages(...args: string[]): string[] {
  const result = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } });
  return [...new Set([...result.stderr.matchAll(/node_modules\/(ajv|yaml)\//g)].map((match) => match[1] as string))].sort();
}

describe('the bundle of the built-in rules', () => {
  it('holds every built-in rule file, as parsing its text now gives it', () => {
    const files = ruleFiles(BUILTIN_RULES_DIR);
    expect(bundle.map((entry) => entry.path)).toEqual(files.map((file) => relative(process.cwd(), file).split(sep).join('/')));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const entry = bundle.find((candidate) => file.endsWith(candidate.path.split('/').join(sep)));
      expect(entry?.text).toBe(text);
      expect({ data: entry?.data, lines: entry?.lines }).toEqual(parseRuleText(file, text));
      expect(built.bundledRuleFile(file, text)).toEqual(entry);
    }
  });

  it('is not used for a built-in file edited since the build, nor for any other file', () => {
    const [file] = ruleFiles(BUILTIN_RULES_DIR) as [string];
    const text = readFileSync(file, 'utf8');
    expect(built.bundledRuleFile(file, `${text}# edited\n`)).toBeUndefined();
    const own = ruleFile('my-rule.yaml', `id: my-rule\n${ruleHeader()}kind: match\ndetection: { one: { eventId: 1 }, condition: one }\n`);
    expect(built.bundledRuleFile(own, readFileSync(own, 'utf8'))).toBeUndefined();
  });

  it('spares the CLI the YAML parser and the schema compiler unless the user brings rule files', () => {
    expect(requiredPackages('analyze', 'fixtures/demo/Application.xml', '--fail-on', 'none')).toEqual([]);
    expect(requiredPackages('explain', '31003')).toEqual([]);
    const own = ruleFile('my-rule.yaml', `id: my-rule\n${ruleHeader()}kind: match\ndetection: { one: { eventId: 1 }, condition: one }\n`);
    expect(requiredPackages('rules', 'validate', own)).toEqual(['ajv', 'yaml']);
  });
});
