// Ingest (.evtx): templates planned into straight runs of writes that render an event's XML and gather its record fields in one pass.

import type { AttributeNode, ContentNode, ElementNode, InstanceNode, SubstitutionNode, ValueTable } from './binxml.js';
import { addData, emptyFields, parseSystemTime, type EventFields } from './event-fields.js';
import { escapeAttribute, escapeText, indent, renderElement, renderPi } from './render-xml.js';
import { nestedNodes, typeOf } from './substitution.js';
import { emptyValueTable, readInstance, type ChunkSource } from './template.js';
import { unsignedValue, writesBytes, writeValueBytes } from './value-bytes.js';
import { arrayItems, fileTimeDate, isArray, isEmptyText, VALUE, valueText, WIDTH } from './values.js';
import { AS_IS, ATTRIBUTE, fixedBytes, TEXT, type Escapes, type XmlBytes } from './xml-bytes.js';

// How a template's XML comes out depends on its values only through their types and on whether
// each value's text is empty: a NULL value leaves its element out, an empty one closes it as
// `<Name/>`, an array repeats it. For one such pattern (a signature) the XML is fixed text with the
// values' text at known places, so a template gets one plan per signature it meets (most meet one
// or two): the fixed text between two values is one piece however many elements it spans, and the
// plan is a flat list of steps that one loop runs, without a test of a type or a call per element.

// Binary XML tokens a nested value starts and ends with.
const FRAGMENT_HEADER = 0x0f;
const TEMPLATE_INSTANCE = 0x0c;
const END_OF_FRAGMENT = 0x00;

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

/** Roles whose element text is a record field (the provider and the time are attributes). */
const TEXT_ROLES: ReadonlySet<Role> = new Set(['eventId', 'level', 'recordId', 'computer', 'data']);

// What a step does.
/** Writes `piece`. */
const FIXED = 0;
/** Writes value `slot` (of type `type`, its text not empty), escaped by `escape`; with a role, gathers `before + text + after`. */
const VALUE_TEXT = 1;
/** EventID, Level, EventRecordID from an unsigned integer value: the number is gathered and written. */
const NUMBER = 2;
/** Writes value `slot`, a number, GUID or time no field takes, straight from the chunk's bytes. */
const BYTES = 3;
/** A template instance among the template's nodes, rendered planned with its own values. */
const INSTANCE = 4;
/** Gathers `before` (text the template fixes) for the role. */
const GATHER = 5;
/** `Provider/@Name` from value `slot`: gathered and written. */
const PROVIDER = 6;
/** `TimeCreated/@SystemTime` from value `slot` (a FILETIME, or text), or from `before` when `slot` is -1. */
const TIME = 7;
/** A `<Data>` per item of the array value `slot` (a classic event's insertion strings). */
const ARRAY = 8;
/** The Binary XML held by value `slot`, rendered in place. */
const NESTED = 9;
/** An element the plan does not cover, written by the general walk (which gathers no fields). */
const GENERAL = 10;
/** Keeps the output's length, to return to when the children of an element turn out empty. */
const MARK = 11;
/** Ends an element whose children (nested values) may write nothing: `/>` or `</Name>` then. */
const CLOSE = 12;
/** An `<Event>`: the first gives the record its fields, a later one (nested) gathers into its own. */
const EVENT_START = 13;
const EVENT_END = 14;

/** Where a `<Data>`'s `Name` comes from: fixed text (undefined: no name), or value `slot`. */
interface DataName {
  readonly text: string | undefined;
  readonly slot: number;
}

const NO_NAME: DataName = { text: undefined, slot: -1 };

/** One step of a plan; every step has every field, so the loop that runs them sees one shape. */
interface Step {
  readonly code: number;
  readonly piece: Uint8Array;
  readonly slot: number;
  readonly type: number;
  readonly escape: Escapes;
  readonly role: Role;
  readonly before: string;
  readonly after: string;
  readonly name: DataName;
  /** ARRAY: the start tag with `>`, and the whole element when an item's text is empty. CLOSE: the end tag written when only the text was. */
  readonly open: Uint8Array;
  readonly empty: Uint8Array;
  /** CLOSE: whether the element's text is empty. */
  readonly blank: boolean;
  readonly node: ElementNode | InstanceNode | undefined;
  readonly depth: number;
  readonly path: string;
}

const NOTHING = new Uint8Array(0);

