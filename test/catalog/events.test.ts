import { describe, expect, it } from 'vitest';

import { LANGS } from '../../src/i18n/lang.js';
import type { Level } from '../../src/record.js';
import { catalogEvents, lookupEvent } from '../../src/catalog/index.js';
import type { CatalogSource, EventRole, WritebackOperation } from '../../src/catalog/index.js';

/** Every event id the seeds and the sample messages name, per provider; the catalog must know them all. */
const EXPECTED_IDS: Record<CatalogSource, readonly number[]> = {
  PasswordResetService: [
    31001, 31002, 31003, 31004, 31005, 31006, 31007, 31008, 31009, 31010, 31011, 31012, 31013, 31014, 31015, 31016,
    31017, 31018, 31019, 31034, 31044, 32000, 32001, 32002, 32003, 32004, 32005, 32007, 32008, 32009, 32010, 32011,
    32013, 32014, 32015, 33001, 33002, 33003, 33004, 33005, 33006, 33007, 33008, 33009,
  ],
  ADSync: [6306, 6329, 6800],
  'Directory Synchronization': [611, 650, 651, 652, 653, 654, 655, 656, 657],
};

/** The symbolic names of Microsoft's event table, spelling included. */
const MICROSOFT_NAMES: Record<number, string> = {
  31001: 'PasswordResetStart',
  31002: 'PasswordResetSuccess',
  31003: 'PasswordResetFail',
  31004: 'OnboardingEventStart',
  31005: 'OnboardingEventSuccess',
  31006: 'ChangePasswordStart',
  31007: 'ChangePasswordSuccess',
  31008: 'ChangePasswordFail',
  31009: 'ResetUserPasswordByAdminStart',
  31010: 'ResetUserPasswordByAdminSuccess',
  31011: 'ResetUserPasswordByAdminFail',
  31012: 'OffboardingEventStart',
  31013: 'OffboardingEventSuccess',
  31014: 'OffboardingEventFail',
  31015: 'WriteBackServiceStarted',
  31016: 'WriteBackServiceStopped',
  31017: 'AuthTokenSuccess',
  31018: 'KeyPairCreationSuccess',
  32000: 'UnknownError',
  32001: 'ServiceError',
  32002: 'ServiceBusError',
  32003: 'InPutValidationError',
  32004: 'DecryptionError',
  32005: 'ConfigurationError',
  32007: 'OnBoardingConfigUpdateError',
  32008: 'ValidationError',
  32009: 'AuthTokenError',
  32010: 'CryptoError',
  32011: 'OnBoardingServiceError',
  32013: 'OffBoardingError',
  32014: 'ServiceBusWarning',
  32015: 'ReportServiceHealthError',
  33001: 'ADUnKnownError',
  33002: 'ADUserNotFoundError',
  33003: 'ADMutliMatchError',
  33004: 'ADPermissionsError',
  33005: 'ADUserAccountDisabled',
  33006: 'ADUserAccountLockedOut',
  33007: 'ADUserIncorrectPassword',
  33008: 'ADPasswordPolicyError',
  33009: 'ADConfigurationError',
};

/** The chains of DESIGN.md: which events open and close each operation. */
const CHAIN_EVENTS: Record<number, { role: EventRole; operation: WritebackOperation }> = {
  31001: { role: 'operation-start', operation: 'reset' },
  31002: { role: 'operation-success', operation: 'reset' },
  31003: { role: 'operation-failure', operation: 'reset' },
  31006: { role: 'operation-start', operation: 'change' },
  31007: { role: 'operation-success', operation: 'change' },
  31008: { role: 'operation-failure', operation: 'change' },
  31009: { role: 'operation-start', operation: 'adminReset' },
  31010: { role: 'operation-success', operation: 'adminReset' },
  31011: { role: 'operation-failure', operation: 'adminReset' },
  31004: { role: 'operation-start', operation: 'onboarding' },
  31005: { role: 'operation-success', operation: 'onboarding' },
  31012: { role: 'operation-start', operation: 'offboarding' },
  31013: { role: 'operation-success', operation: 'offboarding' },
  31014: { role: 'operation-failure', operation: 'offboarding' },
};

