#!/usr/bin/env node
// Runs the benchmarks on the built code (dist/) and prints their figures; `npm run bench`.
// Each bench is a module that exports one run function; add new ones to BENCHES.
//
//   npm run bench                          every bench
//   npm run bench -- ingest correlate      the benches named
//   npm run bench -- --sizes 100           the benches that take the options given (here: ingest, 100 MB logs)

import { existsSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// `options`: the command-line options a bench takes; they are handed to it as its argument list.
const BENCHES = [
  {
    name: 'ingest', module: './bench-ingest.mjs', run: 'runIngestBench', built: 'dist/cli/main.js', sources: 'src/ingest',
    options: ['--sizes', '--shapes', '--runs', '--naive-seconds', '--no-naive', '--no-concurrency', '--dir'],
  },
  { name: 'evtx', module: './bench-evtx.mjs', run: 'runEvtxBench', built: 'dist/ingest/evtx/read-evtx.js', sources: 'src/ingest/evtx', options: [] },
  { name: 'correlate', module: './bench-correlate.mjs', run: 'runCorrelateBench', built: 'dist/correlate/correlate.js', sources: 'src/correlate', options: [] },
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

const args = process.argv.slice(2);
const names = args.filter((arg, at) => !arg.startsWith('--') && !(args[at - 1]?.startsWith('--') && !['--no-naive', '--no-concurrency'].includes(args[at - 1])));
const options = args.filter((arg) => arg.startsWith('--'));
for (const name of names) {
  if (!BENCHES.some((bench) => bench.name === name)) {
    console.error(`bench: no bench "${name}"; benches: ${BENCHES.map((bench) => bench.name).join(', ')}`);
    process.exit(2);
  }
}
for (const bench of BENCHES) {
  if (names.length > 0 ? !names.includes(bench.name) : !options.every((option) => bench.options.includes(option))) continue;
  checkBuilt(bench);
  const started = Date.now();
  const module = await import(bench.module);
  // Each bench's options as its own parser expects them; the others run with their defaults.
  if (bench.name === 'ingest') await module[bench.run](args.filter((arg) => !names.includes(arg)));
  else await module[bench.run]();
  console.log(`  (${bench.name}: ${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`);
}
