// Ingest (.evtx): whether a record's provider is wanted, told from its template and raw values before anything is decoded.

import { isWanted, type SourceFilter } from '../types.js';
import type { ChunkSource } from './template.js';
import { utf16Text, VALUE } from './values.js';

export interface ProviderFilter {
  /** Every provider is wanted: nothing to decide. */
  readonly all: boolean;
  wants(provider: string): boolean;
  /** Byte sizes the UTF-16 value of a wanted name can have (with or without a final NUL). */
  readonly sizes: ReadonlySet<number>;
  /** The wanted names, lower-cased. */
  readonly names: readonly string[];
}

export function providerFilter(filter: SourceFilter): ProviderFilter {
  const verdicts = new Map<string, boolean>();
  const sizes = new Set<number>();
  for (const name of filter.names ?? []) {
    for (const variant of [name, name.toUpperCase()]) sizes.add(variant.length * 2).add(variant.length * 2 + 2);
  }
  return {
    all: filter.names === undefined,
    sizes,
    names: [...(filter.names ?? [])],
    wants(provider) {
      let verdict = verdicts.get(provider);
      if (verdict === undefined) {
        verdict = isWanted(filter, provider);
        if (verdicts.size >= 4096) verdicts.clear(); // a log has tens of providers; a crafted one cannot grow this
        verdicts.set(provider, verdict);
      }
      return verdict;
    },
  };
}

export type Verdict = 'wanted' | 'unwanted' | 'unknown';

/**
 * The verdict on the template instance at `at` (its `0c` token) from the provider name its
 * template holds: written in the template, or read from one value, whose size alone rejects
 * most names. Anything unusual answers `unknown`; the full reading then checks the record.
 */
export function instanceVerdict(filter: ProviderFilter, source: ChunkSource, at: number, end: number): Verdict {
  const bytes = source.bytes;
  let p = at + 10;
  if (p + 4 > end) return 'unknown';
  const definition = bytes.readUInt32LE(at + 6);
  if (definition === p) {
    if (p + 24 > end) return 'unknown';
    p += 24 + bytes.readUInt32LE(p + 20);
  }
  const slot = source.template(definition).provider;
  if (slot === undefined) return 'unknown';
  if ('literal' in slot) return filter.wants(slot.literal) ? 'wanted' : 'unwanted';
  if (p + 4 > end) return 'unknown';
  const count = bytes.readUInt32LE(p);
  const descriptors = p + 4;
  if (slot.index >= count || descriptors + count * 4 > end) return 'unknown';
  let offset = descriptors + count * 4;
  for (let i = 0; i < slot.index; i++) offset += bytes[descriptors + 4 * i]! | (bytes[descriptors + 4 * i + 1]! << 8);
  const descriptor = descriptors + 4 * slot.index;
  const size = bytes[descriptor]! | (bytes[descriptor + 1]! << 8);
  if (bytes[descriptor + 2] !== VALUE.string || offset + size > end) return 'unknown';
  if (!filter.sizes.has(size)) return 'unwanted';
  return filter.wants(utf16Text(bytes, offset, offset + size)) ? 'wanted' : 'unwanted';
}

/**
 * False when no wanted name occurs in the record's bytes as UTF-16 text, at either byte alignment
 * and in any letter case: a plain Binary XML record holds its provider name as literal text, so it
 * is then not one of the wanted providers, and is skipped without being parsed.
 */
export function mentionsWantedName(filter: ProviderFilter, bytes: Buffer, start: number, end: number): boolean {
  for (const from of [start, start + 1]) {
    const text = bytes.toString('utf16le', from, end - ((end - from) & 1)).toLowerCase();
    for (const name of filter.names) if (text.includes(name)) return true;
  }
  return false;
}
