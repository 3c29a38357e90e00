// Rules stage, loading: reads a rule file as YAML data that remembers where each value was written.

import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { RuleFileError } from './problems.js';

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

function nodeAt(doc: Document, path: DataPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      node = pair?.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
    } else return undefined;
  }
  return isScalar(node) || isCollection(node) || isAlias(node) ? node : undefined;
}

function keyNodeAt(doc: Document, path: DataPath, key: string): Node | undefined {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return isScalar(pair?.key) ? pair.key : undefined;
}

/**
 * Parses one rule file. Throws `RuleFileError` (file, line, message) for YAML syntax errors, for more
 * than one document, and for any tag outside YAML's core schema.
 */
export function parseYamlSource(file: string, text: string): YamlSource {
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

  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  return {
    file,
    data,
    lineOf(path, key) {
      if (key !== undefined) {
        const keyNode = keyNodeAt(doc, path, key);
        if (keyNode?.range !== undefined && keyNode.range !== null) return line(keyNode.range[0]);
      }
      for (let length = path.length; length >= 0; length--) {
        const node = nodeAt(doc, path.slice(0, length));
        const range = node?.range;
        if (range !== undefined && range !== null) {
          // A map's range starts at its first key; a value's at the value itself.
          return line(range[0]);
        }
      }
      return 1;
    },
  };
}
