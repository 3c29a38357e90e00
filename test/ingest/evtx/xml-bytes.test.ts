import { describe, expect, it } from 'vitest';
import { AS_IS, ATTRIBUTE, fixedBytes, TEXT, XmlBytes } from '../../../src/ingest/evtx/xml-bytes.js';

/** What Node writes to standard output for `text`: the reference for the bytes written here. */
const asWritten = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

describe('the bytes of an event XML', () => {
  it('escapes &, < and > in text, and " in attributes too, in short and in long text', () => {
    for (const filler of ['', 'x'.repeat(40)]) {
      const out = new XmlBytes();
      out.text(`${filler}a&b<c>"d"`, TEXT);
      out.text(`${filler}a&b<c>"d"`, ATTRIBUTE);
      out.text(`${filler}a&b`, AS_IS);
      expect(out.toString()).toBe(`${filler}a&amp;b&lt;c&gt;"d"${filler}a&amp;b&lt;c&gt;&quot;d&quot;${filler}a&b`);
    }
  });

  it('writes every character as Node writes it, an unpaired surrogate as U+FFFD', () => {
    for (const text of ['Ünïcødé €', '日本語のイベント', 'emoji 😀 pair', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d']) {
      for (const filler of ['', 'y'.repeat(40)]) {
        const out = new XmlBytes();
        out.text(filler + text, TEXT);
        expect(out.toString()).toBe(asWritten(filler + text));
      }
    }
  });

  it('grows past its first buffer, and goes back to a mark when an element turns out empty', () => {
    const out = new XmlBytes();
    const line = fixedBytes('<Data>0123456789</Data>\n');
    for (let i = 0; i < 10_000; i++) out.fixed(line);
    const mark = out.length;
    out.fixed(fixedBytes('>\n'));
    out.truncate(mark);
    out.fixed(fixedBytes('/>\n'));
    expect(out.toString()).toBe(`${'<Data>0123456789</Data>\n'.repeat(10_000)}/>\n`);
    out.clear();
    expect(out.toString()).toBe('');
  });
});
