// Report: `--redact`, the report with every person and machine it names replaced by a stable pseudonym.

import type { EventCount } from '../correlate/event-counts.js';
import type { ChainRef, OperationStats } from '../correlate/stats.js';
import type { Chain } from '../correlate/types.js';
import type { InputSummary } from '../ingest/types.js';
import type { EventRecord, UserRef } from '../record.js';
import type { Finding } from '../rules/types.js';
import type { Report } from './model.js';
import { createPseudonymizer, type Pseudonymizer } from './pseudonyms.js';

/** Every record the report holds, wherever it sits. */
function recordsOf(report: Report): EventRecord[] {
  return [
    ...(report.chains ?? []).flatMap((chain) => [...chain.events, ...chain.context.map(({ record }) => record), ...(chain.cause === undefined ? [] : [chain.cause])]),
    ...(report.findings ?? []).flatMap((finding) => finding.evidence),
    ...report.events.counts.flatMap((count) => count.samples),
  ];
}

function learn(report: Report): { computers: string[]; dns: string[]; upns: string[] } {
  const computers = new Set(report.hosts);
  const dns = new Set<string>();
  const upns = new Set<string>();
  const addUser = (user: UserRef | undefined): void => {
    if (user?.dn !== undefined) dns.add(user.dn);
    if (user?.upn !== undefined) upns.add(user.upn);
  };
  for (const record of recordsOf(report)) {
    if (record.computer !== undefined) computers.add(record.computer);
    addUser(record.user);
    if (record.adminUpn !== undefined) upns.add(record.adminUpn);
  }
  for (const chain of report.chains ?? []) {
    if (chain.computer !== undefined) computers.add(chain.computer);
    addUser(chain.user);
  }
  return { computers: [...computers], dns: [...dns], upns: [...upns] };
}

function redactUser(user: UserRef, names: Pseudonymizer): UserRef {
  const out: UserRef = {};
  if (user.upn !== undefined) out.upn = names.identity(user.upn);
  if (user.dn !== undefined) out.dn = names.identity(user.dn);
  if (user.cloudAnchor !== undefined) out.cloudAnchor = names.identity(user.cloudAnchor);
  return out;
}

function recordRedactor(names: Pseudonymizer): (record: EventRecord) => EventRecord {
  // Chains, findings and counts share records: each is redacted once and stays one object.
  const done = new Map<EventRecord, EventRecord>();
  return (record) => {
    let redacted = done.get(record);
    if (redacted !== undefined) return redacted;
    redacted = {
      ...record,
      message: names.scrub(record.message),
      data: Object.fromEntries(Object.entries(record.data).map(([name, value]) => [name, names.scrub(value)])),
      origin: { ...record.origin, file: names.scrub(record.origin.file) },
    };
    if (record.computer !== undefined) redacted.computer = names.computer(record.computer);
    if (record.user !== undefined) redacted.user = redactUser(record.user, names);
    if (record.adminUpn !== undefined) redacted.adminUpn = names.identity(record.adminUpn);
    if (record.xml !== undefined) redacted.xml = names.scrub(record.xml);
    done.set(record, redacted);
    return redacted;
  };
}

function redactChain(chain: Chain, names: Pseudonymizer, record: (record: EventRecord) => EventRecord): Chain {
  const out: Chain = { ...chain, events: chain.events.map(record), context: chain.context.map((context) => ({ ...context, record: record(context.record) })) };
  if (chain.cause !== undefined) out.cause = record(chain.cause);
  if (chain.user !== undefined) out.user = redactUser(chain.user, names);
  if (chain.adminUpn !== undefined) out.adminUpn = names.identity(chain.adminUpn);
  if (chain.computer !== undefined) out.computer = names.computer(chain.computer);
  return out;
}

function redactFinding(finding: Finding, names: Pseudonymizer, record: (record: EventRecord) => EventRecord): Finding {
  const out: Finding = { ...finding, users: finding.users.map((user) => names.identity(user)), evidence: finding.evidence.map(record) };
  // A group is a user where rules group by user, but may be an event id or a code: only what has a name's shape goes.
  if (finding.group !== undefined) out.group = names.scrub(finding.group);
  return out;
}

function redactRef(ref: ChainRef, names: Pseudonymizer): ChainRef {
  return ref.user === undefined ? ref : { ...ref, user: names.identity(ref.user) };
}

function redactStats(stats: OperationStats, names: Pseudonymizer): OperationStats {
  const duration = { ...stats.duration };
  if (stats.duration.slowest !== undefined) duration.slowest = redactRef(stats.duration.slowest, names);
  const incidents = { ...stats.incidents };
  if (stats.incidents.longest !== undefined) incidents.longest = redactRef(stats.incidents.longest, names);
  return {
    ...stats,
    duration,
    incidents,
    usersWithMostFailures: stats.usersWithMostFailures.map((user) => ({ ...user, user: names.identity(user.user) })),
    frequentUsers: stats.frequentUsers.map((user) => ({ ...user, user: names.identity(user.user) })),
    adminResets: stats.adminResets.map((admin) => ({ ...admin, admin: names.identity(admin.admin) })),
  };
}

function redactInput(input: InputSummary, names: Pseudonymizer): InputSummary {
  const out: InputSummary = {
    ...input,
    path: names.scrub(input.path),
    issues: input.issues.map((issue) => ({ ...issue, file: names.scrub(issue.file), message: names.scrub(issue.message) })),
  };
  if (input.notices !== undefined) out.notices = input.notices.map((notice) => ({ ...notice, file: names.scrub(notice.file), message: names.scrub(notice.message) }));
  return out;
}

/** The report with user names, UPNs, DNs, e-mail addresses, anchors and computer names replaced; tracking ids and codes stay. */
export function redactReport(report: Report, key: Uint8Array): Report {
  const names = createPseudonymizer(key, learn(report));
  const record = recordRedactor(names);
  const counts: EventCount[] = report.events.counts.map((count) => ({ ...count, samples: count.samples.map(record) }));
  const out: Report = {
    ...report,
    redacted: true,
    hosts: report.hosts.map((host) => names.computer(host)),
    inputs: report.inputs.map((input) => redactInput(input, names)),
    unreadable: report.unreadable.map((input) => ({ path: names.scrub(input.path), message: names.scrub(input.message) })),
    events: { ...report.events, counts },
  };
  if (report.chains !== undefined) out.chains = report.chains.map((chain) => redactChain(chain, names, record));
  if (report.findings !== undefined) out.findings = report.findings.map((finding) => redactFinding(finding, names, record));
  if (report.operations !== undefined) out.operations = { ...report.operations, stats: redactStats(report.operations.stats, names) };
  return out;
}
