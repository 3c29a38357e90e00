import { describe, expect, it } from 'vitest';
import { extract, extractFields, extractRecord } from '../../src/extract/extract.js';
import type { IngestedRecord } from '../../src/record.js';

// Messages below are written as the Application log holds them; names and GUIDs are invented.

const RESET_START =
  'TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetRequestStart, Details: kim.lee@fabrikam.com';

const RESET_SUCCESS =
  'TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetSuccess, Details: Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: q7Xc0PzvQk2l3m4n5o6p7w==, UserPrincipalName: kim.lee@fabrikam.com, unblockUser: True';

const ADMIN_RESET_START =
  'TrackingId: 7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d, ResetUserPasswordByAdminStart, Details: sam.ortiz@fabrikam.com';

const ADMIN_RESET_SUCCESS =
  'TrackingId: 7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d, ResetUserPasswordByAdminSuccess, Details: Context: cloudAnchor: User_1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, SourceAnchorValue: Zm9vYmFyMDEyMzQ1Njc4OQ==, AdminUpn: helpdesk@fabrikam.com, UserPrincipalName sam.ortiz@fabrikam.com, ForcePasswordChange: True';

const POLICY_ERROR = [
  'TrackingId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, Reason: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed to the current one specified., Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: q7Xc0PzvQk2l3m4n5o6p7w==, UserPrincipalName: kim.lee@fabrikam.com, Details: Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed to the current one specified.',
  '   at AADPasswordReset.SynchronizationEngineManagedHandle.ThrowSyncEngineError(Int32 hr)',
  '   at AADPasswordReset.SynchronizationEngineManagedHandle.SetPassword(String cloudAnchor, String sourceAnchorValue, String userPrincipalName, SecureString password, Boolean unblockUser, Boolean forceChangePassword)',
  '   at Microsoft.CredentialManagement.OnPremisesPasswordReset.PasswordResetService.ResetUserPassword(PasswordResetRequest request)',
].join('\n');

const SERVICE_BUS_ERROR =
  "TrackingId: 9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a, Couldn't connect to any service bus endpoint(s), Details:";

const SERVICE_BUS_ERROR_WITH_EXCEPTION = [
  "TrackingId: 9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a, Couldn't connect to any service bus endpoint(s), Details: System.ServiceModel.EndpointNotFoundException: Unable to reach ssprdedicatedsbprodncu.servicebus.windows.net via TCP (9350, 9352) or HTTP (80, 443)",
  '   at Microsoft.ServiceBus.RelayedOnewayTcpClient.ConnectRequestReplyContext.Send(Message message, TimeSpan timeout, IDuplexChannel& channel)',
  '   at Microsoft.ServiceBus.RelayedOnewayTcpClient.EnsureConnected(TimeSpan timeout)',
].join('\n');

const UNHEALTHY_SERVICE =
  'TrackingId: 9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a, Password writeback service is not in a healthy state. No serviceHost for service bus endpoints are in running state. Please restart ADSync service to recover., Details: Version: 5.0.0.686';

/** An ADSync 6329 as the sync engine writes it: a sentence, the quoted trace lines, the version last. */
function passwordSetTrace(cause: string): string {
  return [
    'An unexpected error has occurred during a password set operation. ',
    String.raw` "BAIL: MMS(5120): ..\dnutils.cpp(1341): 0x800700b7 (Cannot create a file when that file already exists.)`,
    String.raw`ERR_: MMS(5120): X:\bt\1073035\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58): Failed getting registry value 'ADMADoNormalization', 0x2`,
    String.raw`ERR_: MMS(5120): X:\bt\1073035\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58): Failed getting registry value 'ADMAUseACLSecurity', 0x2`,
    `ERR_: MMS(5120): admaexport.cpp(2939): ${cause}`,
    'BAIL: MMS(5120): admaexport.cpp(2963): 0x80004005 (Unspecified error)',
    String.raw`ERR_: MMS(5120): ..\ma.cpp(8000): ExportPasswordSet failed with 0x80004005`,
    'Azure AD Sync 2.1.20.0"',
  ].join('\n');
}