function step(code: number, fields: Partial<Step>): Step {
  return {
    code,
    piece: fields.piece ?? NOTHING,
    slot: fields.slot ?? -1,
    type: fields.type ?? VALUE.null,
    escape: fields.escape ?? TEXT,
    role: fields.role ?? 'none',
    before: fields.before ?? '',
    after: fields.after ?? '',
    name: fields.name ?? NO_NAME,
    open: fields.open ?? NOTHING,
    empty: fields.empty ?? NOTHING,
    blank: fields.blank ?? false,
    node: fields.node,
    depth: fields.depth ?? 0,
    path: fields.path ?? '',
  };
}

/** The signature of a record: per slot the template uses, its type, plus EMPTY when its text is empty. */
const EMPTY = 0x100;

interface Plan {
  readonly signature: Uint16Array;
  readonly steps: readonly Step[];
}

/** A template placed at a path: the slots it uses and its plans so far. */
interface Planned {
  readonly slots: Int32Array;
  readonly plans: Plan[];
}

/** A template meeting more signatures than this has damaged or unusual data: later ones are planned per record. */
const MAX_PLANS = 32;

/** A record's value as the plan sees it: NULL, or its type, with EMPTY when its text is ''. */
function slotSignature(source: ChunkSource, values: ValueTable, slot: number): number {
  if (slot >= values.count) return VALUE.null;
  const type = values.types[slot]!;
  if (type === VALUE.null) return type;
  // Most values are of a fixed size: empty only when too short for it.
  const width = WIDTH[type]!;
  const size = values.sizes[slot]!;
  if (width !== 0) return size < width ? type | EMPTY : type;
  return isEmptyText(source.bytes, values.offsets[slot]!, size, type) ? type | EMPTY : type;
}

/** Builds a plan: fixed text is gathered until a step needs a value, then written as one piece. */
class PlanBuilder {
  readonly steps: Step[] = [];
  private pending = '';

  constructor(
    private readonly source: ChunkSource,
    private readonly values: ValueTable,
  ) {}

  typeOf(slot: number): number {
    return typeOf(this.values, slot);
  }

  /** Whether value `slot` gives no text: NULL, or empty (nested Binary XML is, as text). */
  isBlank(slot: number): boolean {
    const signature = slotSignature(this.source, this.values, slot);
    return signature === VALUE.null || (signature & EMPTY) !== 0;
  }

  text(text: string): void {
    this.pending += text;
  }

  add(code: number, fields: Partial<Step> = {}): void {
    this.flush();
    this.steps.push(step(code, fields));
  }

  /** A step that writes nothing (it gathers a field): the fixed text around it stays one piece. */
  note(code: number, fields: Partial<Step> = {}): void {
    this.steps.push(step(code, fields));
  }

  flush(): void {
    if (this.pending === '') return;
    this.steps.push(step(FIXED, { piece: fixedBytes(this.pending) }));
    this.pending = '';
  }
}

/** The `Name` of a `<Data>`: fixed in the template or one value; undefined when it has none. */
function dataNameOf(plan: PlanBuilder, element: ElementNode): DataName {
  const name = element.attributes.find((attribute) => attribute.name === 'Name');
  if (name === undefined) return NO_NAME;
  const only = name.value.length === 1 ? name.value[0]! : undefined;
  if (only?.kind === 'text') return { text: only.text, slot: -1 };
  if (only?.kind !== 'substitution') return { text: '', slot: -1 };
  return plan.typeOf(only.index) === VALUE.null ? NO_NAME : { text: undefined, slot: only.index };
}

function captures(role: Role, attribute: AttributeNode): boolean {
  return (role === 'provider' && attribute.name === 'Name') || (role === 'time' && attribute.name === 'SystemTime');
}

/**
 * How an element is planned: as an element, as a `<Data>` per item of its array value, or left to
 * the general walk (CDATA, nested instances, a field from more than one value, other arrays).
 */
