// Ingest (.evtx): templates compiled once into closures that write an event's XML and gather its record fields in the same pass.

import type { AttributeNode, ContentNode, ElementNode, ValueTable } from './binxml.js';
import { addData, emptyFields, parseSystemTime, type EventFields } from './event-fields.js';
import { escapeAttribute, escapeText, indent, renderElement, renderPi } from './render-xml.js';
import { isText, nestedNodes, typeOf } from './substitution.js';
import type { ChunkSource } from './template.js';
import { arrayItems, fileTimeDate, isArray, VALUE, valueText } from './values.js';

/** Pushes the element's XML to `out` in pieces, joined once per record: no string is built per element. */
type Renderer = (source: ChunkSource, values: ValueTable, depth: number, fields: EventFields, out: string[]) => void;
type AttributeRenderer = (source: ChunkSource, values: ValueTable, fields: EventFields, out: string[]) => void;

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

function rawValue(source: ChunkSource, values: ValueTable, index: number, type: number): string {
  return valueText(source.bytes, values.offsets[index]!, values.sizes[index]!, type);
}

function compileAttribute(attribute: AttributeNode, role: Role): AttributeRenderer | undefined {
  const only = attribute.value.length === 1 ? attribute.value[0]! : undefined;
  const captures = (role === 'provider' && attribute.name === 'Name') || (role === 'time' && attribute.name === 'SystemTime');
  if (only?.kind === 'text') {
    const fixed = ` ${attribute.name}="${escapeAttribute(only.text)}"`;
    if (!captures) return (_source, _values, _fields, out) => void out.push(fixed);
    return (_source, _values, fields, out) => {
      if (role === 'provider') fields.provider ??= only.text;
      else fields.time ??= parseSystemTime(only.text);
      out.push(fixed);
    };
  }
  if (only?.kind !== 'substitution') return undefined;
  const index = only.index;
  const prefix = ` ${attribute.name}="`;
  return (source, values, fields, out) => {
    const type = typeOf(values, index);
    if (type === VALUE.null) return;
    const text = rawValue(source, values, index, type);
    if (captures) {
      if (role === 'provider') fields.provider ??= text;
      else if (fields.time === undefined) {
        fields.time = type === VALUE.fileTime && values.sizes[index]! >= 8 ? fileTimeDate(source.bytes, values.offsets[index]!) : parseSystemTime(text);
      }
    }
    out.push(prefix, isText(type) ? escapeAttribute(text) : text, '"');
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
function renderFragment(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, depth: number, fields: EventFields, path: string, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'instance') compiledTemplate(node.nodes, path)(source, node.values, depth, fields, out);
    else if (node.kind === 'pi') out.push(renderPi(node, depth));
    else if (node.kind === 'substitution' && typeOf(values, node.index) === VALUE.binXml) renderFragment(source, nestedNodes(source, values, node.index), values, depth, fields, path, out);
    else if (node.kind === 'element') {
      fields.incomplete = true;
      out.push(renderElement(source, node, values, depth));
    }
  }
}

