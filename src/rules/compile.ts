// Rules stage, loading: turns a rule file that passed the schema into a rule ready to evaluate.

import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { normalizeCode } from '../catalog/codes.js';
import type { AttachReason, ChainKind, ChainOutcome, IncompleteReason } from '../correlate/types.js';
import { compileCondition, ConditionError } from './condition.js';
import type { DiagnosisCode } from './diagnosis.js';
import { parseDuration } from './duration.js';
import { fieldReader } from './fields.js';
import { fieldPath, RuleFileError } from './problems.js';
import { anyOf, compileSelectionMap, SelectionError, type RecordPredicate } from './selection.js';
import type { DiagnosisText, ExampleRecordSpec, NamedField, Rule, RuleExample, RuleKind } from './types.js';
import type { DataPath, YamlSource } from './yaml-source.js';

type Scalar = string | number | boolean;
type RawSelection = Record<string, Scalar | Scalar[]> | Record<string, Scalar | Scalar[]>[];
type RawDetection = { condition: string } & Record<string, RawSelection | string>;
type OneOrMany<T> = T | T[];

interface RawExample {
  description: string;
  records?: Omit<ExampleRecordSpec, 'line'>[];
  fixture?: string;
  since?: string;
  until?: string;
}

/** A rule file's data once the schema has accepted it. */
interface RawRule extends DiagnosisText {
  id: string;
  kind: RuleKind;
  replaces?: DiagnosisCode[];
  groupBy?: string;
  detection?: RawDetection;
  threshold?: { count: number; within: string; groupBy?: string };
  absence?: { followedBy: RawDetection; within?: string; same?: string[] };
  chain?: {
    kind?: OneOrMany<ChainKind>;
    outcome?: OneOrMany<ChainOutcome>;
    incompleteReason?: OneOrMany<IncompleteReason>;
    attachedBy?: AttachReason[];
    context?: RawDetection;
  };
  examples: { positive: RawExample[]; negative: RawExample[] };
}

function setOf<T>(value: OneOrMany<T> | undefined): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  return new Set(Array.isArray(value) ? value : [value]);
}