function planKind(plan: PlanBuilder, element: ElementNode, role: Role): 'element' | 'array' | 'general' {
  if (element.content.some((node) => node.kind === 'cdata' || node.kind === 'instance')) return 'general';
  if (element.attributes.some((attribute) => captures(role, attribute) && attribute.value.length !== 1)) return 'general';
  const substitutions = element.content.filter((node): node is SubstitutionNode => node.kind === 'substitution');
  if (TEXT_ROLES.has(role) && substitutions.length > 1) return 'general';
  // An array value repeats the element; only a leaf holding nothing but the array is planned.
  const arrays = element.substitutions.filter((index) => isArray(plan.typeOf(index)));
  if (arrays.length === 0) return 'element';
  const leaf = substitutions.length === 1 && element.content.every((node) => node.kind !== 'element' && node.kind !== 'pi');
  const fixedAttributes = element.attributes.every((attribute) => attribute.value.every((node) => node.kind === 'text'));
  return arrays.length === 1 && leaf && fixedAttributes && substitutions[0]!.index === arrays[0] ? 'array' : 'general';
}

function planAttributes(plan: PlanBuilder, element: ElementNode, role: Role): void {
  for (const attribute of element.attributes) {
    if (attribute.lastSubstitution >= 0 && plan.typeOf(attribute.lastSubstitution) === VALUE.null) continue;
    plan.text(` ${attribute.name}="`);
    if (captures(role, attribute)) {
      // The provider's name or the time, gathered from fixed text (TIME without a slot parses `before`) or from the value.
      const only = attribute.value[0]!;
      const fixed = role === 'provider' ? GATHER : TIME;
      if (only.kind === 'text') {
        plan.text(escapeAttribute(only.text));
        plan.note(fixed, { role, before: only.text });
      } else if (plan.isBlank(only.index)) {
        plan.note(fixed, { role, before: '' });
      } else {
        plan.add(role === 'provider' ? PROVIDER : TIME, { slot: only.index, type: plan.typeOf(only.index), escape: ATTRIBUTE, role });
      }
    } else {
      for (const node of attribute.value) {
        if (node.kind === 'text') plan.text(escapeAttribute(node.text));
        else if (!plan.isBlank(node.index)) planValue(plan, node.index, ATTRIBUTE);
      }
    }
    plan.text('"');
  }
}

/** `<Data>` once per item of its array value; the element holds nothing else but fixed text. */
function planArray(plan: PlanBuilder, element: ElementNode, role: Role, depth: number): void {
  let head = `${indent(depth)}<${element.name}`;
  for (const attribute of element.attributes) head += ` ${attribute.name}="${escapeAttribute(attribute.value.map((node) => (node.kind === 'text' ? node.text : '')).join(''))}"`;
  const slotAt = element.content.findIndex((node) => node.kind === 'substitution');
  const textOf = (nodes: readonly ContentNode[]): string => nodes.map((node) => (node.kind === 'text' ? node.text : '')).join('');
  const slot = (element.content[slotAt] as { index: number }).index;
  plan.add(ARRAY, {
    slot,
    type: plan.typeOf(slot),
    role: TEXT_ROLES.has(role) ? role : 'none',
    before: textOf(element.content.slice(0, slotAt)),
    after: textOf(element.content.slice(slotAt + 1)),
    name: role === 'data' ? dataNameOf(plan, element) : NO_NAME,
    open: fixedBytes(`${head}>`),
    piece: fixedBytes(`</${element.name}>\n`),
    empty: fixedBytes(`${head}/>\n`),
  });
}

type Children = 'none' | 'fixed' | 'dynamic';

function childrenOf(plan: PlanBuilder, element: ElementNode): Children {
  let children: Children = 'none';
  for (const node of element.content) {
    if (node.kind === 'substitution' && plan.typeOf(node.index) === VALUE.binXml) return 'dynamic';
    if (node.kind === 'pi' || (node.kind === 'element' && !(node.lastSubstitution >= 0 && plan.typeOf(node.lastSubstitution) === VALUE.null))) children = 'fixed';
  }
  return children;
}

const UNSIGNED: ReadonlySet<number> = new Set([VALUE.uint8, VALUE.uint16, VALUE.uint32, VALUE.uint64]);

/** A value the plan writes: straight from the chunk's bytes when it can, else as text. */
function planValue(plan: PlanBuilder, slot: number, escape: Escapes): void {
  const type = plan.typeOf(slot);
  // Not blank, so at least as long as its type: BYTES may read it whole.
  plan.add(writesBytes(type, Number.MAX_SAFE_INTEGER) ? BYTES : VALUE_TEXT, { slot, type, escape });
}

