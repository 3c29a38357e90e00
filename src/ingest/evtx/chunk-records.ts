// Ingest (.evtx): the records of one 64 KiB chunk, damaged stretches skipped and reported.

import type { IngestedRecord } from '../../record.js';
import type { ReaderContext } from '../types.js';
import { readFragment, type ContentNode, type ValueTable } from './binxml.js';
import { classifySlot, CHUNK_HEADER_BYTES, findRecord, readChunkHeader, recordSizeAt, RECORD_OVERHEAD } from './chunk.js';
import { renderTemplateRecord } from './compile-xml.js';
import { emptyFields, toRecord } from './event-fields.js';
import { CHUNK_BYTES } from './file-header.js';
import { instanceVerdict, mentionsWantedName, providerFilter, type ProviderFilter, type Verdict } from './provider-filter.js';
import { providerOf, readRecordFields } from './record-fields.js';
import { renderEventXml } from './render-xml.js';
import { ChunkSource, emptyValueTable, readInstance, type TemplateCache } from './template.js';
import { XmlBytes } from './xml-bytes.js';

/** A piece of the file: the 4 KiB header or one 64 KiB chunk. */
export interface Block {
  bytes: Buffer;
  /** Bytes of `bytes` that came from the file (fewer only at a truncated end). */
  length: number;
  /** Where the block starts in the file. */
  offset: number;
}

const FRAGMENT_HEADER = 0x0f;
const TEMPLATE_INSTANCE = 0x0c;
const NO_VALUES: ValueTable = emptyValueTable();

/** The state of one file's reading: its templates, and which providers were already judged. */
export interface FileState {
  readonly context: ReaderContext;
  readonly templates: TemplateCache;
  readonly filter: ProviderFilter;
  /** Values of the record being read: one table reused for every record. */
  readonly values: ValueTable;
  /** Where the events' XML is written, one after the other; a new buffer for each chunk. */
  readonly xml: XmlBytes;
  readonly noCrc32: boolean;
}

function issue(state: FileState, offset: number, message: string): void {
  state.context.onIssue({ file: state.context.file, line: 0, offset, message });
}

/** Something wrong that skipped nothing (a checksum that fails on records still read): a notice where the caller takes them. */
function notice(state: FileState, offset: number, message: string): void {
  const { context } = state;
  if (context.onNotice === undefined) issue(state, offset, message);
  else context.onNotice({ file: context.file, severity: 'warning', message: `byte ${offset}: ${message}` });
}

/** Names what lies at a damaged spot: a record whose size disagrees with its copy, or bytes that are no record. */
function damage(bytes: Buffer, at: number, end: number, skipped: number): string {
  if (at + 24 <= end && bytes.readUInt32LE(at) === 0x00002a2a) {
    return `event record ${bytes.readBigUInt64LE(at + 8)} is damaged (its size does not match the copy at its end); ${skipped} bytes up to the next whole record were skipped`;
  }
  return `${skipped} bytes that are not a whole event record were skipped`;
}

