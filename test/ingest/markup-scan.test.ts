import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupScanner, plainMarkupScanner, type MarkupScanner } from '../../src/ingest/markup-scan.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** The candidates as the scanner's contract defines them, one byte at a time. */
function expectedCandidates(bytes: Uint8Array, from: number, to: number, unit: 1 | 2): number[] {
  const at = (i: number) => bytes[i] ?? 0;
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    if (at(i) !== 0x3c) continue;
    const opening = at(i + unit) === 0x45 && at(i + 2 * unit) === 0x76 && at(i + 6 * unit) < 0x40;
    const closing = at(i + unit) === 0x2f && at(i + 2 * unit) === 0x45 && at(i + 3 * unit) === 0x76 && at(i + 7 * unit) < 0x40;
    if (opening || closing) found.push(i);
  }
  return found;
}

function expectedLineEnds(bytes: Uint8Array, from: number, to: number, unit: 1 | 2): number {
  let count = 0;
  for (let i = from; i + unit <= to; i += unit) if (bytes[i] === 0x0a && (unit === 1 || bytes[i + 1] === 0)) count++;
  return count;
}

/** Bytes rich in what the scan looks at: markup of both encodings, line ends, letters close to the names. */
const markupBytes = fc.array(
  fc.oneof(
    fc.constantFrom(...['<Event ', '</Event>', '<EventID>', '</Event ', '<Ev', '\n', '\r\n', 'x'].map((text) => [...Buffer.from(text, 'latin1')])),
    fc.constantFrom(...['<Event>', '</Event>', '<EventData>', '\n'].map((text) => [...Buffer.from(text, 'utf16le')])),
    fc.array(fc.constantFrom(0x3c, 0x2f, 0x45, 0x76, 0x65, 0x6e, 0x74, 0x20, 0x3e, 0x0a, 0x00, 0x41, 0xff), { maxLength: 8 }),
  ),
  { maxLength: 300 },
).map((pieces) => Uint8Array.from(pieces.flat()));

function scanned(scanner: MarkupScanner, bytes: Uint8Array, from: number, to: number): number[] {
  const count = scanner.candidates(from, to);
  return [...scanner.found.subarray(0, count)].filter((index) => index < to);
}

describe('the markup scanner', () => {
  for (const [label, make] of [['SIMD', markupScanner], ['plain', plainMarkupScanner]] as const) {
    for (const unit of [1, 2] as const) {
      it(`finds exactly the candidate tokens and line ends of any bytes (${label}, ${unit} byte${unit === 1 ? '' : 's'} a character)`, () => {
        fc.assert(
          fc.property(markupBytes, fc.nat(), fc.nat(), (bytes, a, b) => {
            const scanner = make(unit, 4096, 16);
            const storage = scanner.storage.grow(bytes.length + 32);
            storage.fill(0);
            storage.set(bytes);
            const from = a % (bytes.length + 1);
            const to = from + (b % (bytes.length - from + 1));
            expect(scanned(scanner, storage, from, to)).toEqual(expectedCandidates(storage, from, to, unit));
            expect(scanner.countLineEnds(from, to)).toBe(expectedLineEnds(storage, from, to, unit));
          }),
          { numRuns: RUNS * 4, seed: SEED },
        );
      });
    }
  }

  it('keeps the bytes it holds when its storage grows', () => {
    const scanner = markupScanner(1, 4096, 16);
    scanner.storage.grow(8).set(Buffer.from('</Event>'));
    const grown = scanner.storage.grow(4 * 1024 * 1024);
    expect(grown.length).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(grown.subarray(0, 8).toString('latin1')).toBe('</Event>');
    expect(scanned(scanner, grown, 0, 8)).toEqual([0]);
  });
});
