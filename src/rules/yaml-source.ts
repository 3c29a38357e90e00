// Rules stage, loading: reads a rule file as YAML data that remembers where each value was written.

import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { RuleFileError } from './problems.js';

// The YAML parser is loaded on the first rule file parsed: the built-in rules come parsed with the
// build (builtin-bundle.ts), so a run without rule files of its own never loads it.
let yamlModule: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** A path into the parsed data: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its key when `key` is set; the nearest written ancestor when the path is not written. */
  lineOf(path: DataPath, key?: string): number;
}

// The tags of YAML 1.2's core schema. Any other tag (`!!js/function`, `!<tag:yaml.org,2002:python/object>`…)
// asks a loader to build something, and a rule file is data only: it is refused, not ignored.
const CORE_TAGS: ReadonlySet<string> = new Set([
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
]);

/**
 * Where each value and each key of a rule file was written (1-based lines), by path: plain data, so
 * the build can store it beside the parsed data of the built-in rules (see builtin-bundle.ts).
 */
export interface SourceLines {
  values: Record<string, number>;
  keys: Record<string, number>;
}

/** A rule file parsed: its data and where each part of it was written. */
export interface ParsedRuleFile {
  data: unknown;
  lines: SourceLines;
}

const pathKey = (path: DataPath): string => path.map(String).join('\0');

/** The lines of every node below `node`: a map's range starts at its first key, a value's at the value itself. */
function collectLines(node: unknown, path: DataPath, line: (offset: number) => number, lines: SourceLines): void {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yaml();
  if (!(isScalar(node) || isCollection(node) || isAlias(node))) return;
  if (node.range !== undefined && node.range !== null) lines.values[pathKey(path)] = line(node.range[0]);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const at = [...path, String(pair.key.value)];
      if (pair.key.range !== undefined && pair.key.range !== null) lines.keys[pathKey(at)] = line(pair.key.range[0]);
      collectLines(pair.value, at, line, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collectLines(item, [...path, index], line, lines));
  }
}

/**
 * Parses one rule file's text. Throws `RuleFileError` (file, line, message) for YAML syntax errors,
 * for more than one document, and for any tag outside YAML's core schema.
 */
export function parseRuleText(file: string, text: string): ParsedRuleFile {
  const { isCollection, isPair, isScalar, LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core' });
  const line = (offset: number): number => lineCounter.linePos(offset).line;

  const error = doc.errors[0];
  if (error !== undefined) {
    const message = error.message.split('\n')[0] ?? error.message;
    throw new RuleFileError(file, line(error.pos[0]), '', `not valid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  visit(doc, (_key, node) => {
    if (isPair(node)) return;
    if ((isScalar(node) || isCollection(node)) && node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      throw new RuleFileError(file, line(node.range?.[0] ?? 0), '', `the tag ${node.tag} is not allowed: a rule file holds data only`);
    }
  });
  const warning = doc.warnings[0];
  if (warning !== undefined) throw new RuleFileError(file, line(warning.pos[0]), '', warning.message.split('\n')[0] ?? warning.message);

  const lines: SourceLines = { values: {}, keys: {} };
  collectLines(doc.contents, [], line, lines);
  return { data: doc.toJS({ maxAliasCount: 50 }), lines };
}

/** A parsed rule file as the loader reads it: data, and the line of any path into it. */
export function ruleSource(file: string, { data, lines }: ParsedRuleFile): YamlSource {
  return {
    file,
    data,
    lineOf(path, key) {
      if (key !== undefined) {
        const keyLine = lines.keys[pathKey([...path, key])];
        if (keyLine !== undefined) return keyLine;
      }
      for (let length = path.length; length >= 0; length--) {
        const valueLine = lines.values[pathKey(path.slice(0, length))];
        if (valueLine !== undefined) return valueLine;
      }
      return 1;
    },
  };
}
