// Ingest, first step: tell a file's text encoding from its first bytes and decode it as a stream.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface SniffedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark at the start of the file (0 when none). */
  bomLength: number;
}

/** How the encoding is named to users: "UTF-16 LE with BOM". */
export function describeEncoding({ encoding, bomLength }: SniffedEncoding): string {
  const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return `${name} ${bomLength > 0 ? 'with' : 'without'} BOM`;
}

/**
 * Windows writes UTF-8 (Event Viewer, PowerShell 7), UTF-16 LE with BOM (Windows PowerShell
 * 5.1 Out-File, `wevtutil /uni:true`) and, rarely, UTF-16 BE. Without a BOM, UTF-16 shows as
 * NUL bytes beside ASCII ones: `<\0` for little endian, `\0<` for big endian.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.min(head.length >> 1, 256);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  // Mostly-ASCII UTF-16 has a NUL in every other byte; demand most pairs to avoid binary files.
  if (pairs >= 2 && zeroOdd >= pairs * 0.7 && zeroEven === 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (pairs >= 2 && zeroEven >= pairs * 0.7 && zeroOdd === 0) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Bytes that `text` occupies in the file's encoding, for byte offsets in warnings and evidence. */
export function byteLengthOf(text: string, encoding: TextEncoding): number {
  return encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : text.length * 2;
}

const DECODE_BYTES = 64 * 1024;

/**
 * Decodes a byte stream chunk by chunk. A character split across two chunks is carried over by
 * the decoder's stream mode; invalid sequences become U+FFFD instead of failing the whole file.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  sniffed: SniffedEncoding,
): AsyncGenerator<string> {
  // ignoreBOM: true keeps the BOM in the text, so we strip it ourselves and know its byte length.
  const decoder = new TextDecoder(sniffed.encoding, { fatal: false, ignoreBOM: true });
  let first = true;
  for await (const chunk of chunks) {
    // Decoded in pieces: strings this small are young garbage, collected cheaply, where a 1 MiB
    // string would be a large object that only a full collection frees.
    for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
      let text = decoder.decode(chunk.subarray(at, at + DECODE_BYTES), { stream: true });
      if (first && text.length > 0) {
        if (sniffed.bomLength > 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
