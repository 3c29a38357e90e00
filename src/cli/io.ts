// CLI: where a command writes. Injected, so tests run commands in-process and read what they said.

export interface Io {
  /**
   * Writes to standard output; resolves once the text is accepted (back-pressure for large
   * outputs). Bytes are UTF-8 text (`events --format xml` writes the .evtx reader's bytes as they
   * are); the caller leaves them unchanged afterwards, as a stream may still hold them.
   */
  out(text: string | Uint8Array): Promise<void>;
  /** Writes one line to standard error (warnings and errors). */
  err(line: string): void;
  /** Standard input, for the input `-`; `interactive` when a person types or pastes it. */
  stdin?(): { chunks: AsyncIterable<Uint8Array>; interactive: boolean };
  /** Whether standard output is a terminal, and its width: colours and line length follow it. */
  terminal?(): { isTTY: boolean; columns?: number };
  /** Present when standard error is a terminal: one line there that is rewritten in place (progress). */
  statusLine?: StatusLine;
}

export interface StatusLine {
  /** Columns the line may take. */
  width(): number;
  /** Shows `text` in place of the line's previous text; '' clears it. */
  show(text: string): void;
}

export function processIo(): Io {
  // A warning printed while the status line shows replaces it; the next update draws it again below.
  let statusShown = false;
  const statusLine: StatusLine = {
    width: () => process.stderr.columns || 80,
    show(text) {
      process.stderr.write(`\r${text}\x1b[K`);
      statusShown = text !== '';
    },
  };
  return {
    out(text) {
      return new Promise((resolve, reject) => {
        if (process.stdout.write(text)) {
          resolve();
          return;
        }
        // Each wait removes both of its listeners, so a long output does not pile them up.
        const drained = (): void => {
          process.stdout.off('error', failed);
          resolve();
        };
        const failed = (error: Error): void => {
          process.stdout.off('drain', drained);
          reject(error);
        };
        process.stdout.once('drain', drained).once('error', failed);
      });
    },
    err(line) {
      process.stderr.write(`${statusShown ? '\r\x1b[K' : ''}${line}\n`);
      statusShown = false;
    },
    stdin() {
      return { chunks: process.stdin, interactive: process.stdin.isTTY === true };
    },
    terminal() {
      return process.stdout.isTTY === true ? { isTTY: true, columns: process.stdout.columns } : { isTTY: false };
    },
    ...(process.stderr.isTTY === true && { statusLine }),
  };
}
