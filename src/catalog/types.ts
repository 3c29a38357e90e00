// The knowledge stage's shapes: what the tool knows about each event, error code and SSPR error, in every language.

import type { Lang } from '../i18n/lang.js';
import type { Level } from '../record.js';

/** A title and a one- or two-sentence explanation, written for an identity admin. */
export interface CatalogText {
  title: string;
  meaning: string;
}

/** The event providers whose events the catalog knows, spelled as Windows writes them. */
export type CatalogSource = 'PasswordResetService' | 'ADSync' | 'Directory Synchronization';

export const CATALOG_SOURCES: readonly CatalogSource[] = [
  'PasswordResetService',
  'ADSync',
  'Directory Synchronization',
];

/**
 * What an event is to correlation: which events open, close or break a chain, which describe the
 * service as a whole, and which are only background.
 */
export type EventRole =
  | 'operation-start'
  | 'operation-success'
  | 'operation-failure'
  /** The service started, stopped, or finished a setup step. */
  | 'service-state'
  /** The service as a whole is broken or degraded; no single request is to blame. */
  | 'service-error'
  /** The error of one request or one onboarding/offboarding run (33xxx, and 32xxx of a request). */
  | 'operation-error'
  | 'heartbeat'
  /** ADSync's own report of a password set or extension failure; joins an operation by time only. */
  | 'sync-engine'
  /** Related background, such as password hash sync, which runs the other way. */
  | 'context';

export const EVENT_ROLES: readonly EventRole[] = [
  'operation-start',
  'operation-success',
  'operation-failure',
  'service-state',
  'service-error',
  'operation-error',
  'heartbeat',
  'sync-engine',
  'context',
];

/** The writeback operations that form chains; the same words as a chain's `kind`. */
export type WritebackOperation = 'reset' | 'change' | 'adminReset' | 'onboarding' | 'offboarding';

export const WRITEBACK_OPERATIONS: readonly WritebackOperation[] = [
  'reset',
  'change',
  'adminReset',
  'onboarding',
  'offboarding',
];

export interface CatalogEvent {
  source: CatalogSource;
  eventId: number;
  /**
   * Microsoft's symbolic name where its event table gives one (spelling kept, `ADMutliMatchError`
   * included, so it can be searched for); otherwise a short descriptive name of our own.
   */
  name: string;
  /** Whether `name` is Microsoft's or ours, so a report never passes ours off as documented. */
  nameOrigin: 'microsoft' | 'descriptive';
  /** The level Windows logs the event at. */
  level: Level;
  role: EventRole;
  /** The operation whose chain the event belongs to, where it always belongs to one. */
  operation?: WritebackOperation;
  text: Record<Lang, CatalogText>;
}

/** Whether a code explains a failure or is boilerplate that travels with every failure. */
export type CodeRelevance = 'cause' | 'noise';

export interface CatalogCode {
  /** `0x` + upper-case hex without leading zeros: `0x80230619`, `0x6BA`, `0x5`. */
  code: string;
  /** The Windows or COM constant, where one is well known. */
  symbol?: string;
  /** The Win32 error number behind the code, as tools such as `net helpmsg` take it. */
  win32?: number;
  /** The English text the sync engine or Windows prints with the code, as logs show it. */
  logText: string;
  /** True where only a fragment of the log text is documented, so match it as a substring. */
  logTextIsPartial?: boolean;
  relevance: CodeRelevance;
  text: Record<Lang, CatalogText>;
}

/** An SSPR error's explanation plus what the admin does about it. */
export interface SsprText extends CatalogText {
  whatToDo: string;
}

export interface CatalogSsprCode {
  /** The number of the enum value, e.g. 29. */
  number: number;
  /** The enum name, e.g. `OnPremisesAdminActionRequired`. */
  name: string;
  /** The code the user sees on the reset page, e.g. `SSPR_0029`. */
  code: string;
  text: Record<Lang, SsprText>;
}
