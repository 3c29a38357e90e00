// CLI: where a command writes. Injected, so tests run commands in-process and read what they said.

export interface Io {
  /** Writes to standard output; resolves once the text is accepted (back-pressure for large outputs). */
  out(text: string): Promise<void>;
  /** Writes one line to standard error (warnings and errors). */
  err(line: string): void;
  /** Standard input, for the input `-`; `interactive` when a person types or pastes it. */
  stdin?(): { chunks: AsyncIterable<Uint8Array>; interactive: boolean };
}

export function processIo(): Io {
  return {
    out(text) {
      return new Promise((resolve, reject) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', resolve).once('error', reject);
      });
    },
    err(line) {
      process.stderr.write(`${line}\n`);
    },
    stdin() {
      return { chunks: process.stdin, interactive: process.stdin.isTTY === true };
    },
  };
}
