// Rules stage, loading: turns a Sigma-style selection (`field|modifier: value`) into a predicate on records.

import { normalizeCode } from '../catalog/codes.js';
import { LEVELS, type EventRecord } from '../record.js';
import { fieldReader, NUMERIC_FIELDS, type FieldReader, type FieldValue } from './fields.js';
import { compileSafeRegex, UnsafeRegexError } from './regex-safety.js';

export type RecordPredicate = (record: EventRecord) => boolean;

/**
 * The event ids a predicate can hold for, where its selections pin them (`eventId: 31001`); a
 * predicate not in the map may hold for any. The engine uses it to try on each record only the
 * rules that can match its event id, instead of every rule on every record.
 */
const PINNED_EVENT_IDS = new WeakMap<RecordPredicate, ReadonlySet<number>>();

/** The event ids `predicate` can be true for; undefined: any. */
export function pinnedEventIds(predicate: RecordPredicate): ReadonlySet<number> | undefined {
  return PINNED_EVENT_IDS.get(predicate);
}

/** Records that `predicate` holds only for these event ids (undefined: any); returns the predicate. */
export function pinEventIds(predicate: RecordPredicate, ids: ReadonlySet<number> | undefined): RecordPredicate {
  if (ids !== undefined) PINNED_EVENT_IDS.set(predicate, ids);
  return predicate;
}

/** Ids both allow (undefined allows any). */
export function bothIds(a: ReadonlySet<number> | undefined, b: ReadonlySet<number> | undefined): ReadonlySet<number> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((id) => b.has(id)));
}

/** Ids any of them allows (undefined as soon as one allows any). */
export function eitherIds(sets: readonly (ReadonlySet<number> | undefined)[]): ReadonlySet<number> | undefined {
  const union = new Set<number>();
  for (const set of sets) {
    if (set === undefined) return undefined;
    for (const id of set) union.add(id);
  }
  return union;
}

/** A selection entry could not be compiled; `key` is the entry's key (`message|re`). */
export class SelectionError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = 'SelectionError';
  }
}

type Scalar = string | number | boolean;

const STRING_MODIFIERS = new Set(['contains', 'startswith', 'endswith', 're']);
const MODIFIERS = new Set([...STRING_MODIFIERS, 'i', 'all', 'exists']);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test of one value of a field against one value of the rule. */
type ValueTest = (value: string | number) => boolean;

function valueTest(field: string, modifier: string | undefined, ignoreCase: boolean, expected: Scalar, key: string): ValueTest {
  if (typeof expected === 'boolean') throw new SelectionError(key, 'true and false only go with the exists modifier');
  if (modifier === 're') {
    if (typeof expected !== 'string') throw new SelectionError(key, 'a regular expression must be a string');
    let pattern: RegExp;
    try {
      pattern = compileSafeRegex(expected, ignoreCase);
    } catch (error) {
      const reason = error instanceof UnsafeRegexError ? `unsafe regular expression: ${error.message}` : `not a regular expression: ${(error as Error).message}`;
      throw new SelectionError(key, reason);
    }
    return (value) => pattern.test(String(value));
  }
  const text = String(expected);
  if (modifier !== undefined) {
    // Compiled once, here: matching in the per-record loop allocates nothing and ignores case as Sigma does.
    const escaped = escapeRegex(text);
    const source = modifier === 'startswith' ? `^${escaped}` : modifier === 'endswith' ? `${escaped}$` : escaped;
    const pattern = new RegExp(source, 'i');
    return (value) => pattern.test(String(value));
  }
  if (NUMERIC_FIELDS.has(field)) {
    const number = typeof expected === 'number' ? expected : Number(expected.trim());
    if (!Number.isInteger(number)) throw new SelectionError(key, `${JSON.stringify(expected)} is not a number`);
    return (value) => value === number;
  }
  if (field === 'errorCodes') {
    if (typeof expected === 'number') {
      throw new SelectionError(key, `write error codes as quoted text ('0x80230619'): YAML reads an unquoted 0x… or number as the number ${expected}`);
    }
    // Written however a person copies it from a log (`hr=80230619`, `0x8023061f`, `800700CE`); records hold the normal form.
    const code = normalizeCode(text);
    if (code === undefined) throw new SelectionError(key, `${JSON.stringify(expected)} is not an error code (e.g. 0x80230619, hr=80230402)`);
    return (value) => value === code;
  }
  if (field === 'level' && !LEVELS.some((level) => level === text.toLowerCase())) {
    throw new SelectionError(key, `${JSON.stringify(expected)} is not a level (${LEVELS.join(', ')})`);
  }
  const lower = text.toLowerCase();
  // Equality ignoring case; a value of another length is rejected before anything is lower-cased.
  return (value) => {
    if (typeof value !== 'string') return String(value).toLowerCase() === lower;
    if (value.length !== text.length) return false;
    return value === text || value.toLowerCase() === lower;
  };
}

