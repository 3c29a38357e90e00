// Ingest (.evtx): templates compiled once into closures that write an event's XML and gather its record fields in the same pass.

import type { AttributeNode, ContentNode, ElementNode, ValueTable } from './binxml.js';
import { addData, emptyFields, parseSystemTime, type EventFields } from './event-fields.js';
import { escapeAttribute, indent, renderElement, renderPi } from './render-xml.js';
import { nestedNodes, typeOf } from './substitution.js';
import type { ChunkSource } from './template.js';
import { unsignedValue, writesBytes, writeValueBytes } from './value-bytes.js';
import { arrayItems, fileTimeDate, isArray, VALUE, valueText } from './values.js';
import { AS_IS, ATTRIBUTE, fixedBytes, TEXT, type XmlBytes } from './xml-bytes.js';

/** Writes an element's XML to `out` (every value escaped: only text values can hold `&`, `<` or `>`). */
type Renderer = (source: ChunkSource, values: ValueTable, fields: EventFields, out: XmlBytes) => void;
type AttributeRenderer = Renderer;

/** What an element means to the record model, by its path from the event's root. */
type Role = 'event' | 'provider' | 'eventId' | 'level' | 'time' | 'recordId' | 'computer' | 'data' | 'none';

const ROLES: ReadonlyMap<string, Role> = new Map([
  ['Event', 'event'],
  ['Event/System/Provider', 'provider'],
  ['Event/System/EventID', 'eventId'],
  ['Event/System/Level', 'level'],
  ['Event/System/TimeCreated', 'time'],
  ['Event/System/EventRecordID', 'recordId'],
  ['Event/System/Computer', 'computer'],
  ['Event/EventData/Data', 'data'],
]);

/** An element's own text for the fields; the first value of each field counts, as in `record-fields.ts`. */
function captureText(fields: EventFields, role: Role, text: string, dataName: string | undefined): void {
  switch (role) {
    case 'eventId':
      fields.eventId ??= text;
      break;
    case 'level':
      fields.level ??= text;
      break;
    case 'recordId':
      fields.recordId ??= text;
      break;
    case 'computer':
      fields.computer ??= text;
      break;
    case 'data':
      addData(fields, dataName, text);
      break;
    default:
  }
}

/** A number for the fields that take one, spared its text: EventID, Level, EventRecordID. */
function captureNumber(fields: EventFields, role: Role, value: number): void {
  if (role === 'eventId') fields.eventId ??= value;
  else if (role === 'level') fields.level ??= value;
  else fields.recordId ??= value;
}

function rawValue(source: ChunkSource, values: ValueTable, index: number, type: number): string {
  return valueText(source.bytes, values.offsets[index]!, values.sizes[index]!, type);
}


/** Levels of indentation of the elements at `path` (`Event/System` holds elements at depth 2). */
function depthOf(path: string): number {
  let depth = path === '' ? 0 : 1;
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) depth++;
  return depth;
}

/** An attribute's text when the template fixes it and no field takes it, else the closure that writes it. */
function compileAttribute(attribute: AttributeNode, role: Role): AttributeRenderer | string | undefined {
  const only = attribute.value.length === 1 ? attribute.value[0]! : undefined;
  const captures = (role === 'provider' && attribute.name === 'Name') || (role === 'time' && attribute.name === 'SystemTime');
  if (only?.kind === 'text') {
    const fixed = ` ${attribute.name}="${escapeAttribute(only.text)}"`;
    if (!captures) return fixed;
    const bytes = fixedBytes(fixed);
    return (_source, _values, fields, out) => {
      if (role === 'provider') fields.provider ??= only.text;
      else fields.time ??= parseSystemTime(only.text);
      out.fixed(bytes);
    };
  }
  if (only?.kind !== 'substitution') return undefined;
  const index = only.index;
  const prefix = fixedBytes(` ${attribute.name}="`);
  const quote = fixedBytes('"');
  return (source, values, fields, out) => {
    const type = typeOf(values, index);
    if (type === VALUE.null) return;
    const at = values.offsets[index]!;
    const size = values.sizes[index]!;
    // The time is taken from the FILETIME itself: its text, like that of most values, need not be made.
    if ((!captures || role === 'time') && writesBytes(type, size)) {
      if (captures) fields.time ??= type === VALUE.fileTime ? fileTimeDate(source.bytes, at) : parseSystemTime(valueText(source.bytes, at, size, type));
      out.fixed(prefix);
      writeValueBytes(out, source.bytes, at, type);
      out.fixed(quote);
      return;
    }
    const text = valueText(source.bytes, at, size, type);
    if (captures) {
      if (role === 'provider') fields.provider ??= text;
      else if (fields.time === undefined) {
        fields.time = type === VALUE.fileTime && values.sizes[index]! >= 8 ? fileTimeDate(source.bytes, values.offsets[index]!) : parseSystemTime(text);
      }
    }
    out.fixed(prefix);
    out.text(text, ATTRIBUTE);
    out.fixed(quote);
  };
}

