// Fixture generators' writeback messages: people of the invented tenant and the message texts of
// PasswordResetService, ADSync and Directory Synchronization, in the shapes of real server logs.

import { CRLF, PRS_VERSION, SYNC_VERSION } from './eventxml.mjs';

// ---------------------------------------------------------------------------
// People, in an invented tenant

export const TENANT = 'fabrikam.com';
export const OU_USERS = 'OU=Users,OU=Fabrikam,DC=fabrikam,DC=local';

export function makeUser(rng, upnPrefix, cn, ou = OU_USERS) {
  return {
    upn: `${upnPrefix}@${TENANT}`,
    dn: `CN=${cn},${ou}`,
    cloudAnchor: `User_${rng.guid()}`,
    sourceAnchor: rng.bytes(16).toString('base64'),
  };
}

// ---------------------------------------------------------------------------
// Message texts, in the shapes of shared/samples/messages.md

export const L = (...lines) => lines.join(CRLF);

export const EXCEPTION = 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException';
export const MANAGER = 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Library.PasswordResetManager';

export const SYNC_ERRORS = {
  policy: { hr: '80230619', text: 'A restriction prevents the password from being changed to the current one specified.' },
  denied: { hr: '80230626', text: 'The management agent credentials were denied access.' },
};

export const prs = {
  resetStart: (tid, u) => `TrackingId: ${tid}, PasswordResetRequestStart, Details: ${u.upn}`,
  resetSuccess: (tid, u) =>
    `TrackingId: ${tid}, PasswordResetSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}, unblockUser: True`,
  changeStart: (tid, u) => `TrackingId: ${tid}, ChangePasswordStart, Details: ${u.upn}`,
  changeSuccess: (tid, u) =>
    `TrackingId: ${tid}, ChangePasswordSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}`,
  adminStart: (tid, u) => `TrackingId: ${tid}, ResetUserPasswordByAdminStart, Details: ${u.upn}`,
  adminSuccess: (tid, u, admin) =>
    `TrackingId: ${tid}, ResetUserPasswordByAdminSuccess, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, AdminUpn: ${admin}, UserPrincipalName ${u.upn}, ForcePasswordChange: True`,
  heartbeat: (tid) => `TrackingId: ${tid}, ServiceBusHeartBeat, Details: Version: ${PRS_VERSION}`,
  started: (tid) => `TrackingId: ${tid}, WriteBackServiceStarted, Details: Version: ${PRS_VERSION}`,
  stopped: (tid) => `TrackingId: ${tid}, WriteBackServiceStopped, Details: Version: ${PRS_VERSION}`,
  serviceBusError: (tid) => `TrackingId: ${tid}, Couldn't connect to any service bus endpoint(s), Details:`,
  unhealthy: (tid) =>
    `TrackingId: ${tid}, Password writeback service is not in a healthy state. No serviceHost for service bus endpoints are in running state., Details: Version: ${PRS_VERSION}`,
  connectionLost: (tid) =>
    `TrackingId: ${tid}, The connection to the connect service was lost, Details: System.ServiceModel.CommunicationException: The socket connection was aborted. This could be caused by an error processing your message or a receive timeout being exceeded by the remote host, or an underlying network resource issue.`,
  /** 33xxx: the operation's AD error, with the .NET stack on lines of three spaces and `at `. */
  syncError(tid, u, err, operation) {
    const what = `Synchronization Engine returned an error hr=${err.hr}, message=${err.text}`;
    const method = operation === 'change' ? 'ChangeUserPassword' : 'ResetUserPassword';
    return L(
      `TrackingId: ${tid}, Reason: ${what}, Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}, Details: ${EXCEPTION}: ${what}`,
      '   at AADPasswordReset.SynchronizationEngineManagedHandle.ThrowSyncEngineError(Int32 hr)',
      '   at AADPasswordReset.SynchronizationEngineManagedHandle.SetPassword(String maName, String cloudAnchor, String sourceAnchor, String password, Boolean unlockAccount, Int32& hr)',
      `   at ${MANAGER}.<>c__DisplayClass14_0.<${method}>b__0()`,
      `   at ${MANAGER}.ExecuteWithRetry(Func\`1 action, Int32 retryCount)`,
      `   at ${MANAGER}.${method}(PasswordResetRequest request)`,
    );
  },
};

/**
 * Events of the operations that the public captures do not show verbatim: the failure events, onboarding
 * and offboarding, and the 32xxx of a request. Built like the known ones (`TrackingId: <id>, <Name>,
 * Details: …`); their wording is invented, see fixtures/README.md.
 */
