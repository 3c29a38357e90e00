// The meta-test of rules/: every built-in rule file is valid, named for its id, in its category's
// folder, covers one diagnosis of DESIGN.md, ships examples that behave, stays silent on a healthy log,
// and speaks each language as a native technical writer would.
import { basename, dirname, extname, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { DIAGNOSIS_CODES } from '../../src/rules/diagnosis.js';
import { runRuleExamples, type ExampleResult } from '../../src/rules/examples.js';
import { chainsOf } from '../../src/rules/chains.js';
import { evaluateRules, sortRecords } from '../../src/rules/evaluate.js';
import { BUILTIN_RULES_DIR, loadRules, ruleFiles } from '../../src/rules/load.js';
import { formatProblem } from '../../src/rules/problems.js';
import type { Rule } from '../../src/rules/types.js';
import { readFixture } from '../support/read.js';

const loaded = loadRules([BUILTIN_RULES_DIR]);
const rules: Rule[] = loaded.rules;

/** Periods of the demo log in which nothing goes wrong: the maintenance restart included, the stories not. */
const HEALTHY_PERIODS = [
  { since: '2024-03-04T00:00:00Z', until: '2024-03-04T10:00:00Z' },
  { since: '2024-03-04T10:40:00Z', until: '2024-03-05T13:30:00Z' },
  { since: '2024-03-06T13:00:00Z', until: '2024-03-06T15:00:00Z' },
];

function texts(rule: Rule): { field: string; lang: string; text: string }[] {
  return LANGS.flatMap((lang) => [
    { field: 'title', lang, text: rule.title[lang] },
    { field: 'explanation', lang, text: rule.explanation[lang] },
    ...rule.remediation.map((step, index) => ({ field: `remediation[${index}]`, lang, text: step[lang] })),
  ]);
}

describe('the built-in rule files', () => {
  it('all load: YAML, schema, fields, conditions and regular expressions are valid', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(rules).toHaveLength(ruleFiles(BUILTIN_RULES_DIR).length);
  });

  it('cover every diagnosis of DESIGN.md with exactly one rule, whose id is the diagnosis', () => {
    expect(rules.map((rule) => rule.diagnosis).sort()).toEqual([...DIAGNOSIS_CODES].sort());
    for (const rule of rules) expect(rule.id).toBe(rule.diagnosis);
  });

  it('are named for their id and kept in the folder of their category', () => {
    for (const rule of rules) {
      expect(basename(rule.file, extname(rule.file))).toBe(rule.id);
      expect(basename(dirname(rule.file))).toBe(rule.category);
      expect(rule.file.split(sep)).toContain('rules');
    }
  });

  it('each ship at least one positive and one negative example', () => {
    for (const rule of rules) {
      expect(rule.examples.filter((example) => example.expect === 'positive').length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.filter((example) => example.expect === 'negative').length, rule.id).toBeGreaterThan(0);
    }
  });

  it('only replace diagnoses that other rules report, never their own', () => {
    for (const rule of rules) {
      for (const replaced of rule.replaces) {
        expect(replaced).not.toBe(rule.diagnosis);
        expect(rules.some((other) => other.diagnosis === replaced), `${rule.id} replaces ${replaced}`).toBe(true);
      }
    }
  });

  it('cite current Microsoft Learn pages, without a locale in the path', () => {
    for (const rule of rules) {
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      for (const reference of rule.references) {
        expect(reference, rule.id).toMatch(/^https:\/\/learn\.microsoft\.com\/(entra|troubleshoot|azure|windows-server)\//);
        expect(reference, rule.id).not.toMatch(/^https:\/\/learn\.microsoft\.com\/[a-z]{2}-[a-z]{2}\//);
      }
    }
  });
});

describe('the texts of the built-in rules', () => {
  it('are written in every language, each different from the English', () => {
    for (const rule of rules) {
      for (const { field, lang, text } of texts(rule)) {
        expect(text.trim().length, `${rule.id} ${field} ${lang}`).toBeGreaterThan(0);
        if (lang !== 'en') expect(text, `${rule.id} ${field} ${lang}`).not.toBe(field === 'title' ? rule.title.en : '');
      }
    }
  });

  it('in Japanese and Chinese, use CJK script, no space around their punctuation, and no ASCII comma or period between CJK characters', () => {
    for (const rule of rules) {
      for (const { field, lang, text } of texts(rule).filter((entry) => entry.lang !== 'en')) {
        const where = `${rule.id} ${field} ${lang}: ${text}`;
        expect(text, where).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
        expect(text, where).not.toMatch(/[、。，：；（）「」] | [、。，：；）」]/);
        expect(text, where).not.toMatch(/[\u3040-\u30FF\u4E00-\u9FFF][,.;][\u3040-\u30FF\u4E00-\u9FFF]/);
      }
    }
  });

  it('in Japanese, explain and instruct in the polite です/ます style', () => {
    for (const rule of rules) {
      for (const { field, text } of texts(rule).filter((entry) => entry.lang === 'ja' && entry.field !== 'title')) {
        expect(text, `${rule.id} ${field}`).toMatch(/(です|ます|ません|でした|ました)(（[^）]*）)?。?$/);
      }
    }
  });

  it('in Traditional Chinese, use full-width punctuation and no Simplified-only characters', () => {
    const simplified = /[这们说为个时码设务库关开网络连应数据线则现证书权户启动错误问题]/;
    for (const rule of rules) {
      for (const { field, text } of texts(rule).filter((entry) => entry.lang === 'zh-TW')) {
        const where = `${rule.id} ${field}: ${text}`;
        expect(text, where).not.toMatch(simplified);
        if (field !== 'title') expect(text, where).toMatch(/[。）」]$/);
      }
    }
  });
});

describe('the examples of the built-in rules (what `rules test` runs)', () => {
  let results: ExampleResult[] = [];
  beforeAll(async () => {
    results = await runRuleExamples(rules);
  });

  it('all behave: each positive example fires its rule, no negative example does', () => {
    const failures = results.filter((result) => !result.passed).map((result) => `${result.rule.id} ${result.example.expect} "${result.example.description}": ${result.detail}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(2 * rules.length);
  });

  it('put the positive examples\' own records in the evidence, with their lines in the rule file', () => {
    for (const result of results.filter((entry) => entry.example.expect === 'positive' && entry.example.records !== undefined)) {
      const evidence = result.findings.flatMap((finding) => finding.evidence);
      expect(evidence.length, result.rule.id).toBeGreaterThan(0);
      for (const record of evidence) {
        expect(record.origin.file).toBe(result.rule.file);
        expect(record.origin.line).toBeGreaterThan(result.example.line);
      }
    }
  });
});

describe('a clean baseline', () => {
  it.each(HEALTHY_PERIODS)('no rule fires on the healthy demo log from $since to $until', async ({ since, until }) => {
    const { records } = await readFixture('fixtures/demo/Application.xml');
    const kept = sortRecords(records.filter((record) => record.time >= new Date(since) && record.time < new Date(until)));
    expect(kept.length).toBeGreaterThan(20);
    const findings = evaluateRules(rules, { records: kept, chains: chainsOf(kept) });
    expect(findings.map((finding) => `${finding.diagnosis}: ${finding.count}`)).toEqual([]);
  });
});
