// CLI: the command line itself; parses options, runs a command, turns every failure into an exit code.

import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { ToolInfo } from '../report/model.js';
import { DEFAULT_SOURCES } from '../ingest/types.js';
import { runAnalyze, SEVERITIES, type AnalyzeOptions } from './analyze.js';
import { EVENT_FORMATS, runEvents, type EventsOptions } from './events.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { collect } from './options.js';

function toolInfo(): ToolInfo {
  // dist/cli/program.js and src/cli/program.ts both sit two folders below package.json.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
}

const SOURCE_HELP = `event providers to read, comma-separated or repeated, or "all" (default: ${DEFAULT_SOURCES.join(', ')})`;

const INPUT_HELP = `
Inputs are Application log exports of the Azure AD Connect server, recognized by their
content whatever their name: Event Viewer "Save All Events As… → XML", wevtutil qe
Application /f:xml (with or without /e:Events, /uni:true), PowerShell Get-WinEvent …
ToXml() written by Out-File. UTF-8 and UTF-16 (with or without a byte-order mark).`;

function buildProgram(io: Io, tool: ToolInfo, setExit: (code: ExitCode) => void): Command {
  const program = new Command()
    .name(tool.name)
    .description('Explains why Azure AD Connect password writeback fails, from the server\'s Application event log.')
    .version(tool.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => void io.out(text),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
    })
    .exitOverride();

  program
    .command('analyze')
    .summary('print the verdict for one or more exports')
    .description('Reads the exports and prints what went wrong with password writeback, since when and how often.')
    .argument('<files...>', 'Application log exports (XML)')
    .option('--source <names>', SOURCE_HELP, collect)
    .option('--since <time>', 'only events at or after this time (e.g. 2024-03-05 or 2024-03-05T09:30; UTC unless an offset is given)')
    .option('--until <time>', 'only events before this time')
    .addOption(new Option('--fail-on <severity>', 'exit with code 1 when something at or above this severity is seen').choices([...SEVERITIES]).default('error'))
    .addHelpText('after', `${INPUT_HELP}

Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 usage error, 3 an input could not be read.`)
    .action(async (files: string[], options: AnalyzeOptions) => setExit(await runAnalyze(files, options, tool, io)));

  program
    .command('events')
    .summary('print the normalized event records (JSON Lines or CSV)')
    .description('Prints every record read from the exports, normalized: one JSON object per line, or CSV.')
    .argument('<files...>', 'Application log exports (XML)')
    .addOption(new Option('--format <format>', 'output format').choices([...EVENT_FORMATS]).default('jsonl'))
    .option('--source <names>', SOURCE_HELP, collect)
    .option('--id <ids>', 'only these event ids, comma-separated or repeated (e.g. 31001,31002)', collect)
    .option('--since <time>', 'only events at or after this time (e.g. 2024-03-05 or 2024-03-05T09:30; UTC unless an offset is given)')
    .option('--until <time>', 'only events before this time')
    .addHelpText('after', INPUT_HELP)
    .action(async (files: string[], options: EventsOptions) => setExit(await runEvents(files, options, io)));

  return program;
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.clean;
  try {
    const tool = toolInfo();
    const program = buildProgram(io, tool, (code) => {
      exitCode = code;
    });
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end here too, with their own code 0; the message was printed already.
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`writeback-doctor: ${error.message}`);
      return EXIT.usage;
    }
    // A bug of ours: still one line for the user (exit 2, "could not run"); the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`writeback-doctor: internal error: ${message} (set WRITEBACK_DOCTOR_DEBUG=1 for details)`);
    if (process.env.WRITEBACK_DOCTOR_DEBUG === '1' && error instanceof Error && error.stack !== undefined) io.err(error.stack);
    return EXIT.usage;
  }
}
