// Ingest (.evtx): Binary XML tokens read into a tree of elements, text and substitution slots.

/** A record or template whose Binary XML does not hold together; the record is skipped with this reason. */
export class BinXmlError extends Error {
  constructor(
    message: string,
    /** Chunk-relative offset of the bad token. */
    readonly at: number,
  ) {
    super(message);
    this.name = 'BinXmlError';
  }
}

// Token ids (MS-EVEN6 2.2.12); the 0x40 bit of some means "more data follows" and is masked off.
const EOF = 0x00;
const OPEN_START = 0x01;
const CLOSE_START = 0x02;
const CLOSE_EMPTY = 0x03;
const END_ELEMENT = 0x04;
const VALUE_TEXT = 0x05;
const ATTRIBUTE = 0x06;
const CDATA = 0x07;
const CHAR_REF = 0x08;
const ENTITY_REF = 0x09;
const PI_TARGET = 0x0a;
const PI_DATA = 0x0b;
const TEMPLATE_INSTANCE = 0x0c;
const NORMAL_SUBSTITUTION = 0x0d;
const OPTIONAL_SUBSTITUTION = 0x0e;
const FRAGMENT_HEADER = 0x0f;
const MORE = 0x40;

/** Deeper than any event Windows writes; stops a crafted record from exhausting the stack. */
const MAX_DEPTH = 64;

/** Values of one template instance: chunk-relative offset, size and type of each (the first `count` entries). */
export interface ValueTable {
  count: number;
  offsets: Int32Array;
  sizes: Uint16Array;
  types: Uint8Array;
  /** Chunk offset just past the last value: where the instance's data ends. */
  end: number;
}

export interface ElementNode {
  readonly kind: 'element';
  readonly name: string;
  readonly attributes: readonly AttributeNode[];
  readonly content: readonly ContentNode[];
  /** Value indexes of the substitutions among the attributes and direct content: an array value repeats the element. */
  readonly substitutions: readonly number[];
  /** The last substitution of the content: when its value is NULL the element is left out (libevtx, Windows). */
  readonly lastSubstitution: number;
}

export interface AttributeNode {
  readonly name: string;
  readonly value: readonly ValueNode[];
  /** The last substitution of the value: a NULL value leaves the attribute out. */
  readonly lastSubstitution: number;
}

export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}

export interface SubstitutionNode {
  readonly kind: 'substitution';
  readonly index: number;
  readonly optional: boolean;
}

export interface CDataNode {
  readonly kind: 'cdata';
  readonly text: string;
}

export interface PiNode {
  readonly kind: 'pi';
  readonly target: string;
  readonly data: string;
}

/** A template with its values; `nodes` are the template's, shared by every instance. */
export interface InstanceNode {
  readonly kind: 'instance';
  readonly nodes: readonly ContentNode[];
  readonly values: ValueTable;
}

export type ValueNode = TextNode | SubstitutionNode;
export type ContentNode = ElementNode | TextNode | SubstitutionNode | CDataNode | PiNode | InstanceNode;

/** What the token reader needs from the chunk around it. */
export interface BinXmlSource {
  readonly bytes: Buffer;
  /** Name stored at chunk offset `at` (cached per chunk). */
  name(at: number): string;
  /** Size of the name stored inline at `at`, which the token stream must step over. */
  inlineNameSize(at: number, end: number): number;
  /** Reads the template instance whose token is at `at`; returns it and where its data ends. */
  instance(at: number, end: number): { node: InstanceNode; next: number };
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

interface Cursor {
  at: number;
  readonly end: number;
  readonly dependencyIds: boolean;
}

function need(cursor: Cursor, bytes: number): void {
  if (cursor.at + bytes > cursor.end) throw new BinXmlError('Binary XML runs past the end of its record', cursor.at);
}

function readText(source: BinXmlSource, cursor: Cursor): string {
  need(cursor, 2);
  const chars = source.bytes.readUInt16LE(cursor.at);
  cursor.at += 2;
  need(cursor, chars * 2);
  const text = source.bytes.toString('utf16le', cursor.at, cursor.at + chars * 2);
  cursor.at += chars * 2;
  return text;
}

/** A name reference; the name is stored right here when its offset is this very position. */
function readName(source: BinXmlSource, cursor: Cursor): string {
  need(cursor, 4);
  const offset = source.bytes.readUInt32LE(cursor.at);
  cursor.at += 4;
  if (offset === cursor.at) cursor.at += source.inlineNameSize(cursor.at, cursor.end);
  return source.name(offset);
}

function readSubstitution(source: BinXmlSource, cursor: Cursor, token: number): SubstitutionNode {
  need(cursor, 3);
  const index = source.bytes.readUInt16LE(cursor.at);
  cursor.at += 3; // index, then the declared type: the value's own type is what renders
  return { kind: 'substitution', index, optional: token === OPTIONAL_SUBSTITUTION };
}

/** Reads one value-like token (text, reference, substitution); `undefined` when the next token is not one. */
function readValueToken(source: BinXmlSource, cursor: Cursor): ValueNode | undefined {
  if (cursor.at >= cursor.end) return undefined;
  const token = source.bytes[cursor.at]!;
  const base = token & ~MORE;
  switch (base) {
    case VALUE_TEXT: {
      need(cursor, 2);
      const type = source.bytes[cursor.at + 1];
      if (type !== 0x01) throw new BinXmlError(`a text token of value type 0x${(type ?? 0).toString(16)}`, cursor.at);
      cursor.at += 2;
      return { kind: 'text', text: readText(source, cursor) };
    }
    case CHAR_REF: {
      cursor.at += 1;
      need(cursor, 2);
      const code = source.bytes.readUInt16LE(cursor.at);
      cursor.at += 2;
      return { kind: 'text', text: String.fromCharCode(code) };
    }
    case ENTITY_REF: {
      cursor.at += 1;
      const name = readName(source, cursor);
      return { kind: 'text', text: ENTITIES.get(name) ?? `&${name};` };
    }
    case NORMAL_SUBSTITUTION:
    case OPTIONAL_SUBSTITUTION:
      if (token !== base) return undefined;
      cursor.at += 1;
      return readSubstitution(source, cursor, token);
    default:
      return undefined;
  }
}

function lastSubstitutionOf(nodes: readonly ContentNode[]): number {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.kind === 'substitution') return node.index;
  }
  return -1;
}

