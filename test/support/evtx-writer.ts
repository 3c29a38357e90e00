// Test support: writes events as a native .evtx file, in the shape the Windows event log service gives classic events.

import { createHash } from 'node:crypto';
import { crc32 } from '../../src/ingest/evtx/crc32.js';

/** An element of `<UserData>` (or any free-form event data): its text, or its children. */
export interface XmlElement {
  name: string;
  attributes: [string, string][];
  text?: string;
  children: XmlElement[];
}

/** One event, with what its XML export shows. */
export interface EvtxEvent {
  provider: { name: string; guid?: string; eventSourceName?: string };
  eventId: number;
  /** Classic events carry it (the high 16 bits of the instance id); absent, the attribute is left out. */
  qualifiers?: number;
  version: number;
  level: number;
  task: number;
  opcode: number;
  keywords: bigint;
  /** FILETIME: 100 ns ticks since 1601-01-01 UTC. */
  time: bigint;
  recordId: number;
  processId: number;
  threadId: number;
  channel: string;
  computer: string;
  userSid?: string;
  /** Unnamed `<Data>` strings (classic insertion strings) or named ones, and `<Binary>`. */
  eventData?: { data: { name?: string; value: string }[]; binary?: Buffer };
  userData?: XmlElement;
}

const CHUNK = 65536;
const HEADER = 4096;

// Value types (MS-EVEN6).
const NULL = 0x00;
const STRING = 0x01;
const UINT8 = 0x04;
const UINT16 = 0x06;
const UINT32 = 0x08;
const UINT64 = 0x0a;
const BINARY = 0x0e;
const GUID = 0x0f;
const FILETIME = 0x11;
const SID = 0x13;
const HEX64 = 0x15;
const BINXML = 0x21;
const STRING_ARRAY = 0x81;

/** Bytes being laid out at a known chunk offset: names and templates are referenced by it. */
class Bytes {
  private readonly parts: number[] = [];
  constructor(readonly base: number) {}
  get here(): number {
    return this.base + this.parts.length;
  }
  get length(): number {
    return this.parts.length;
  }
  u8(value: number): this {
    this.parts.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    return this.u8(value).u8(value >>> 8);
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(value >>> 16);
  }
  bytes(data: Uint8Array): this {
    for (const byte of data) this.parts.push(byte);
    return this;
  }
  patch32(at: number, value: number): void {
    const i = at - this.base;
    this.parts[i] = value & 0xff;
    this.parts[i + 1] = (value >>> 8) & 0xff;
    this.parts[i + 2] = (value >>> 16) & 0xff;
    this.parts[i + 3] = (value >>> 24) & 0xff;
  }
  toBuffer(): Buffer {
    return Buffer.from(this.parts);
  }
}

/** The 16-bit name hash of the format: hash · 65599 + code unit, over the name. */
function nameHash(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 65599) + name.charCodeAt(i)) >>> 0;
  return hash & 0xffff;
}

/** A name stored right where it is referenced (what Windows does at a name's first use). */
function inlineName(out: Bytes, name: string): void {
  out.u32(out.here + 4); // the reference points just past itself
  out.u32(0).u16(nameHash(name)).u16(name.length).bytes(Buffer.from(name, 'utf16le')).u16(0);
}

type Fixed = { type: number; data: Buffer };
type Value = Fixed | { type: typeof BINXML; encode: (at: number) => Buffer };

/** A template's tree: literal names and texts, substitution slots by index. */
type TemplateNode = { element: string; attributes: [string, string | number][]; content: (TemplateNode | string | number)[] };

