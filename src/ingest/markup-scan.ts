// Ingest: finds where `<Event`/`</Event` may start, and counts line ends, in an XML export's raw bytes, 16 bytes at a time.

/**
 * The queued bytes live in WebAssembly memory, where a SIMD loop compares 16 bytes per step: a
 * regular expression over Latin-1 copies of the bytes cost three times as long, and the copies
 * most of the garbage collection (measured on the ingest bench, README "Performance"). The module
 * is assembled below from named instructions; where a platform has no WebAssembly SIMD, the same
 * results come from plain loops.
 */
export interface MarkupScanner {
  /** Storage for the byte queue: `bytes` as it is now, `grow` makes room keeping what it holds. */
  readonly storage: { readonly bytes: Buffer; grow(size: number): Buffer };
  /**
   * Indices `i` in storage [from, to) where `<Ev` starts and its seventh character is below `@`,
   * or `</Ev` and its eighth (characters of `unit` bytes, at any byte), in order: the candidates
   * for the scan's tokens `<Event` and `</Event` (what may end the name, ` \t\r\n>/`, is below
   * `@`; `<EventID` and `</EventData` are not candidates). Returns how many are in `found`; the
   * last few may lie past `to` (the bytes there are scanned 16 at a time) and are not tokens.
   */
  candidates(from: number, to: number): number;
  /**
   * As `candidates`, and among them, in order, each index where `<Pr` starts (characters of `unit`
   * bytes, at any byte): where an event's `<Provider` may be, found in the same pass.
   */
  candidatesAndProviders(from: number, to: number): number;
  /** Filled by `candidates` and `candidatesAndProviders`; read it after each call (it is replaced when storage grows). */
  readonly found: Int32Array;
  /** Line ends (`\n` as one character of `unit` bytes, at an index of `from`'s parity) in storage [from, to). */
  countLineEnds(from: number, to: number): number;
}

/** Bytes the SIMD loop may read past `to`: the last block of 16 and the seven characters after it. */
const SLACK_BYTES = 64;
const PAGE_BYTES = 64 * 1024;

/** Scans of at most `maxScanBytes` at a time, over storage that starts at `initialBytes`. */
export function markupScanner(unit: 1 | 2, maxScanBytes: number, initialBytes: number): MarkupScanner {
  // One candidate per byte at most, and the block of 16 past the end.
  const foundBytes = (maxScanBytes + 16) * 4;
  const base = foundBytes;
  const compiled = compiledScan();
  if (compiled === undefined) return plainMarkupScanner(unit, maxScanBytes, initialBytes);
  const memory = new (wasmApi().Memory)({ initial: Math.ceil((base + initialBytes + SLACK_BYTES) / PAGE_BYTES) });
  const { exports } = new (wasmApi().Instance)(compiled, { scan: { memory } });
  const scan = (unit === 1 ? exports.scan8 : exports.scan16) as (from: number, to: number, out: number, origin: number, providers: number) => number;
  const count = (unit === 1 ? exports.lineEnds8 : exports.lineEnds16) as (from: number, to: number) => number;

  const views = () => ({
    bytes: Buffer.from(memory.buffer, base, memory.buffer.byteLength - base - SLACK_BYTES),
    found: new Int32Array(memory.buffer, 0, foundBytes / 4),
  });
  let current = views();
  return {
    storage: {
      get bytes() {
        return current.bytes;
      },
      grow(size) {
        const pages = Math.ceil((base + size + SLACK_BYTES) / PAGE_BYTES) - memory.buffer.byteLength / PAGE_BYTES;
        if (pages > 0) memory.grow(pages);
        current = views();
        return current.bytes;
      },
    },
    get found() {
      return current.found;
    },
    candidates(from, to) {
      return to <= from ? 0 : scan(base + from, base + to, 0, base, 0) / 4;
    },
    candidatesAndProviders(from, to) {
      return to <= from ? 0 : scan(base + from, base + to, 0, base, ALL_LANES) / 4;
    },
    countLineEnds(from, to) {
      return to <= from ? 0 : count(base + from, base + to);
    },
  };
}

/** The same results without WebAssembly SIMD, a byte at a time. */
export function plainMarkupScanner(unit: 1 | 2, maxScanBytes: number, initialBytes: number): MarkupScanner {
  let bytes = Buffer.allocUnsafe(initialBytes);
  const found = new Int32Array(maxScanBytes + 16);
  const scan = (from: number, to: number, providers: boolean): number => {
    let n = 0;
    const stop = Math.min(to, bytes.length - 7 * unit);
    for (let i = from; i < stop; i++) {
      if (bytes[i] !== LESS) continue;
      const next = bytes[i + unit];
      const opening = next === E && bytes[i + 2 * unit] === V && (bytes[i + 6 * unit] as number) < AT_SIGN;
      const closing = next === SLASH && bytes[i + 2 * unit] === E && bytes[i + 3 * unit] === V && (bytes[i + 7 * unit] as number) < AT_SIGN;
      const provider = providers && next === P && bytes[i + 2 * unit] === R;
      if (opening || closing || provider) found[n++] = i;
    }
    return n;
  };
  return {
    storage: {
      get bytes() {
        return bytes;
      },
      grow(size) {
        const grown = Buffer.allocUnsafe(size);
        bytes.copy(grown);
        bytes = grown;
        return bytes;
      },
    },
    found,
    candidates: (from, to) => scan(from, to, false),
    candidatesAndProviders: (from, to) => scan(from, to, true),
    countLineEnds(from, to) {
      let n = 0;
      for (let i = from; i < to; i += unit) if (bytes[i] === LINE_FEED && (unit === 1 || bytes[i + 1] === 0)) n++;
      return n;
    },
  };
}

