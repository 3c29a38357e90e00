// Test support for the rules stage: rule files written in a test, loaded like the built-in ones.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleFile } from '../../src/rules/load.js';
import type { Rule } from '../../src/rules/types.js';

/** The fields every rule file has, for a test rule of the given diagnosis and category. */
export function ruleHeader(diagnosis = 'unknown-error', category = 'service', severity = 'error'): string {
  return `diagnosis: ${diagnosis}
severity: ${severity}
category: ${category}
title: { en: A test rule, ja: テスト用の規則です, zh-TW: 測試用的規則。 }
explanation: { en: It tests., ja: テストします。, zh-TW: 用於測試。 }
remediation: [{ en: Nothing., ja: 何もしません。, zh-TW: 無須處理。 }]
references: [https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback]
examples:
  positive: [{ description: any, records: [{ eventId: 1 }] }]
  negative: [{ description: any, records: [{ eventId: 2 }] }]
`;
}

const HEADER = ruleHeader();

/** Writes `body` (the rule's kind-specific part; id and the common fields are added) and loads it. */
export function ruleFrom(id: string, body: string, header = HEADER): Rule {
  const folder = mkdtempSync(join(tmpdir(), 'wbd-rule-'));
  const file = join(folder, `${id}.yaml`);
  writeFileSync(file, `id: ${id}\n${header}${body}`);
  return loadRuleFile(file);
}

/** Writes a whole rule file's text and returns its path. */
export function ruleFile(name: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'wbd-rule-'));
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}
