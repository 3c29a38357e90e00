import { describe, expect, it } from 'vitest';
import { loadRuleFile, loadRules } from '../../src/rules/load.js';
import { formatProblem, RuleFileError } from '../../src/rules/problems.js';
import { ruleFile } from '../support/rule-files.js';

const VALID = `id: my-rule
diagnosis: servicebus-blocked
kind: match
severity: critical
category: connectivity
title: { en: Blocked, ja: ブロックされています, zh-TW: 已封鎖。 }
explanation: { en: It is blocked., ja: ブロックされています。, zh-TW: 已封鎖。 }
remediation:
  - { en: Open the firewall., ja: ファイアウォールを開きます。, zh-TW: 開放防火牆。 }
references: [https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback]
detection:
  bus:
    source: PasswordResetService
    eventId: 32002
  condition: bus
examples:
  positive:
    - description: a service bus error
      records: [{ eventId: 32002 }]
  negative:
    - description: a heartbeat
      records: [{ eventId: 31019 }]
`;

/** The one problem of a rule file whose text is `text`, as `rules validate` prints it. */
function problemOf(text: string, name = 'my-rule.yaml'): { line: number; field: string; message: string; printed: string } {
  const file = ruleFile(name, text);
  try {
    loadRuleFile(file);
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    const problem = error.toProblem();
    expect(problem.file).toContain(name);
    return { line: problem.line, field: problem.field, message: problem.message, printed: formatProblem(problem) };
  }
  throw new Error('the rule file loaded');
}

describe('loading a rule file', () => {
  it('loads a valid file into a rule', () => {
    const rule = loadRuleFile(ruleFile('my-rule.yaml', VALID));
    expect(rule).toMatchObject({ id: 'my-rule', diagnosis: 'servicebus-blocked', kind: 'match', severity: 'critical' });
    expect(rule.mentions.eventIds).toEqual([32002]);
    expect(rule.examples.map((example) => [example.expect, example.line])).toEqual([
      ['positive', 18],
      ['negative', 21],
    ]);
  });

  it('names file and line of a YAML syntax error', () => {
    const problem = problemOf(VALID.replace('  bus:\n', '  bus: [\n'));
    expect(problem.printed).toMatch(/my-rule\.yaml:1[3-7]: not valid YAML/);
  });

  it('names file, line and field of an unknown field', () => {
    expect(problemOf(VALID.replace('kind: match\n', 'kind: match\nseverty: error\n'))).toMatchObject({ line: 4, field: 'severty', message: 'unknown field "severty"' });
  });

  it('names file, line and field of a value of the wrong type', () => {
    expect(problemOf(VALID.replace('eventId: 32002', 'eventId: { id: 32002 }'))).toMatchObject({ line: 14, field: 'detection.bus.eventId' });
    expect(problemOf(VALID.replace('severity: critical', 'severity: fatal'))).toMatchObject({ line: 4, field: 'severity', message: 'must be one of: critical, error, warning, info' });
  });

  it('names the line of a diagnosis code that DESIGN.md does not define', () => {
    expect(problemOf(VALID.replace('diagnosis: servicebus-blocked', 'diagnosis: servicebus-broken'))).toMatchObject({ line: 2, field: 'diagnosis' });
  });

  it('names what a kind needs and what it does not take', () => {
    expect(problemOf(VALID.replace('kind: match', 'kind: threshold'))).toMatchObject({ field: 'threshold', message: 'missing; it is required (a threshold rule needs it)' });
    expect(problemOf(VALID.replace('kind: match', 'kind: chain'))).toMatchObject({ line: 11, field: 'detection', message: 'does not belong in a chain rule' });
  });

  it('refuses an unsafe regular expression with its line', () => {
    // A replacement function: in a replacement string, $' would mean the text after the match.
    const problem = problemOf(VALID.replace('    eventId: 32002\n', () => "    eventId: 32002\n    message|re: '(\\w+\\s?)+$'\n"));
    expect(problem).toMatchObject({ line: 15, field: 'detection.bus.message|re' });
    expect(problem.message).toMatch(/^unsafe regular expression: .*nested quantifiers/);
  });

  it('refuses a regular expression that does not compile', () => {
    expect(problemOf(VALID.replace('    eventId: 32002\n', "    eventId: 32002\n    message|re: '(unclosed'\n")).message).toMatch(/^not a regular expression/);
  });

  it('refuses an unknown field or modifier in a selection, and a condition naming no selection', () => {
    expect(problemOf(VALID.replace('eventId: 32002', 'eventid: 32002'))).toMatchObject({ line: 14, field: 'detection.bus.eventid' });
    expect(problemOf(VALID.replace('eventId: 32002', 'eventId|like: 32002'))).toMatchObject({ line: 14, field: 'detection.bus.eventId|like' });
    expect(problemOf(VALID.replace('condition: bus', 'condition: bus and not filter'))).toMatchObject({ line: 15, field: 'detection.condition' });
  });

  it('refuses an error code YAML would read as a number', () => {
    expect(problemOf(VALID.replace('eventId: 32002', 'errorCodes: 0x80230619')).message).toMatch(/write error codes as quoted text/);
  });

  it('refuses tags that ask the loader to build objects: a rule file cannot run code', () => {
    const problem = problemOf(VALID.replace('id: my-rule', 'id: !!js/function "function () { return 1 }"'));
    expect(problem).toMatchObject({ line: 1 });
    expect(problem.message).toMatch(/tag .*js\/function is not allowed/);
  });

  it('requires the id to be the file name', () => {
    expect(problemOf(VALID, 'other-name.yaml')).toMatchObject({ line: 1, field: 'id' });
  });

  it('requires an example fixture to exist beside the rule file', () => {
    const text = VALID.replace('      records: [{ eventId: 31019 }]', '      fixture: ../no/such/file.xml');
    expect(problemOf(text)).toMatchObject({ line: 22, field: 'examples.negative[0].fixture' });
  });
});

describe('loading rule folders', () => {
  it('reports every bad file and a reused id, and loads the rest', () => {
    const good = ruleFile('my-rule.yaml', VALID);
    const bad = ruleFile('bad.yaml', 'id: bad\nkind: [\n');
    const twin = ruleFile('my-rule.yaml', VALID);
    const { rules, problems } = loadRules([good, bad, twin]);
    expect(rules.map((rule) => rule.id)).toEqual(['my-rule']);
    expect(problems.map((problem) => problem.field)).toEqual(['', 'id']);
    expect(problems[1]?.message).toMatch(/already the id of/);
  });

  it('reports a folder that does not exist', () => {
    expect(loadRules(['no/such/folder']).problems[0]?.message).toBe('no such file or folder');
  });
});