const LESS = 0x3c;
const SLASH = 0x2f;
const E = 0x45;
const V = 0x76;
const AT_SIGN = 0x40;
const P = 0x50;
const R = 0x72;
/** `providers` for the module's scan: a lane mask that lets `<Pr` through. */
const ALL_LANES = 0xff;
const LINE_FEED = 0x0a;

// --- The WebAssembly module, as bytes: https://webassembly.github.io/spec/core/binary/ ---

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
/** The few WebAssembly globals used here (this project's TypeScript libraries do not declare them). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}
const wasmApi = (): WasmApi => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: object | null | undefined = undefined;
/** The module, compiled once per process; undefined where WebAssembly or its SIMD is missing. */
function compiledScan(): object | undefined {
  if (compiled === undefined) {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    const bytes = scanModule();
    compiled = api !== undefined && api.validate(bytes) ? new api.Module(bytes) : null;
  }
  return compiled ?? undefined;
}

const uleb = (value: number): number[] => {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
};
/** Non-negative constants below 8192, which is all this module uses (signed LEB128: bit 6 of the last byte is the sign). */
const i32Const = (value: number): number[] => (value < 0x40 ? [0x41, value] : [0x41, (value & 0x7f) | 0x80, value >> 7]);
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => vector([...Buffer.from(text, 'latin1')].map((byte) => [byte]));
const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];

const I32 = 0x7f;
const V128 = 0x7b;
const localGet = (index: number) => [0x20, index];
const localSet = (index: number) => [0x21, index];
const localTee = (index: number) => [0x22, index];
const block = [0x02, 0x40];
const loop = [0x03, 0x40];
const end = [0x0b];
const brIf = (depth: number) => [0x0d, depth];
const i32Store = [0x36, 2, 0];
const i32Load8 = [0x2d, 0, 0];
const i32Load16 = [0x2f, 1, 0];
const i32Eqz = [0x45];
const i32Eq = [0x46];
const i32LtU = [0x49];
const i32GtU = [0x4b];
const i32GeU = [0x4f];
const i32Ctz = [0x68];
const i32Popcnt = [0x69];
const i32Add = [0x6a];
const i32Sub = [0x6b];
const i32And = [0x71];
const br = (depth: number) => [0x0c, depth];
const simd = (op: number, ...immediates: number[]) => [0xfd, ...uleb(op), ...immediates];
const v128Load = (offset: number) => simd(0x00, 0, ...uleb(offset));
const i8x16Splat = simd(0x0f);
const i16x8Splat = simd(0x10);
const i8x16Eq = simd(0x23);
const i8x16LtU = simd(0x26);
const i16x8Eq = simd(0x2d);
const v128And = simd(0x4e);
const v128Or = simd(0x50);
const i8x16Bitmask = simd(0x64);
const v128AnyTrue = simd(0x53);
const i16x8Bitmask = simd(0x84);

/**
 * `scan(from, to, out, origin, providers)`: for each block of 16 bytes from `from` while below
 * `to`, the addresses of the candidates (`MarkupScanner.candidates`, `unit` bytes a character,
 * and `<Pr` when `providers` is 0xff) less `origin`, stored from `out` on; returns where the list
 * ends. Most blocks hold none: two loads tell them (a `<` with `v`, `E` or `r` two characters on),
 * and only the others are compared in full. Parameters 0–4, then locals: 5 the block's mask, 6–12
 * `<` `E` `v` `/` `@` `P` `r` in every byte, 13 `providers` in every byte, 14 the block seen one
 * character on, 15 two characters on, 16 the blocks's `<` that may start a candidate.
 */