/** Compiles a rule file whose data passed the schema; throws `RuleFileError` for what the schema cannot check. */
export function compileRule(source: YamlSource): Rule {
  const mentionsSeen = { eventIds: new Set<number>(), errorCodes: new Set<string>() };

  function fail(path: DataPath, key: string | undefined, message: string): never {
    throw new RuleFileError(source.file, source.lineOf(path, key), fieldPath(key === undefined ? path : [...path, key]), message);
  }

  function field(path: DataPath, key: string, name: string): NamedField {
    const read = fieldReader(name);
    if (read === undefined) fail(path, key, `"${name}" is not a record field`);
    return { name, read };
  }

  /** Notes the event ids and error codes a selection asks for by plain equality, for `explain`. */
  function noteMentions(selection: Record<string, Scalar | Scalar[]>): void {
    for (const [key, value] of Object.entries(selection)) {
      const values = Array.isArray(value) ? value : [value];
      if (key === 'eventId') for (const id of values) mentionsSeen.eventIds.add(Number(id));
      if (key === 'errorCodes') {
        for (const code of values) {
          const normal = normalizeCode(String(code));
          if (normal !== undefined) mentionsSeen.errorCodes.add(normal);
        }
      }
    }
  }

  function compileDetection(path: DataPath, raw: RawDetection): RecordPredicate {
    const selections = new Map<string, RecordPredicate>();
    for (const [name, value] of Object.entries(raw)) {
      if (name === 'condition' || typeof value === 'string') continue;
      const maps = Array.isArray(value) ? value : [value];
      const predicates = maps.map((map, index) => {
        const mapPath = Array.isArray(value) ? [...path, name, index] : [...path, name];
        noteMentions(map);
        try {
          return compileSelectionMap(map);
        } catch (error) {
          if (error instanceof SelectionError) fail(mapPath, error.key, error.message);
          throw error;
        }
      });
      selections.set(name, anyOf(predicates));
    }
    try {
      return compileCondition(raw.condition, selections);
    } catch (error) {
      if (error instanceof ConditionError) fail(path, 'condition', error.message);
      throw error;
    }
  }

  function duration(path: DataPath, key: string, text: string): number {
    const milliseconds = parseDuration(text);
    if (milliseconds === undefined) fail(path, key, `"${text}" is not a duration (e.g. 30s, 15m, 1h, 2d)`);
    return milliseconds;
  }

  function instant(path: DataPath, key: string, text: string | undefined): Date | undefined {
    if (text === undefined) return undefined;
    const time = Date.parse(text);
    if (Number.isNaN(time)) fail(path, key, `"${text}" is not a time`);
    return new Date(time);
  }

  function compileExamples(raw: RawRule['examples']): RuleExample[] {
    const examples: RuleExample[] = [];
    for (const expect of ['positive', 'negative'] as const) {
      raw[expect].forEach((example, index) => {
        const path = ['examples', expect, index];
        const line = source.lineOf(path);
        if ((example.records === undefined) === (example.fixture === undefined)) {
          fail(path, undefined, 'an example has either records or a fixture');
        }
        const compiled: RuleExample = { expect, description: example.description, line };
        if (example.records !== undefined) {
          compiled.records = example.records.map((record, recordIndex) => {
            const recordPath = [...path, 'records', recordIndex];
            instant(recordPath, 'time', record.time);
            return { ...record, line: source.lineOf(recordPath) };
          });
        }
        if (example.fixture !== undefined) {
          const fixture = resolve(dirname(source.file), example.fixture);
          if (!existsSync(fixture)) fail(path, 'fixture', `${example.fixture}: no such file (paths are relative to the rule file)`);
          compiled.fixture = fixture;
        }
        const since = instant(path, 'since', example.since);
        const until = instant(path, 'until', example.until);
        if (since !== undefined) compiled.since = since;
        if (until !== undefined) compiled.until = until;
        examples.push(compiled);
      });
    }
    return examples;
  }

  function build(raw: RawRule): Rule {
    const name = basename(source.file, extname(source.file));
    if (raw.id !== name) fail([], 'id', `the id "${raw.id}" must be the file name "${name}"`);
    if (raw.replaces?.includes(raw.diagnosis)) fail(['replaces'], undefined, 'a diagnosis cannot replace itself');

    const common = {
      id: raw.id,
      diagnosis: raw.diagnosis,
      severity: raw.severity,
      category: raw.category,
      title: raw.title,
      explanation: raw.explanation,
      remediation: raw.remediation,
      references: raw.references,
      replaces: raw.replaces ?? [],
      file: source.file,
    };
    const mentions = (): Rule['mentions'] => ({
      eventIds: [...mentionsSeen.eventIds].sort((a, b) => a - b),
      errorCodes: [...mentionsSeen.errorCodes].sort(),
    });

    switch (raw.kind) {
      case 'match': {
        const detection = compileDetection(['detection'], raw.detection as RawDetection);
        const groupBy = raw.groupBy === undefined ? undefined : field([], 'groupBy', raw.groupBy);
        return { ...common, kind: 'match', detection, ...(groupBy && { groupBy }), examples: compileExamples(raw.examples), mentions: mentions() };
      }
      case 'threshold': {
        const threshold = raw.threshold as NonNullable<RawRule['threshold']>;
        const detection = compileDetection(['detection'], raw.detection as RawDetection);
        const withinMs = duration(['threshold'], 'within', threshold.within);
        const groupBy = threshold.groupBy === undefined ? undefined : field(['threshold'], 'groupBy', threshold.groupBy);
        return { ...common, kind: 'threshold', detection, count: threshold.count, withinMs, ...(groupBy && { groupBy }), examples: compileExamples(raw.examples), mentions: mentions() };
      }
      case 'absence': {
        const absence = raw.absence as NonNullable<RawRule['absence']>;
        const detection = compileDetection(['detection'], raw.detection as RawDetection);
        const followedBy = compileDetection(['absence', 'followedBy'], absence.followedBy);
        const same = (absence.same ?? []).map((fieldName, index) => field(['absence', 'same'], String(index), fieldName));
        const rule: Rule = { ...common, kind: 'absence', detection, followedBy, same, examples: compileExamples(raw.examples), mentions: mentions() };
        if (absence.within !== undefined) rule.withinMs = duration(['absence'], 'within', absence.within);
        return rule;
      }
      case 'chain': {
        const chain = raw.chain ?? {};
        const rule: Rule = { ...common, kind: 'chain', examples: compileExamples(raw.examples), mentions: { eventIds: [], errorCodes: [] } };
        const kinds = setOf(chain.kind);
        const outcomes = setOf(chain.outcome);
        const reasons = setOf(chain.incompleteReason);
        const attachedBy = setOf(chain.attachedBy);
        if (kinds !== undefined) rule.chainKinds = kinds;
        if (outcomes !== undefined) rule.outcomes = outcomes;
        if (reasons !== undefined) rule.incompleteReasons = reasons;
        if (attachedBy !== undefined) rule.attachedBy = attachedBy;
        if (chain.context !== undefined) rule.context = compileDetection(['chain', 'context'], chain.context);
        rule.mentions = mentions();
        return rule;
      }
    }
  }

  return build(source.data as RawRule);
}
