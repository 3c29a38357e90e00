// Builds dist/ once before the tests (as `npm run build` does), so the tests that run the executable see the current code.
// Type errors are `tsc --noEmit`'s to report (it runs first in `npm test`); here they must not
// stop the other tests, so the build's exit status is only passed on as a warning.

import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (build.status !== 0) process.stderr.write(`warning: building dist/ reported errors:\n${build.stdout}${build.stderr}`);
  // The build's second step: the built-in rules, parsed and checked, beside the code that reads them.
  const bundle = spawnSync(process.execPath, ['scripts/bundle-rules.mjs'], { encoding: 'utf8' });
  if (bundle.status !== 0) process.stderr.write(`warning: bundling the built-in rules failed:\n${bundle.stdout}${bundle.stderr}`);
}
