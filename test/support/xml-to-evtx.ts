// Test support: the events of an XML export (our fixtures) as the writer's input, every field they show kept.

import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { EvtxEvent, XmlElement } from './evtx-writer.js';

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

function nameOf(node: Ordered): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: Ordered): Ordered[] {
  return (node[nameOf(node)] as Ordered[] | undefined) ?? [];
}

function attributesOf(node: Ordered): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function textOf(node: Ordered): string {
  return childrenOf(node)
    .filter((child) => nameOf(child) === '#text')
    .map((child) => String(child['#text']))
    .join('');
}

function elements(node: Ordered): Ordered[] {
  return childrenOf(node).filter((child) => !nameOf(child).startsWith('#') && !nameOf(child).startsWith('?'));
}

function child(node: Ordered, name: string): Ordered | undefined {
  return elements(node).find((candidate) => nameOf(candidate) === name);
}

/** `2024-03-04T00:02:17.2586067Z` as a FILETIME, all seven digits kept. */
export function fileTime(systemTime: string): bigint {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(systemTime);
  if (match === null) throw new Error(`not a SystemTime: ${systemTime}`);
  const seconds = BigInt(Date.parse(`${match[1]}Z`) / 1000);
  const ticks = BigInt((match[2] ?? '').padEnd(7, '0').slice(0, 7));
  return (seconds + 11644473600n) * 10_000_000n + ticks;
}

function toXmlElement(node: Ordered): XmlElement {
  const children = elements(node).map(toXmlElement);
  const element: XmlElement = { name: nameOf(node), attributes: Object.entries(attributesOf(node)), children };
  if (children.length === 0) element.text = textOf(node);
  return element;
}

function toEvent(event: Ordered): EvtxEvent {
  const system = child(event, 'System')!;
  const text = (name: string): string => textOf(child(system, name)!);
  const attribute = (name: string, attributeName: string): string | undefined => {
    const element = child(system, name);
    return element === undefined ? undefined : attributesOf(element)[attributeName];
  };
  const provider = attributesOf(child(system, 'Provider')!);
  const qualifiers = attribute('EventID', 'Qualifiers');
  const userSid = attribute('Security', 'UserID');
  const result: EvtxEvent = {
    provider: { name: provider.Name! },
    eventId: Number(text('EventID')),
    version: Number(text('Version')),
    level: Number(text('Level')),
    task: Number(text('Task')),
    opcode: Number(text('Opcode')),
    keywords: BigInt(text('Keywords')),
    time: fileTime(attribute('TimeCreated', 'SystemTime')!),
    recordId: Number(text('EventRecordID')),
    processId: Number(attribute('Execution', 'ProcessID') ?? 0),
    threadId: Number(attribute('Execution', 'ThreadID') ?? 0),
    channel: text('Channel'),
    computer: text('Computer'),
  };
  if (provider.Guid !== undefined) result.provider.guid = provider.Guid;
  if (provider.EventSourceName !== undefined) result.provider.eventSourceName = provider.EventSourceName;
  if (qualifiers !== undefined) result.qualifiers = Number(qualifiers);
  if (userSid !== undefined) result.userSid = userSid;
  const eventData = child(event, 'EventData');
  if (eventData !== undefined) {
    const binary = child(eventData, 'Binary');
    result.eventData = {
      data: elements(eventData)
        .filter((node) => nameOf(node) === 'Data')
        .map((node) => {
          const name = attributesOf(node).Name;
          return name === undefined ? { value: textOf(node) } : { name, value: textOf(node) };
        }),
    };
    if (binary !== undefined) result.eventData.binary = Buffer.from(textOf(binary), 'hex');
  }
  const userData = child(event, 'UserData');
  const payload = userData === undefined ? undefined : elements(userData)[0];
  if (payload !== undefined) result.userData = toXmlElement(payload);
  return result;
}

function findEvents(nodes: Ordered[]): Ordered[] {
  return nodes.flatMap((node) => (nameOf(node) === 'Event' ? [node] : nameOf(node).startsWith('#') ? [] : findEvents(childrenOf(node))));
}

/** Every `<Event>` of an XML export (any of the fixtures' shapes), in file order. */
export function eventsOfXmlExport(path: string): EvtxEvent[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return findEvents(parser.parse(text) as Ordered[]).map(toEvent);
}
