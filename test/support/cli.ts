// Test support: runs the command line in-process and captures what it prints.

import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  const errors: string[] = [];
  const code = await run(argv, {
    out: async (text) => {
      stdout += text;
    },
    err: (line) => {
      errors.push(line);
    },
  });
  return { code, stdout, stderr: errors.join('\n') };
}
