// CLI: standard input as an input file (`-`): copied to a temporary file, so it is read like any other.

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Io } from './io.js';

/** How standard input is named in warnings, origins and reports. */
export const STDIN_NAME = '<stdin>';

export interface SpooledInput {
  path: string;
  remove(): Promise<void>;
}

/**
 * Readers detect a format from the first bytes and may read a file twice (the day/month order of
 * its dates), which a pipe cannot do; a temporary file can, in bounded memory however long the input.
 */
export async function spoolStdin(io: Io): Promise<SpooledInput> {
  const stdin = io.stdin?.();
  if (stdin === undefined) throw new Error('standard input is not available');
  if (stdin.interactive) io.err('writeback-doctor: reading standard input: paste the export, then press Ctrl-D (Ctrl-Z and Enter on Windows)');
  const folder = await mkdtemp(join(tmpdir(), 'writeback-doctor-'));
  const path = join(folder, 'stdin');
  await pipeline(Readable.from(stdin.chunks), createWriteStream(path));
  return { path, remove: () => rm(folder, { recursive: true, force: true }) };
}
