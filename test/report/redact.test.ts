import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../src/report/pseudonyms.js';
import { runCli } from '../support/cli.js';
import { readFixture } from '../support/read.js';
import { analyzeToFolder } from '../support/report-files.js';

const DEMO = 'fixtures/demo/Application.xml';
const EMAIL = /[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+/g;
const DN = /\bCN=(?:\\.|[^,"\r\n])+(?:,\s*(?:CN|OU|DC)=(?:\\.|[^,"\r\n])+)*/g;

interface ChainJson {
  id: string;
  trackingId?: string;
  user?: { upn?: string };
}

/** Every name of a person, a machine or a domain that the demo log holds, in fields and in message text. */
async function demoIdentities(): Promise<Set<string>> {
  const { records } = await readFixture(DEMO);
  const names = new Set<string>();
  for (const record of records) {
    for (const value of [record.user?.upn, record.user?.dn, record.user?.cloudAnchor, record.adminUpn, record.computer]) if (value !== undefined) names.add(value);
    for (const match of record.message.matchAll(EMAIL)) names.add(match[0]);
    for (const match of record.message.matchAll(DN)) names.add(match[0].trim());
    for (const match of record.message.matchAll(/(?:SourceAnchorValue|Anchor)\s*:\s*([A-Za-z0-9+/]{6,}={0,2})/g)) names.add(match[1] as string);
    for (const match of record.message.matchAll(/User_[0-9a-f-]{36}/g)) names.add(match[0]);
  }
  // The parts a reader could recognize on their own: display names, host and domain labels.
  for (const name of [...names]) {
    const cn = /^CN=((?:\\.|[^,])+)/.exec(name);
    if (cn !== null) names.add((cn[1] as string).replace(/\\/g, ''));
    if (/^[\w-]+\.[\w.-]+$/.test(name)) names.add(name.split('.')[0] as string);
    const at = name.indexOf('@');
    if (at > 0) names.add(name.slice(at + 1).split('.')[0] as string);
  }
  return names;
}

describe('--redact', () => {
  it('leaves no name of a person, a computer or a domain of the demo log in any format', async () => {
    const identities = await demoIdentities();
    expect(identities.size).toBeGreaterThan(100);
    expect(identities).toContain('AADC01.fabrikam.local');
    expect(identities).toContain('CN=Priya Nair,OU=Users,OU=Fabrikam,DC=fabrikam,DC=local');
    expect(identities).toContain('helpdesk@fabrikam.com');
    expect(identities).toContain('fabrikam');

    const report = await analyzeToFolder([DEMO], '--redact');
    expect(report.files.size).toBe(7);
    const plain = await analyzeToFolder([DEMO]);
    for (const [name, content] of report.files) {
      const lower = content.toLowerCase();
      const survivors = [...identities].filter((identity) => lower.includes(identity.toLowerCase()));
      expect({ name, survivors }).toEqual({ name, survivors: [] });
      // Each file still says the same things: as long as unredacted, give or take the pseudonyms.
      expect(content.length).toBeGreaterThan((plain.files.get(name) ?? '').length * 0.6);
    }
  });

  it('gives one person one pseudonym across the report, and keeps the tracking ids support needs', async () => {
    const plain = JSON.parse((await runCli('analyze', DEMO, '--format', 'json')).stdout) as { chains: ChainJson[]; findings: { users: string[] }[] };
    const redacted = JSON.parse((await runCli('analyze', DEMO, '--format', 'json', '--redact')).stdout) as { redacted: boolean; chains: ChainJson[]; findings: { users: string[] }[] };
    expect(redacted.redacted).toBe(true);
    const pseudonyms = new Map<string, Set<string>>();
    redacted.chains.forEach((chain, index) => {
      const original = plain.chains[index];
      expect(chain.id).toBe(original?.id);
      expect(chain.trackingId).toBe(original?.trackingId);
      const upn = original?.user?.upn?.toLowerCase();
      if (upn === undefined) return;
      expect(chain.user?.upn).toMatch(/^user-[0-9a-f]{8}@domain-[0-9a-f]{8}\.invalid$/);
      pseudonyms.set(upn, (pseudonyms.get(upn) ?? new Set()).add(chain.user?.upn ?? ''));
    });
    expect(pseudonyms.size).toBeGreaterThan(15);
    for (const names of pseudonyms.values()) expect(names.size).toBe(1);
    expect(new Set([...pseudonyms.values()].map((names) => [...names][0])).size).toBe(pseudonyms.size);
    // The findings name the users by the same pseudonyms as the chains.
    const all = new Set([...pseudonyms.values()].flatMap((names) => [...names]));
    for (const finding of redacted.findings) for (const user of finding.users) expect(all).toContain(user);
  });

  it('keeps pseudonyms stable across runs with --redact-key, and unlinkable without one', async () => {
    const users = async (...args: string[]): Promise<string> => {
      const report = JSON.parse((await runCli('analyze', DEMO, '--format', 'json', ...args)).stdout) as { chains: ChainJson[]; hosts: string[] };
      return JSON.stringify([report.hosts, report.chains.map((chain) => chain.user)]);
    };
    const keyed = await users('--redact-key', 'contoso-ticket-4711');
    expect(await users('--redact-key', 'contoso-ticket-4711')).toBe(keyed);
    expect(await users('--redact', '--redact-key', 'contoso-ticket-4711')).toBe(keyed);
    expect(await users('--redact-key', 'another key')).not.toBe(keyed);
    expect(await users('--redact')).not.toBe(await users('--redact'));
    process.env.WRITEBACK_DOCTOR_REDACT_KEY = 'contoso-ticket-4711';
    try {
      expect(await users('--redact')).toBe(keyed);
      // The variable alone redacts nothing: only --redact asks for it.
      expect(await users()).toContain('fabrikam');
    } finally {
      delete process.env.WRITEBACK_DOCTOR_REDACT_KEY;
    }
    expect((await runCli('analyze', DEMO, '--redact-key', '')).code).toBe(2);
  });
});