/** The element's text, fixed text and values in order; with a role, its one value gathers the whole text. */
function planText(plan: PlanBuilder, element: ElementNode, role: Role): void {
  const texts = element.content.filter((node) => node.kind === 'text' || node.kind === 'substitution');
  const textOf = (nodes: readonly ContentNode[]): string => nodes.map((node) => (node.kind === 'text' ? node.text : '')).join('');
  const slotAt = texts.findIndex((node) => node.kind === 'substitution' && !plan.isBlank(node.index));
  if (!TEXT_ROLES.has(role) || slotAt === -1) {
    for (const node of texts) {
      if (node.kind === 'text') plan.text(escapeText(node.text));
      else if (node.kind === 'substitution' && !plan.isBlank(node.index)) planValue(plan, node.index, TEXT);
    }
    if (TEXT_ROLES.has(role)) plan.note(GATHER, { role, before: textOf(texts), name: role === 'data' ? dataNameOf(plan, element) : NO_NAME });
    return;
  }
  // One value (`planKind` sends elements of a role with more to the general walk).
  const before = textOf(texts.slice(0, slotAt));
  const after = textOf(texts.slice(slotAt + 1));
  const slot = (texts[slotAt] as SubstitutionNode).index;
  const type = plan.typeOf(slot);
  plan.text(escapeText(before));
  if (before === '' && after === '' && (role === 'eventId' || role === 'level' || role === 'recordId') && UNSIGNED.has(type)) {
    plan.add(NUMBER, { slot, type, role });
  } else {
    plan.add(VALUE_TEXT, { slot, type, role, before, after, name: role === 'data' ? dataNameOf(plan, element) : NO_NAME });
  }
  plan.text(escapeText(after));
}

function isTextBlank(plan: PlanBuilder, element: ElementNode): boolean {
  for (const node of element.content) {
    if (node.kind === 'text' && node.text !== '') return false;
    if (node.kind === 'substitution' && !plan.isBlank(node.index)) return false;
  }
  return true;
}

function planElement(plan: PlanBuilder, element: ElementNode, parentPath: string, depth: number): void {
  if (element.lastSubstitution >= 0 && plan.typeOf(element.lastSubstitution) === VALUE.null) return; // left out
  const path = parentPath === '' ? element.name : `${parentPath}/${element.name}`;
  const role = ROLES.get(path) ?? 'none';
  const kind = planKind(plan, element, role);
  if (kind === 'general') {
    plan.add(GENERAL, { node: element, depth });
    return;
  }
  if (kind === 'array') {
    planArray(plan, element, role, depth);
    return;
  }
  if (role === 'event') plan.note(EVENT_START);
  const pad = indent(depth);
  plan.text(`${pad}<${element.name}`);
  planAttributes(plan, element, role);
  const children = childrenOf(plan, element);
  const blank = isTextBlank(plan, element);
  if (children === 'none') {
    if (blank) {
      plan.text('/>\n');
      if (TEXT_ROLES.has(role)) plan.note(GATHER, { role, before: '', name: role === 'data' ? dataNameOf(plan, element) : NO_NAME });
    } else {
      plan.text('>');
      planText(plan, element, role);
      plan.text(`</${element.name}>\n`);
    }
  } else {
    if (children === 'dynamic') plan.add(MARK);
    plan.text('>');
    planText(plan, element, role);
    plan.text('\n');
    if (children === 'dynamic') plan.add(MARK);
    for (const node of element.content) {
      if (node.kind === 'element') planElement(plan, node, path, depth + 1);
      else if (node.kind === 'pi') plan.text(renderPi(node, depth + 1));
      else if (node.kind === 'substitution' && plan.typeOf(node.index) === VALUE.binXml) plan.add(NESTED, { slot: node.index, depth: depth + 1, path });
    }
    if (children === 'dynamic') plan.add(CLOSE, { piece: fixedBytes(`${pad}</${element.name}>\n`), open: fixedBytes(`</${element.name}>\n`), blank });
    else plan.text(`${pad}</${element.name}>\n`);
  }
  if (role === 'event') plan.note(EVENT_END);
}

/** The elements a template's nodes hold, placed at `path`; other nodes (PIs, nested values) as the general walk writes them. */
function planNodes(plan: PlanBuilder, nodes: readonly ContentNode[], path: string): void {
  const depth = path === '' ? 0 : path.split('/').length;
  for (const node of nodes) {
    if (node.kind === 'element') planElement(plan, node, path, depth);
    else if (node.kind === 'pi') plan.text(renderPi(node, depth));
    else if (node.kind === 'substitution' && plan.typeOf(node.index) === VALUE.binXml) plan.add(NESTED, { slot: node.index, depth, path });
    else if (node.kind === 'instance') plan.add(INSTANCE, { node, path });
  }
  plan.flush();
}