/** The `Name` of a `<Data>`: fixed in the template or one value; undefined when it has none. */
function dataNameOf(element: ElementNode): (source: ChunkSource, values: ValueTable) => string | undefined {
  const name = element.attributes.find((attribute) => attribute.name === 'Name');
  const only = name !== undefined && name.value.length === 1 ? name.value[0]! : undefined;
  if (name === undefined) return () => undefined;
  if (only?.kind === 'text') return () => only.text;
  if (only?.kind !== 'substitution') return () => '';
  return (source, values) => {
    const type = typeOf(values, only.index);
    return type === VALUE.null ? undefined : rawValue(source, values, only.index, type);
  };
}

/** Per-record nodes (a nested value): template instances in them render compiled, anything else by the general walk. */
function renderFragment(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, path: string, out: XmlBytes): void {
  for (const node of nodes) {
    if (node.kind === 'instance') compiledTemplate(node.nodes, path)(source, node.values, fields, out);
    else if (node.kind === 'pi') out.text(renderPi(node, depthOf(path)), AS_IS);
    else if (node.kind === 'substitution' && typeOf(values, node.index) === VALUE.binXml) renderFragment(source, nestedNodes(source, values, node.index), values, fields, path, out);
    else if (node.kind === 'element') {
      fields.incomplete = true;
      out.text(renderElement(source, node, values, depthOf(path)), AS_IS);
    }
  }
}

const appendFixed =
  (fixed: Uint8Array): AttributeRenderer =>
  (_source, _values, _fields, out) =>
    out.fixed(fixed);

const END_EMPTY = fixedBytes('/>\n');
const END_START = fixedBytes('>');
const LINE_BREAK = fixedBytes('\n');

