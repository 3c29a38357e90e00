import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CODES, isDiagnosisCode, RULE_CATEGORIES, SEVERITIES } from '../../src/rules/diagnosis.js';
import { RULE_KINDS } from '../../src/rules/types.js';
import { RULE_SCHEMA_URL } from '../../src/rules/schema.js';

// The shared design documents sit beside the repository (../shared), in development and in CI alike.
const DESIGN = fileURLToPath(new URL('../../../shared/DESIGN.md', import.meta.url));

function designTableCodes(): string[] {
  const text = readFileSync(DESIGN, 'utf8');
  const start = text.indexOf('## Diagnoses (stable codes)');
  const table = text.slice(start, text.indexOf('\n## ', start + 1));
  return [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1] ?? '');
}

describe('the stable diagnosis codes', () => {
  it('are exactly the codes of DESIGN.md\'s diagnosis table, in its order', () => {
    expect(existsSync(DESIGN), `${DESIGN} must be beside the repository`).toBe(true);
    const design = designTableCodes();
    expect(design.length).toBeGreaterThan(40);
    expect([...DIAGNOSIS_CODES]).toEqual(design);
  });

  it('are the enum the rule schema accepts for `diagnosis` and `replaces`', () => {
    const schema = JSON.parse(readFileSync(RULE_SCHEMA_URL, 'utf8')) as {
      properties: { diagnosis: { enum: string[] }; replaces: { items: { enum: string[] } } };
    };
    expect(schema.properties.diagnosis.enum).toEqual([...DIAGNOSIS_CODES]);
    expect(schema.properties.replaces.items.enum).toEqual([...DIAGNOSIS_CODES]);
  });

  it('share severities, categories and kinds with the schema, so the types and the editors agree', () => {
    const schema = JSON.parse(readFileSync(RULE_SCHEMA_URL, 'utf8')) as { properties: Record<'severity' | 'category' | 'kind', { enum: string[] }> };
    expect(schema.properties.severity.enum).toEqual([...SEVERITIES]);
    expect(schema.properties.category.enum).toEqual([...RULE_CATEGORIES]);
    expect(schema.properties.kind.enum).toEqual([...RULE_KINDS]);
  });

  it('are told apart from other words', () => {
    expect(isDiagnosisCode('password-policy-violation')).toBe(true);
    expect(isDiagnosisCode('password-policy')).toBe(false);
  });
});
