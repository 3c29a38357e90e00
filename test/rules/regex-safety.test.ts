import { describe, expect, it } from 'vitest';
import { compileSafeRegex, UnsafeRegexError } from '../../src/rules/regex-safety.js';

describe('regular expressions of rule files', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['^(\\w+\\s?)*$', 'nested quantifiers'],
    ['(.*a){12}', 'nested quantifiers'],
    ['(a{1,3})*b', 'variable length'],
    ['(a|ab)*c', 'same text'],
    ['(\\w|\\d)+$', 'same text'],
    ['\\d+\\.?\\d+x', 'in a row'],
    ['.*.*=', 'in a row'],
    ['(x)\\1', 'backreferences'],
  ])('refuses %s, which can backtrack catastrophically', (pattern, reason) => {
    expect(() => compileSafeRegex(pattern, false)).toThrow(UnsafeRegexError);
    expect(() => compileSafeRegex(pattern, false)).toThrow(reason);
  });

  it.each([
    'Failed to acquire user information: .*ERROR_ACCESS_DENIED',
    'hr\\s*=\\s*0x[0-9a-f]+',
    '^MMS\\(\\d+\\): admaexport\\.cpp\\(\\d+\\)',
    '(\\d{1,3}\\.){3}\\d{1,3}',
    '(foo|bar)+',
    'a.*b.*c',
    '(?<=cloudAnchor: )User_[0-9a-f-]{36}',
  ])('accepts %s', (pattern) => {
    expect(compileSafeRegex(pattern, true)).toBeInstanceOf(RegExp);
  });

  it('refuses a pattern that does not compile, and an overly long one', () => {
    expect(() => compileSafeRegex('(a', false)).toThrow(SyntaxError);
    expect(() => compileSafeRegex('a'.repeat(501), false)).toThrow(/longer than 500/);
  });

  it('keeps an accepted pattern fast on hostile input', () => {
    const pattern = compileSafeRegex('Failed to acquire user information: .*ERROR_ACCESS_DENIED', false);
    const started = performance.now();
    pattern.test(`Failed to acquire user information: ${'x'.repeat(200_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
