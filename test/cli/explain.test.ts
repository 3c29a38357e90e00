import { describe, expect, it } from 'vitest';
import { lookupCode } from '../../src/catalog/codes.js';
import { catalogEvents } from '../../src/catalog/events.js';
import { ssprCodes } from '../../src/catalog/sspr.js';
import { LANGS } from '../../src/i18n/lang.js';
import { WORDS } from '../../src/i18n/words.js';
import { DIAGNOSIS_CODES } from '../../src/rules/diagnosis.js';
import { BUILTIN_RULES_DIR, loadRules } from '../../src/rules/load.js';
import { runCli } from '../support/cli.js';

// Every event id of the seed documents' tables (the ADSync and PasswordResetService tables, and the
// 6800 of their troubleshooting table).
const SEED_EVENT_IDS = [
  6329, 6800, 31001, 31002, 31003, 31004, 31005, 31006, 31007, 31008, 31009, 31010, 31011, 31012, 31013, 31014, 31015, 31016, 31017, 31018, 32000,
  32001, 32002, 32003, 32004, 32005, 32007, 32008, 32009, 32010, 32011, 32013, 32014, 32015, 33001, 33002, 33003, 33004, 33005, 33006, 33007,
  33008, 33009,
];

// The error codes of the seeds and of the newer message samples, written as people copy them.
const SEED_CODES: [string, string][] = [
  ['0x80230619', '0x80230619'],
  ['hr=80230402', '0x80230402'],
  ['800700CE', '0x800700CE'],
  ['0x8023061f', '0x8023061F'],
  ['hr=80230818', '0x80230818'],
  ['8023062C', '0x8023062C'],
  ['hr=80230626', '0x80230626'],
  ['0x6ba', '0x6BA'],
];

const rules = loadRules([BUILTIN_RULES_DIR]).rules;

describe('writeback-doctor explain', () => {
  it.each(LANGS)('explains every event id of the seed tables in %s', async (lang) => {
    for (const id of SEED_EVENT_IDS) {
      const { code, stdout } = await runCli('explain', String(id), '--lang', lang);
      expect(code, `${id}`).toBe(0);
      const events = catalogEvents.filter((event) => event.eventId === id);
      expect(events.length, `${id}`).toBeGreaterThan(0);
      for (const event of events) expect(stdout, `${id} ${lang}`).toContain(event.text[lang].title);
    }
  });

  it.each(LANGS)('explains every error code of the seeds, however written, in %s, with the diagnoses that look for it', async (lang) => {
    for (const [written, normal] of SEED_CODES) {
      const { code, stdout } = await runCli('explain', written, '--lang', lang);
      expect(code, written).toBe(0);
      expect(stdout, written).toContain(normal);
      expect(stdout, written).toContain(lookupCode(normal)?.text[lang].title ?? 'missing from the catalog');
      const related = rules.filter((rule) => rule.mentions.errorCodes.includes(normal));
      expect(related.length, written).toBeGreaterThan(0);
      for (const rule of related) expect(stdout, written).toContain(rule.title[lang]);
    }
  });

  it.each(LANGS)('explains every SSPR error of the seed table by code, name and number in %s', async (lang) => {
    for (const sspr of ssprCodes) {
      for (const written of [sspr.code, sspr.name, String(sspr.number)]) {
        const { code, stdout } = await runCli('explain', written, '--lang', lang);
        expect(code, written).toBe(0);
        expect(stdout, written).toContain(sspr.text[lang].title);
        expect(stdout, written).toContain(sspr.text[lang].whatToDo.slice(0, 20));
      }
    }
  });

  it.each(LANGS)('explains every diagnosis code with its fixes in order, in %s', async (lang) => {
    for (const diagnosis of DIAGNOSIS_CODES) {
      const { code, stdout } = await runCli('explain', diagnosis, '--lang', lang);
      expect(code, diagnosis).toBe(0);
      const rule = rules.find((candidate) => candidate.diagnosis === diagnosis);
      expect(stdout, diagnosis).toContain(rule?.title[lang]);
      // Each step is found after the one before it, below the heading of the fixes.
      let position = stdout.indexOf(WORDS[lang].whatToDo);
      for (const step of rule?.remediation ?? []) {
        position = stdout.indexOf(step[lang].slice(0, 12), position + 1);
        expect(position, `${diagnosis}: ${step[lang]}`).toBeGreaterThan(0);
      }
    }
  });

  it('links an event to the diagnoses that look for it', async () => {
    const { stdout } = await runCli('explain', '31003');
    expect(stdout).toContain('writeback-operation-failed');
    const trace = await runCli('explain', '6329');
    for (const diagnosis of ['password-policy-violation', 'ldap-policy-hints-missing', 'sam-remote-restricted', 'dc-rpc-unavailable', 'password-sync-not-enabled-on-ma']) {
      expect(trace.stdout).toContain(diagnosis);
    }
  });

  it('explains a Win32 error by number or symbol', async () => {
    expect((await runCli('explain', '1722')).stdout).toContain('0x6BA (RPC_S_SERVER_UNAVAILABLE, 1722)');
    expect((await runCli('explain', 'ERROR_ACCESS_DENIED')).stdout).toContain('sam-remote-restricted');
  });

  it('exits 2 with one line for a code it does not know, and for a language it does not speak', async () => {
    const unknown = await runCli('explain', 'E_NOTHING');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('writeback-doctor: "E_NOTHING" is not an event id, error code, SSPR error or diagnosis that writeback-doctor knows');
    expect((await runCli('explain', '31003', '--lang', 'fr')).code).toBe(2);
  });
});