function anyValue(value: FieldValue, test: ValueTest): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string' || typeof value === 'number') return test(value);
  for (const item of value) if (test(item)) return true;
  return false;
}

function present(value: FieldValue): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return true;
  return value.length > 0;
}

/** One `field|modifiers: value(s)` entry as a predicate. */
function compileEntry(key: string, expected: Scalar | readonly Scalar[]): RecordPredicate {
  const [field = '', ...modifiers] = key.split('|');
  const reader: FieldReader | undefined = fieldReader(field);
  if (reader === undefined) throw new SelectionError(key, `"${field}" is not a record field`);
  for (const modifier of modifiers) {
    if (!MODIFIERS.has(modifier)) throw new SelectionError(key, `"${modifier}" is not a modifier (contains, startswith, endswith, re, i, all, exists)`);
  }
  if (new Set(modifiers).size !== modifiers.length) throw new SelectionError(key, 'a modifier is repeated');
  const stringModifiers = modifiers.filter((modifier) => STRING_MODIFIERS.has(modifier));
  if (stringModifiers.length > 1) throw new SelectionError(key, `${stringModifiers.join(' and ')} cannot be combined`);
  const ignoreCase = modifiers.includes('i');
  if (ignoreCase && !modifiers.includes('re')) throw new SelectionError(key, 'the i modifier goes with re only (the other tests always ignore case)');
  const all = modifiers.includes('all');
  const values: readonly Scalar[] = Array.isArray(expected) ? expected : [expected as Scalar];

  if (modifiers.includes('exists')) {
    if (modifiers.length > 1 || values.length !== 1 || typeof values[0] !== 'boolean') {
      throw new SelectionError(key, 'exists stands alone and takes true or false');
    }
    const wanted = values[0];
    return (record) => present(reader(record)) === wanted;
  }
  if (all && values.length < 2) throw new SelectionError(key, 'all needs a list of values');

  const tests = values.map((value) => valueTest(field, stringModifiers[0], ignoreCase, value, key));
  // `eventId: 31001` (or a list of ids) holds for those ids only.
  const pinned = field === 'eventId' && modifiers.length === 0 ? new Set(values.map((value) => Number(value))) : undefined;
  if (tests.length === 1) {
    const [test] = tests as [ValueTest];
    return pinEventIds((record) => anyValue(reader(record), test), pinned);
  }
  if (all) return (record) => tests.every((test) => anyValue(reader(record), test));
  return pinEventIds((record) => {
    const value = reader(record);
    for (const test of tests) if (anyValue(value, test)) return true;
    return false;
  }, pinned);
}

/** One selection map: every entry must match. */
export function compileSelectionMap(map: Record<string, Scalar | readonly Scalar[]>): RecordPredicate {
  const entries = Object.entries(map).map(([key, value]) => compileEntry(key, value));
  const pinned = entries.reduce<ReadonlySet<number> | undefined>((ids, entry) => bothIds(ids, pinnedEventIds(entry)), undefined);
  return pinEventIds((record) => {
    for (const entry of entries) if (!entry(record)) return false;
    return true;
  }, pinned);
}

/** Any of the predicates (Sigma's list of selection maps). */
export function anyOf(predicates: readonly RecordPredicate[]): RecordPredicate {
  if (predicates.length === 1) return predicates[0] as RecordPredicate;
  return pinEventIds((record) => predicates.some((predicate) => predicate(record)), eitherIds(predicates.map(pinnedEventIds)));
}

/**
 * A selection: a map whose entries must all match, or a list of maps of which any must match (Sigma).
 * The input has passed the rule schema, so its shape is known.
 */
export function compileSelection(selection: Record<string, Scalar | Scalar[]> | Record<string, Scalar | Scalar[]>[]): RecordPredicate {
  const maps = Array.isArray(selection) ? selection : [selection];
  return anyOf(maps.map(compileSelectionMap));
}
