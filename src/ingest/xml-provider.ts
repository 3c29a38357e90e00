// Ingest: tells from an event's raw text whether its provider is wanted, before the event is decoded or parsed.

import type { ByteText } from './byte-text.js';
import { isWanted, type SourceFilter } from './types.js';
import { decodeXmlEntities } from './xml-entities.js';

/** `<Provider Name='PasswordResetService'/>`: Event Viewer and wevtutil quote with ', .NET's ToXml too; accept ". */
const PROVIDER_NAME = /<Provider\s[^>]*?\bName\s*=\s*(?:'([^']*)'|"([^"]*)")/;
const PROVIDER = '<Provider';
/** How far after `<Provider` the name is looked for. */
const NAME_REACH = 600;
/** Names remembered; a file of random names must not grow memory without end. */
const MAX_REMEMBERED = 4096;

/**
 * Whether the event [start, stop) (absolute byte offsets) is to be parsed: its provider is wanted,
 * or it names none (it is then parsed and rejected with a reason). The provider's name is read
 * from the raw view as written and its verdict remembered, so an unwanted event costs a search
 * for `<Provider` and a map lookup.
 */
export function providerReader(text: ByteText, filter: SourceFilter) {
  const verdicts = new Map<string, boolean>();
  const { unit } = text;
  const verdict = (raw: string): boolean => {
    let wanted = verdicts.get(raw);
    if (wanted === undefined) {
      wanted = isWanted(filter, decodeXmlEntities(text.decodeView(raw)));
      if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
      verdicts.set(raw, wanted);
    }
    return wanted;
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
    if (view.startsWith(' Name=', at + 9)) {
      const quote = view.charCodeAt(at + 15);
      const close = quote === 0x27 ? view.indexOf("'", at + 16) : quote === 0x22 ? view.indexOf('"', at + 16) : -1;
      if (close !== -1 && close < limit) return verdict(view.slice(at + 16, close));
    }
    const match = PROVIDER_NAME.exec(view.slice(at, Math.min(limit, at + NAME_REACH)));
    if (match === null) return true;
    return verdict(match[1] ?? match[2] ?? '');
  };
}
