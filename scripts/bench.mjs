#!/usr/bin/env node
// Runs the benchmarks on the built code (dist/) and prints their figures; `npm run bench`.
// Each bench is a module that exports one run function; add new ones to BENCHES.

import { existsSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const BENCHES = [
  { name: 'correlate', module: './bench-correlate.mjs', run: 'runCorrelateBench', built: 'dist/correlate/correlate.js', sources: 'src/correlate' },
];

/** A bench of stale code measures the wrong thing: say so before printing figures. */
function checkBuilt(bench) {
  const built = join(ROOT, bench.built);
  if (!existsSync(built)) {
    console.error(`bench: ${bench.built} is missing; run "npm run build" first`);
    process.exit(2);
  }
  const builtAt = statSync(built).mtimeMs;
  const folder = join(ROOT, bench.sources);
  if (readdirSync(folder).some((file) => statSync(join(folder, file)).mtimeMs > builtAt)) {
    console.warn(`bench: ${bench.sources} changed after the last build; run "npm run build" for current figures`);
  }
}

const only = process.argv.slice(2);
for (const bench of BENCHES) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  checkBuilt(bench);
  const started = Date.now();
  const module = await import(bench.module);
  await module[bench.run]();
  console.log(`  (${bench.name}: ${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`);
}