/** One record: skipped early when its provider is unwanted, otherwise mapped (and rendered when asked). */
function readRecord(state: FileState, source: ChunkSource, at: number, size: number, fileOffset: number): IngestedRecord | undefined {
  const bytes = source.bytes;
  if (source.nested.size > 0) source.nested.clear();
  const start = at + 24;
  const end = at + size - 4;
  const { filter } = state;
  let nodes: readonly ContentNode[];
  let values: ValueTable;
  let verdict: Verdict = filter.all ? 'wanted' : 'unknown';
  const isTemplate = bytes[start] === FRAGMENT_HEADER && bytes[start + 4] === TEMPLATE_INSTANCE;
  if (isTemplate) {
    if (verdict === 'unknown') verdict = instanceVerdict(filter, source, start + 4, end);
    if (verdict === 'unwanted') return undefined;
    nodes = readInstance(source, start + 4, end, state.values).nodes;
    values = state.values;
  } else {
    // Plain Binary XML, no template: every value is literal text in the tree, the provider name too.
    if (verdict === 'unknown' && !mentionsWantedName(filter, bytes, start, end)) return undefined;
    nodes = readFragment(source, start, end, false).nodes;
    values = NO_VALUES;
  }
  if (verdict === 'unknown') {
    const provider = providerOf(source, nodes, values);
    if (provider !== undefined && !filter.wants(provider)) return undefined;
  }

  const origin = { file: state.context.file, line: 0, offset: fileOffset + at };
  let xml: string | undefined;
  let xmlBytes: Buffer | undefined;
  let record: IngestedRecord | string;
  if (state.context.renderXml === true && isTemplate) {
    // One pass writes the XML and gathers the fields; a part the plan left to the general walk is walked again for them.
    const fields = emptyFields();
    xmlBytes = renderTemplateRecord(source, nodes, values, fields, state.xml);
    record = fields.incomplete === true ? readRecordFields(source, nodes, values, origin) : toRecord(fields, origin);
  } else {
    record = readRecordFields(source, nodes, values, origin);
    if (state.context.renderXml === true) xml = renderEventXml(source, nodes, values);
  }
  if (typeof record === 'string') {
    issue(state, origin.offset, record);
    return undefined;
  }
  if (verdict !== 'wanted' && !filter.wants(record.source)) return undefined;
  if (xmlBytes !== undefined) record.xmlBytes = xmlBytes;
  else if (xml !== undefined) record.xml = xml;
  return record;
}

function isZero(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Every record of one chunk, in order; damaged stretches are skipped and reported, the walk goes on after them. */
export function readChunk(state: FileState, block: Block, slot: number): IngestedRecord[] {
  const { bytes, length, offset } = block;
  const records: IngestedRecord[] = [];
  const kind = classifySlot(bytes, length);
  if (kind === 'empty') return records;
  if (kind === 'garbage') {
    issue(state, offset, `chunk ${slot} has no chunk signature; its ${length} bytes were skipped`);
    return records;
  }
  const header = readChunkHeader(bytes, length, state.noCrc32, CHUNK_BYTES);
  if (header.truncated) issue(state, offset, `the file ends inside chunk ${slot}, after ${length} of its ${CHUNK_BYTES} bytes; the whole records before that point were read`);
  else if (!header.checksumsOk) notice(state, offset, `chunk ${slot} fails its checksum; its records were read but may be damaged`);
  if (header.freeSpaceInvalid && !header.truncated) notice(state, offset, `chunk ${slot} states no valid end of its records; the whole chunk was searched for them`);

  const source = new ChunkSource(bytes, length, state.templates, header.checksumsOk && !header.truncated);
  state.xml.nextChunk();
  const end = header.end;
  let at = CHUNK_HEADER_BYTES;
  while (at + RECORD_OVERHEAD <= end) {
    const size = recordSizeAt(bytes, at, end);
    if (size === 0) {
      const next = findRecord(bytes, at + 1, end);
      const stop = next === -1 ? end : next;
      if (!isZero(bytes, at, stop)) issue(state, offset + at, damage(bytes, at, end, stop - at));
      at = stop;
      if (next === -1) break;
      continue;
    }
    state.context.onEventSeen();
    try {
      const record = readRecord(state, source, at, size, offset);
      if (record !== undefined) records.push(record);
    } catch (error) {
      const id = bytes.readBigUInt64LE(at + 8);
      issue(state, offset + at, `event record ${id} could not be decoded (${error instanceof Error ? error.message : String(error)}); it was skipped`);
    }
    at += size;
  }
  if (at < end && !isZero(bytes, at, end)) issue(state, offset + at, damage(bytes, at, end, end - at));
  return records;
}

export function fileState(context: ReaderContext, noCrc32: boolean): FileState {
  return { context, templates: new Map(), filter: providerFilter(context.filter), values: emptyValueTable(), xml: new XmlBytes(), noCrc32 };
}