/** The levels Windows can log an event of each role at. */
const LEVELS_FOR_ROLE: Record<EventRole, readonly Level[]> = {
  'operation-start': ['information'],
  'operation-success': ['information'],
  'operation-failure': ['error'],
  'service-state': ['information'],
  'service-error': ['error', 'warning'],
  'operation-error': ['error'],
  heartbeat: ['information'],
  'sync-engine': ['error'],
  context: ['information', 'warning', 'error'],
};

const expectedPairs = Object.entries(EXPECTED_IDS).flatMap(([source, ids]) =>
  ids.map((eventId) => ({ source, eventId })),
);

describe('event catalog', () => {
  it.each(expectedPairs)('knows $source $eventId in every language', ({ source, eventId }) => {
    const event = lookupEvent(source, eventId);
    expect(event).toBeDefined();
    for (const lang of LANGS) {
      expect(event?.text[lang].title.trim(), `${lang} title`).not.toBe('');
      expect(event?.text[lang].meaning.trim(), `${lang} meaning`).not.toBe('');
    }
  });

  it('holds exactly the expected events, each id once per provider', () => {
    const keys = catalogEvents.map((event) => `${event.source} ${event.eventId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expectedPairs.map(({ source, eventId }) => `${source} ${eventId}`).sort());
  });

  it('leaves out 32006 and 32012, which Microsoft does not name', () => {
    expect(lookupEvent('PasswordResetService', 32006)).toBeUndefined();
    expect(lookupEvent('PasswordResetService', 32012)).toBeUndefined();
  });

  it("uses Microsoft's symbolic names, spelling kept, and marks them as Microsoft's", () => {
    for (const [eventId, name] of Object.entries(MICROSOFT_NAMES)) {
      const event = lookupEvent('PasswordResetService', Number(eventId));
      expect(event?.name).toBe(name);
      expect(event?.nameOrigin).toBe('microsoft');
    }
  });

  it('marks every name Microsoft does not give as descriptive', () => {
    const ours = catalogEvents.filter((event) => MICROSOFT_NAMES[event.eventId] === undefined);
    expect(ours.length).toBeGreaterThan(0);
    for (const event of ours) {
      expect(event.nameOrigin, `${event.source} ${event.eventId}`).toBe('descriptive');
      expect(event.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it('finds an event whatever the case or padding of the provider name', () => {
    expect(lookupEvent('passwordresetservice', 31001)?.name).toBe('PasswordResetStart');
    expect(lookupEvent('ADSYNC', 6329)?.eventId).toBe(6329);
    expect(lookupEvent(' Directory Synchronization ', 611)?.eventId).toBe(611);
  });

  it('does not confuse providers or invent events', () => {
    expect(lookupEvent('ADSync', 31001)).toBeUndefined();
    expect(lookupEvent('PasswordResetService', 6329)).toBeUndefined();
    expect(lookupEvent('MSExchange ADAccess', 2080)).toBeUndefined();
  });

  it('gives every chain event its role and operation', () => {
    for (const [eventId, expected] of Object.entries(CHAIN_EVENTS)) {
      const event = lookupEvent('PasswordResetService', Number(eventId));
      expect({ role: event?.role, operation: event?.operation }, eventId).toEqual(expected);
    }
  });

  it('ties no event but a chain event or an error of one operation to an operation', () => {
    for (const event of catalogEvents) {
      if (event.operation === undefined) continue;
      expect(['operation-start', 'operation-success', 'operation-failure', 'operation-error']).toContain(event.role);
    }
  });

  it.each(catalogEvents.map((event) => ({ label: `${event.source} ${event.eventId}`, event })))(
    'logs $label at a level consistent with its role',
    ({ event }) => {
      expect(LEVELS_FOR_ROLE[event.role]).toContain(event.level);
    },
  );

  it('treats the 33xxx events as errors of one request and 32014 as a warning', () => {
    for (let eventId = 33001; eventId <= 33009; eventId++) {
      expect(lookupEvent('PasswordResetService', eventId)?.role).toBe('operation-error');
    }
    expect(lookupEvent('PasswordResetService', 32014)?.level).toBe('warning');
    expect(lookupEvent('PasswordResetService', 31019)?.role).toBe('heartbeat');
    expect(lookupEvent('ADSync', 6329)?.role).toBe('sync-engine');
  });
});
