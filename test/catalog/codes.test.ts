import { describe, expect, it } from 'vitest';

import { LANGS } from '../../src/i18n/lang.js';
import { catalogCodes, lookupCode, normalizeCode } from '../../src/catalog/index.js';

/** Every code the seeds and the sample messages name. */
const EXPECTED_CODES = [
  '0x80230619',
  '0x8023061F',
  '0x80230402',
  '0x800700CE',
  '0x80230818',
  '0x8023062C',
  '0x80230626',
  '0x6BA',
  '0x5',
  '0x80004005',
  '0x800700B7',
  '0x2',
];

describe('normalizeCode', () => {
  it.each([
    ['hr=80230619', '0x80230619'],
    ['hr= 80230402', '0x80230402'],
    ['hr=0x8023062c', '0x8023062C'],
    ['0x80230619', '0x80230619'],
    ['800700CE', '0x800700CE'],
    ['HR 8023042', '0x8023042'],
    ['0x6ba', '0x6BA'],
    ['0x00000005', '0x5'],
    ['0000000080230619', '0x80230619'],
    ['0x0', '0x0'],
    ['  0x8023061f  ', '0x8023061F'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each(['', '0x', 'hr=', 'hello', '0x123456789', 'hr=80230619, message=…', '0x8023 0619', '-2147186688'])(
    'rejects %j',
    (input) => {
      expect(normalizeCode(input)).toBeUndefined();
    },
  );
});

describe('code catalog', () => {
  it.each(EXPECTED_CODES)('knows %s in every language', (code) => {
    const entry = lookupCode(code);
    expect(entry?.code).toBe(code);
    expect(entry?.logText.trim()).not.toBe('');
    for (const lang of LANGS) {
      expect(entry?.text[lang].title.trim(), `${lang} title`).not.toBe('');
      expect(entry?.text[lang].meaning.trim(), `${lang} meaning`).not.toBe('');
    }
  });

  it('holds exactly the expected codes, each once and already normalized', () => {
    const codes = catalogCodes.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...EXPECTED_CODES].sort());
    for (const code of codes) expect(normalizeCode(code)).toBe(code);
  });

  it('finds a code however a log writes it', () => {
    expect(lookupCode('hr=80230619')?.logText).toBe(
      'A restriction prevents the password from being changed to the current one specified.',
    );
    expect(lookupCode('hr= 80230402')?.code).toBe('0x80230402');
    expect(lookupCode('0x8023061f')?.code).toBe('0x8023061F');
    expect(lookupCode('800700CE')?.code).toBe('0x800700CE');
    expect(lookupCode('0x6ba')?.win32).toBe(1722);
  });

  it('finds a code by its symbol', () => {
    expect(lookupCode('ERROR_ACCESS_DENIED')?.code).toBe('0x5');
    expect(lookupCode('rpc_s_server_unavailable')?.code).toBe('0x6BA');
    expect(lookupCode('E_FAIL')?.code).toBe('0x80004005');
  });

  it('finds a Win32 error wrapped as an HRESULT', () => {
    expect(lookupCode('0x800706BA')?.code).toBe('0x6BA');
    expect(lookupCode('0x80070005')?.code).toBe('0x5');
    expect(lookupCode('0x800700CE')?.code).toBe('0x800700CE');
  });

  it('does not guess at typos or unknown codes', () => {
    expect(lookupCode('HR 8023042')).toBeUndefined();
    expect(lookupCode('0x80070057')).toBeUndefined();
    expect(lookupCode('not a code')).toBeUndefined();
  });

  it('marks the boilerplate codes of every failed password set as noise', () => {
    expect(lookupCode('0x80004005')?.relevance).toBe('noise');
    expect(lookupCode('0x800700B7')?.relevance).toBe('noise');
    expect(lookupCode('0x2')?.relevance).toBe('noise');
    expect(lookupCode('0x80230619')?.relevance).toBe('cause');
  });

  it('quotes the log text Windows prints, and says where only a fragment is known', () => {
    expect(lookupCode('0x80230626')?.logText).toContain('management agent credentials were denied access');
    expect(lookupCode('0x8023062C')?.logText).toContain('128 bit TLS or SSL connection is required');
    expect(lookupCode('0x800700CE')?.logText).toBe('The filename or extension is too long.');
    expect(lookupCode('0x80230818')?.logTextIsPartial).toBe(true);
  });
});
