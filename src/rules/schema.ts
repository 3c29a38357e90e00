// Rules stage, loading: checks a rule file against the JSON Schema shipped in schema/, the one editors use too.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fieldPath, RuleFileError } from './problems.js';
import type { DataPath, YamlSource } from './yaml-source.js';

// src/rules/ and dist/rules/ both sit two folders below the package root, beside schema/.
export const RULE_SCHEMA_URL = new URL('../../schema/rule.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(RULE_SCHEMA_URL, 'utf8')) as object;
    // Every error is collected, and the first in the file is reported: a bad file gives one clear line.
    // Loaded here, on the first rule file checked: the built-in rules were checked by the build.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof AjvModule;
    validator = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
  }
  return validator;
}

function pathOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** One Ajv error as the words a rule author reads: which field, and what is wrong with it. */
function explain(error: ErrorObject, path: DataPath, source: YamlSource): RuleFileError {
  const params = error.params as Record<string, unknown>;
  const at = (where: DataPath, message: string, key?: string): RuleFileError =>
    new RuleFileError(source.file, source.lineOf(where, key), fieldPath(key === undefined ? where : [...where, key]), message);

  // A key of a selection that is no field: Ajv reports it on the map, with the key as a parameter.
  if (typeof params.propertyName === 'string') {
    if (error.keyword === 'propertyNames') return at(path, `"${params.propertyName}" is not a record field with modifiers`, params.propertyName);
    return at(
      path,
      `"${params.propertyName}" is not a record field with modifiers (fields: source, eventId, level, recordId, computer, message, trackingId, operation, user, user.upn, user.dn, user.cloudAnchor, adminUpn, errorCodes, mmsCodes, exceptionType, data.<Name>; modifiers: contains, startswith, endswith, re, i, all, exists)`,
      params.propertyName,
    );
  }
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const kind = (source.data as { kind?: unknown } | null)?.kind;
      // A `then` of the schema's per-kind checks: say which kind asks for the field.
      const why = error.schemaPath.includes('/then/') && typeof kind === 'string' ? ` (a ${kind} rule needs it)` : '';
      return new RuleFileError(source.file, source.lineOf(path), fieldPath([...path, missing]), `missing; it is required${why}`);
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return at(path, `unknown field "${name}"`, name);
    }
    case 'false schema': {
      const name = String(path[path.length - 1]);
      const kind = (source.data as { kind?: unknown } | null)?.kind;
      return at(path.slice(0, -1), `does not belong in a ${typeof kind === 'string' ? kind : 'rule of this'} rule`, name);
    }
    case 'enum':
      return at(path, `must be one of: ${(params.allowedValues as unknown[]).map((value) => String(value)).join(', ')}`);
    case 'type':
      return at(path, `must be ${String(params.type).replace(/,/g, ' or ')}`);
    case 'pattern':
      return at(path, `${describe(getIn(source.data, path))} does not have the expected form (${String(params.pattern)})`);
    case 'minItems':
      return at(path, `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`);
    case 'oneOf':
      return at(path, 'is neither a value nor a list of values of the expected kind');
    default:
      return at(path, error.message ?? `fails the schema's "${error.keyword}" check`);
  }
}

function getIn(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Throws a `RuleFileError` naming the file, the line and the field of the first schema violation. */
export function checkRuleSchema(source: YamlSource): void {
  const check = validate();
  if (check(source.data)) return;
  // `if` only says that its `then` failed, and `oneOf` that none of its branches fit while the branch's
  // own error says what is wrong; both go after the errors they summarize.
  const summaries = new Set(['if', 'oneOf', 'anyOf']);
  const explained = (check.errors ?? []).map((error) => explain(error, pathOf(error.instancePath), source));
  const ranked = explained
    .map((problem, index) => {
      const keyword = check.errors?.[index]?.keyword ?? '';
      // How deep the named field lies (a key's error names the key, one level below its map).
      const depth = problem.field === '' ? 0 : problem.field.split(/\.|\[/).length;
      return { problem, index, depth, summary: summaries.has(keyword), missing: keyword === 'required' };
    })
    // A wrong value is reported before a missing field: it points at the line to fix. Of the errors
    // `oneOf` collects from each of its branches, the deepest is the one about what was written.
    .sort(
      (a, b) =>
        Number(a.summary) - Number(b.summary) || Number(a.missing) - Number(b.missing) || b.depth - a.depth || a.problem.line - b.problem.line || a.index - b.index,
    );
  const first = ranked[0]?.problem;
  if (first === undefined) throw new RuleFileError(source.file, 1, '', 'does not match the rule schema');
  throw first;
}
