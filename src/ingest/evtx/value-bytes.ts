// Ingest (.evtx): numbers, GUIDs, hex and FILETIMEs written as XML bytes straight from the chunk, for values no record field reads as text.

import { dateOfDay, fileTimeSeconds, lastFileTimeTicks, VALUE, WIDTH } from './values.js';
import { fixedBytes, LOWER_HEX, UPPER_HEX, type XmlBytes } from './xml-bytes.js';

// These are most of an event's values (Version, Task, Opcode, Keywords, the time, the process and
// thread…): writing their digits where they go spares a string each, made only to be encoded again.
// The text is the same as `valueText` gives; a value too short for its type is left to it.

const DIRECT: readonly boolean[] = (() => {
  const direct = new Array<boolean>(256).fill(false);
  for (const type of [VALUE.int8, VALUE.uint8, VALUE.int16, VALUE.uint16, VALUE.int32, VALUE.uint32, VALUE.hexInt32, VALUE.hexInt64, VALUE.guid, VALUE.fileTime]) direct[type] = true;
  return direct;
})();

/** Whether `writeValueBytes` writes a value of this type and size. */
export function writesBytes(type: number, size: number): boolean {
  return DIRECT[type] === true && size >= WIDTH[type]!;
}

/**
 * An unsigned integer value as a number, for the fields that take one (EventID, Level,
 * EventRecordID); undefined for other types and for a 64-bit value beyond 2^53.
 */
export function unsignedValue(bytes: Buffer, at: number, size: number, type: number): number | undefined {
  if (size < WIDTH[type]!) return undefined;
  switch (type) {
    case VALUE.uint8:
      return bytes[at]!;
    case VALUE.uint16:
      return bytes.readUInt16LE(at);
    case VALUE.uint32:
      return bytes.readUInt32LE(at);
    case VALUE.uint64: {
      const high = bytes.readUInt32LE(at + 4);
      return high < 0x200000 ? high * 4294967296 + bytes.readUInt32LE(at) : undefined;
    }
    default:
      return undefined;
  }
}

const ZERO_X = fixedBytes('0x');
const SECONDS_PER_DAY = 86400;
const TICKS_DIGITS = 7;
/** `YYYY-MM-DDT` by day since 1970: a log spans few days. */
const DATES = new Map<number, Uint8Array>();

function writeHex64(out: XmlBytes, bytes: Buffer, at: number): void {
  out.fixed(ZERO_X);
  out.hex(bytes.readUInt32LE(at + 4), 8, LOWER_HEX);
  out.hex(bytes.readUInt32LE(at), 8, LOWER_HEX);
}

/** A GUID in braces, upper case, as evtxexport writes it: `{0B1D2C3E-4F50-4A6B-8C7D-9E0F1A2B3C4D}`. */
function writeGuid(out: XmlBytes, bytes: Buffer, at: number): void {
  out.byte(0x7b); // {
  out.hex(bytes.readUInt32LE(at), 8, UPPER_HEX);
  out.byte(0x2d); // -
  out.hex(bytes.readUInt16LE(at + 4), 4, UPPER_HEX);
  out.byte(0x2d);
  out.hex(bytes.readUInt16LE(at + 6), 4, UPPER_HEX);
  out.byte(0x2d);
  out.hexBytes(bytes, at + 8, at + 10);
  out.byte(0x2d);
  out.hexBytes(bytes, at + 10, at + 16);
  out.byte(0x7d); // }
}

function twoDigits(out: XmlBytes, value: number): void {
  out.byte(0x30 + Math.floor(value / 10));
  out.byte(0x30 + (value % 10));
}

/** `2021-03-31T23:51:45.0187674Z`, as `fileTimeText` writes it. */
function writeFileTime(out: XmlBytes, bytes: Buffer, at: number): void {
  const seconds = fileTimeSeconds(bytes, at);
  const ticks = lastFileTimeTicks();
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  let date = DATES.get(day);
  if (date === undefined) {
    if (DATES.size >= 4096) DATES.clear();
    date = fixedBytes(dateOfDay(day));
    DATES.set(day, date);
  }
  out.fixed(date);
  const inDay = seconds - day * SECONDS_PER_DAY;
  const hour = Math.floor(inDay / 3600);
  const minute = Math.floor((inDay - hour * 3600) / 60);
  twoDigits(out, hour);
  out.byte(0x3a); // :
  twoDigits(out, minute);
  out.byte(0x3a);
  twoDigits(out, inDay - hour * 3600 - minute * 60);
  out.byte(0x2e); // .
  let power = 10 ** (TICKS_DIGITS - 1);
  for (let rest = ticks; power >= 1; power /= 10) {
    const digit = Math.floor(rest / power);
    out.byte(0x30 + digit);
    rest -= digit * power;
  }
  out.byte(0x5a); // Z
}

/** Writes the value's text to `out`; only for a type and size `writesBytes` accepts. */
export function writeValueBytes(out: XmlBytes, bytes: Buffer, at: number, type: number): void {
  switch (type) {
    case VALUE.int8:
      return out.decimal(bytes.readInt8(at));
    case VALUE.uint8:
      return out.decimal(bytes[at]!);
    case VALUE.int16:
      return out.decimal(bytes.readInt16LE(at));
    case VALUE.uint16:
      return out.decimal(bytes.readUInt16LE(at));
    case VALUE.int32:
      return out.decimal(bytes.readInt32LE(at));
    case VALUE.uint32:
      return out.decimal(bytes.readUInt32LE(at));
    case VALUE.hexInt32:
      out.fixed(ZERO_X);
      return out.hex(bytes.readUInt32LE(at), 8, LOWER_HEX);
    case VALUE.hexInt64:
      return writeHex64(out, bytes, at);
    case VALUE.guid:
      return writeGuid(out, bytes, at);
    case VALUE.fileTime:
      return writeFileTime(out, bytes, at);
    default:
  }
}
