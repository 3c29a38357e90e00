// Rules stage, loading: the built-in rule files as the build parsed and checked them, so that a run
// reads them without parsing YAML or compiling the schema (a third of a second at every start).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedRuleFile } from './yaml-source.js';

/** One built-in rule file as the build read it: the text it parsed, and what came of it. */
export interface BundledRuleFile extends ParsedRuleFile {
  /** The file's path below the package root, with `/` between folders. */
  path: string;
  text: string;
}

/** Written by `npm run build` (scripts/bundle-rules.mjs) into dist/rules/; src/ has none. */
export const BUNDLE_FILE = 'builtin-rules.json';

// src/rules/ and dist/rules/ both sit two folders below the package root.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let bundle: Map<string, BundledRuleFile> | undefined;

function loadBundle(): Map<string, BundledRuleFile> {
  let files: BundledRuleFile[] = [];
  try {
    files = JSON.parse(readFileSync(new URL(`./${BUNDLE_FILE}`, import.meta.url), 'utf8')) as BundledRuleFile[];
  } catch {
    // No bundle (running from src/, or a build without it): every file is parsed.
  }
  return new Map(files.map((file) => [join(PACKAGE_ROOT, ...file.path.split('/')), file]));
}

/**
 * What the build made of `file`, when it read the very same text; undefined otherwise (not a built-in
 * file, or one edited since the build), and the file is parsed and checked as any other.
 */
export function bundledRuleFile(file: string, text: string): ParsedRuleFile | undefined {
  bundle ??= loadBundle();
  const bundled = bundle.get(file);
  return bundled !== undefined && bundled.text === text ? bundled : undefined;
}
