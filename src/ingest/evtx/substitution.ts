// Ingest (.evtx): how a template's substitution slots take their values — left out, repeated, nested or as text.

import { readFragment, type AttributeNode, type ContentNode, type ElementNode, type ValueTable } from './binxml.js';
import type { ChunkSource } from './template.js';
import { arrayItems, isArray, VALUE, valueText } from './values.js';

/** Type of value `index`; a slot without a value counts as NULL, as an omitted optional value does. */
export function typeOf(values: ValueTable, index: number): number {
  return index < values.count ? values.types[index]! : VALUE.null;
}

/** An element whose last substitution is NULL is left out (libevtx: the element is not appended). */
export function isLeftOut(node: ElementNode | AttributeNode, values: ValueTable): boolean {
  return node.lastSubstitution >= 0 && typeOf(values, node.lastSubstitution) === VALUE.null;
}

/**
 * An element with an array value is written once per item (a classic event's insertion strings
 * become one `<Data>` each); `items` is undefined when the element has no array value.
 */
export interface Repetition {
  index: number;
  items: string[] | undefined;
  count: number;
}

const SINGLE: Repetition = { index: -1, items: undefined, count: 1 };

export function repetitionOf(source: ChunkSource, element: ElementNode, values: ValueTable): Repetition {
  for (const index of element.substitutions) {
    const type = typeOf(values, index);
    if (isArray(type) && type !== VALUE.binXml) {
      const items = arrayItems(source.bytes, values.offsets[index]!, values.sizes[index]!, type);
      return { index, items, count: Math.max(1, items.length) };
    }
  }
  return SINGLE;
}

/** Text of value `index`; item `item` of it when it is the element's repeated array. */
export function substitutionText(source: ChunkSource, values: ValueTable, index: number, repetition: Repetition, item: number): string {
  const type = typeOf(values, index);
  if (type === VALUE.null || type === VALUE.binXml) return '';
  if (index === repetition.index) return repetition.items?.[item] ?? '';
  const offset = values.offsets[index]!;
  const size = values.sizes[index]!;
  if (isArray(type)) return arrayItems(source.bytes, offset, size, type).join(',');
  return valueText(source.bytes, offset, size, type);
}

/** The Binary XML held by value `index` (Security and Sysmon event data arrive this way), read once per record. */
export function nestedNodes(source: ChunkSource, values: ValueTable, index: number): readonly ContentNode[] {
  const offset = values.offsets[index]!;
  let nodes = source.nested.get(offset);
  if (nodes === undefined) {
    nodes = readFragment(source, offset, offset + values.sizes[index]!, false).nodes;
    source.nested.set(offset, nodes);
  }
  return nodes;
}

/** Only text values can hold `&`, `<` or `>`: numbers, GUIDs, SIDs, times and hex never need escaping. */
export function isText(type: number): boolean {
  return (type & ~VALUE.array) === VALUE.string || (type & ~VALUE.array) === VALUE.ansiString;
}

export function attributeText(source: ChunkSource, attribute: AttributeNode, values: ValueTable, repetition: Repetition, item: number): string {
  let text = '';
  for (const node of attribute.value) text += node.kind === 'text' ? node.text : substitutionText(source, values, node.index, repetition, item);
  return text;
}