export const prsMore = {
  resetFail: (tid, u) =>
    `TrackingId: ${tid}, PasswordResetFail, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}`,
  changeFail: (tid, u) =>
    `TrackingId: ${tid}, ChangePasswordFail, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}`,
  adminFail: (tid, u, admin) =>
    `TrackingId: ${tid}, ResetUserPasswordByAdminFail, Details: Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, AdminUpn: ${admin}, UserPrincipalName ${u.upn}`,
  onboardingStart: (tid) => `TrackingId: ${tid}, OnboardingEventStart, Details: Version: ${PRS_VERSION}`,
  onboardingSuccess: (tid) => `TrackingId: ${tid}, OnboardingEventSuccess, Details: Version: ${PRS_VERSION}`,
  offboardingStart: (tid) => `TrackingId: ${tid}, OffboardingEventStart, Details: Version: ${PRS_VERSION}`,
  offboardingSuccess: (tid) => `TrackingId: ${tid}, OffboardingEventSuccess, Details: Version: ${PRS_VERSION}`,
  offboardingFail: (tid) => `TrackingId: ${tid}, OffboardingEventFail, Details: Version: ${PRS_VERSION}`,
  authTokenSuccess: (tid) => `TrackingId: ${tid}, AuthTokenSuccess, Details: Version: ${PRS_VERSION}`,
  keyPairSuccess: (tid) => `TrackingId: ${tid}, KeyPairCreationSuccess, Details: Version: ${PRS_VERSION}`,
  authTokenError: (tid, admin) =>
    `TrackingId: ${tid}, Failed to acquire an authorization token for ${admin}, Details: Microsoft.IdentityModel.Clients.ActiveDirectory.AdalServiceException: AADSTS50126: Error validating credentials due to invalid username or password.`,
  onboardingServiceError: (tid) =>
    `TrackingId: ${tid}, Couldn't reach the onboarding service, Details: System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time 40.126.0.1:443`,
  offboardingError: (tid) =>
    `TrackingId: ${tid}, Offboarding could not unregister the tenant, Details: System.UnauthorizedAccessException: The administrator account is not authorized to disable password writeback.`,
  serviceError: (tid) =>
    `TrackingId: ${tid}, Couldn't reach the password reset service, Details: System.ServiceModel.EndpointNotFoundException: There was no endpoint listening at https://ssprdedicatedsbprodncu.servicebus.windows.net/ that could accept the message.`,
  serviceBusWarning: (tid) =>
    `TrackingId: ${tid}, Service bus connection is retrying, Details: System.TimeoutException: The operation did not complete within the allotted timeout of 00:01:00.`,
  /** 33xxx with a reason of its own (33007 wrong current password, 33002 user not found…), no sync engine hr. */
  adError(tid, u, reason) {
    return L(
      `TrackingId: ${tid}, Reason: ${reason}, Context: cloudAnchor: ${u.cloudAnchor}, SourceAnchorValue: ${u.sourceAnchor}, UserPrincipalName: ${u.upn}, Details: ${EXCEPTION}: ${reason}`,
      `   at ${MANAGER}.ChangeUserPassword(PasswordChangeRequest request)`,
    );
  },
};

/** ADSync 6800: the writeback endpoint failed to start with the sync service (wording invented). */
export function adsync6800() {
  return L(
    'The password writeback endpoint could not be started.',
    ' Error Name: PasswordResetService',
    ' Error Details: System.ServiceModel.AddressAccessDeniedException: HTTP could not register URL http://+:80/Temporary_Listen_Addresses/. Your process does not have access rights to this namespace.',
    `Azure AD Sync ${SYNC_VERSION}`,
  );
}

/** An older build wrote no `TrackingId:` at all: the message opens with the operation word or the reason. */
export function withoutTrackingId(message) {
  return message.replace(/^TrackingId: [^,]*, /, '');
}

/** A ticket's copy with every id blanked: tracking ids, cloud anchors and source anchors. */
export function redacted(message) {
  return message
    .replace(/TrackingId: [0-9a-f-]{36}/g, 'TrackingId: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')
    .replace(/User_[0-9a-f-]{36}/g, 'User_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')
    .replace(/SourceAnchorValue: [A-Za-z0-9+/]{22}==/g, 'SourceAnchorValue: xxxxxxxxxxxxxxxxxxxxxx==');
}

export const MAUTILS = String.raw`X:\bt\1317421\repo\src\dev\sync\ma\shared\inc\MAUtils.h(58)`;

/** ADSync 6329: a sentence, then the quoted trace of one MMS thread, the version last. */
export function adsync6329(thread, kind) {
  const mms = `MMS(${thread})`;
  const cause =
    kind === 'policy'
      ? `BAIL: ${mms}: admaexport.cpp(2939): 0x80230619 (${SYNC_ERRORS.policy.text})`
      : `ERR_: ${mms}: admaexport.cpp(2939): SetPassword: ldap_modify_ext_s failed with 0x32 (Insufficient Rights): 00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0`;
  const hr = kind === 'policy' ? '0x80230619' : '0x80230626';
  const text = kind === 'policy' ? SYNC_ERRORS.policy.text : SYNC_ERRORS.denied.text;
  return L(
    'An unexpected error has occurred during a password set operation.',
    `"BAIL: ${mms}: ..\\dnutils.cpp(1341): 0x800700b7 (Cannot create a file when that file already exists.)`,
    `ERR_: ${mms}: ${MAUTILS}: Failed getting registry value 'ADMADoNormalization', 0x2`,
    cause,
    `BAIL: ${mms}: admaexport.cpp(2963): ${hr} (${text})`,
    `ERR_: ${mms}: ..\\ma.cpp(8000): ExportPasswordSet failed with ${hr}`,
    `Azure AD Sync ${SYNC_VERSION}"`,
  );
}

/** Directory Synchronization 656 / 657: password hash sync batches (context, not writeback). */
export function phsRequest(users, when) {
  const d = new Date(when.ms).toISOString();
  const date = `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
  return L(...users.map((u) => `Password Change Request - Anchor : ${u.sourceAnchor}, Dn : ${u.dn}, Change Date : ${date}`));
}

export function phsResult(users) {
  return L(...users.map((u) => `Password Change Result - Anchor : ${u.sourceAnchor}, Dn : ${u.dn}, Result : Success.`));
}

// ---------------------------------------------------------------------------