function slotsOf(nodes: readonly ContentNode[], into: Set<number>): Set<number> {
  for (const node of nodes) {
    if (node.kind === 'substitution') into.add(node.index);
    else if (node.kind === 'element') {
      for (const attribute of node.attributes) slotsOf(attribute.value, into);
      slotsOf(node.content, into);
    }
  }
  return into;
}

const planned = new WeakMap<readonly ContentNode[], Map<string, Planned>>();

/** The plan for this record's signature: the first plan that matches it, else a new one. */
function planFor(source: ChunkSource, nodes: readonly ContentNode[], path: string, values: ValueTable): Plan {
  let byPath = planned.get(nodes);
  if (byPath === undefined) {
    byPath = new Map();
    planned.set(nodes, byPath);
  }
  let template = byPath.get(path);
  if (template === undefined) {
    template = { slots: Int32Array.from([...slotsOf(nodes, new Set())].sort((a, b) => a - b)), plans: [] };
    byPath.set(path, template);
  }
  const { slots, plans } = template;
  // Each slot compared as it is worked out: most records match the first plan at once.
  for (let p = 0; p < plans.length; p++) {
    const signature = plans[p]!.signature;
    let i = 0;
    while (i < slots.length && slotSignature(source, values, slots[i]!) === signature[i]) i++;
    if (i === slots.length) return plans[p]!;
  }
  const signature = new Uint16Array(slots.length);
  for (let i = 0; i < slots.length; i++) signature[i] = slotSignature(source, values, slots[i]!);
  const builder = new PlanBuilder(source, values);
  planNodes(builder, nodes, path);
  const plan = { signature, steps: builder.steps };
  if (plans.length < MAX_PLANS) plans.push(plan);
  return plan;
}

/** Gathers an element's text into the field its role names; the first value of each field counts, as in `record-fields.ts`. */
function gather(fields: EventFields, role: Role, text: string, name: DataName, source: ChunkSource, values: ValueTable): void {
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
      addData(fields, name.slot === -1 ? name.text : valueText(source.bytes, values.offsets[name.slot]!, values.sizes[name.slot]!, values.types[name.slot]!), text);
      break;
    default:
  }
}

const END_EMPTY = fixedBytes('/>\n');

/** Nested Binary XML: template instances in it render planned, anything else by the general walk. */
function renderFragment(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, path: string, depth: number, level: number, out: XmlBytes): void {
  for (const node of nodes) {
    if (node.kind === 'instance') renderPlanned(source, node.nodes, path, node.values, fields, level + 1, out);
    else if (node.kind === 'pi') out.text(renderPi(node, depth), AS_IS);
    else if (node.kind === 'substitution' && typeOf(values, node.index) === VALUE.binXml) renderNested(source, values, node.index, fields, path, depth, level, out);
    else if (node.kind === 'element') {
      fields.incomplete = true;
      out.text(renderElement(source, node, values, depth), AS_IS);
    }
  }
}

/** Value tables of nested template instances, one per level of nesting, reused record after record. */
const nestedValues: ValueTable[] = [];

/**
 * The Binary XML held by value `slot`. Nearly always it is one template instance (Security's and
 * Sysmon's event data, for one): its values are read into a table kept for the purpose and its
 * template rendered planned, without a tree made for it. Anything else is read into nodes first.
 */
function renderNested(source: ChunkSource, values: ValueTable, slot: number, fields: EventFields, path: string, depth: number, level: number, out: XmlBytes): void {
  const bytes = source.bytes;
  const end = values.offsets[slot]! + values.sizes[slot]!;
  let at = values.offsets[slot]!;
  if (at + 4 <= end && bytes[at] === FRAGMENT_HEADER) at += 4;
  if (at < end && bytes[at] === TEMPLATE_INSTANCE) {
    const table = (nestedValues[level] ??= emptyValueTable());
    const template = readInstance(source, at, end, table);
    if (table.end === end || bytes[table.end] === END_OF_FRAGMENT) {
      renderPlanned(source, template.nodes, path, table, fields, level + 1, out);
      return;
    }
  }
  renderFragment(source, nestedNodes(source, values, slot), values, fields, path, depth, level, out);
}