function encodeElement(out: Bytes, node: TemplateNode): void {
  const start = out.here;
  out.u8(node.attributes.length > 0 ? 0x41 : 0x01).u16(0xffff);
  const sizeAt = out.here;
  out.u32(0);
  inlineName(out, node.element);
  if (node.attributes.length > 0) {
    const listAt = out.here;
    out.u32(0);
    node.attributes.forEach(([name, value], i) => {
      out.u8(i < node.attributes.length - 1 ? 0x46 : 0x06);
      inlineName(out, name);
      encodeValue(out, value);
    });
    out.patch32(listAt, out.here - listAt - 4);
  }
  if (node.content.length === 0) {
    out.u8(0x03);
  } else {
    out.u8(0x02);
    for (const item of node.content) {
      if (typeof item === 'object') encodeElement(out, item);
      else encodeValue(out, item);
    }
    out.u8(0x04);
  }
  out.patch32(sizeAt, out.here - sizeAt - 4);
  void start;
}

/** Literal text (a value token) or an optional substitution of value `index`. */
function encodeValue(out: Bytes, value: string | number): void {
  if (typeof value === 'string') out.u8(0x05).u8(0x01).u16(value.length).bytes(Buffer.from(value, 'utf16le'));
  else out.u8(0x0e).u16(value).u8(0); // the declared type is not what renders: the value's own type is
}

interface ChunkState {
  templates: Map<string, number>;
}

function templateGuid(key: string): Buffer {
  return createHash('md5').update(key).digest();
}

/** A template instance at `out.here`: the definition inline on its first use in the chunk, then the values. */
function encodeInstance(out: Bytes, chunk: ChunkState, key: string, tree: TemplateNode, values: Value[]): void {
  out.u8(0x0c).u8(0x01).bytes(templateGuid(key).subarray(0, 4));
  const known = chunk.templates.get(key);
  if (known !== undefined) {
    out.u32(known);
  } else {
    const at = out.here + 4;
    chunk.templates.set(key, at);
    out.u32(at);
    out.u32(0).bytes(templateGuid(key));
    const sizeAt = out.here;
    out.u32(0);
    out.u8(0x0f).u8(0x01).u8(0x01).u8(0x00);
    encodeElement(out, tree);
    out.u8(0x00);
    out.patch32(sizeAt, out.here - sizeAt - 4);
  }
  out.u32(values.length);
  const descriptorsAt = out.here;
  for (let i = 0; i < values.length; i++) out.u32(0);
  const sizes: number[] = [];
  for (const value of values) {
    const data = 'encode' in value ? value.encode(out.here) : value.data;
    sizes.push(data.length);
    out.bytes(data);
  }
  values.forEach((value, i) => out.patch32(descriptorsAt + 4 * i, sizes[i]! | (value.type << 16)));
}

const u8 = (value: number): Value => ({ type: UINT8, data: Buffer.from([value]) });
const u16 = (value: number): Value => ({ type: UINT16, data: Buffer.from([value & 0xff, value >>> 8]) });
const u32 = (value: number): Value => {
  const data = Buffer.alloc(4);
  data.writeUInt32LE(value);
  return { type: UINT32, data };
};
const u64 = (type: number, value: bigint): Fixed => {
  const data = Buffer.alloc(8);
  data.writeBigUInt64LE(value);
  return { type, data };
};
const nothing: Value = { type: NULL, data: Buffer.alloc(0) };

function sid(text: string): Value {
  const [, revision, authority, ...subs] = text.split('-');
  const data = Buffer.alloc(8 + 4 * subs.length);
  data[0] = Number(revision);
  data[1] = subs.length;
  data.writeUIntBE(Number(authority), 2, 6);
  subs.forEach((sub, i) => data.writeUInt32LE(Number(sub), 8 + 4 * i));
  return { type: SID, data };
}

