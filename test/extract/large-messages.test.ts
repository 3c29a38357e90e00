import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/extract.js';

// Exports can hold messages of ~100 KB (long ADSync traces, repeated stacks). Every pattern of the
// extract stage must stay linear on them; a backtracking blow-up would take seconds, not milliseconds.
const LIMIT_MS = 250;

const HUGE_MESSAGES: Record<string, string> = {
  'a 6329 trace repeated to 130 KB': (
    String.raw`ERR_: MMS(5120): X:\bt\1073035\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58): Failed getting registry value 'ADMADoNormalization', 0x2` +
    '\nBAIL: MMS(5120): admaexport.cpp(2963): 0x80004005 (Unspecified error)\n'
  ).repeat(800),
  'a stack of dotted names that never ends in Exception': '   at Microsoft.Foo.Bar.Baz.Qux.Quux.Corge(String value)\n'.repeat(2000),
  'a DN that never reaches a DC= component': 'CN=Kim Lee,OU=Staff,'.repeat(5000),
  'an unterminated UPN after UserPrincipalName': `UserPrincipalName: ${'k'.repeat(100_000)}`,
  'a tracking id key followed by 100 KB without a comma': `TrackingId: ${'x'.repeat(100_000)}`,
  'a run of hex digits after 0x': `0x${'f'.repeat(100_000)}`,
  'repeated empty Details: keys': 'Details: '.repeat(11_000),
};

describe('extractFields on very large messages', () => {
  for (const [shape, message] of Object.entries(HUGE_MESSAGES)) {
    it(`reads ${shape} in linear time`, () => {
      const started = performance.now();
      extractFields(message);
      expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    });
  }

  it('still reads the codes of a 130 KB trace', () => {
    const fields = extractFields(HUGE_MESSAGES['a 6329 trace repeated to 130 KB'] ?? '');
    expect(fields.errorCodes).toEqual(['0x80004005']);
    expect(fields.mmsCodes).toEqual([5120]);
  });
});
