// Ingest: tells which export a file is from its first bytes, never from its name.

import { hasEvtxSignature } from './evtx/file-header.js';
import { readEvtx } from './evtx/read-evtx.js';
import type { BinaryReader, InputFormat, Reader } from './types.js';
import { detectTextExport } from './detect-text.js';
import { readXmlBytes, readXmlEvents } from './xml-stream.js';

export interface Detected {
  format: InputFormat;
  reader: Reader;
  /** The same reader on the file's raw bytes (BOM included), where it scans them faster than decoded text. */
  byteReader?: BinaryReader;
}

/** A binary file (.evtx): read from its raw bytes rather than from decoded text. */
export interface DetectedBinary {
  format: InputFormat;
  binaryReader: BinaryReader;
}

/** Why a file is not read at all; the message completes "<file>: …". */
export interface Rejected {
  reason: string;
  /** 1-based line the reason points at, when it points at one. */
  line?: number;
}

// A gzip file or ZIP archive on disk is unpacked before detection (source.ts): these are archives
// inside one, which are read one level deep only.
const MAGIC: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive inside a compressed file (unpack the outer one, then read this one)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip file inside a compressed file (unpack the outer one, then read this one)' },
  { bytes: [0x4d, 0x5a], name: 'a Windows program' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Control characters other than tab, CR and LF: text exports do not contain them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const XML_EVENT = /<Event[\s>]/;
const XML_EVENTS_ROOT = /<Events[\s>]/;
const FIRST_ELEMENT = /<([A-Za-z_][\w.:-]*)/;

/**
 * `head` is the decoded start of the file (BOM removed); `bytes` its raw first bytes.
 * Detection looks for the shapes of Windows exports, so a renamed file is still read.
 */
export function detectFormat(bytes: Uint8Array, head: string): Detected | DetectedBinary | Rejected {
  if (bytes.length === 0) return { reason: 'the file is empty' };
  if (hasEvtxSignature(bytes)) return { format: 'evtx', binaryReader: readEvtx };
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return { reason: `this is ${magic.name}, not an event log export` };
  }
  if (head.trim() === '') return { reason: 'the file holds only white space' };
  const controls = head.match(CONTROL)?.length ?? 0;
  const replaced = head.split('\uFFFD').length - 1;
  if (controls + replaced > head.length / 100 + 2) return { reason: 'the file is binary, not a text or XML event log export' };
  // CSV and text exports first: Event Viewer's details text quotes each event's XML, yet is text.
  const text = detectTextExport(head);
  if (text !== undefined && 'reader' in text) return text;

  const doctype = head.indexOf('<!DOCTYPE');
  if (doctype !== -1) {
    return {
      reason: 'the file declares a DTD (<!DOCTYPE>), which Windows exports never do; it is refused so that no entity is expanded',
      line: lineOf(head, doctype),
    };
  }
  const event = XML_EVENT.exec(head);
  if (event !== null) {
    const root = XML_EVENTS_ROOT.exec(head);
    const format: InputFormat = root !== null && root.index < event.index ? 'xml-events' : 'xml-bare';
    return { format, reader: readXmlEvents, byteReader: readXmlBytes };
  }
  if (head.trimStart().startsWith('<')) {
    const element = FIRST_ELEMENT.exec(head.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
    const name = element?.[1];
    return {
      reason: `XML, but not an event log export: no <Event> element${name === undefined ? '' : ` (the first element is <${name}>)`}`,
    };
  }
  return text ?? { reason: 'not a supported export: expected Windows event log XML (Event Viewer, wevtutil or PowerShell)' };
}
