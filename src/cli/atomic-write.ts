// CLI: writes a report file so that a reader of the folder (a file share) never sees it half-written.

import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Written in pieces, as any large file is; only the rename makes it visible under its name. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Writes `content` to a temporary file in the target's own folder (a rename within one volume or share
 * is atomic; across volumes it is not), flushes it to disk, then renames it over `path`. The temporary
 * name starts with a dot and ends in `.tmp`, so folder watchers that skip those never pick it up.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const bytes = Buffer.from(content, 'utf8');
  const file = await open(temporary, 'wx');
  try {
    try {
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) await file.write(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
