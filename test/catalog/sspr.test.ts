import { describe, expect, it } from 'vitest';

import { LANGS } from '../../src/i18n/lang.js';
import { lookupSsprCode, ssprCodes } from '../../src/catalog/index.js';

/** Every row of the seed's user-facing error table. */
const EXPECTED_ROWS = [
  { number: 9, name: 'TenantSSPRFlagDisabled', code: 'SSPR_0009' },
  { number: 10, name: 'WritebackNotEnabled', code: 'SSPR_0010' },
  { number: 11, name: 'SsprNotEnabledInUserPolicy', code: 'SSPR_0011' },
  { number: 12, name: 'UserNotLicensed', code: 'SSPR_0012' },
  { number: 13, name: 'UserNotMemberOfScopedAccessGroup', code: 'SSPR_0013' },
  { number: 14, name: 'UserNotProperlyConfigured', code: 'SSPR_0014' },
  { number: 29, name: 'OnPremisesAdminActionRequired', code: 'SSPR_0029' },
  { number: 30, name: 'OnPremisesConnectivityError', code: 'SSPR_0030' },
];

describe('SSPR error catalog', () => {
  it('holds every row of the table, each once', () => {
    expect(ssprCodes.map(({ number, name, code }) => ({ number, name, code }))).toEqual(EXPECTED_ROWS);
  });

  it.each(EXPECTED_ROWS)('explains $code ($name) and what to do, in every language', ({ code }) => {
    const entry = lookupSsprCode(code);
    expect(entry).toBeDefined();
    for (const lang of LANGS) {
      expect(entry?.text[lang].title.trim(), `${lang} title`).not.toBe('');
      expect(entry?.text[lang].meaning.trim(), `${lang} meaning`).not.toBe('');
      expect(entry?.text[lang].whatToDo.trim(), `${lang} whatToDo`).not.toBe('');
    }
  });

  it.each(EXPECTED_ROWS)('finds $number by its code, enum name and number', ({ number, name, code }) => {
    expect(lookupSsprCode(code)?.number).toBe(number);
    expect(lookupSsprCode(code.toLowerCase())?.number).toBe(number);
    expect(lookupSsprCode(name)?.number).toBe(number);
    expect(lookupSsprCode(name.toUpperCase())?.number).toBe(number);
    expect(lookupSsprCode(String(number))?.number).toBe(number);
    expect(lookupSsprCode(number)?.number).toBe(number);
  });

  it('reads the shortened codes found in tickets', () => {
    expect(lookupSsprCode('SSPR_029')?.name).toBe('OnPremisesAdminActionRequired');
    expect(lookupSsprCode('SSPR_009')?.name).toBe('TenantSSPRFlagDisabled');
    expect(lookupSsprCode(' SSPR 30 ')?.name).toBe('OnPremisesConnectivityError');
  });

  it('returns nothing for codes the table does not have', () => {
    expect(lookupSsprCode('SSPR_0015')).toBeUndefined();
    expect(lookupSsprCode(31)).toBeUndefined();
    expect(lookupSsprCode('OnPremisesSomethingElse')).toBeUndefined();
    expect(lookupSsprCode('')).toBeUndefined();
  });
});
