#!/usr/bin/env node
// CLI: the executable; runs the command line and exits with its code.

import { processIo } from './io.js';
import { run } from './program.js';

// A reader that stops early (`… | head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo());
