// Types of zip-writer.mjs, for the tests that build archives with it.

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  method?: number;
  flags?: number;
  zip64?: boolean;
  dataDescriptor?: boolean;
  /** Lies written into the headers. */
  declaredSize?: number;
  declaredCrc?: number;
  declaredMethod?: number;
  /** The entry's data as written, instead of `data` packed by `method`. */
  compressed?: Uint8Array;
}

export function zipArchive(entries: ZipEntrySpec[], options?: { omitDirectory?: boolean }): Buffer;
