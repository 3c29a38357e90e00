import { describe, expect, it } from 'vitest';
import { compileCondition, ConditionError } from '../../src/rules/condition.js';
import { compileSelection, SelectionError, type RecordPredicate } from '../../src/rules/selection.js';
import { record } from '../support/writeback-records.js';

const policy = record(33008, '2024-03-05T09:00:00Z', 'TrackingId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, Reason: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed., Context: UserPrincipalName: Kim.Lee@fabrikam.com');
const trace = record(6329, '2024-03-05T09:00:00Z', '"ERR_: MMS(3040): admaexport.cpp(2837): The server doesn\'t contain the LDAP password policy control.', 'ADSync');

describe('selections (Sigma: field|modifier: value)', () => {
  it('compare plain values ignoring case, numbers numerically', () => {
    expect(compileSelection({ source: 'passwordresetservice', eventId: '33008' })(policy)).toBe(true);
    expect(compileSelection({ eventId: 33009 })(policy)).toBe(false);
    expect(compileSelection({ 'user.upn': 'kim.lee@FABRIKAM.com' })(policy)).toBe(true);
  });

  it('read a list as any of its values, and |all as every one', () => {
    expect(compileSelection({ eventId: [33004, 33008] })(policy)).toBe(true);
    expect(compileSelection({ 'message|contains': ['hr=80230619', 'nowhere'] })(policy)).toBe(true);
    expect(compileSelection({ 'message|contains|all': ['hr=80230619', 'nowhere'] })(policy)).toBe(false);
    expect(compileSelection({ 'message|contains|all': ['hr=80230619', 'restriction'] })(policy)).toBe(true);
  });

  it('know contains, startswith, endswith and re', () => {
    expect(compileSelection({ 'message|contains': 'ldap PASSWORD policy control' })(trace)).toBe(true);
    expect(compileSelection({ 'message|startswith': 'TrackingId:' })(policy)).toBe(true);
    expect(compileSelection({ 'message|startswith': 'Reason' })(policy)).toBe(false);
    expect(compileSelection({ 'message|endswith': 'control.' })(trace)).toBe(true);
    expect(compileSelection({ 'message|re': 'MMS\\(\\d+\\): admaexport' })(trace)).toBe(true);
    expect(compileSelection({ 'message|re': 'mms\\(\\d+\\)' })(trace)).toBe(false);
    expect(compileSelection({ 'message|re|i': 'mms\\(\\d+\\)' })(trace)).toBe(true);
  });

  it('match error codes however they are written, against the normalized codes of the record', () => {
    for (const written of ['0x80230619', 'hr=80230619', '80230619', '0x80230619'.toLowerCase()]) {
      expect(compileSelection({ errorCodes: written })(policy), written).toBe(true);
    }
    expect(compileSelection({ errorCodes: '0x80230626' })(policy)).toBe(false);
  });

  it('test presence with exists', () => {
    expect(compileSelection({ 'trackingId|exists': true })(policy)).toBe(true);
    expect(compileSelection({ 'trackingId|exists': true })(trace)).toBe(false);
    expect(compileSelection({ 'user|exists': false })(trace)).toBe(true);
  });

  it('read a list of maps as any of them', () => {
    const either = compileSelection([{ eventId: 33008 }, { source: 'ADSync', 'message|contains': 'LDAP' }]);
    expect(either(policy)).toBe(true);
    expect(either(trace)).toBe(true);
  });

  it('refuse what would silently never match', () => {
    expect(() => compileSelection({ level: 'fatal' })).toThrow(SelectionError);
    expect(() => compileSelection({ eventId: 'thirty' })).toThrow(/not a number/);
    expect(() => compileSelection({ 'message|contains|startswith': 'x' })).toThrow(/cannot be combined/);
    expect(() => compileSelection({ 'message|contains|i': 'x' })).toThrow(/i modifier goes with re/);
    expect(() => compileSelection({ 'message|contains|all': 'x' })).toThrow(/all needs a list/);
  });
});

describe('conditions', () => {
  const selections = new Map<string, RecordPredicate>([
    ['sel_policy', compileSelection({ eventId: 33008 })],
    ['sel_trace', compileSelection({ source: 'ADSync' })],
    ['filter', compileSelection({ 'message|contains': 'LDAP' })],
  ]);

  it('combine selections with and, or, not and parentheses, not binding tightest', () => {
    expect(compileCondition('sel_trace and not filter', selections)(trace)).toBe(false);
    expect(compileCondition('sel_policy or sel_trace and not filter', selections)(trace)).toBe(false);
    expect(compileCondition('(sel_policy or sel_trace) and filter', selections)(trace)).toBe(true);
    expect(compileCondition('not sel_policy', selections)(policy)).toBe(false);
  });

  it('know 1 of and all of, with name patterns and them', () => {
    expect(compileCondition('1 of sel_*', selections)(trace)).toBe(true);
    expect(compileCondition('all of sel_*', selections)(trace)).toBe(false);
    expect(compileCondition('all of them', selections)(trace)).toBe(false);
  });

  it('refuse unknown names and broken expressions', () => {
    expect(() => compileCondition('sel_policy or missing', selections)).toThrow(ConditionError);
    expect(() => compileCondition('(sel_policy', selections)).toThrow(/not closed/);
    expect(() => compileCondition('sel_policy sel_trace', selections)).toThrow(/out of place/);
    expect(() => compileCondition('sel_*', selections)).toThrow(/1 of/);
  });
});