describe('extractFields on PasswordResetService operation events', () => {
  it('takes the UPN from Details: of a 31001 start', () => {
    expect(extractFields(RESET_START)).toEqual({
      trackingId: '0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      operation: 'PasswordResetRequestStart',
      user: { upn: 'kim.lee@fabrikam.com' },
      errorCodes: [],
      mmsCodes: [],
    });
  });

  it('reads cloud anchor and UPN from the Context of a 31002 success, and no code from its source anchor', () => {
    expect(extractFields(RESET_SUCCESS)).toEqual({
      trackingId: '0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      operation: 'PasswordResetSuccess',
      user: { upn: 'kim.lee@fabrikam.com', cloudAnchor: 'User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f' },
      errorCodes: [],
      mmsCodes: [],
    });
  });

  it('takes the UPN from Details: of a 31009 admin reset start', () => {
    const fields = extractFields(ADMIN_RESET_START);
    expect(fields.operation).toBe('ResetUserPasswordByAdminStart');
    expect(fields.user).toEqual({ upn: 'sam.ortiz@fabrikam.com' });
    expect(fields.adminUpn).toBeUndefined();
  });

  it('keeps AdminUpn apart from the user and reads `UserPrincipalName sam@…` without a colon in a 31010', () => {
    const fields = extractFields(ADMIN_RESET_SUCCESS);
    expect(fields.operation).toBe('ResetUserPasswordByAdminSuccess');
    expect(fields.adminUpn).toBe('helpdesk@fabrikam.com');
    expect(fields.user).toEqual({
      upn: 'sam.ortiz@fabrikam.com',
      cloudAnchor: 'User_1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    });
  });

  it('reads `UserPrincipalName:` and `cloudAnchor:` written without a space', () => {
    const fields = extractFields(
      'TrackingId: 3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b, ChangePasswordSuccess, Details: Context: cloudAnchor:User_6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d, SourceAnchorValue: b2xpdmVyLnRhbg==, UserPrincipalName:oliver.tan@fabrikam.com',
    );
    expect(fields.operation).toBe('ChangePasswordSuccess');
    expect(fields.user).toEqual({
      upn: 'oliver.tan@fabrikam.com',
      cloudAnchor: 'User_6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d',
    });
  });

  it('lower-cases a tracking id written in upper case', () => {
    const fields = extractFields(
      'TrackingId: 0B1D2C3E-4F50-4A6B-8C7D-9E0F1A2B3C4D, ChangePasswordStart, Details: kim.lee@fabrikam.com',
    );
    expect(fields.trackingId).toBe('0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d');
  });
});

describe('extractFields on PasswordResetService errors', () => {
  it('reads hr=80230619 once, the exception type and the user of a 33008 with a stack, and no operation', () => {
    expect(extractFields(POLICY_ERROR)).toEqual({
      trackingId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
      user: { upn: 'kim.lee@fabrikam.com', cloudAnchor: 'User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f' },
      errorCodes: ['0x80230619'],
      mmsCodes: [],
      exceptionType: 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException',
    });
  });

  it('reads a 32002 as a service-level error: tracking id, no operation, no user', () => {
    expect(extractFields(SERVICE_BUS_ERROR)).toEqual({
      trackingId: '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a',
      errorCodes: [],
      mmsCodes: [],
    });
  });

  it('reads the EndpointNotFoundException of a 32002 and no code from its port numbers', () => {
    const fields = extractFields(SERVICE_BUS_ERROR_WITH_EXCEPTION);
    expect(fields.exceptionType).toBe('System.ServiceModel.EndpointNotFoundException');
    expect(fields.errorCodes).toEqual([]);
    expect(fields.operation).toBeUndefined();
    expect(fields.user).toBeUndefined();
  });

  it('reads a 31044 as a service-level error and takes no code from its version', () => {
    expect(extractFields(UNHEALTHY_SERVICE)).toEqual({
      trackingId: '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a',
      errorCodes: [],
      mmsCodes: [],
    });
  });

  it('reads `hr= 80230402` with a space after the equals sign', () => {
    const fields = extractFields(
      'TrackingId: 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a, Reason: Synchronization Engine returned an error hr= 80230402, message=An attempt to get an object failed because there are duplicated entries with the same anchor., Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: q7Xc0PzvQk2l3m4n5o6p7w==, UserPrincipalName: kim.lee@fabrikam.com, Details: Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException: Synchronization Engine returned an error hr= 80230402, message=An attempt to get an object failed because there are duplicated entries with the same anchor.',
    );
    expect(fields.errorCodes).toEqual(['0x80230402']);
  });

  it('reads hr=800700CE of a connector password that is too long', () => {
    const fields = extractFields(
      'TrackingId: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b, Reason: Synchronization Engine returned an error hr=800700CE, message=The filename or extension is too long., Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: q7Xc0PzvQk2l3m4n5o6p7w==, UserPrincipalName: kim.lee@fabrikam.com, Details: Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException: Synchronization Engine returned an error hr=800700CE, message=The filename or extension is too long.',
    );
    expect(fields.errorCodes).toEqual(['0x800700CE']);
    expect(fields.user?.upn).toBe('kim.lee@fabrikam.com');
  });

  it('takes no exception type from a name without its namespace', () => {
    const fields = extractFields(
      'TrackingId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, Reason: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed to the current one specified., Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: q7Xc0PzvQk2l3m4n5o6p7w==, UserPrincipalName: kim.lee@fabrikam.com, Details: PasswordResetException: Synchronization Engine returned an error hr=80230619',
    );
    expect(fields.exceptionType).toBeUndefined();
    expect(fields.errorCodes).toEqual(['0x80230619']);
  });

  it('takes the exception type from an inner exception line of the stack when the first line names none', () => {
    const fields = extractFields(
      [
        'TrackingId: 6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c, An error occurred while updating the password writeback configuration file., Details:',
        ' ---> System.UnauthorizedAccessException: Access to the path is denied.',
        '   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)',
      ].join('\n'),
    );
    expect(fields.exceptionType).toBe('System.UnauthorizedAccessException');
    expect(fields.operation).toBeUndefined();
  });
});

describe('extractFields on redacted and older messages', () => {
  it('leaves a redacted tracking id out but still reads the operation and the user', () => {
    for (const redacted of ['xxxxxxxx', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx']) {
      const fields = extractFields(`TrackingId: ${redacted}, PasswordResetRequestStart, Details: kim.lee@fabrikam.com`);
      expect(fields.trackingId).toBeUndefined();
      expect(fields.operation).toBe('PasswordResetRequestStart');
      expect(fields.user).toEqual({ upn: 'kim.lee@fabrikam.com' });
    }
  });

  it('reads the operation word that opens a message of a build without TrackingId:', () => {
    const fields = extractFields('PasswordResetRequestStart, Details: kim.lee@fabrikam.com');
    expect(fields.trackingId).toBeUndefined();
    expect(fields.operation).toBe('PasswordResetRequestStart');
    expect(fields.user).toEqual({ upn: 'kim.lee@fabrikam.com' });
  });

  it('reads no operation from a sentence that opens a message without TrackingId:', () => {
    expect(extractFields("Couldn't connect to any service bus endpoint(s), Details:").operation).toBeUndefined();
  });
});

describe('extractFields on ADSync 6329 traces', () => {
  it('reads the MMS thread and the codes of a trace, but not the 0x2 of the MAUtils registry noise', () => {
    const fields = extractFields(
      passwordSetTrace(
        '0x80230619 (A restriction prevents the password from being changed to the current one specified.)',
      ),
    );
    expect(fields.mmsCodes).toEqual([5120]);
    expect(fields.errorCodes).toEqual(['0x800700B7', '0x80230619', '0x80004005']);
    expect(fields.trackingId).toBeUndefined();
    expect(fields.user).toBeUndefined();
    expect(fields.operation).toBeUndefined();
  });

  it('upper-cases 0x8023061f of a forest added after writeback was enabled', () => {
    const fields = extractFields(
      passwordSetTrace(
        '0x8023061f (The operation failed because password synchronization is not enabled on this Management Agent.)',
      ),
    );
    expect(fields.errorCodes).toContain('0x8023061F');
  });

  it('reads 0x6BA from `Failed to acquire user information: 0x6ba`', () => {
    const fields = extractFields(passwordSetTrace('Failed to acquire user information: 0x6ba'));
    expect(fields.errorCodes).toEqual(['0x800700B7', '0x6BA', '0x80004005']);
  });

  it('adds 0x5 for ERROR_ACCESS_DENIED spelled out after the connector account, and names no user', () => {
    const fields = extractFields(
      passwordSetTrace(String.raw`Failed to acquire user information: FABRIKAM\svc-aadc. Error Code: ERROR_ACCESS_DENIED`),
    );
    expect(fields.errorCodes).toEqual(['0x800700B7', '0x5', '0x80004005']);
    expect(fields.user).toBeUndefined();
  });

  it('reads MMS(3040) of the missing LDAP policy control and takes no code from admaexport.cpp(2837)', () => {
    const fields = extractFields(
      [
        'An unexpected error has occurred during a password set operation. ',
        String.raw` "ERR_: MMS(3040): X:\bt\1073035\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58): Failed getting registry value 'ADMADoNormalization', 0x2`,
        "ERR_: MMS(3040): admaexport.cpp(2837): The server doesn't contain the LDAP password policy control.",
        'Azure AD Sync 1.1.819.0"',
      ].join('\n'),
    );
    expect(fields.mmsCodes).toEqual([3040]);
    expect(fields.errorCodes).toEqual([]);
  });

  it('keeps MMS numbers distinct and in order of first appearance', () => {
    const fields = extractFields(
      [
        'BAIL: MMS(4924) 0x80230619 - "A restriction prevents the password from being changed to the current one specified."',
        'ERR_: MMS(5120): admaexport.cpp(2939): 0x80230619',
        'ERR_: MMS(4924): ..\\ma.cpp(8000): ExportPasswordSet failed with 0x80230619',
      ].join('\n'),
    );
    expect(fields.mmsCodes).toEqual([4924, 5120]);
    expect(fields.errorCodes).toEqual(['0x80230619']);
  });

  it('strips the zero padding of an HRESULT and ignores a zero code', () => {
    const fields = extractFields(
      ['ERR_: MMS(5120): admaexport.cpp(2939): 0x00000005 (Access is denied.)', 'ERR_: MMS(5120): ..\\ma.cpp(8000): ExportPasswordSet returned 0x0'].join('\n'),
    );
    expect(fields.errorCodes).toEqual(['0x5']);
  });
});

describe('extractFields on distinguished names', () => {
  it('reads a DN with an escaped comma as the user', () => {
    const fields = extractFields(
      String.raw`Password Change Request - Anchor : q7Xc0PzvQk2l3m4n5o6p7w==, Dn : CN=Lee\, Kim,OU=Staff,DC=fabrikam,DC=local, Change Date : 04/12/2024 08:21:07`,
    );
    expect(fields.user).toEqual({ dn: String.raw`CN=Lee\, Kim,OU=Staff,DC=fabrikam,DC=local` });
    expect(fields.errorCodes).toEqual([]);
  });

  it('ends a DN at its last DC= component', () => {
    const fields = extractFields(
      'Password Change Result - Anchor : q7Xc0PzvQk2l3m4n5o6p7w==, Dn : CN=Kim Lee,OU=Staff,OU=Tokyo,DC=fabrikam,DC=local, Result : Success.',
    );
    expect(fields.user).toEqual({ dn: 'CN=Kim Lee,OU=Staff,OU=Tokyo,DC=fabrikam,DC=local' });
  });
});

describe('extractFields on CRLF line ends', () => {
  it('keeps carriage returns out of the UPN and the operation', () => {
    const fields = extractFields(`${RESET_START}\r\n`);
    expect(fields.operation).toBe('PasswordResetRequestStart');
    expect(fields.user).toEqual({ upn: 'kim.lee@fabrikam.com' });
  });

  it('reads a 33008 and a 6329 whose lines end in CRLF as it reads them with LF', () => {
    expect(extractFields(POLICY_ERROR.replaceAll('\n', '\r\n'))).toEqual(extractFields(POLICY_ERROR));
    const trace = passwordSetTrace('Failed to acquire user information: 0x6ba');
    expect(extractFields(trace.replaceAll('\n', '\r\n'))).toEqual(extractFields(trace));
  });

  it('does not read the next line as the UPN of an empty Details:', () => {
    const fields = extractFields(
      `${SERVICE_BUS_ERROR}\r\nadmin@fabrikam.onmicrosoft.com: AADSTS50126: Error validating credentials due to invalid username or password.`,
    );
    expect(fields.user).toBeUndefined();
  });
});

describe('extractRecord and extract', () => {
  const ingested: IngestedRecord = {
    source: 'PasswordResetService',
    eventId: 31001,
    level: 'information',
    time: new Date('2024-04-12T08:21:06.000Z'),
    recordId: 48213,
    computer: 'AADC01.fabrikam.local',
    message: RESET_START,
    data: {},
    origin: { file: 'Application.evtx.xml', line: 12, offset: 1844 },
  };

  it('keeps every ingested field and adds the extracted ones', () => {
    expect(extractRecord(ingested)).toEqual({
      ...ingested,
      trackingId: '0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      operation: 'PasswordResetRequestStart',
      user: { upn: 'kim.lee@fabrikam.com' },
      errorCodes: [],
      mmsCodes: [],
    });
  });

  it('gives records of one shape: the same fields in the same order, whatever the message carries', () => {
    const { recordId: _recordId, computer: _computer, ...bare } = ingested;
    const shapes = [ingested, { ...bare, eventId: 33008, message: POLICY_ERROR }, { ...bare, source: 'ADSync', eventId: 6329, message: '' }].map((record) =>
      Object.keys(extractRecord(record)).join(),
    );
    expect(new Set(shapes).size).toBe(1);
    expect(shapes[0]).toBe('source,eventId,level,time,recordId,computer,message,data,origin,xml,xmlBytes,trackingId,operation,user,adminUpn,errorCodes,mmsCodes,exceptionType');
  });

  it('extracts every record of a stream, in order', async () => {
    async function* read(): AsyncGenerator<IngestedRecord> {
      yield ingested;
      yield { ...ingested, eventId: 33008, recordId: 48214, message: POLICY_ERROR };
    }
    const records = [];
    for await (const record of extract(read())) records.push(record);
    expect(records.map((record) => [record.recordId, record.errorCodes])).toEqual([
      [48213, []],
      [48214, ['0x80230619']],
    ]);
  });
});