/** The System part, as Windows lays it out for a classic provider: names and fixed texts literal, the rest values 0–19. */
function systemTemplate(event: EvtxEvent): TemplateNode {
  const provider: [string, string | number][] = [['Name', event.provider.name]];
  if (event.provider.guid !== undefined) provider.push(['Guid', event.provider.guid]);
  if (event.provider.eventSourceName !== undefined) provider.push(['EventSourceName', event.provider.eventSourceName]);
  const element = (name: string, content: (TemplateNode | string | number)[], attributes: [string, string | number][] = []): TemplateNode => ({ element: name, attributes, content });
  return element('Event', [
    element('System', [
      element('Provider', [], provider),
      element('EventID', [3], [['Qualifiers', 4]]),
      element('Version', [11]),
      element('Level', [0]),
      element('Task', [2]),
      element('Opcode', [1]),
      element('Keywords', [5]),
      element('TimeCreated', [], [['SystemTime', 6]]),
      element('EventRecordID', [10]),
      element('Correlation', [], [['ActivityID', 7], ['RelatedActivityID', 18]]),
      element('Execution', [], [['ProcessID', 8], ['ThreadID', 9]]),
      element('Channel', [event.channel]),
      element('Computer', [event.computer]),
      element('Security', [], [['UserID', 12]]),
    ]),
    19,
  ], [['xmlns', 'http://schemas.microsoft.com/win/2004/08/events/event']]);
}

/** `<EventData>`: classic insertion strings as one string array, named data one value each; or `<UserData>` as it is. */
function dataPart(event: EvtxEvent): { key: string; tree: TemplateNode; values: Value[] } | undefined {
  if (event.userData !== undefined) {
    const values: Value[] = [];
    const convert = (element: XmlElement): TemplateNode => {
      const content: (TemplateNode | number)[] = element.children.map(convert);
      if (element.children.length === 0 && element.text !== undefined) {
        content.push(values.length);
        values.push({ type: STRING, data: Buffer.from(element.text, 'utf16le') });
      }
      return { element: element.name, attributes: element.attributes, content };
    };
    const tree: TemplateNode = { element: 'UserData', attributes: [], content: [convert(event.userData)] };
    return { key: `user:${JSON.stringify(tree)}`, tree, values };
  }
  const eventData = event.eventData;
  if (eventData === undefined) return undefined;
  const binary: Value = eventData.binary === undefined ? nothing : { type: BINARY, data: eventData.binary };
  if (eventData.data.every((item) => item.name === undefined)) {
    const strings: Value =
      eventData.data.length === 0 ? nothing : { type: STRING_ARRAY, data: Buffer.from(eventData.data.map((item) => `${item.value}\0`).join(''), 'utf16le') };
    const tree: TemplateNode = { element: 'EventData', attributes: [], content: [{ element: 'Data', attributes: [], content: [0] }, { element: 'Binary', attributes: [], content: [2] }] };
    return { key: 'classic', tree, values: [strings, u32(eventData.binary?.length ?? 0), binary] };
  }
  const content: TemplateNode[] = eventData.data.map((item, i) => ({ element: 'Data', attributes: item.name === undefined ? [] : [['Name', item.name]], content: [i] }));
  content.push({ element: 'Binary', attributes: [], content: [eventData.data.length] });
  const tree: TemplateNode = { element: 'EventData', attributes: [], content };
  const values = eventData.data.map((item): Value => ({ type: STRING, data: Buffer.from(item.value, 'utf16le') }));
  values.push(binary);
  return { key: `named:${JSON.stringify(tree)}`, tree, values };
}