function compileElement(element: ElementNode, parentPath: string): Renderer {
  const path = parentPath === '' ? element.name : `${parentPath}/${element.name}`;
  const role = ROLES.get(path) ?? 'none';
  const general: Renderer = (source, values, depth, fields, out) => {
    fields.incomplete = true;
    out.push(renderElement(source, element, values, depth));
  };
  const attributes: AttributeRenderer[] = [];
  const attributeSlots: number[] = [];
  for (const attribute of element.attributes) {
    const compiled = compileAttribute(attribute, role);
    if (compiled === undefined) return general;
    attributes.push(compiled);
    for (const node of attribute.value) if (node.kind === 'substitution') attributeSlots.push(node.index);
  }
  const substitutions = element.content.filter((node) => node.kind === 'substitution');
  if (substitutions.length > 1 || element.content.some((node) => node.kind !== 'element' && node.kind !== 'text' && node.kind !== 'substitution')) return general;

  const close = `</${element.name}>\n`;
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
  // `indent + <Name` and `indent + </Name>` by depth, built once.
  const heads: string[] = [];
  const tails: string[] = [];
  const head = (depth: number): string => (heads[depth] ??= `${indent(depth)}<${element.name}`);
  const tail = (depth: number): string => (tails[depth] ??= `${indent(depth)}${close}`);
  const noAttributeArrays = attributeSlots.length === 0;
  const hasAttributeArray = (values: ValueTable): boolean => {
    for (const index of attributeSlots) if (isArray(typeOf(values, index))) return true;
    return false;
  };

  /** One element: its start tag, then its text and children, or `/>` when it has neither. */
  const emit = (source: ChunkSource, values: ValueTable, depth: number, fields: EventFields, out: string[], text: string, type: number): void => {
    out.push(head(depth));
    for (const attribute of attributes) attribute(source, values, fields, out);
    const mark = out.length;
    out.push('');
    if (hasChildren || type === VALUE.binXml) {
      for (let at = 0; at < children.length; at++) {
        const child = children[at];
        if (child !== undefined) child(source, values, depth + 1, fields, out);
        else if (at === slotAt && type === VALUE.binXml) renderFragment(source, nestedNodes(source, values, slot), values, depth + 1, fields, path, out);
      }
    }
    if (out.length === mark + 1) out[mark] = text === '' ? '/>\n' : `>${text}${close}`;
    else {
      out[mark] = `>${text}\n`;
      out.push(tail(depth));
    }
  };

  const full: Renderer = (source, values, depth, fields, out) => {
    const type = slot === -1 ? VALUE.null : typeOf(values, slot);
    if (slot !== -1 && type === VALUE.null) return; // the element of a NULL value is left out
    if (hasAttributeArray(values)) return general(source, values, depth, fields, out);
    let own = fields;
    if (role === 'event') {
      if (fields.seenEvent) own = emptyFields(); // only the first event gives the record its fields
      own.seenEvent = true;
    }
    if (!isArray(type)) {
      const raw = slot === -1 || type === VALUE.binXml ? '' : rawValue(source, values, slot, type);
      const whole = before === '' && after === '' ? raw : before + raw + after;
      if (role !== 'none') captureText(own, role, whole, dataName(source, values));
      emit(source, values, depth, own, out, isText(type) || before !== '' || after !== '' ? escapeText(whole) : whole, type);
      return;
    }
    // An array value: the element once per item (a classic event's insertion strings, one `<Data>` each).
    const items = arrayItems(source.bytes, values.offsets[slot]!, values.sizes[slot]!, type);
    const name = role === 'none' ? undefined : dataName(source, values);
    for (let item = 0; item < Math.max(1, items.length); item++) {
      const whole = before + (items[item] ?? '') + after;
      if (role !== 'none') captureText(own, role, whole, name);
      emit(source, values, depth, own, out, escapeText(whole), type);
    }
  };

  // An element holding one value and nothing else: most elements of every event.
  if (slot !== -1 && !hasChildren && before === '' && after === '' && role !== 'event') {
    return (source, values, depth, fields, out) => {
      const type = slot < values.count ? values.types[slot]! : VALUE.null;
      if (type === VALUE.null) return;
      if (isArray(type) || type === VALUE.binXml || (!noAttributeArrays && hasAttributeArray(values))) {
        full(source, values, depth, fields, out);
        return;
      }
      const raw = valueText(source.bytes, values.offsets[slot]!, values.sizes[slot]!, type);
      if (role !== 'none') captureText(fields, role, raw, dataName(source, values));
      out.push(head(depth));
      for (const attribute of attributes) attribute(source, values, fields, out);
      if (raw === '') out.push('/>\n');
      else out.push('>', isText(type) ? escapeText(raw) : raw, close);
    };
  }
  // An element of attributes only (Provider, TimeCreated, Execution…).
  if (element.content.length === 0 && role !== 'event' && role !== 'data') {
    return (source, values, depth, fields, out) => {
      if (!noAttributeArrays && hasAttributeArray(values)) {
        general(source, values, depth, fields, out);
        return;
      }
      if (role !== 'none') captureText(fields, role, '', undefined);
      out.push(head(depth));
      for (const attribute of attributes) attribute(source, values, fields, out);
      out.push('/>\n');
    };
  }
  // An element of elements only (System, and Event and EventData of most templates).
  if (slot === -1 && before === '' && role !== 'event') {
    const elements = children.filter((child): child is Renderer => child !== undefined);
    return (source, values, depth, fields, out) => {
      if (!noAttributeArrays && hasAttributeArray(values)) {
        general(source, values, depth, fields, out);
        return;
      }
      if (role !== 'none') captureText(fields, role, '', dataName(source, values));
      out.push(head(depth));
      for (const attribute of attributes) attribute(source, values, fields, out);
      const mark = out.length;
      out.push('>\n');
      for (const child of elements) child(source, values, depth + 1, fields, out);
      if (out.length === mark + 1) out[mark] = '/>\n';
      else out.push(tail(depth));
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
      return (source, values, depth, fields, out) => renderFragment(source, [node], values, depth, fields, path, out);
    });
    render = (source, values, depth, fields, out) => {
      for (const part of parts) part(source, values, depth, fields, out);
    };
    byPath.set(path, render);
  }
  return render;
}

/**
 * Renders a record that instantiates a template, gathering its fields into `fields` on the way;
 * `fields.incomplete` says that some part went through the general walk, which gathers nothing.
 */
export function renderTemplateRecord(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields): string {
  const out: string[] = [];
  compiledTemplate(nodes, '')(source, values, 0, fields, out);
  return out.join('');
}
