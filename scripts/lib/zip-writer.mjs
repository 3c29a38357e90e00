// Fixture generators' ZIP writer: archives as Windows, Info-ZIP and PowerShell write them (stored or
// deflated entries, data descriptors, ZIP64), and crafted ones that lie about themselves.
// Deterministic: every entry carries the same fixed time.

import { crc32, deflateRawSync } from 'node:zlib';

const DOS_TIME = (12 << 11) | (0 << 5); // 12:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (3 << 5) | 6; // 2024-03-06

/**
 * `entries`: { name, data, method = 8, flags = 0, zip64 = false, dataDescriptor = false,
 * declaredSize, declaredCrc, declaredMethod, compressed } (the declared* fields lie on purpose).
 */
export function zipArchive(entries, { omitDirectory = false } = {}) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const method = entry.method ?? 8;
    const compressed = entry.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const crc = entry.declaredCrc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const zip64 = entry.zip64 === true;
    const flags = (entry.flags ?? 0) | (entry.dataDescriptor ? 0x0008 : 0) | 0x0800;
    const name = Buffer.from(entry.name, 'utf8');
    const version = zip64 ? 45 : 20;
    const extra64 = (withOffset) => {
      const extra = Buffer.alloc(4 + 16 + (withOffset ? 8 : 0));
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(extra.length - 4, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(compressed.length), 12);
      if (withOffset) extra.writeBigUInt64LE(BigInt(offset), 20);
      return extra;
    };
    const localExtra = zip64 ? extra64(false) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.declaredMethod ?? method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    const hidden = entry.dataDescriptor === true;
    local.writeUInt32LE(hidden ? 0 : crc, 14);
    local.writeUInt32LE(hidden ? 0 : zip64 ? 0xffffffff : compressed.length, 18);
    local.writeUInt32LE(hidden ? 0 : zip64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    parts.push(local, name, localExtra, compressed);
    let written = local.length + name.length + localExtra.length + compressed.length;
    if (hidden) {
      const descriptor = Buffer.alloc(zip64 ? 24 : 16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      if (zip64) {
        descriptor.writeBigUInt64LE(BigInt(compressed.length), 8);
        descriptor.writeBigUInt64LE(BigInt(size), 16);
      } else {
        descriptor.writeUInt32LE(compressed.length, 8);
        descriptor.writeUInt32LE(size, 12);
      }
      parts.push(descriptor);
      written += descriptor.length;
    }
    const centralExtra = zip64 ? extra64(true) : Buffer.alloc(0);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x031e, 4);
    header.writeUInt16LE(version, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(entry.declaredMethod ?? method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(zip64 ? 0xffffffff : compressed.length, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(centralExtra.length, 30);
    header.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(header, name, centralExtra);
    offset += written;
  }
  if (omitDirectory) return Buffer.concat(parts);
  const directory = Buffer.concat(central);
  const zip64 = entries.some((entry) => entry.zip64 === true);
  const tail = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, directory, ...tail, end]);
}
