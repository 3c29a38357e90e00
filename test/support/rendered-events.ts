// Test support: reads XML renderings of .evtx events (ours, evtxexport's, python-evtx's) into trees that compare field by field.

/** One element: attributes in order, its own text, its child elements. */
export interface EventTree {
  name: string;
  attributes: [string, string][];
  text: string;
  children: EventTree[];
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : NAMED[name!]!,
  );
}

function isNameChar(code: number): boolean {
  return code > 0x20 && code !== 0x3e && code !== 0x2f && code !== 0x3d;
}

/**
 * A forgiving reader for renderer output: elements, double- or single-quoted attributes, text with
 * entities; processing instructions, comments and declarations are dropped. Attribute values end at
 * the quote that is followed by white space, `/` or `>`, so an unescaped quote inside survives.
 */
export function parseRenderedXml(xml: string): EventTree[] {
  const roots: EventTree[] = [];
  const stack: EventTree[] = [];
  let at = 0;
  const appendText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  };
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      appendText(xml.slice(at));
      break;
    }
    appendText(xml.slice(at, lt));
    if (xml.startsWith('<?', lt) || xml.startsWith('<!--', lt)) {
      const close = xml.indexOf(xml.startsWith('<?', lt) ? '?>' : '-->', lt);
      at = close === -1 ? xml.length : close + (xml.startsWith('<?', lt) ? 2 : 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt);
      appendText(xml.slice(lt + 9, close === -1 ? xml.length : close).replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
      at = close === -1 ? xml.length : close + 3;
      continue;
    }
    if (xml[lt + 1] === '/') {
      const gt = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, gt).trim();
      while (stack.length > 0) if (stack.pop()!.name === name) break;
      at = gt + 1;
      continue;
    }
    let p = lt + 1;
    while (p < xml.length && isNameChar(xml.charCodeAt(p))) p++;
    const element: EventTree = { name: xml.slice(lt + 1, p), attributes: [], text: '', children: [] };
    let selfClosing = false;
    for (;;) {
      while (p < xml.length && /\s/.test(xml[p]!)) p++;
      if (xml[p] === '/' && xml[p + 1] === '>') {
        selfClosing = true;
        p += 2;
        break;
      }
      if (xml[p] === '>' || p >= xml.length) {
        p++;
        break;
      }
      const nameStart = p;
      while (p < xml.length && isNameChar(xml.charCodeAt(p))) p++;
      const name = xml.slice(nameStart, p);
      while (xml[p] === ' ') p++;
      if (xml[p] !== '=') {
        element.attributes.push([name, '']);
        continue;
      }
      p++;
      while (xml[p] === ' ') p++;
      const quote = xml[p]!;
      let end = p + 1;
      for (;;) {
        end = xml.indexOf(quote, end);
        if (end === -1 || /[\s/>]/.test(xml[end + 1] ?? '>')) break;
        end++;
      }
      if (end === -1) end = xml.length;
      element.attributes.push([name, xml.slice(p + 1, end)]);
      p = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(element);
    else parent.children.push(element);
    if (!selfClosing) stack.push(element);
    at = p;
  }
  return roots;
}

const HEX = /^0x[0-9a-fA-F]+$/;
const GUID = /^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z?$/;

/**
 * Notation only: line ends, surrounding white space, entities, hex case and zero padding,
 * GUID case, and the precision of times (padded to nine digits). Nothing else is forgiven.
 */
export function normalizeValue(raw: string): string {
  const text = decodeEntities(raw.replace(/\r\n?/g, '\n')).trim();
  if (HEX.test(text)) return `0x${BigInt(text).toString(16)}`;
  if (GUID.test(text)) return text.toUpperCase();
  const time = ISO_TIME.exec(text);
  if (time !== null) return `${time[1]}T${time[2]}.${(time[3] ?? '').padEnd(9, '0')}Z`;
  return text;
}

export function normalizeTree(tree: EventTree): EventTree {
  return {
    name: tree.name,
    attributes: tree.attributes.map(([name, value]) => [name, normalizeValue(value)]),
    text: normalizeValue(tree.text),
    children: tree.children.map(normalizeTree),
  };
}

type SameValue = (ours: string, theirs: string) => boolean;

const exactly: SameValue = (ours, theirs) => ours === theirs;

