// Ingest (.evtx): an event's Binary XML written out as XML text, laid out as evtxexport lays it out (the general walk).

import type { ContentNode, ElementNode, ValueTable } from './binxml.js';
import { attributeText, isLeftOut, isText, nestedNodes, repetitionOf, substitutionText, typeOf, type Repetition } from './substitution.js';
import type { ChunkSource } from './template.js';
import { VALUE } from './values.js';

const INDENTS: string[] = [''];

export function indent(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]!}  `);
  return INDENTS[depth]!;
}

const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"]/;

export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function renderOnce(source: ChunkSource, element: ElementNode, values: ValueTable, depth: number, repetition: Repetition, item: number): string {
  let attributes = '';
  for (const attribute of element.attributes) {
    if (isLeftOut(attribute, values)) continue;
    attributes += ` ${attribute.name}="${escapeAttribute(attributeText(source, attribute, values, repetition, item))}"`;
  }
  let text = '';
  let children = '';
  for (const node of element.content) {
    switch (node.kind) {
      case 'element':
        children += renderElement(source, node, values, depth + 1);
        break;
      case 'text':
        text += escapeText(node.text);
        break;
      case 'substitution': {
        const type = typeOf(values, node.index);
        if (type === VALUE.binXml) children += renderNodes(source, nestedNodes(source, values, node.index), values, depth + 1);
        else if (isText(type)) text += escapeText(substitutionText(source, values, node.index, repetition, item));
        else text += substitutionText(source, values, node.index, repetition, item);
        break;
      }
      case 'cdata':
        text += `<![CDATA[${node.text}]]>`;
        break;
      case 'pi':
        children += renderPi(node, depth + 1);
        break;
      case 'instance':
        children += renderNodes(source, node.nodes, node.values, depth + 1);
        break;
    }
  }
  const pad = indent(depth);
  if (children === '') {
    return text === '' ? `${pad}<${element.name}${attributes}/>\n` : `${pad}<${element.name}${attributes}>${text}</${element.name}>\n`;
  }
  return `${pad}<${element.name}${attributes}>${text}\n${children}${pad}</${element.name}>\n`;
}

export function renderElement(source: ChunkSource, element: ElementNode, values: ValueTable, depth: number): string {
  if (isLeftOut(element, values)) return '';
  const repetition = repetitionOf(source, element, values);
  if (repetition.count === 1) return renderOnce(source, element, values, depth, repetition, 0);
  let out = '';
  for (let item = 0; item < repetition.count; item++) out += renderOnce(source, element, values, depth, repetition, item);
  return out;
}

export function renderPi(node: { target: string; data: string }, depth: number): string {
  return `${indent(depth)}<?${node.target}${node.data === '' ? '' : ` ${node.data}`}?>\n`;
}

/** Nodes read for this record alone (plain Binary XML, nested values): walked as they are. */
function renderNodes(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable, depth: number): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'element') out += renderElement(source, node, values, depth);
    else if (node.kind === 'instance') out += renderNodes(source, node.nodes, node.values, depth);
    else if (node.kind === 'pi') out += renderPi(node, depth);
    else if (node.kind === 'substitution' && typeOf(values, node.index) === VALUE.binXml) out += renderNodes(source, nestedNodes(source, values, node.index), values, depth);
  }
  return out;
}

/** The whole event as XML by the general walk: one element per line, two spaces per level, a line break at the end. */
export function renderEventXml(source: ChunkSource, nodes: readonly ContentNode[], values: ValueTable): string {
  return renderNodes(source, nodes, values, 0);
}
