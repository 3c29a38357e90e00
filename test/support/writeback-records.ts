// Test support: writeback records as a log would hold them, read through the extract stage.

import { extractRecord } from '../../src/extract/extract.js';
import type { EventRecord, Level } from '../../src/record.js';

let offset = 0;

export function record(eventId: number, time: string, message = '', source = 'PasswordResetService', level: Level = 'error'): EventRecord {
  offset += 100;
  return extractRecord({
    source,
    eventId,
    level,
    time: new Date(time),
    recordId: offset,
    computer: 'AADC01.fabrikam.local',
    message,
    data: {},
    origin: { file: 'test.xml', line: 1, offset },
  });
}

export const reset = {
  start: (tid: string, upn: string, time: string) => record(31001, time, `TrackingId: ${tid}, PasswordResetRequestStart, Details: ${upn}`, 'PasswordResetService', 'information'),
  success: (tid: string, upn: string, time: string) =>
    record(31002, time, `TrackingId: ${tid}, PasswordResetSuccess, Details: Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, UserPrincipalName: ${upn}, unblockUser: True`, 'PasswordResetService', 'information'),
  policyError: (tid: string, upn: string, time: string) =>
    record(33008, time, `TrackingId: ${tid}, Reason: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed to the current one specified., Context: UserPrincipalName: ${upn}`),
  fail: (tid: string, upn: string, time: string) => record(31003, time, `TrackingId: ${tid}, PasswordResetFail, Details: Context: UserPrincipalName: ${upn}`),
};
