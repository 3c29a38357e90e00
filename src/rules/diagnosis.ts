// Rules stage: the stable diagnosis codes every finding carries, and the severities and categories of rules.

/**
 * DESIGN.md's diagnosis table, in its order. Reports, tests and users rely on these codes, so a code
 * never changes meaning; a test keeps this list, the rule schema's enum and DESIGN.md's table equal.
 */
export const DIAGNOSIS_CODES = [
  'endpoint-start-failed',
  'service-stopped',
  'onboarding-failed',
  'offboarding-failed',
  'auth-token-error',
  'servicebus-blocked',
  'onboarding-service-unreachable',
  'service-unreachable',
  'servicebus-unstable',
  'heartbeat-failing',
  'decryption-key-mismatch',
  'config-file-error',
  'onboarding-config-update-error',
  'invalid-service-response',
  'crypto-error',
  'unknown-error',
  'input-validation-error',
  'adma-permission-missing',
  'password-policy-violation',
  'ldap-policy-hints-missing',
  'duplicate-anchor',
  'multi-match',
  'user-not-found',
  'account-disabled',
  'account-locked-out',
  'incorrect-current-password',
  'ad-configuration-error',
  'ad-unknown-error',
  'connector-password-too-long',
  'password-sync-not-enabled-on-ma',
  'protected-account',
  'sam-remote-restricted',
  'dc-rpc-unavailable',
  'dc-unreachable',
  'ldap-sign-encrypt-required',
  'listener-connection-lost',
  'root-certificate-missing',
  'writeback-service-unhealthy',
  'heartbeat-gap',
  'writeback-operation-failed',
  'operation-incomplete',
  'repeated-resets-same-user',
] as const;

export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

const DIAGNOSIS_SET: ReadonlySet<string> = new Set(DIAGNOSIS_CODES);

export function isDiagnosisCode(value: string): value is DiagnosisCode {
  return DIAGNOSIS_SET.has(value);
}

/** DESIGN.md's severity order, most severe first. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** 0 for critical, 3 for info: sorts most severe first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The folders of `rules/`: where in the writeback path a diagnosis points. */
export const RULE_CATEGORIES = [
  /** The writeback service on the Connect server: started, stopped, healthy, its own files and keys. */
  'service',
  /** The way out to the cloud: Service Bus, the password reset web service, certificates. */
  'connectivity',
  /** Enabling and disabling writeback (onboarding, offboarding) and the connector's configuration. */
  'setup',
  /** What the AD DS connector account may do, and accounts it must not touch. */
  'permissions',
  /** Domain controllers and LDAP: reachability, RPC, controls, signing. */
  'directory',
  /** One user's account or request: policy, lockout, matching the right object. */
  'account',
  /** Whole operations: failed without a known cause, hung, or repeated. */
  'operation',
] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];