function renderPlanned(source: ChunkSource, nodes: readonly ContentNode[], path: string, values: ValueTable, fields: EventFields, level: number, out: XmlBytes): void {
  const steps = planFor(source, nodes, path, values).steps;
  const bytes = source.bytes;
  let own = fields;
  let outer: EventFields[] | undefined;
  let marks: number[] | undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    switch (step.code) {
      case FIXED:
        out.fixed(step.piece);
        break;
      case BYTES:
        writeValueBytes(out, bytes, values.offsets[step.slot]!, step.type);
        break;
      case VALUE_TEXT: {
        const text = valueText(bytes, values.offsets[step.slot]!, values.sizes[step.slot]!, step.type);
        if (step.role !== 'none') gather(own, step.role, step.before === '' && step.after === '' ? text : step.before + text + step.after, step.name, source, values);
        out.text(text, step.escape);
        break;
      }
      case NUMBER: {
        const at = values.offsets[step.slot]!;
        const size = values.sizes[step.slot]!;
        const number = unsignedValue(bytes, at, size, step.type);
        if (number === undefined) {
          const text = valueText(bytes, at, size, step.type);
          gather(own, step.role, text, NO_NAME, source, values);
          out.text(text, TEXT);
        } else {
          if (step.role === 'eventId') own.eventId ??= number;
          else if (step.role === 'level') own.level ??= number;
          else own.recordId ??= number;
          out.decimal(number);
        }
        break;
      }
      case GATHER:
        if (step.role === 'provider') own.provider ??= step.before;
        else gather(own, step.role, step.before, step.name, source, values);
        break;
      case PROVIDER: {
        const text = valueText(bytes, values.offsets[step.slot]!, values.sizes[step.slot]!, step.type);
        own.provider ??= text;
        out.text(text, ATTRIBUTE);
        break;
      }
      case TIME: {
        if (step.slot === -1) {
          if (own.time === undefined) own.time = parseSystemTime(step.before);
          break;
        }
        const at = values.offsets[step.slot]!;
        const size = values.sizes[step.slot]!;
        if (step.type === VALUE.fileTime) {
          own.time ??= fileTimeDate(bytes, at);
          writeValueBytes(out, bytes, at, step.type);
        } else {
          const text = valueText(bytes, at, size, step.type);
          if (own.time === undefined) own.time = parseSystemTime(text);
          out.text(text, ATTRIBUTE);
        }
        break;
      }
      case ARRAY: {
        const items = arrayItems(bytes, values.offsets[step.slot]!, values.sizes[step.slot]!, step.type);
        const count = Math.max(1, items.length);
        for (let item = 0; item < count; item++) {
          const text = step.before + (items[item] ?? '') + step.after;
          if (step.role !== 'none') gather(own, step.role, text, step.name, source, values);
          if (text === '') out.fixed(step.empty);
          else {
            out.fixed(step.open);
            out.text(text, TEXT);
            out.fixed(step.piece);
          }
        }
        break;
      }
      case NESTED:
        renderNested(source, values, step.slot, own, step.path, step.depth, level, out);
        break;
      case GENERAL:
        own.incomplete = true;
        out.text(renderElement(source, step.node as ElementNode, values, step.depth), AS_IS);
        break;
      case INSTANCE: {
        const instance = step.node as InstanceNode;
        renderPlanned(source, instance.nodes, step.path, instance.values, own, level + 1, out);
        break;
      }
      case MARK:
        (marks ??= []).push(out.length);
        break;
      case CLOSE: {
        const opened = marks!.pop()!;
        const start = marks!.pop()!;
        if (out.length !== opened) out.fixed(step.piece);
        else if (step.blank) {
          out.truncate(start);
          out.fixed(END_EMPTY);
        } else {
          out.truncate(opened - 1);
          out.fixed(step.open);
        }
        break;
      }
      case EVENT_START:
        (outer ??= []).push(own);
        if (own.seenEvent) own = emptyFields(); // only the first event gives the record its fields
        own.seenEvent = true;
        break;
      case EVENT_END:
        own = outer!.pop()!;
        break;
      default:
    }
  }
}

/**
 * Renders a record that instantiates a template into `out` and returns its UTF-8 bytes, gathering
 * its fields into `fields` on the way; `fields.incomplete` says that some part went through the general walk, which gathers nothing.
 */
export function renderTemplateRecord(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, out: XmlBytes): Buffer {
  out.clear();
  renderPlanned(source, nodes, '', values, fields, 0, out);
  return out.event();
}
