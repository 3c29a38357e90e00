// Ingest: decodes the character references Windows writes in event XML, and nothing else.

const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fromCodePoint(code: number, original: string): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : original;
}

/**
 * The five predefined entities and numeric references (`&#xD;`, `&#13;`). Any other `&name;`
 * stays as written: a DTD's entities are never expanded, which is what makes entity bombs inert.
 */
export function decodeXmlEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(REFERENCE, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), whole);
    return fromCodePoint(Number.parseInt(hex ?? '', 16), whole);
  });
}
