// Ingest (.evtx): typed substitution values as text, in the notation of libevtx's evtxexport.

/** Value types of MS-EVEN6 / winevt.h `EVT_VARIANT_TYPE`; `| ARRAY` makes an array of the type. */
export const VALUE = {
  null: 0x00,
  string: 0x01,
  ansiString: 0x02,
  int8: 0x03,
  uint8: 0x04,
  int16: 0x05,
  uint16: 0x06,
  int32: 0x07,
  uint32: 0x08,
  int64: 0x09,
  uint64: 0x0a,
  float: 0x0b,
  double: 0x0c,
  bool: 0x0d,
  binary: 0x0e,
  guid: 0x0f,
  sizeT: 0x10,
  fileTime: 0x11,
  systemTime: 0x12,
  sid: 0x13,
  hexInt32: 0x14,
  hexInt64: 0x15,
  binXml: 0x21,
  array: 0x80,
} as const;

const FILETIME_UNIX_EPOCH_SECONDS = 11644473600;
/** 2^32 = 429 · 10^7 + 4967296: splits a FILETIME into seconds and ticks without 64-bit arithmetic. */
const HIGH_SECONDS = 429;
const HIGH_TICKS = 4967296;
const TICKS_PER_SECOND = 10_000_000;

const ansi = new TextDecoder('windows-1252');

/** Item width of the fixed-size types, for arrays of them; 0 for the variable-size ones. */
export const WIDTH: Readonly<Uint8Array> = (() => {
  const width = new Uint8Array(256);
  const set = (type: number, bytes: number): void => {
    width[type] = bytes;
  };
  set(VALUE.int8, 1);
  set(VALUE.uint8, 1);
  set(VALUE.int16, 2);
  set(VALUE.uint16, 2);
  set(VALUE.int32, 4);
  set(VALUE.uint32, 4);
  set(VALUE.hexInt32, 4);
  set(VALUE.int64, 8);
  set(VALUE.uint64, 8);
  set(VALUE.hexInt64, 8);
  set(VALUE.float, 4);
  set(VALUE.double, 8);
  set(VALUE.bool, 4);
  set(VALUE.guid, 16);
  set(VALUE.fileTime, 8);
  set(VALUE.systemTime, 16);
  return width;
})();

interface WellFormed {
  isWellFormed(): boolean;
}

/**
 * Unpaired surrogates become U+FFFD as evtxexport (libuna) writes them: a high surrogate takes
 * the code unit after it along into one U+FFFD. (Buffer's decoder would keep them as they are,
 * and the UTF-8 output would then say something else than the reference.)
 */
function replaceUnpairedSurrogates(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += text.slice(i, i + 2);
      else out += '\ufffd';
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += text[i];
    }
  }
  return out;
}

/** UTF-16 LE text up to its first NUL; unpaired surrogates are replaced (see above). */
export function utf16Text(bytes: Buffer, start: number, end: number): string {
  let text = bytes.toString('utf16le', start, end - ((end - start) & 1));
  const nul = text.indexOf('\0');
  if (nul !== -1) text = text.slice(0, nul);
  return (text as unknown as WellFormed).isWellFormed() ? text : replaceUnpairedSurrogates(text);
}

