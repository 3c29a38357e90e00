// Ingest (.evtx): the record model's fields read by walking an event's Binary XML (when it is not rendered as XML).

import type { IngestedRecord, Origin } from '../../record.js';
import type { AttributeNode, ContentNode, ElementNode, ValueTable } from './binxml.js';
import { addData, emptyFields, parseSystemTime, toRecord, type EventFields } from './event-fields.js';
import { attributeText, isLeftOut, nestedNodes, repetitionOf, substitutionText, typeOf, type Repetition } from './substitution.js';
import type { ChunkSource } from './template.js';
import { fileTimeDate, VALUE } from './values.js';

/** The element's own text: its text and values, not its child elements. */
function textOf(source: ChunkSource, element: ElementNode, values: ValueTable, repetition: Repetition, item: number): string {
  let text = '';
  for (const node of element.content) {
    if (node.kind === 'text' || node.kind === 'cdata') text += node.text;
    else if (node.kind === 'substitution') text += substitutionText(source, values, node.index, repetition, item);
  }
  return text;
}

function attributeNamed(element: ElementNode, name: string): AttributeNode | undefined {
  for (const attribute of element.attributes) if (attribute.name === name) return attribute;
  return undefined;
}

/** Nodes that stand for elements at this level: the elements themselves, template instances, nested Binary XML. */
function nestedOf(source: ChunkSource, node: ContentNode, values: ValueTable): readonly ContentNode[] | undefined {
  if (node.kind === 'instance') return node.nodes;
  if (node.kind === 'substitution' && typeOf(values, node.index) === VALUE.binXml) return nestedNodes(source, values, node.index);
  return undefined;
}

function readTimeCreated(source: ChunkSource, element: ElementNode, values: ValueTable, repetition: Repetition): Date | undefined {
  const attribute = attributeNamed(element, 'SystemTime');
  if (attribute === undefined || isLeftOut(attribute, values)) return undefined;
  const only = attribute.value.length === 1 ? attribute.value[0] : undefined;
  if (only?.kind === 'substitution' && typeOf(values, only.index) === VALUE.fileTime && values.sizes[only.index]! >= 8) {
    return fileTimeDate(source.bytes, values.offsets[only.index]!);
  }
  return parseSystemTime(attributeText(source, attribute, values, repetition, 0));
}

function readSystem(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields): void {
  for (const node of nodes) {
    if (node.kind !== 'element') {
      const nested = nestedOf(source, node, values);
      if (nested !== undefined) readSystem(source, nested, node.kind === 'instance' ? node.values : values, fields);
      continue;
    }
    if (isLeftOut(node, values)) continue;
    const repetition = repetitionOf(source, node, values);
    switch (node.name) {
      case 'Provider': {
        const name = attributeNamed(node, 'Name');
        if (name !== undefined && !isLeftOut(name, values)) fields.provider ??= attributeText(source, name, values, repetition, 0);
        break;
      }
      case 'EventID':
        fields.eventId ??= textOf(source, node, values, repetition, 0);
        break;
      case 'Level':
        fields.level ??= textOf(source, node, values, repetition, 0);
        break;
      case 'TimeCreated':
        fields.time ??= readTimeCreated(source, node, values, repetition);
        break;
      case 'EventRecordID':
        fields.recordId ??= textOf(source, node, values, repetition, 0);
        break;
      case 'Computer':
        fields.computer ??= textOf(source, node, values, repetition, 0);
        break;
    }
  }
}

function readEventData(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields): void {
  for (const node of nodes) {
    if (node.kind !== 'element') {
      const nested = nestedOf(source, node, values);
      if (nested !== undefined) readEventData(source, nested, node.kind === 'instance' ? node.values : values, fields);
      continue;
    }
    if (node.name !== 'Data' || isLeftOut(node, values)) continue;
    const repetition = repetitionOf(source, node, values);
    const name = attributeNamed(node, 'Name');
    for (let item = 0; item < repetition.count; item++) {
      const text = textOf(source, node, values, repetition, item);
      addData(fields, name === undefined || isLeftOut(name, values) ? undefined : attributeText(source, name, values, repetition, item), text);
    }
  }
}

/** The children of `<Event>`: `System` always, `EventData` unless only the provider is asked for. */
function readSections(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, withData: boolean): void {
  for (const node of nodes) {
    if (node.kind !== 'element') {
      const nested = nestedOf(source, node, values);
      if (nested !== undefined) readSections(source, nested, node.kind === 'instance' ? node.values : values, fields, withData);
      continue;
    }
    if (isLeftOut(node, values)) continue;
    if (node.name === 'System') readSystem(source, node.content, values, fields);
    else if (withData && node.name === 'EventData') readEventData(source, node.content, values, fields);
  }
}

function readEvent(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, fields: EventFields, withData: boolean): void {
  for (const node of nodes) {
    if (fields.seenEvent) return;
    if (node.kind !== 'element') {
      const nested = nestedOf(source, node, values);
      if (nested !== undefined) readEvent(source, nested, node.kind === 'instance' ? node.values : values, fields, withData);
    } else if (node.name === 'Event' && !isLeftOut(node, values)) {
      fields.seenEvent = true;
      readSections(source, node.content, values, fields, withData);
    }
  }
}

/** The event's provider name, for filtering a record whose template does not say where it is. */
export function providerOf(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable): string | undefined {
  const fields = emptyFields();
  readEvent(source, nodes, values, fields, false);
  return fields.provider;
}

/** Maps one event to the record model by walking its elements (see `toRecord`). */
export function readRecordFields(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, origin: Origin): IngestedRecord | string {
  const fields = emptyFields();
  readEvent(source, nodes, values, fields, true);
  return toRecord(fields, origin);
}