/** The first difference between two normalized trees, as a path and both values; `undefined` when equal. */
export function firstDifference(ours: EventTree, theirs: EventTree, same: SameValue = exactly, path = ''): string | undefined {
  const here = `${path}/${ours.name}`;
  if (ours.name !== theirs.name) return `${path}: element <${ours.name}> vs <${theirs.name}>`;
  const names = (tree: EventTree): string => tree.attributes.map(([name]) => name).join(' ');
  const attributes = (tree: EventTree): string => tree.attributes.map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(' ');
  if (names(ours) !== names(theirs) || ours.attributes.some(([, value], i) => !same(value, theirs.attributes[i]![1]))) {
    return `${here}: attributes [${attributes(ours)}] vs [${attributes(theirs)}]`;
  }
  if (!same(ours.text, theirs.text)) return `${here}: text ${JSON.stringify(ours.text.slice(0, 200))} vs ${JSON.stringify(theirs.text.slice(0, 200))}`;
  for (let i = 0; i < Math.max(ours.children.length, theirs.children.length); i++) {
    const a = ours.children[i];
    const b = theirs.children[i];
    if (a === undefined || b === undefined) return `${here}: child ${i} <${a?.name ?? '-'}> vs <${b?.name ?? '-'}>`;
    const difference = firstDifference(a, b, same, here);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

// python-evtx 0.6.1's known notation, undone so that what remains are real differences.

const PY_STRING_ITEM = /<string>([\s\S]*?)<\/string>\n?/g;
const UPPER_HEX = /^(?:[0-9A-F]{2})+$/;
const NORMALIZED_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d{9})Z$/;

/** Times equal within python-evtx's float rounding (it is up to ~3 µs off); everything else exactly. */
export const samePyEvtxValue: SameValue = (ours, theirs) => {
  if (ours === theirs) return true;
  // It writes booleans as Python does, and every binary value as base64.
  if ((ours === 'true' || ours === 'false') && theirs.toLowerCase() === ours) return true;
  // It does not escape `&` in values: a literal `&#x2a;` in the data reads back as `*`.
  if (decodeEntities(ours) === theirs) return true;
  if (UPPER_HEX.test(ours) && Buffer.from(theirs, 'base64').toString('hex').toUpperCase() === ours) return true;
  const a = NORMALIZED_TIME.exec(ours);
  const b = NORMALIZED_TIME.exec(theirs);
  if (a === null || b === null) return false;
  const nanos = (match: RegExpExecArray): number => Date.parse(`${match[1]}Z`) * 1e6 + Number(match[2]);
  return Math.abs(nanos(a) - nanos(b)) <= 5000;
};

function dropEmpty(tree: EventTree): EventTree | undefined {
  const children = tree.children.map(dropEmpty).filter((child): child is EventTree => child !== undefined);
  const attributes = tree.attributes.filter(([, value]) => value !== '');
  if (children.length === 0 && attributes.length === 0 && tree.text === '' && tree.name !== 'Event') return undefined;
  return { ...tree, attributes, children };
}

/**
 * Normalizes a python-evtx event (already through `normalizeTree`) and ours alike: string arrays
 * packed as `<string>` items in one `<Data>` become one `<Data>` each, base64 binary becomes hex,
 * and empty attributes and elements (its rendering of NULL values) are dropped on both sides.
 */
export function normalizePyEvtx(tree: EventTree, isPython: boolean): EventTree {
  const children: EventTree[] = [];
  for (const child of tree.children) {
    if (isPython && child.text.startsWith('<string>') && child.children.length === 0) {
      for (const item of child.text.matchAll(PY_STRING_ITEM)) children.push({ name: child.name, attributes: child.attributes, text: normalizeValue(item[1]!), children: [] });
    } else if (isPython && child.name === 'Binary') {
      children.push({ ...child, text: Buffer.from(child.text, 'base64').toString('hex').toUpperCase() });
    } else {
      children.push(normalizePyEvtx(child, isPython));
    }
  }
  return dropEmpty({ ...tree, children }) ?? { ...tree, attributes: [], children: [] };
}

/** `System/EventRecordID` of an event, the key that pairs renderings of the same record. */
export function recordIdOf(event: EventTree): string {
  const system = event.children.find((child) => child.name === 'System');
  return system?.children.find((child) => child.name === 'EventRecordID')?.text.trim() ?? '';
}