function ansiText(bytes: Buffer, start: number, end: number): string {
  const text = ansi.decode(bytes.subarray(start, end));
  const nul = text.indexOf('\0');
  return nul === -1 ? text : text.slice(0, nul);
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

function unsigned64(bytes: Buffer, at: number): string {
  const high = bytes.readUInt32LE(at + 4);
  if (high < 0x200000) return String(high * 4294967296 + bytes.readUInt32LE(at));
  return bytes.readBigUInt64LE(at).toString();
}

function signed64(bytes: Buffer, at: number): string {
  const high = bytes.readInt32LE(at + 4);
  if (high >= -0x200000 && high < 0x200000) return String(high * 4294967296 + bytes.readUInt32LE(at));
  return bytes.readBigInt64LE(at).toString();
}

// Keywords are the same few 64-bit masks in every record: their text is kept by high half when the low half is 0.
const HEX64_BY_HIGH = new Map<number, string>();

function hex64(bytes: Buffer, at: number): string {
  const high = bytes.readUInt32LE(at + 4);
  const low = bytes.readUInt32LE(at);
  if (low !== 0) return `0x${hex(high, 8)}${hex(low, 8)}`;
  let text = HEX64_BY_HIGH.get(high);
  if (text === undefined) {
    text = `0x${hex(high, 8)}00000000`;
    if (HEX64_BY_HIGH.size < 256) HEX64_BY_HIGH.set(high, text);
  }
  return text;
}

function guidText(bytes: Buffer, at: number): string {
  const tail = bytes.toString('hex', at + 8, at + 16);
  return `{${hex(bytes.readUInt32LE(at), 8)}-${hex(bytes.readUInt16LE(at + 4), 4)}-${hex(bytes.readUInt16LE(at + 6), 4)}-${tail.slice(0, 4)}-${tail.slice(4)}}`.toUpperCase();
}

/** Seconds since 1970 of the FILETIME at `at`; its 100 ns ticks within the second go to `fileTimeTicks`. */
let fileTimeTicks = 0;

/** The 100 ns ticks within its second of the FILETIME `fileTimeSeconds` read last. */
export function lastFileTimeTicks(): number {
  return fileTimeTicks;
}

export function fileTimeSeconds(bytes: Buffer, at: number): number {
  const low = bytes.readUInt32LE(at);
  const high = bytes.readUInt32LE(at + 4);
  const rest = high * HIGH_TICKS + low; // below 2^53 for every year before 60000
  fileTimeTicks = rest % TICKS_PER_SECOND;
  return high * HIGH_SECONDS + (rest - fileTimeTicks) / TICKS_PER_SECOND - FILETIME_UNIX_EPOCH_SECONDS;
}

/** The instant a FILETIME names, truncated to the millisecond (what a `Date` holds). */
export function fileTimeDate(bytes: Buffer, at: number): Date {
  const seconds = fileTimeSeconds(bytes, at);
  return new Date(seconds * 1000 + Math.floor(fileTimeTicks / 10_000));
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const SECONDS_PER_DAY = 86400;

// A log spans few days: each day's date is formatted once (times in event data may be of other days).
const DATES = new Map<number, string>();

/** `YYYY-MM-DDT` of a day since 1970 (Howard Hinnant's civil-from-days, proleptic Gregorian). */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}T`;
}

/** `2021-03-31T23:51:45.0187674Z`: Windows' notation, all seven digits a FILETIME holds. */
export function fileTimeText(bytes: Buffer, at: number): string {
  const seconds = fileTimeSeconds(bytes, at);
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  let date = DATES.get(day);
  if (date === undefined) {
    if (DATES.size >= 4096) DATES.clear();
    date = dateOfDay(day);
    DATES.set(day, date);
  }
  const inDay = seconds - day * SECONDS_PER_DAY;
  const hour = Math.floor(inDay / 3600);
  const minute = Math.floor((inDay - hour * 3600) / 60);
  return `${date}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[inDay - hour * 3600 - minute * 60]}.${String(fileTimeTicks + TICKS_PER_SECOND).slice(1)}Z`;
}

function systemTimeText(bytes: Buffer, at: number): string {
  const part = (index: number, digits: number): string => String(bytes.readUInt16LE(at + 2 * index)).padStart(digits, '0');
  // year, month, day of week, day, hour, minute, second, milliseconds
  return `${part(0, 4)}-${part(1, 2)}-${part(3, 2)}T${part(4, 2)}:${part(5, 2)}:${part(6, 2)}.${part(7, 3)}Z`;
}

function sidText(bytes: Buffer, at: number, size: number): string {
  if (size < 8) return '';
  const count = bytes[at + 1]!;
  const authority = bytes.readUIntBE(at + 2, 6);
  let text = `S-${bytes[at]}-${authority}`;
  for (let i = 0; i < count && at + 8 + 4 * i + 4 <= at + size; i++) text += `-${bytes.readUInt32LE(at + 8 + 4 * i)}`;
  return text;
}

function floatText(value: number): string {
  return Number.isFinite(value) ? String(value) : String(value).toLowerCase();
}

/** Text of one value of a scalar (non-array, non-BinXml) type; `size` bytes at `at`. */
export function valueText(bytes: Buffer, at: number, size: number, type: number): string {
  const width = WIDTH[type]!;
  if (width !== 0 && size < width) return '';
  switch (type) {
    case VALUE.string:
      return utf16Text(bytes, at, at + size);
    case VALUE.ansiString:
      return ansiText(bytes, at, at + size);
    case VALUE.int8:
      return String(bytes.readInt8(at));
    case VALUE.uint8:
      return String(bytes[at]);
    case VALUE.int16:
      return String(bytes.readInt16LE(at));
    case VALUE.uint16:
      return String(bytes.readUInt16LE(at));
    case VALUE.int32:
      return String(bytes.readInt32LE(at));
    case VALUE.uint32:
      return String(bytes.readUInt32LE(at));
    case VALUE.int64:
      return signed64(bytes, at);
    case VALUE.uint64:
      return unsigned64(bytes, at);
    case VALUE.float:
      return floatText(bytes.readFloatLE(at));
    case VALUE.double:
      return floatText(bytes.readDoubleLE(at));
    case VALUE.bool:
      return bytes.readUInt32LE(at) !== 0 ? 'true' : 'false';
    case VALUE.binary:
      return bytes.toString('hex', at, at + size).toUpperCase();
    case VALUE.guid:
      return guidText(bytes, at);
    case VALUE.sizeT:
      return size >= 8 ? hex64(bytes, at) : size >= 4 ? `0x${hex(bytes.readUInt32LE(at), 8)}` : '';
    case VALUE.fileTime:
      return fileTimeText(bytes, at);
    case VALUE.systemTime:
      return systemTimeText(bytes, at);
    case VALUE.sid:
      return sidText(bytes, at, size);
    case VALUE.hexInt32:
      return `0x${hex(bytes.readUInt32LE(at), 8)}`;
    case VALUE.hexInt64:
      return hex64(bytes, at);
    default:
      return '';
  }
}

/**
 * Whether `valueText` gives '' for this value, told from its first bytes without making the text:
 * a value too short for its type, a string that starts with NUL, an empty binary, a type with no
 * notation. Whether an element closes as `<Name/>` depends on it.
 */
export function isEmptyText(bytes: Buffer, at: number, size: number, type: number): boolean {
  const width = WIDTH[type]!;
  if (width !== 0) return size < width;
  switch (type) {
    case VALUE.string:
      return size < 2 || (bytes[at] === 0 && bytes[at + 1] === 0);
    case VALUE.ansiString:
      return size === 0 || bytes[at] === 0;
    case VALUE.binary:
      return size === 0;
    case VALUE.sid:
      return size < 8;
    case VALUE.sizeT:
      return size < 4;
    default:
      return true;
  }
}

export function isArray(type: number): boolean {
  return (type & VALUE.array) !== 0;
}

/**
 * The items of an array value: strings are NUL-separated, other types packed at their width.
 * A classic event's insertion strings arrive as one array of strings, one `<Data>` per item.
 */
export function arrayItems(bytes: Buffer, at: number, size: number, type: number): string[] {
  const item = type & ~VALUE.array;
  const items: string[] = [];
  if (item === VALUE.string || item === VALUE.ansiString) {
    // Decoded at once and split: one native decode for all the items.
    const text = item === VALUE.string ? bytes.toString('utf16le', at, at + size - (size & 1)) : ansi.decode(bytes.subarray(at, at + size));
    const parts = text.split('\0');
    if (parts[parts.length - 1] === '') parts.pop();
    if (item !== VALUE.string || (text as unknown as WellFormed).isWellFormed()) return parts;
    return parts.map(replaceUnpairedSurrogates);
  }
  const width = WIDTH[item]!;
  if (width === 0) return [valueText(bytes, at, size, item)];
  for (let p = at; p + width <= at + size; p += width) items.push(valueText(bytes, p, width, item));
  return items;
}
