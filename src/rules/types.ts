// Rules stage's shapes: a loaded rule, ready to evaluate, and the finding it produces.

import type { AttachReason, ChainKind, ChainOutcome, IncompleteReason } from '../correlate/types.js';
import type { Localized } from '../i18n/lang.js';
import type { EventRecord } from '../record.js';
import type { DiagnosisCode, RuleCategory, Severity } from './diagnosis.js';
import type { FieldReader } from './fields.js';
import type { RecordPredicate } from './selection.js';

export type RuleKind = 'match' | 'threshold' | 'absence' | 'chain';

export const RULE_KINDS: readonly RuleKind[] = ['match', 'threshold', 'absence', 'chain'];

/** A field a rule groups or compares by, with its name for reports. */
export interface NamedField {
  name: string;
  read: FieldReader;
}

/** A record written in a rule file's example, as the file gives it (defaults are filled in when it runs). */
export interface ExampleRecordSpec {
  source?: string;
  eventId: number;
  level?: string;
  time?: string;
  message?: string;
  recordId?: number;
  computer?: string;
  data?: Record<string, string>;
  /** Line in the rule file, for messages and for the record's origin. */
  line: number;
}

export interface RuleExample {
  expect: 'positive' | 'negative';
  description: string;
  line: number;
  records?: ExampleRecordSpec[];
  /** Absolute path of a fixture export. */
  fixture?: string;
  since?: Date;
  until?: Date;
}

/** What a rule file says of its diagnosis, as written; every finding of the rule repeats it. */
export interface DiagnosisText {
  diagnosis: DiagnosisCode;
  severity: Severity;
  category: RuleCategory;
  title: Localized;
  explanation: Localized;
  /** In the order to try them. */
  remediation: Localized[];
  references: string[];
}

interface RuleCommon extends DiagnosisText {
  id: string;
  /** Less specific diagnoses this rule's findings explain (precedence). */
  replaces: DiagnosisCode[];
  examples: RuleExample[];
  /** The rule file, as it was named when loaded. */
  file: string;
  /** Event ids and error codes the rule's selections ask for by value: what `explain` links to it. */
  mentions: { eventIds: number[]; errorCodes: string[] };
}

export interface MatchRule extends RuleCommon {
  kind: 'match';
  detection: RecordPredicate;
  groupBy?: NamedField;
}

export interface ThresholdRule extends RuleCommon {
  kind: 'threshold';
  detection: RecordPredicate;
  count: number;
  withinMs: number;
  groupBy?: NamedField;
}

export interface AbsenceRule extends RuleCommon {
  kind: 'absence';
  detection: RecordPredicate;
  followedBy: RecordPredicate;
  /** Undefined: the follow-up may come any time before the log ends. */
  withinMs?: number;
  same: NamedField[];
}

export interface ChainRule extends RuleCommon {
  kind: 'chain';
  chainKinds?: ReadonlySet<ChainKind>;
  outcomes?: ReadonlySet<ChainOutcome>;
  incompleteReasons?: ReadonlySet<IncompleteReason>;
  attachedBy?: ReadonlySet<AttachReason>;
  /** At least one attached record (or the cause) must satisfy it. */
  context?: RecordPredicate;
}

export type Rule = MatchRule | ThresholdRule | AbsenceRule | ChainRule;

/** What a rule found: one per diagnosis, and per group where the rule groups. */
export interface Finding extends DiagnosisText {
  rule: string;
  /** The value of the rule's group-by field, for grouped rules. */
  group?: string;
  /** Occurrences: operations (records of one operation count once), records, gaps. */
  count: number;
  first: Date;
  last: Date;
  /** The users affected: UPN, else distinguished name, else cloud anchor; sorted. */
  users: string[];
  /** Ids of the correlated operations involved. */
  chains: string[];
  /** The first records that show it, in time order, at most `EVIDENCE_CAP`. */
  evidence: EventRecord[];
  /** How many records show it in all. */
  evidenceTotal: number;
}
