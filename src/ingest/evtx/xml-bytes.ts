// Ingest (.evtx): the UTF-8 bytes of each event's XML as the compiled templates write them, handed on as they are.

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

export const LOWER_HEX = Buffer.from('0123456789abcdef', 'latin1');
export const UPPER_HEX = Buffer.from('0123456789ABCDEF', 'latin1');
const DIGIT_0 = 0x30;
const LINE_FEED = 0x0a;
const MINUS = 0x2d;

/** Text longer than this that needs no escaping is encoded natively: one call beats a loop over its characters. */
const NATIVE_FROM = 24;

/** The first buffer of a chunk's events: about what a 64 KiB chunk's XML takes, grown when not enough. */
const FIRST_BYTES = 128 * 1024;

/**
 * The events of one chunk written one after the other into one buffer. Writing bytes spares the
 * thousands of small strings a rope of pieces would be; the bytes of each event are then handed
 * on as they are (`event`), and `events --format xml` writes them without a decode to a string and
 * an encode back. A new chunk takes a new buffer (`nextChunk`): the records of the previous one may
 * still hold theirs.
 */
export class XmlBytes {
  private bytes = Buffer.allocUnsafe(FIRST_BYTES);
  private at = 0;
  /** Where the event being written starts. */
  private start = 0;

  /** Bytes written to the buffer: a mark to return to when an element turns out empty. */
  get length(): number {
    return this.at;
  }

  /** Starts a new event, after the ones already written. */
  clear(): void {
    this.start = this.at;
  }

  /** Leaves the events written so far to their records; the next ones go to a new buffer. */
  nextChunk(): void {
    if (this.at === 0) return;
    // Sized by the chunk just written: chunks of one log hold similar events.
    this.bytes = Buffer.allocUnsafe(Math.max(FIRST_BYTES, this.at + (this.at >> 2)));
    this.at = 0;
    this.start = 0;
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

  /** A whole number of at most 2^53 in decimal, written digit by digit: no string made for it. */
  decimal(value: number): void {
    this.reserve(17);
    if (value < 0) {
      this.bytes[this.at++] = MINUS;
      value = -value;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    const bytes = this.bytes;
    let at = this.at + digits;
    this.at = at;
    do {
      const next = Math.floor(value / 10);
      bytes[--at] = DIGIT_0 + value - next * 10;
      value = next;
    } while (value > 0);
  }

  /** `value` (below 2^32) as `digits` hex digits, zero-padded; `digitBytes` says which case. */
  hex(value: number, digits: number, digitBytes: Uint8Array): void {
    this.reserve(digits);
    const bytes = this.bytes;
    for (let at = this.at + digits - 1; at >= this.at; at--) {
      bytes[at] = digitBytes[value & 15]!;
      value >>>= 4;
    }
    this.at += digits;
  }

  /** Bytes of the chunk as upper-case hex, two digits a byte. */
  hexBytes(source: Uint8Array, from: number, to: number): void {
    this.reserve(2 * (to - from));
    const bytes = this.bytes;
    let at = this.at;
    for (let i = from; i < to; i++) {
      bytes[at++] = UPPER_HEX[source[i]! >> 4]!;
      bytes[at++] = UPPER_HEX[source[i]! & 15]!;
    }
    this.at = at;
  }

  /** One ASCII character. */
  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.at++] = value;
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

  /** The event written since `clear`, as one string. */
  toString(): string {
    return this.bytes.toString('utf8', this.start, this.at);
  }

  /**
   * The event written since `clear`: a view of the buffer, which later writes leave alone. A line
   * break follows it in the buffer, outside the view: the events of a chunk, one after the other,
   * are then the very text `events --format xml` writes (evtxexport's layout, an empty line after
   * each event), which it hands on in one piece instead of copying each event.
   */
  event(): Buffer {
    this.reserve(1); // the view and its line break in the same buffer
    const view = this.bytes.subarray(this.start, this.at);
    this.bytes[this.at++] = LINE_FEED;
    return view;
  }
}

/** A piece the template fixes, encoded for `XmlBytes.fixed`. */
export function fixedBytes(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
