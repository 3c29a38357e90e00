// Report: stable pseudonyms for the people and machines a log names, and the scrubbing of free text that finds them.

import { createHmac } from 'node:crypto';

/** What the scrubber learned from a report's structured fields before it reads any free text. */
export interface KnownIdentities {
  /** Computer names as records carry them: `AADC01.fabrikam.local`. */
  computers: Iterable<string>;
  /** Distinguished names of users: `CN=Priya Nair,OU=Users,DC=fabrikam,DC=local`. */
  dns: Iterable<string>;
  /** UPNs and e-mail addresses. */
  upns: Iterable<string>;
}

export interface Pseudonymizer {
  /** `text` with every identity it holds replaced; tracking ids, error codes and the rest stay. */
  scrub(text: string): string;
  /** A field that is an identity whatever its shape: always replaced, by its shape's pseudonym or a generic one. */
  identity(value: string): string;
  computer(name: string): string;
}

const RDN_ATTRIBUTES = 'CN|OU|DC|O|L|ST|C|STREET';
const RDN_VALUE = '(?:\\\\.|[^,=+"\\r\\n\\\\<>;])+';
/** A distinguished name as writeback and ADSync messages print one (`Dn : CN=Müller\, Jürgen,OU=R&D,DC=fabrikam,DC=local`). */
const DN = `\\b(?:CN|OU|DC)=${RDN_VALUE}(?:\\s*,\\s*(?:${RDN_ATTRIBUTES})=${RDN_VALUE})*`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
/** UPNs and e-mail addresses (`UserPrincipalName: kim.lee@fabrikam.com`, `AdminUpn: helpdesk@…`). */
const EMAIL = `[\\p{L}\\p{N}._%+'-]+@${LABEL}(?:\\.${LABEL})+`;
/** `cloudAnchor: User_<guid>`, the Entra object id of the user. */
const CLOUD_ANCHOR = '\\bUser_[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\b';
/** `SourceAnchorValue: 2T77w9XAS1FkHZuN4cAnBA==` (31002…) and `Anchor : zZ0B…==` (656/657): the user's objectGUID in base64. */
const SOURCE_ANCHOR = '(?<sourceLabel>\\b(?:SourceAnchorValue|Anchor)\\s*:\\s*)(?<sourceValue>[A-Za-z0-9+/]{6,}={0,2})';
/** ADSync 6329 `Failed to acquire user information: FABRIKAM\\MSOL_4c1e2b3a9d0f. Error Code: …` (or `: 0x6ba`, kept). */
const ACCOUNT = '(?<accountLabel>user information:\\s*)(?<accountValue>[^\\s"\',]+?)(?=[.,;]?(?:\\s|"|$))';
const NOT_NAME_BEFORE = '(?<![\\p{L}\\p{N}_.-])';
const NOT_NAME_AFTER = '(?![\\p{L}\\p{N}_-])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so `AADC01.fabrikam.local` wins over `AADC01`. */
function alternation(values: Iterable<string>): string {
  return [...new Set([...values].map((value) => value.toLowerCase()))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

function dnsDomainOf(dn: string): string | undefined {
  const labels = [...dn.matchAll(/(?:^|,)\s*DC=((?:\\.|[^,])+)/gi)].map((match) => (match[1] ?? '').trim());
  return labels.length >= 2 ? labels.join('.') : undefined;
}

function firstRdnValue(dn: string): string | undefined {
  const match = /^\s*CN=((?:\\.|[^,])+)/i.exec(dn);
  return match?.[1]?.replace(/\\(.)/g, '$1').trim();
}

/** `key` makes the pseudonyms stable across runs (the same key, the same pseudonym); without one they hold within a report only. */
export function createPseudonymizer(key: Uint8Array, known: KnownIdentities): Pseudonymizer {
  const cache = new Map<string, string>();
  const hash = (kind: string, value: string): string => {
    const id = `${kind}\u0000${value.trim().toLowerCase()}`;
    let digest = cache.get(id);
    if (digest === undefined) {
      digest = createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, 8);
      cache.set(id, digest);
    }
    return digest;
  };
  const domain = (name: string): string => `domain-${hash('domain', name)}.invalid`;
  const host = (labels: readonly string[], domainName: string | undefined): string => {
    const [first, ...rest] = labels;
    const name = `host-${hash('host', first ?? '')}`;
    // Labels between the host and a known domain (`dc01.emea.fabrikam.local`) are part of the name.
    const middle = rest.map((label) => `sub-${hash('subdomain', label)}`);
    return [name, ...middle, ...(domainName === undefined ? [] : [domain(domainName)])].join('.');
  };
  const email = (address: string): string => {
    const at = address.lastIndexOf('@');
    return `user-${hash('user', address)}@${domain(address.slice(at + 1))}`;
  };
  const dnPseudonym = (dn: string): string => {
    const parts = dn.split(new RegExp(`,(?=\\s*(?:${RDN_ATTRIBUTES})=)`, 'i'));
    const out: string[] = [];
    const domainName = dnsDomainOf(dn);
    let domainWritten = false;
    for (const part of parts) {
      const match = /^(\s*)([A-Za-z]+)=(.*)$/s.exec(part);
      if (match === null) continue;
      const [, space = '', attribute = '', value = ''] = match;
      if (attribute.toUpperCase() === 'DC') {
        if (!domainWritten && domainName !== undefined) out.push(...domain(domainName).split('.').map((label) => `${space}${attribute}=${label}`));
        domainWritten = true;
        continue;
      }
      const kind = attribute.toUpperCase() === 'CN' ? 'name' : attribute.toUpperCase() === 'OU' ? 'ou' : 'value';
      out.push(`${space}${attribute}=${kind}-${hash(kind, value.replace(/\\(.)/g, '$1'))}`);
    }
    return out.join(',');
  };

  // Learned names: domains (from DNs, computers and UPNs), short host names, NetBIOS domains, users' display names.
  const domains = new Set<string>();
  const hosts = new Set<string>();
  const names = new Set<string>();
  for (const computer of known.computers) {
    const [first, ...rest] = computer.split('.');
    if (first !== undefined && first.length >= 3) hosts.add(first);
    if (rest.length >= 2) domains.add(rest.join('.'));
  }
  for (const dn of known.dns) {
    const domainName = dnsDomainOf(dn);
    if (domainName !== undefined) domains.add(domainName);
    const name = firstRdnValue(dn);
    if (name !== undefined && name.length >= 3) names.add(name);
  }
  for (const upn of known.upns) {
    const domainName = upn.slice(upn.lastIndexOf('@') + 1);
    if (domainName.includes('.')) domains.add(domainName);
  }
  const netbios = new Set([...domains].map((name) => (name.split('.')[0] ?? '').toUpperCase()).filter((name) => name.length >= 2));

  const sources = [`(?<dn>${DN})`, `(?<email>${EMAIL})`, `(?<anchor>${CLOUD_ANCHOR})`, SOURCE_ANCHOR, ACCOUNT];
  if (netbios.size > 0) sources.push(`(?<netbios>\\b(?:${alternation(netbios)})\\\\[\\p{L}\\p{N}._$-]*[\\p{L}\\p{N}_$])`);
  if (domains.size > 0) sources.push(`(?<fqdn>${NOT_NAME_BEFORE}(?:[\\p{L}\\p{N}-]+\\.)*(?:${alternation(domains)})${NOT_NAME_AFTER})`);
  if (hosts.size + names.size > 0) sources.push(`(?<literal>${NOT_NAME_BEFORE}(?:${alternation([...hosts, ...names])})${NOT_NAME_AFTER})`);
  const pattern = new RegExp(sources.join('|'), 'giu');
  const hostSet = new Set([...hosts].map((name) => name.toLowerCase()));
  const domainList = [...domains].map((name) => name.toLowerCase()).sort((a, b) => b.length - a.length);

  const fqdn = (name: string): string => {
    const lower = name.toLowerCase();
    const domainName = domainList.find((candidate) => lower === candidate || lower.endsWith(`.${candidate}`));
    if (domainName === undefined || lower === domainName) return domainName === undefined ? `host-${hash('host', name)}` : domain(domainName);
    return host(name.slice(0, name.length - domainName.length - 1).split('.'), domainName);
  };
  const account = (value: string): string => {
    const slash = value.indexOf('\\');
    if (slash < 0) return `user-${hash('account', value)}`;
    return `DOMAIN-${hash('netbios', value.slice(0, slash)).toUpperCase()}\\user-${hash('account', value)}`;
  };

  const scrub = (text: string): string =>
    text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest[rest.length - 1] as Record<string, string | undefined>;
      if (groups.dn !== undefined) return dnPseudonym(match);
      if (groups.email !== undefined) return email(match);
      if (groups.anchor !== undefined) return `User_anchor-${hash('anchor', match)}`;
      if (groups.sourceValue !== undefined) return `${groups.sourceLabel ?? ''}anchor-${hash('source-anchor', groups.sourceValue)}`;
      if (groups.accountValue !== undefined) {
        // `0x6ba` is an error code where the account would be, and `…` a redacted ticket's.
        const value = groups.accountValue;
        return /^(?:0x[0-9a-f]+|…)$/i.test(value) ? match : `${groups.accountLabel ?? ''}${account(value)}`;
      }
      if (groups.netbios !== undefined) return account(match);
      if (groups.fqdn !== undefined) return fqdn(match);
      if (groups.literal !== undefined) return hostSet.has(match.toLowerCase()) ? `host-${hash('host', match)}` : `name-${hash('name', match)}`;
      return match;
    });

  return {
    scrub,
    identity(value) {
      const scrubbed = scrub(value);
      return scrubbed !== value || value === '' ? scrubbed : `name-${hash('name', value)}`;
    },
    computer(name) {
      const [first, ...rest] = name.split('.');
      return rest.length === 0 ? `host-${hash('host', first ?? name)}` : fqdn(name);
    },
  };
}
