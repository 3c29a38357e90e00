// Ingest (.evtx): template definitions, parsed once per file and shared by every record that instantiates them.

import { BinXmlError, readFragment, type BinXmlSource, type ContentNode, type InstanceNode, type ValueTable } from './binxml.js';

/** Where a template keeps its provider name: written in the template, or in one of its values. */
export type ProviderSlot = { readonly literal: string } | { readonly index: number } | undefined;

export interface Template {
  readonly nodes: readonly ContentNode[];
  /** Read before anything else, so records of unwanted providers are skipped without rendering. */
  readonly provider: ProviderSlot;
}

/** Templates of one file, by GUID and size: Windows writes the same definition into every chunk that uses it. */
export type TemplateCache = Map<string, Template>;

/** A crafted file cannot make the cache grow without bound. */
const MAX_CACHED_TEMPLATES = 4096;
/** More values than any event has; a larger count is damage. */
const MAX_VALUES = 4096;
const DEFINITION_HEADER = 24; // next-definition offset, GUID, data size

function child(nodes: readonly ContentNode[], name: string): ContentNode | undefined {
  return nodes.find((node) => node.kind === 'element' && node.name === name);
}

/** `Event/System/Provider/@Name` of the template, when it is plain text or one substitution. */
function providerSlot(nodes: readonly ContentNode[]): ProviderSlot {
  const event = child(nodes, 'Event');
  const system = event?.kind === 'element' ? child(event.content, 'System') : undefined;
  const provider = system?.kind === 'element' ? child(system.content, 'Provider') : undefined;
  if (provider?.kind !== 'element') return undefined;
  const name = provider.attributes.find((attribute) => attribute.name === 'Name');
  if (name === undefined || name.value.length !== 1) return undefined;
  const value = name.value[0]!;
  return value.kind === 'text' ? { literal: value.text } : { index: value.index };
}

export function emptyValueTable(capacity = 0): ValueTable {
  return { count: 0, offsets: new Int32Array(capacity), sizes: new Uint16Array(capacity), types: new Uint8Array(capacity), end: 0 };
}

/**
 * One chunk as the token reader sees it: names and templates by chunk offset, cached for the
 * chunk's lifetime; parsed templates also go to the file's cache when the chunk's checksums hold.
 */
export class ChunkSource implements BinXmlSource {
  private readonly names = new Map<number, string>();
  private readonly templates = new Map<number, Template>();
  /** Nested Binary XML values of the current record by offset, read once for its rendering and its fields. */
  readonly nested = new Map<number, readonly ContentNode[]>();

  constructor(
    readonly bytes: Buffer,
    /** Bytes of the chunk that hold data (less than 64 KiB only for a truncated file). */
    readonly length: number,
    private readonly fileTemplates: TemplateCache,
    private readonly trusted: boolean,
  ) {}

  name(at: number): string {
    let name = this.names.get(at);
    if (name === undefined) {
      if (at + 8 > this.length) throw new BinXmlError('a name offset outside the chunk', at);
      const end = at + 8 + this.bytes.readUInt16LE(at + 6) * 2;
      if (end > this.length) throw new BinXmlError('a name that runs past the end of the chunk', at);
      name = this.bytes.toString('utf16le', at + 8, end);
      this.names.set(at, name);
    }
    return name;
  }

  inlineNameSize(at: number, end: number): number {
    if (at + 8 > end) throw new BinXmlError('a name that runs past the end of its record', at);
    const size = 8 + this.bytes.readUInt16LE(at + 6) * 2 + 2; // next offset, hash, length, characters, NUL
    if (at + size > end) throw new BinXmlError('a name that runs past the end of its record', at);
    return size;
  }

  /** The template defined at chunk offset `at`. */
  template(at: number): Template {
    let template = this.templates.get(at);
    if (template !== undefined) return template;
    if (at < 0 || at + DEFINITION_HEADER > this.length) throw new BinXmlError('a template offset outside the chunk', at);
    const size = this.bytes.readUInt32LE(at + 20);
    const end = at + DEFINITION_HEADER + size;
    if (end > this.length) throw new BinXmlError('a template that runs past the end of the chunk', at);
    const key = this.bytes.toString('latin1', at + 4, at + DEFINITION_HEADER); // GUID and size
    template = this.fileTemplates.get(key);
    if (template === undefined) {
      const nodes = readFragment(this, at + DEFINITION_HEADER, end, true).nodes;
      template = { nodes, provider: providerSlot(nodes) };
      if (this.trusted && this.fileTemplates.size < MAX_CACHED_TEMPLATES) this.fileTemplates.set(key, template);
    }
    this.templates.set(at, template);
    return template;
  }

  instance(at: number, end: number): { node: InstanceNode; next: number } {
    const values = emptyValueTable();
    const template = readInstance(this, at, end, values);
    return { node: { kind: 'instance', nodes: template.nodes, values }, next: values.end };
  }
}

/**
 * Reads the template instance whose token is at `at` (`0c`, a byte, template id, definition
 * offset, the definition itself when it is stored right here, then the values) into `values`.
 */
export function readInstance(source: ChunkSource, at: number, end: number, values: ValueTable): Template {
  const bytes = source.bytes;
  let p = at + 10;
  if (p + 4 > end) throw new BinXmlError('a template instance runs past the end of its record', at);
  const definition = bytes.readUInt32LE(at + 6);
  if (definition === p) {
    if (p + DEFINITION_HEADER > end) throw new BinXmlError('a template definition runs past the end of its record', p);
    p += DEFINITION_HEADER + bytes.readUInt32LE(p + 20);
  }
  const template = source.template(definition);
  if (p + 4 > end) throw new BinXmlError('template values run past the end of their record', p);
  const count = bytes.readUInt32LE(p);
  p += 4;
  if (count > MAX_VALUES || p + count * 4 > end) throw new BinXmlError(`a template instance with ${count} values`, p);
  let offset = p + count * 4;
  if (values.offsets.length < count) {
    // Typed arrays, grown when an instance has more values than the table holds (rarely: one table serves a file's records).
    const grown = emptyValueTable(Math.max(count, 2 * values.offsets.length, 32));
    values.offsets = grown.offsets;
    values.sizes = grown.sizes;
    values.types = grown.types;
  }
  const { offsets, sizes, types } = values;
  for (let i = 0; i < count; i++) {
    const size = bytes[p]! | (bytes[p + 1]! << 8);
    offsets[i] = offset;
    sizes[i] = size;
    types[i] = bytes[p + 2]!;
    offset += size;
    p += 4;
  }
  if (offset > end) throw new BinXmlError('template values run past the end of their record', p);
  values.count = count;
  values.end = offset;
  return template;
}
