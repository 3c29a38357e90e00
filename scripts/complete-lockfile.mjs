// Adds to package-lock.json the optional platform packages (rollup's and esbuild's native builds
// for other systems) that `npm install` leaves out when the registry cannot serve them. `npm ci`
// checks that every optional dependency has an entry and refuses the lock file without them; the
// entries are marked optional, so an install on another platform fetches its own build as usual.
// Run after `npm install`: node scripts/complete-lockfile.mjs

import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const node of Object.values(packages)) {
  for (const [name, range] of Object.entries(node.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] !== undefined) continue;
    packages[key] = { version: range.replace(/^[~^=]/, ''), ...(node.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