describe('the pseudonyms', () => {
  const key = Buffer.from('test');
  const names = createPseudonymizer(key, {
    computers: ['AADC01.fabrikam.local'],
    dns: ['CN=Müller\\, Jürgen,OU=R&D,DC=fabrikam,DC=local', 'CN=山田 太郎,OU=東京,DC=fabrikam,DC=local'],
    upns: ['kim.lee@fabrikam.com'],
  });

  it('replace a name wherever it stands, the same way each time', () => {
    const fqdn = names.computer('AADC01.fabrikam.local');
    expect(fqdn).toMatch(/^host-[0-9a-f]{8}\.domain-[0-9a-f]{8}\.invalid$/);
    expect(names.scrub('Computer: aadc01.FABRIKAM.local')).toBe(`Computer: ${fqdn}`);
    expect(names.scrub('connecting to AADC01 on dc01.fabrikam.local')).toBe(`connecting to ${fqdn.split('.')[0]} on ${names.scrub('dc01.fabrikam.local')}`);
    expect(names.scrub('dc01.fabrikam.local')).toMatch(/^host-[0-9a-f]{8}\.domain-[0-9a-f]{8}\.invalid$/);
    expect(names.scrub('Details: Kim.Lee@Fabrikam.com')).toBe(`Details: ${names.identity('kim.lee@fabrikam.com')}`);
  });

  it('replace every part of a distinguished name, escaped commas and Japanese names included', () => {
    const text = 'Dn : CN=Müller\\, Jürgen,OU=R&D,DC=fabrikam,DC=local, Change Date : 03/04/2024';
    const scrubbed = names.scrub(text);
    expect(scrubbed).toMatch(/^Dn : CN=name-[0-9a-f]{8},OU=ou-[0-9a-f]{8},DC=domain-[0-9a-f]{8},DC=invalid, Change Date : 03\/04\/2024$/);
    expect(names.scrub('CN=山田 太郎,OU=東京,DC=fabrikam,DC=local')).not.toMatch(/山田|東京|fabrikam/);
    // The display name alone, as some messages print it, gets the DN's name pseudonym.
    const cn = /CN=(name-[0-9a-f]{8})/.exec(names.scrub('CN=山田 太郎,OU=東京,DC=fabrikam,DC=local'))?.[1];
    expect(names.scrub('user 山田 太郎 failed')).toBe(`user ${cn} failed`);
  });

  it('replace accounts and anchors, and keep tracking ids, error codes and everything else', () => {
    const sam = names.scrub('"Failed to acquire user information: FABRIKAM\\MSOL_4c1e2b3a9d0f. Error Code: ERROR_ACCESS_DENIED"');
    expect(sam).toMatch(/^"Failed to acquire user information: DOMAIN-[0-9A-F]{8}\\user-[0-9a-f]{8}\. Error Code: ERROR_ACCESS_DENIED"$/);
    expect(names.scrub('Failed to acquire user information: 0x6ba')).toBe('Failed to acquire user information: 0x6ba');
    const message = 'TrackingId: 4167b37e-9ecf-4f6a-a000-1d7e39095c78, Context: cloudAnchor: User_3feba0e3-a35e-4f1b-8418-5cf7744d6259, SourceAnchorValue: 2T77w9XAS1FkHZuN4cAnBA==, hr=80230619';
    expect(names.scrub(message)).toMatch(/^TrackingId: 4167b37e-9ecf-4f6a-a000-1d7e39095c78, Context: cloudAnchor: User_anchor-[0-9a-f]{8}, SourceAnchorValue: anchor-[0-9a-f]{8}, hr=80230619$/);
    expect(names.scrub('X:\\bt\\1317421\\repo\\src\\dev\\sync\\ma\\shared\\inc\\MAUtils.h(58)')).toBe('X:\\bt\\1317421\\repo\\src\\dev\\sync\\ma\\shared\\inc\\MAUtils.h(58)');
    // A field that is a name gets a pseudonym whatever its shape.
    expect(names.identity('jdoe')).toMatch(/^name-[0-9a-f]{8}$/);
  });
});
