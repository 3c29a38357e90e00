// Ingest: tells from an event's raw text whether its provider is wanted, before the event is decoded or parsed.

import type { ByteQueue } from './byte-queue.js';
import type { ByteText } from './byte-text.js';
import { isWanted, type SourceFilter } from './types.js';
import { decodeXmlEntities } from './xml-entities.js';

/** `<Provider Name='PasswordResetService'/>`: Event Viewer and wevtutil quote with ', .NET's ToXml too; accept ". */
const PROVIDER_NAME = /<Provider\s[^>]*?\bName\s*=\s*(?:'([^']*)'|"([^"]*)")/;
const PROVIDER = '<Provider';
const NAME_IS = ' Name=';
/** `<Provider Name='` or `<Provider Name="`: where the name starts, as Windows writes it (characters). */
const NAME_AT = PROVIDER.length + NAME_IS.length + 1;
/** How far after `<Provider` the name is looked for (characters). */
const NAME_REACH = 600;
/** Names compared in place; an Application log has a few dozen providers. */
const MAX_KNOWN = 64;
/** Names remembered beyond those; a file of random names must not grow memory without end. */
const MAX_REMEMBERED = 4096;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

interface KnownName {
  /** The name as written in the file's bytes, quote included: `PasswordResetService'`. */
  raw: Buffer;
  wanted: boolean;
}

/**
 * Whether the event [start, stop) (absolute byte offsets, in the queue) is to be parsed: its
 * provider is wanted, or it names none (it is then parsed and rejected with a reason). The scan
 * tells where `<Pr` first starts in the event (-1: nowhere, so no `<Provider` either); only when
 * that is some other tag is `<Provider` searched for. The name
 * is compared in the raw bytes with the names met before, the most recent first, so an unwanted
 * event costs a search for `<Provider` and a comparison or two, and allocates nothing.
 */
export function providerReader(text: ByteText, queue: ByteQueue, filter: SourceFilter) {
  const known: KnownName[] = [];
  const remembered = new Map<string, boolean>();
  const { unit } = text;
  const encode = (value: string): Buffer => Buffer.from(value, unit === 1 ? 'latin1' : 'utf16le');
  const providerBytes = encode(PROVIDER);
  const nameIsBytes = encode(NAME_IS);
  /** A name read from a view (Latin-1 for UTF-8 bytes, UTF-16 otherwise), as a verdict remembered. */
  const verdict = (name: string, quote: string): boolean => {
    let wanted = remembered.get(name);
    if (wanted === undefined) {
      wanted = isWanted(filter, decodeXmlEntities(text.decodeView(name)));
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(name, wanted);
    }
    if (known.length < MAX_KNOWN) known.push({ raw: encode(name + quote), wanted });
    return wanted;
  };
  /** The name at storage index `from` compared with those met before; the one found moves to the front. */
  const knownAt = (bytes: Buffer, from: number, limit: number): boolean | undefined => {
    for (let i = 0; i < known.length; i++) {
      const name = known[i] as KnownName;
      if (!bytesAt(bytes, from, name.raw, limit)) continue;
      if (i > 0) {
        known[i] = known[i - 1] as KnownName;
        known[i - 1] = name;
      }
      return name.wanted;
    }
    return undefined;
  };

  // The last search for `<Provider`: none in [searchedFrom, found) (absolute), or none before `searchedTo` when `found` is -1.
  let searchedFrom = -1;
  let found = -1;
  let searchedTo = -1;
  /** Where `<Provider` first starts in [start, stop), or -1: one search serves the events it passes over. */
  const providerIn = (start: number, stop: number): number => {
    if (searchedFrom === -1 || start < searchedFrom || (found === -1 ? searchedTo < stop : found < start)) {
      const end = text.align(queue.end);
      let index = queue.bytes.indexOf(providerBytes, start - queue.start);
      while (unit === 2 && index !== -1 && ((queue.start + index) & 1) === 1) index = queue.bytes.indexOf(providerBytes, index + 1);
      // Storage past the queue's end holds stale bytes.
      found = index === -1 || queue.start + index + providerBytes.length > end ? -1 : queue.start + index;
      searchedFrom = start;
      searchedTo = end;
    }
    return found !== -1 && found < stop ? found : -1;
  };

  return (start: number, stop: number, firstPr: number): boolean => {
    if (filter.names === undefined || firstPr === -1) return true;
    const { bytes } = queue;
    const dataEnd = text.align(queue.end) - queue.start;
    const at = bytesAt(bytes, firstPr - queue.start, providerBytes, dataEnd) ? firstPr : providerIn(start, stop);
    if (at === -1) return true;
    const index = at - queue.start;
    // Windows writes `<Provider Name='…'`; anything else goes through the regular expression.
    const nameIndex = index + NAME_AT * unit;
    if (bytesAt(bytes, index + PROVIDER.length * unit, nameIsBytes, dataEnd) && nameIndex <= dataEnd) {
      const quote = bytes[nameIndex - unit];
      if ((quote === APOSTROPHE || quote === QUOTE) && (unit === 1 || bytes[nameIndex - 1] === 0)) {
        const wanted = knownAt(bytes, nameIndex, dataEnd);
        if (wanted !== undefined) return wanted;
        const close = charIndex(bytes, quote, nameIndex, stop - queue.start, unit);
        if (close !== -1) return verdict(text.view(queue.start + nameIndex, queue.start + close), quote === APOSTROPHE ? "'" : '"');
      }
    }
    const match = PROVIDER_NAME.exec(text.view(at, Math.min(stop, at + NAME_REACH * unit)));
    if (match === null) return true;
    const name = match[1] ?? match[2] ?? '';
    return remembered.get(name) ?? isWanted(filter, decodeXmlEntities(text.decodeView(name)));
  };
}

/** Whether `expected` stands in `bytes` at `at`, wholly before `limit`. */
function bytesAt(bytes: Buffer, at: number, expected: Buffer, limit: number): boolean {
  if (at + expected.length > limit) return false;
  for (let k = 0; k < expected.length; k++) if (bytes[at + k] !== expected[k]) return false;
  return true;
}

/** Index of the first ASCII character `code` in [from, to) (characters of `unit` bytes from `from`), or -1. */
function charIndex(bytes: Buffer, code: number, from: number, to: number, unit: 1 | 2): number {
  for (let at = from; at + unit <= to; at += unit) if (bytes[at] === code && (unit === 1 || bytes[at + 1] === 0)) return at;
  return -1;
}