/** One record at chunk offset `at`, or undefined when it does not fit before the chunk's end. */
function encodeRecord(event: EvtxEvent, at: number, chunk: ChunkState): Buffer | undefined {
  const templates = new Map(chunk.templates);
  const trial: ChunkState = { templates };
  const out = new Bytes(at);
  out.u32(0x00002a2a).u32(0);
  out.bytes(u64(UINT64, BigInt(event.recordId)).data).bytes(u64(FILETIME, event.time).data);
  out.u8(0x0f).u8(0x01).u8(0x01).u8(0x00);
  const part = dataPart(event);
  const data: Value =
    part === undefined
      ? nothing
      : {
          type: BINXML,
          encode: (start) => {
            const nested = new Bytes(start);
            nested.u8(0x0f).u8(0x01).u8(0x01).u8(0x00);
            encodeInstance(nested, trial, part.key, part.tree, part.values);
            nested.u8(0x00);
            return nested.toBuffer();
          },
        };
  const values: Value[] = [
    u8(event.level),
    u8(event.opcode),
    u16(event.task),
    u16(event.eventId),
    event.qualifiers === undefined ? nothing : u16(event.qualifiers),
    u64(HEX64, event.keywords),
    u64(FILETIME, event.time),
    nothing,
    u32(event.processId),
    u32(event.threadId),
    u64(UINT64, BigInt(event.recordId)),
    u8(event.version),
    event.userSid === undefined ? nothing : sid(event.userSid),
    nothing,
    nothing,
    nothing,
    nothing,
    nothing,
    nothing,
    data,
  ];
  const system = systemTemplate(event);
  encodeInstance(out, trial, `system:${JSON.stringify(system)}`, system, values);
  out.u8(0x00);
  while ((out.length + 4) % 8 !== 0) out.u8(0);
  const size = out.length + 4;
  out.u32(size);
  out.patch32(at + 4, size);
  if (at + size > CHUNK) return undefined;
  chunk.templates = templates;
  return out.toBuffer();
}

function finishChunk(chunk: Buffer, end: number, first: number, last: number, lastRecordAt: number): void {
  chunk.write('ElfChnk\0', 0, 'latin1');
  for (const at of [8, 24]) chunk.writeBigUInt64LE(BigInt(first), at);
  for (const at of [16, 32]) chunk.writeBigUInt64LE(BigInt(last), at);
  chunk.writeUInt32LE(128, 40);
  chunk.writeUInt32LE(lastRecordAt, 44);
  chunk.writeUInt32LE(end, 48);
  chunk.writeUInt32LE(crc32(chunk.subarray(512, end)), 52);
  chunk.writeUInt32LE(crc32(chunk.subarray(128, 512), crc32(chunk.subarray(0, 120))), 124);
}

/** A whole, clean .evtx file (format 3.1) holding `events` in order; `recordsPerChunk` forces more chunks. */
export function writeEvtx(events: readonly EvtxEvent[], options: { recordsPerChunk?: number } = {}): Buffer {
  const chunks: Buffer[] = [];
  let chunk = Buffer.alloc(CHUNK);
  let state: ChunkState = { templates: new Map() };
  let at = 512;
  let count = 0;
  let first = 0;
  let lastAt = 0;
  const close = (): void => {
    if (count === 0) return;
    finishChunk(chunk, at, first, first + count - 1, lastAt);
    chunks.push(chunk);
    chunk = Buffer.alloc(CHUNK);
    state = { templates: new Map() };
    at = 512;
    count = 0;
  };
  for (const event of events) {
    if (count === (options.recordsPerChunk ?? Infinity)) close();
    let record = encodeRecord(event, at, state);
    if (record === undefined) {
      close();
      record = encodeRecord(event, at, state);
      if (record === undefined) throw new Error(`event record ${event.recordId} does not fit in a chunk`);
    }
    if (count === 0) first = event.recordId;
    record.copy(chunk, at);
    lastAt = at;
    at += record.length;
    count++;
  }
  close();
  const header = Buffer.alloc(HEADER);
  header.write('ElfFile\0', 0, 'latin1');
  header.writeBigUInt64LE(0n, 8);
  header.writeBigUInt64LE(BigInt(Math.max(0, chunks.length - 1)), 16);
  header.writeBigUInt64LE(BigInt((events[events.length - 1]?.recordId ?? 0) + 1), 24);
  header.writeUInt32LE(128, 32);
  header.writeUInt16LE(1, 36);
  header.writeUInt16LE(3, 38);
  header.writeUInt16LE(HEADER, 40);
  header.writeUInt16LE(chunks.length, 42);
  header.writeUInt32LE(crc32(header.subarray(0, 120)), 124);
  return Buffer.concat([header, ...chunks]);
}
