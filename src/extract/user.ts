// Extract stage, user: who an operation was for (UPN, distinguished name, cloud anchor) and which admin acted.

import type { UserRef } from '../record.js';

// A UPN as the writeback messages print it. The local part stops at whitespace and at the separators
// of the message (`,` `;` `:`), so `…@fabrikam.com, unblockUser: True` ends at the comma; the suffix is
// a DNS name, so its labels are ASCII and a sentence's closing `.` is left out.
const UPN = String.raw`[^\s,;:@"<>()\[\]\\\uFF0C\u3001\uFF1A]{1,113}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,16}`;

// `UserPrincipalName: kim.lee@fabrikam.com` in the Context of 31002 / 31007 and of 33xxx errors;
// `UserPrincipalName sam.ortiz@fabrikam.com` (no colon) in 31010; `UserPrincipalName:kim@…` in some builds.
const UPN_AFTER_KEY = new RegExp(String.raw`UserPrincipalName[ \t]{0,4}:?[ \t]{0,4}(${UPN})`, 'i');

// `…, PasswordResetRequestStart, Details: kim.lee@fabrikam.com`: 31001, 31006 and 31009 carry only the
// UPN after `Details:`. Only horizontal space may follow the key, so an empty `Details:` never reaches
// into the next line.
const UPN_AFTER_DETAILS = new RegExp(String.raw`Details[ \t]{0,4}:?[ \t]{0,4}(${UPN})`, 'i');

// `AdminUpn: helpdesk@fabrikam.com` in the Context of admin resets (31010 / 31011).
const ADMIN_UPN = new RegExp(String.raw`AdminUpn[ \t]{0,4}:?[ \t]{0,4}(${UPN})`, 'i');

// `cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f` in the Context of outcomes and errors, also
// written `cloudAnchor:User_…`. A redacted anchor (`User_…`) does not match.
const CLOUD_ANCHOR =
  /cloudAnchor[ \t]{0,4}:?[ \t]{0,4}(User_[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![0-9A-Fa-f-])/i;

// A user's distinguished name, e.g. `Dn : CN=Lee\, Kim,OU=Staff,DC=fabrikam,DC=local, Change Date : …` of
// the Directory Synchronization password events. A value may hold escaped characters (`\,`); the DN
// must end in `DC=` components, whose DNS-label values keep the text that follows out of the match.
// Each value excludes `,` and `\` except as an escape pair, so backtracking stays linear.
const RDN_VALUE = String.raw`(?:\\.|[^,\\\r\n"<>;=+]){1,256}`;
const DISTINGUISHED_NAME = new RegExp(
  String.raw`\bCN=${RDN_VALUE}(?:,[ ]?(?:CN|OU|O|L|ST|C|STREET)=${RDN_VALUE}){0,32}(?:,[ ]?DC=[A-Za-z0-9-]{1,63}){1,16}`,
  'i',
);

/** The UPN the message is about: the `UserPrincipalName` value, else a UPN right after `Details:`. */
function readUpn(message: string): string | undefined {
  return UPN_AFTER_KEY.exec(message)?.[1] ?? UPN_AFTER_DETAILS.exec(message)?.[1];
}

/** The user a message names, or undefined when it names none (service events, ADSync traces). */
export function readUser(message: string): UserRef | undefined {
  const upn = readUpn(message);
  const dn = DISTINGUISHED_NAME.exec(message)?.[0];
  const cloudAnchor = CLOUD_ANCHOR.exec(message)?.[1];
  if (upn === undefined && dn === undefined && cloudAnchor === undefined) return undefined;
  const user: UserRef = {};
  if (upn !== undefined) user.upn = upn;
  if (dn !== undefined) user.dn = dn;
  if (cloudAnchor !== undefined) user.cloudAnchor = cloudAnchor;
  return user;
}

/** The admin who reset the password for the user (`AdminUpn:`), kept apart from the user. */
export function readAdminUpn(message: string): string | undefined {
  return ADMIN_UPN.exec(message)?.[1];
}