function readAttributes(source: BinXmlSource, cursor: Cursor): AttributeNode[] {
  need(cursor, 4);
  const listEnd = cursor.at + 4 + source.bytes.readUInt32LE(cursor.at);
  cursor.at += 4;
  if (listEnd > cursor.end) throw new BinXmlError('an attribute list runs past the end of its record', cursor.at);
  const attributes: AttributeNode[] = [];
  while (cursor.at < listEnd) {
    const token = source.bytes[cursor.at]!;
    if ((token & ~MORE) !== ATTRIBUTE) throw new BinXmlError(`token 0x${token.toString(16)} where an attribute was expected`, cursor.at);
    cursor.at += 1;
    const name = readName(source, cursor);
    const value: ValueNode[] = [];
    for (let node = readValueToken(source, cursor); node !== undefined; node = readValueToken(source, cursor)) value.push(node);
    attributes.push({ name, value, lastSubstitution: lastSubstitutionOf(value) });
  }
  return attributes;
}

function readElement(source: BinXmlSource, cursor: Cursor, depth: number): ElementNode {
  if (depth > MAX_DEPTH) throw new BinXmlError('elements nested too deeply', cursor.at);
  const token = source.bytes[cursor.at]!;
  cursor.at += 1;
  need(cursor, (cursor.dependencyIds ? 2 : 0) + 4);
  cursor.at += (cursor.dependencyIds ? 2 : 0) + 4; // dependency id (templates only), data size
  const name = readName(source, cursor);
  const attributes = (token & MORE) !== 0 ? readAttributes(source, cursor) : [];
  need(cursor, 1);
  const close = source.bytes[cursor.at]!;
  cursor.at += 1;
  const content: ContentNode[] = [];
  if (close === CLOSE_START) {
    readContent(source, cursor, content, depth);
  } else if (close !== CLOSE_EMPTY) {
    throw new BinXmlError(`token 0x${close.toString(16)} where the end of a start tag was expected`, cursor.at - 1);
  }
  const substitutions: number[] = [];
  for (const attribute of attributes) for (const node of attribute.value) if (node.kind === 'substitution') substitutions.push(node.index);
  for (const node of content) if (node.kind === 'substitution') substitutions.push(node.index);
  return { kind: 'element', name, attributes, content, substitutions, lastSubstitution: lastSubstitutionOf(content) };
}

function readPi(source: BinXmlSource, cursor: Cursor): PiNode {
  cursor.at += 1;
  const target = readName(source, cursor);
  let data = '';
  if (cursor.at < cursor.end && source.bytes[cursor.at] === PI_DATA) {
    cursor.at += 1;
    data = readText(source, cursor);
  }
  return { kind: 'pi', target, data };
}

/** Element content up to and including its end-element token. */
function readContent(source: BinXmlSource, cursor: Cursor, content: ContentNode[], depth: number): void {
  for (;;) {
    need(cursor, 1);
    const token = source.bytes[cursor.at]!;
    switch (token & ~MORE) {
      case END_ELEMENT:
        cursor.at += 1;
        return;
      case OPEN_START:
        content.push(readElement(source, cursor, depth + 1));
        break;
      case CDATA:
        cursor.at += 1;
        content.push({ kind: 'cdata', text: readText(source, cursor) });
        break;
      case PI_TARGET:
        content.push(readPi(source, cursor));
        break;
      case TEMPLATE_INSTANCE: {
        const { node, next } = source.instance(cursor.at, cursor.end);
        content.push(node);
        cursor.at = next;
        break;
      }
      default: {
        const node = readValueToken(source, cursor);
        if (node === undefined) throw new BinXmlError(`unexpected token 0x${token.toString(16)} in element content`, cursor.at);
        content.push(node);
      }
    }
  }
}

/**
 * Reads a Binary XML fragment from `at` to its end-of-fragment token (or `end`). Template
 * definitions carry a dependency id in every start tag; plain records and nested values do not.
 */
export function readFragment(source: BinXmlSource, at: number, end: number, dependencyIds: boolean): { nodes: ContentNode[]; next: number } {
  const cursor: Cursor = { at, end, dependencyIds };
  const nodes: ContentNode[] = [];
  while (cursor.at < end) {
    const token = source.bytes[cursor.at]!;
    switch (token & ~MORE) {
      case EOF:
        return { nodes, next: cursor.at + 1 };
      case FRAGMENT_HEADER:
        need(cursor, 4);
        cursor.at += 4; // token, major and minor version, flags
        break;
      case OPEN_START:
        nodes.push(readElement(source, cursor, 0));
        break;
      case TEMPLATE_INSTANCE: {
        const { node, next } = source.instance(cursor.at, end);
        nodes.push(node);
        cursor.at = next;
        break;
      }
      case PI_TARGET:
        nodes.push(readPi(source, cursor));
        break;
      default:
        throw new BinXmlError(`unexpected token 0x${token.toString(16)} at the top of a fragment`, cursor.at);
    }
  }
  return { nodes, next: cursor.at };
}
