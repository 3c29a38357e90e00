// Test support: runs the command line in-process and captures what it prints.

import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  return runCliWithInput(undefined, ...argv);
}

/** Runs the command line with `input` on standard input, as a pipe (or pasted, when `interactive`). */
export async function runCliWithInput(input: Uint8Array | undefined, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  const utf8 = new TextDecoder();
  const errors: string[] = [];
  const code = await run(argv, {
    out: async (text) => {
      stdout += typeof text === 'string' ? text : utf8.decode(text, { stream: true });
    },
    err: (line) => {
      errors.push(line);
    },
    ...(input === undefined
      ? {}
      : {
          stdin: () => ({
            chunks: (async function* () {
              // In pieces, as a pipe delivers them.
              for (let at = 0; at < input.length; at += 4096) yield input.subarray(at, at + 4096);
            })(),
            interactive: false,
          }),
        }),
  });
  return { code, stdout, stderr: errors.join('\n') };
}
