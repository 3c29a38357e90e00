// Ingest: tells from an event's raw text whether its provider is wanted, before the event is decoded or parsed.

import type { ByteText } from './byte-text.js';
import { isWanted, type SourceFilter } from './types.js';
import { decodeXmlEntities } from './xml-entities.js';

/** `<Provider Name='PasswordResetService'/>`: Event Viewer and wevtutil quote with ', .NET's ToXml too; accept ". */
const PROVIDER_NAME = /<Provider\s[^>]*?\bName\s*=\s*(?:'([^']*)'|"([^"]*)")/;
const PROVIDER = '<Provider';
/** `<Provider Name='` or `<Provider Name="`: where the name starts, as Windows writes it. */
const NAME_AT = PROVIDER.length + ' Name='.length + 1;
/** How far after `<Provider` the name is looked for. */
const NAME_REACH = 600;
/** Names compared in place; an Application log has a few dozen providers. */
const MAX_KNOWN = 64;
/** Names remembered beyond those; a file of random names must not grow memory without end. */
const MAX_REMEMBERED = 4096;

interface KnownName {
  /** The name as written, quote included: `PasswordResetService'`. */
  raw: string;
  wanted: boolean;
}

/**
 * Whether the event [start, stop) (absolute byte offsets) is to be parsed: its provider is wanted,
 * or it names none (it is then parsed and rejected with a reason). The name is read from the raw
 * view as written and compared in place with the names met before, the most recent first, so an
 * unwanted event costs a search for `<Provider` and a comparison or two, and allocates nothing.
 */
export function providerReader(text: ByteText, filter: SourceFilter) {
  const known: KnownName[] = [];
  const remembered = new Map<string, boolean>();
  const { unit } = text;
  const verdict = (name: string, quote: string): boolean => {
    let wanted = remembered.get(name);
    if (wanted === undefined) {
      wanted = isWanted(filter, decodeXmlEntities(text.decodeView(name)));
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(name, wanted);
    }
    if (known.length < MAX_KNOWN) known.push({ raw: name + quote, wanted });
    return wanted;
  };
  /** The name at `from` compared with those met before; the one found moves to the front. */
  const knownAt = (view: string, from: number): boolean | undefined => {
    for (let i = 0; i < known.length; i++) {
      const name = known[i] as KnownName;
      if (!view.startsWith(name.raw, from)) continue;
      if (i > 0) {
        known[i] = known[i - 1] as KnownName;
        known[i - 1] = name;
      }
      return name.wanted;
    }
    return undefined;
  };
  return (start: number, stop: number, window: string, windowStart: number): boolean => {
    if (filter.names === undefined) return true;
    // The event usually lies in the window scanned; one that began in an earlier window is viewed again.
    let view = window;
    let from = (start - windowStart) / unit;
    let limit = (stop - windowStart) / unit;
    if (start < windowStart) {
      view = text.view(start, Math.min(stop, start + 2 * NAME_REACH * unit));
      from = 0;
      limit = view.length;
    }
    const at = view.indexOf(PROVIDER, from);
    if (at === -1 || at >= limit) return true;
    // Windows writes `<Provider Name='…'`; anything else goes through the regular expression.
    if (view.startsWith(' Name=', at + PROVIDER.length)) {
      const quote = view.charCodeAt(at + NAME_AT - 1);
      if (quote === 0x27 || quote === 0x22) {
        const wanted = knownAt(view, at + NAME_AT);
        if (wanted !== undefined) return wanted;
        const close = view.indexOf(quote === 0x27 ? "'" : '"', at + NAME_AT);
        if (close !== -1 && close < limit) return verdict(view.slice(at + NAME_AT, close), quote === 0x27 ? "'" : '"');
      }
    }
    const match = PROVIDER_NAME.exec(view.slice(at, Math.min(limit, at + NAME_REACH)));
    if (match === null) return true;
    const name = match[1] ?? match[2] ?? '';
    return remembered.get(name) ?? isWanted(filter, decodeXmlEntities(text.decodeView(name)));
  };
}
