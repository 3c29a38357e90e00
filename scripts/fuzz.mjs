// Runs the property-based tests of the readers much longer than `npm test` does.
// Usage: npm run fuzz [-- <runs> [<seed>]]   (defaults: 20000 runs, a random seed, printed): the *fuzz* test files and the markup scan's.
// Properties that write and read a file per run (test/ingest/export-fuzz.test.ts) take a twentieth of the runs.

import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '20000';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} runs per property, seed ${seed} (repeat a failure with: npm run fuzz -- ${runs} ${seed})`);
// npm test gives each test 30 s for its few hundred runs; a long run gets time in proportion (25 ms a run).
const timeout = Math.max(30_000, Number(runs) * 25);
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'fuzz', 'markup-scan', `--testTimeout=${timeout}`], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