function compileElement(element: ElementNode, parentPath: string): Renderer {
  const path = parentPath === '' ? element.name : `${parentPath}/${element.name}`;
  const depth = depthOf(parentPath);
  const role = ROLES.get(path) ?? 'none';
  const general: Renderer = (source, values, fields, out) => {
    fields.incomplete = true;
    out.text(renderElement(source, element, values, depth), AS_IS);
  };
  // The start tag: `  <Name` with the fixed attributes before the first that takes a value, then closures.
  let headText = `${indent(depth)}<${element.name}`;
  const parts: (AttributeRenderer | string)[] = [];
  const attributeSlots: number[] = [];
  for (const attribute of element.attributes) {
    const compiled = compileAttribute(attribute, role);
    if (compiled === undefined) return general;
    const last = parts.length - 1;
    if (typeof compiled === 'string' && last === -1) headText += compiled;
    else if (typeof compiled === 'string' && typeof parts[last] === 'string') parts[last] += compiled;
    else parts.push(compiled);
    for (const node of attribute.value) if (node.kind === 'substitution') attributeSlots.push(node.index);
  }
  const attributes = parts.map((part) => (typeof part === 'string' ? appendFixed(fixedBytes(part)) : part));
  const substitutions = element.content.filter((node) => node.kind === 'substitution');
  if (substitutions.length > 1 || element.content.some((node) => node.kind !== 'element' && node.kind !== 'text' && node.kind !== 'substitution')) return general;

  const head = fixedBytes(headText);
  const close = fixedBytes(`</${element.name}>\n`);
  const tail = fixedBytes(`${indent(depth)}</${element.name}>\n`);
  const dataName = role === 'data' ? dataNameOf(element) : () => undefined;
  const slotAt = element.content.findIndex((node) => node.kind === 'substitution');
  const slot = slotAt === -1 ? -1 : (element.content[slotAt] as { index: number }).index;
  // Static text before and after the one value (all of it is "before" when there is none).
  let before = '';
  let after = '';
  element.content.forEach((node, at) => {
    if (node.kind === 'text' && (slotAt === -1 || at < slotAt)) before += node.text;
    else if (node.kind === 'text') after += node.text;
  });
  const children = element.content.map((node): Renderer | undefined => (node.kind === 'element' ? compileElement(node, path) : undefined));
  const hasChildren = children.some((child) => child !== undefined);
  const hasAttributeArray =
    attributeSlots.length === 0
      ? (): boolean => false
      : (values: ValueTable): boolean => {
          for (const index of attributeSlots) if (isArray(typeOf(values, index))) return true;
          return false;
        };
  const startTag = (source: ChunkSource, values: ValueTable, fields: EventFields, out: XmlBytes): void => {
    out.fixed(head);
    for (const attribute of attributes) attribute(source, values, fields, out);
  };

  /** One element: its start tag, then its text and children, or `/>` when it has neither. */
  const emit = (source: ChunkSource, values: ValueTable, fields: EventFields, out: XmlBytes, text: string, type: number): void => {
    startTag(source, values, fields, out);
    const mark = out.length;
    if (hasChildren || type === VALUE.binXml) {
      out.fixed(END_START);
      out.text(text, TEXT);
      out.fixed(LINE_BREAK);
      const opened = out.length;
      for (let at = 0; at < children.length; at++) {
        const child = children[at];
        if (child !== undefined) child(source, values, fields, out);
        else if (at === slotAt && type === VALUE.binXml) renderFragment(source, nestedNodes(source, values, slot), values, fields, path, out);
      }
      if (out.length !== opened) {
        out.fixed(tail);
        return;
      }
      out.truncate(mark);
    }
    if (text === '') out.fixed(END_EMPTY);
    else {
      out.fixed(END_START);
      out.text(text, TEXT);
      out.fixed(close);
    }
  };

  const full: Renderer = (source, values, fields, out) => {
    const type = slot === -1 ? VALUE.null : typeOf(values, slot);
    if (slot !== -1 && type === VALUE.null) return; // the element of a NULL value is left out
    if (hasAttributeArray(values)) return general(source, values, fields, out);
    let own = fields;
    if (role === 'event') {
      if (fields.seenEvent) own = emptyFields(); // only the first event gives the record its fields
      own.seenEvent = true;
    }
    if (!isArray(type)) {
      const raw = slot === -1 || type === VALUE.binXml ? '' : rawValue(source, values, slot, type);
      const whole = before === '' && after === '' ? raw : before + raw + after;
      if (role !== 'none') captureText(own, role, whole, dataName(source, values));
      emit(source, values, own, out, whole, type);
      return;
    }
    // An array value: the element once per item (a classic event's insertion strings, one `<Data>` each).
    const items = arrayItems(source.bytes, values.offsets[slot]!, values.sizes[slot]!, type);
    const name = role === 'none' ? undefined : dataName(source, values);
    for (let item = 0; item < Math.max(1, items.length); item++) {
      const whole = before + (items[item] ?? '') + after;
      if (role !== 'none') captureText(own, role, whole, name);
      emit(source, values, own, out, whole, type);
    }
  };

  // An element holding one value and nothing else: most elements of every event.
  if (slot !== -1 && !hasChildren && before === '' && after === '' && role !== 'event') {
    const open = fixedBytes(`${headText}>`);
    const empty = fixedBytes(`${headText}/>\n`);
    const takesNumber = role === 'eventId' || role === 'level' || role === 'recordId';
    return (source, values, fields, out) => {
      const type = slot < values.count ? values.types[slot]! : VALUE.null;
      if (type === VALUE.null) return;
      if (isArray(type) || type === VALUE.binXml || hasAttributeArray(values)) {
        full(source, values, fields, out);
        return;
      }
      const at = values.offsets[slot]!;
      const size = values.sizes[slot]!;
      const number = takesNumber ? unsignedValue(source.bytes, at, size, type) : undefined;
      if (number !== undefined) {
        captureNumber(fields, role, number);
        if (attributes.length === 0) out.fixed(open);
        else {
          startTag(source, values, fields, out);
          out.fixed(END_START);
        }
        out.decimal(number);
        out.fixed(close);
        return;
      }
      if (role === 'none' && writesBytes(type, size)) {
        if (attributes.length === 0) out.fixed(open);
        else {
          startTag(source, values, fields, out);
          out.fixed(END_START);
        }
        writeValueBytes(out, source.bytes, at, type);
        out.fixed(close);
        return;
      }
      const raw = valueText(source.bytes, at, size, type);
      if (role !== 'none') captureText(fields, role, raw, dataName(source, values));
      if (attributes.length === 0) {
        if (raw === '') out.fixed(empty);
        else {
          out.fixed(open);
          out.text(raw, TEXT);
          out.fixed(close);
        }
        return;
      }
      startTag(source, values, fields, out);
      if (raw === '') out.fixed(END_EMPTY);
      else {
        out.fixed(END_START);
        out.text(raw, TEXT);
        out.fixed(close);
      }
    };
  }
  // An element of attributes only (Provider, TimeCreated, Execution…).
  if (element.content.length === 0 && role !== 'event' && role !== 'data') {
    const empty = fixedBytes(`${headText}/>\n`);
    return (source, values, fields, out) => {
      if (hasAttributeArray(values)) return general(source, values, fields, out);
      if (role !== 'none') captureText(fields, role, '', undefined);
      if (attributes.length === 0) return out.fixed(empty);
      startTag(source, values, fields, out);
      out.fixed(END_EMPTY);
    };
  }
  // An element of elements only (System, and Event and EventData of most templates).
  if (slot === -1 && before === '' && role !== 'event') {
    const elements = children.filter((child): child is Renderer => child !== undefined);
    const opening = fixedBytes('>\n');
    return (source, values, fields, out) => {
      if (hasAttributeArray(values)) return general(source, values, fields, out);
      if (role !== 'none') captureText(fields, role, '', dataName(source, values));
      startTag(source, values, fields, out);
      const mark = out.length;
      out.fixed(opening);
      for (const child of elements) child(source, values, fields, out);
      if (out.length !== mark + opening.length) out.fixed(tail);
      else {
        out.truncate(mark);
        out.fixed(END_EMPTY);
      }
    };
  }
  return full;
}

const compiled = new WeakMap<readonly ContentNode[], Map<string, Renderer>>();

/** The renderer of a template's nodes placed at `path` (where its instance sits in the event), compiled on first use. */
function compiledTemplate(nodes: readonly ContentNode[], path: string): Renderer {
  let byPath = compiled.get(nodes);
  if (byPath === undefined) {
    byPath = new Map();
    compiled.set(nodes, byPath);
  }
  let render = byPath.get(path);
  if (render === undefined) {
    const parts = nodes.map((node): Renderer => {
      if (node.kind === 'element') return compileElement(node, path);
      return (source, values, fields, out) => renderFragment(source, [node], values, fields, path, out);
    });
    render =
      parts.length === 1
        ? parts[0]!
        : (source, values, fields, out) => {
            for (const part of parts) part(source, values, fields, out);
          };
    byPath.set(path, render);
  }
  return render;
}

/**
 * Renders a record that instantiates a template into `out` and returns its UTF-8 bytes, gathering
 * its fields into `fields` on the way; `fields.incomplete` says that some part went through the general walk, which gathers nothing.
 */
export function renderTemplateRecord(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, out: XmlBytes): Buffer {
  out.clear();
  compiledTemplate(nodes, '')(source, values, fields, out);
  return out.event();
}
