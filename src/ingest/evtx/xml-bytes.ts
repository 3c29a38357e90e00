// Ingest (.evtx): the UTF-8 bytes of one event's XML as the compiled templates write them, made one string at the end.

/**
 * How text is escaped: `table` says what a character below 0x80 becomes (0 itself, else the index
 * of its entity in `ENTITIES`); `special` finds a character that needs it, natively, in long text.
 */
export interface Escapes {
  readonly table: Uint8Array;
  readonly special: RegExp;
}

const ENTITIES: readonly Uint8Array[] = ['', '&amp;', '&lt;', '&gt;', '&quot;'].map((entity) => Buffer.from(entity, 'latin1'));

function escapes(characters: string, special: RegExp): Escapes {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = ['', '&', '<', '>', '"'].indexOf(character);
  return { table, special };
}

/** As it is: names, numbers, GUIDs, times and XML the general walk wrote. */
export const AS_IS: Escapes = escapes('', /(?!)/);
export const TEXT: Escapes = escapes('&<>', /[&<>]/);
export const ATTRIBUTE: Escapes = escapes('&<>"', /[&<>"]/);

/** Text longer than this that needs no escaping is encoded natively: one call beats a loop over its characters. */
const NATIVE_FROM = 24;

/**
 * One buffer reused for every event of a file. Writing bytes spares the thousands of small
 * strings a rope of pieces would be, each copied again when the rope is flattened for output;
 * the event becomes one flat string, decoded once.
 */
export class XmlBytes {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private at = 0;

  /** Bytes written since `clear`: a mark to return to when an element turns out empty. */
  get length(): number {
    return this.at;
  }

  clear(): void {
    this.at = 0;
  }

  /** Goes back to a mark: what was written after it is dropped. */
  truncate(length: number): void {
    this.at = length;
  }

  private reserve(count: number): void {
    if (this.at + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + count));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }

  /** A piece the template fixes, encoded once when the template was compiled. */
  fixed(piece: Uint8Array): void {
    const count = piece.length;
    this.reserve(count);
    // A native copy costs a call; a byte loop costs per byte: the loop wins below a few bytes.
    if (count > 6) this.bytes.set(piece, this.at);
    else for (let i = 0; i < count; i++) this.bytes[this.at + i] = piece[i]!;
    this.at += count;
  }

  /**
   * `text` as UTF-8, escaped by `escape`. An unpaired surrogate becomes U+FFFD, as Node writes it
   * when a string goes to standard output.
   */
  text(text: string, escape: Escapes): void {
    const count = text.length;
    this.reserve(count * 6); // `&quot;` is the longest a UTF-16 code unit gets
    if (count > NATIVE_FROM && !escape.special.test(text)) {
      this.at += this.bytes.write(text, this.at, 'utf8');
      return;
    }
    const bytes = this.bytes;
    const table = escape.table;
    let at = this.at;
    for (let i = 0; i < count; i++) {
      let unit = text.charCodeAt(i);
      if (unit < 0x80) {
        const entity = table[unit]!;
        if (entity === 0) bytes[at++] = unit;
        else for (const byte of ENTITIES[entity]!) bytes[at++] = byte;
      } else if (unit < 0x800) {
        bytes[at++] = 0xc0 | (unit >> 6);
        bytes[at++] = 0x80 | (unit & 0x3f);
      } else {
        if (unit >= 0xd800 && unit <= 0xdfff) {
          const next = i + 1 < count ? text.charCodeAt(i + 1) : 0;
          if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            const point = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
            bytes[at++] = 0xf0 | (point >> 18);
            bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
            bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
            bytes[at++] = 0x80 | (point & 0x3f);
            i++;
            continue;
          }
          unit = 0xfffd;
        }
        bytes[at++] = 0xe0 | (unit >> 12);
        bytes[at++] = 0x80 | ((unit >> 6) & 0x3f);
        bytes[at++] = 0x80 | (unit & 0x3f);
      }
    }
    this.at = at;
  }

  /** Everything written since `clear`, as one string. */
  toString(): string {
    return this.bytes.toString('utf8', 0, this.at);
  }
}

/** A piece the template fixes, encoded for `XmlBytes.fixed`. */
export function fixedBytes(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