function scanFunction(unit: 1 | 2): number[] {
  const [from, to, out, origin, providers, mask, less, e, v, slash, atSign, p, r, providerLanes, next, after, maybe] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
  const eq = (vector: number, byte: number) => [...localGet(vector), ...localGet(byte), ...i8x16Eq];
  /** The block `chars` characters on, each byte compared with a vector. */
  const on = (chars: number, byte: number, compare: number[]) => [...localGet(from), ...v128Load(chars * unit), ...localGet(byte), ...compare];
  return [
    ...[[less, LESS], [e, E], [v, V], [slash, SLASH], [atSign, AT_SIGN], [p, P], [r, R]].flatMap(([local, byte]) => [...i32Const(byte as number), ...i8x16Splat, ...localSet(local as number)]),
    ...localGet(providers), ...i8x16Splat, ...localSet(providerLanes),
    ...block, ...localGet(from), ...localGet(to), ...i32GeU, ...brIf(0),
    ...loop,
    ...block,
    // `<` and, two characters on, `v` (`<Ev`), `E` (`</Ev`) or `r` (`<Pr`): rare; none, next block.
    ...localGet(from), ...v128Load(2 * unit), ...localSet(after),
    ...on(0, less, i8x16Eq), ...eq(after, v), ...eq(after, e), ...v128Or, ...eq(after, r), ...v128Or, ...v128And, ...localTee(maybe),
    ...v128AnyTrue, ...i32Eqz, ...brIf(0),
    ...localGet(from), ...v128Load(unit), ...localSet(next),
    ...localGet(maybe),
    // `<Ev` and a character below `@` six characters on…
    ...eq(next, e), ...eq(after, v), ...v128And, ...on(6, atSign, i8x16LtU), ...v128And,
    // …or `</Ev` and one below `@` seven characters on…
    ...eq(next, slash), ...eq(after, e), ...v128And, ...on(3, v, i8x16Eq), ...v128And, ...on(7, atSign, i8x16LtU), ...v128And,
    ...v128Or,
    // …or `<Pr`, when asked for.
    ...eq(next, p), ...eq(after, r), ...v128And, ...localGet(providerLanes), ...v128And,
    ...v128Or, ...v128And, ...i8x16Bitmask, ...localSet(mask),
    // Each bit set, lowest first: store `from` plus its index.
    ...block, ...localGet(mask), ...i32Eqz, ...brIf(0),
    ...loop,
    ...localGet(out), ...localGet(from), ...localGet(origin), ...i32Sub, ...localGet(mask), ...i32Ctz, ...i32Add, ...i32Store,
    ...localGet(out), ...i32Const(4), ...i32Add, ...localSet(out),
    ...localGet(mask), ...localGet(mask), ...i32Const(1), ...i32Sub, ...i32And, ...localTee(mask), ...brIf(0),
    ...end, ...end,
    ...end,
    ...localGet(from), ...i32Const(16), ...i32Add, ...localTee(from), ...localGet(to), ...i32LtU, ...brIf(0),
    ...end, ...end,
    ...localGet(out), ...end,
  ];
}

/**
 * `lineEnds(from, to)`: how many characters in [from, to) are a line feed; 16 bytes a step, the
 * rest one character at a time. Parameters 0–1, then locals: 2 the count, 3 line feeds in every lane.
 */
function lineEndsFunction(unit: 1 | 2): number[] {
  const [from, to, count, feeds] = [0, 1, 2, 3];
  return [
    ...i32Const(LINE_FEED), ...(unit === 1 ? i8x16Splat : i16x8Splat), ...localSet(feeds),
    ...block, ...loop,
    ...localGet(from), ...i32Const(16), ...i32Add, ...localGet(to), ...i32GtU, ...brIf(1),
    ...localGet(count), ...localGet(from), ...v128Load(0), ...localGet(feeds), ...(unit === 1 ? [...i8x16Eq, ...i8x16Bitmask] : [...i16x8Eq, ...i16x8Bitmask]),
    ...i32Popcnt, ...i32Add, ...localSet(count),
    ...localGet(from), ...i32Const(16), ...i32Add, ...localSet(from),
    ...br(0), ...end, ...end,
    ...block, ...loop,
    ...localGet(from), ...localGet(to), ...i32GeU, ...brIf(1),
    ...localGet(count), ...localGet(from), ...(unit === 1 ? i32Load8 : i32Load16), ...i32Const(LINE_FEED), ...i32Eq, ...i32Add, ...localSet(count),
    ...localGet(from), ...i32Const(unit), ...i32Add, ...localSet(from),
    ...br(0), ...end, ...end,
    ...localGet(count), ...end,
  ];
}

function scanModule(): Uint8Array {
  const body = (locals: [number, number][], code: number[]) => {
    const bytes = [...vector(locals.map(([count, type]) => [...uleb(count), type])), ...code];
    return [...uleb(bytes.length), ...bytes];
  };
  const exports: [string, number][] = [['scan8', 0], ['scan16', 1], ['lineEnds8', 2], ['lineEnds16', 3]];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // Types: 0 scan (i32 i32 i32 i32 i32) -> i32, 1 lineEnds (i32 i32) -> i32.
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32], [I32]]), ...vector([[I32]])], [0x60, ...vector([[I32], [I32]]), ...vector([[I32]])]])),
    // The memory comes from JavaScript, so the queue can hold its bytes there.
    ...section(2, vector([[...name('scan'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0], [0], [1], [1]])),
    ...section(7, vector(exports.map(([exported, index]) => [...name(exported), 0x00, index]))),
    ...section(10, vector([
      body([[1, I32], [11, V128]], scanFunction(1)),
      body([[1, I32], [11, V128]], scanFunction(2)),
      body([[1, I32], [1, V128]], lineEndsFunction(1)),
      body([[1, I32], [1, V128]], lineEndsFunction(2)),
    ])),
  ]);
}
