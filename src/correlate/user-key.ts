// Correlate stage, user keys: who an event is about, as one comparable string per server.

import type { EventRecord, UserRef } from '../record.js';

/**
 * The key that pairs events of one user on one server: the UPN (31001 names only the UPN; outcomes and
 * 33xxx errors add the cloud anchor), else the cloud anchor, else the DN. Case is not reliable between
 * the cloud's and Active Directory's spelling of a UPN, so keys are lower case.
 */
export function userKeyOf(record: EventRecord): string | undefined {
  const user = record.user;
  if (user === undefined) return undefined;
  const name = user.upn ?? user.cloudAnchor ?? user.dn;
  if (name === undefined) return undefined;
  return `${serverKeyOf(record)}\u0000${name.toLowerCase()}`;
}

/** The server a record was logged on, for keeping merged exports of several servers apart. */
export function serverKeyOf(record: EventRecord): string {
  return record.computer === undefined ? '' : record.computer.toLowerCase();
}

/** The user of a chain, completed from a later event (31002 adds the cloud anchor to 31001's UPN). */
export function mergeUser(into: UserRef | undefined, from: UserRef | undefined): UserRef | undefined {
  if (from === undefined) return into;
  if (into === undefined) return { ...from };
  if (into.upn === undefined && from.upn !== undefined) into.upn = from.upn;
  if (into.dn === undefined && from.dn !== undefined) into.dn = from.dn;
  if (into.cloudAnchor === undefined && from.cloudAnchor !== undefined) into.cloudAnchor = from.cloudAnchor;
  return into;
}
