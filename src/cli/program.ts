// CLI: the command line itself; parses options, runs a command, turns every failure into an exit code.

import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { ToolInfo } from '../report/model.js';
import { DEFAULT_SOURCES } from '../ingest/types.js';
import type { AnalyzeOptions } from './analyze.js';
import type { ChainsOptions } from './chains.js';
import { ANALYZE_FORMATS, CHAIN_FORMATS, EVENT_FORMATS, SEVERITIES } from './choices.js';
import type { EventsOptions } from './events.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import type { ExplainOptions } from './explain.js';
import type { Io } from './io.js';
import { LANG_HELP, LANGS_HELP } from './lang-option.js';
import { DEFAULT_NAME } from './name-template.js';
import { REDACT_KEY_VARIABLE } from './redact-option.js';
import { collect } from './options.js';
import type { RulesListOptions } from './rules.js';

function toolInfo(): ToolInfo {
  // dist/cli/program.js and src/cli/program.ts both sit two folders below package.json.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
}

const WINDOW_HELP = 'how long after its start an operation may still get its outcome (e.g. 10m, 90s, 1h)';

const SOURCE_HELP = `event providers to read, comma-separated or repeated, or "all" (default: ${DEFAULT_SOURCES.join(', ')})`;

const INPUT_HELP = `
Inputs are Application log exports of the Azure AD Connect server, recognized by their
content whatever their name: Event Viewer "Save All Events As… → XML", wevtutil qe
Application /f:xml (with or without /e:Events, /uni:true), PowerShell Get-WinEvent …
ToXml() written by Out-File. UTF-8 and UTF-16 (with or without a byte-order mark). Native
.evtx logs too (Event Viewer "Save All Events As… → .evtx", or a copy of Application.evtx).

CSV and text exports in any of en-US, ja-JP, zh-TW, zh-CN, ko-KR, de-DE, fr-FR, es-ES (and
other English) Windows: Event Viewer "Save All Events As… → CSV" or "→ Text (Tab
delimited)", Event Viewer "Copy details as text" pasted one event after another,
PowerShell Get-WinEvent | Export-Csv, Get-EventLog | Export-Csv (, ; or tab), Get-WinEvent |
Format-List, wevtutil qe Application /f:text. "-" reads standard input (paste, then Ctrl-D).
XML, CSV and text files can be mixed in one call. A .gz file or a .zip archive (every
export inside it) is read as it is, without unpacking it first.

CSV and text exports hold the exporting computer's local time with no zone: say which zone
with --tz (otherwise the usual zone of the export's language, else this computer's, is
assumed and named). Times that daylight saving repeats are told apart by the export's order.
Dates such as 03/04/2024 are read in the order of the export's language; when that does not
settle it, a day above 12 anywhere in the file does; otherwise --date-order decides.`;

const TZ_HELP = 'IANA time zone the CSV or text exports were made in (e.g. Asia/Tokyo, Europe/Berlin, America/New_York)';
const MAX_UNCOMPRESSED_HELP = 'the most a .gz or .zip input may expand to, against decompression bombs (default 4G; e.g. 500M, 16G)';
const DATE_ORDER_HELP = 'read numeric dates of CSV and text exports as month/day/year (mdy) or day/month/year (dmy) when their language does not say';

const FILES_HELP = 'Application log exports (XML, .evtx, CSV or text, also zipped or gzipped; - for standard input)';

const DISPLAY_TZ_HELP = 'show times in this IANA zone (default: the zone of the CSV or text inputs when they share one, else UTC)';

/** The options of every command that reads exports: which events, and how local times are read. */
function addInputOptions(command: Command, displayTzHelp: string): void {
  command
    .option('--source <names>', SOURCE_HELP, collect)
    .option('--since <time>', 'only events at or after this time (e.g. 2024-03-05 or 2024-03-05T09:30; UTC unless an offset is given)')
    .option('--until <time>', 'only events before this time')
    .option('--tz <zone>', TZ_HELP)
    .option('--display-tz <zone>', displayTzHelp)
    .addOption(new Option('--date-order <order>', DATE_ORDER_HELP).choices(['mdy', 'dmy']))
    .option('--max-uncompressed <size>', MAX_UNCOMPRESSED_HELP);
}

/**
 * The command line. Each command's module is imported when that command runs, so `--help`,
 * `explain` or `events` do not load what `analyze` needs (reports, rules, correlation).
 */
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

  const analyze = program
    .command('analyze')
    .summary('print the verdict for one or more exports')
    .description('Reads the exports and prints what went wrong with password writeback, since when and how often.')
    .argument('<files...>', FILES_HELP);
  addInputOptions(analyze, DISPLAY_TZ_HELP);
  analyze
    .addOption(new Option('--fail-on <severity>', 'exit with code 1 when something at or above this severity is seen').choices([...SEVERITIES]).default('error'))
    .option('--window <duration>', WINDOW_HELP, '10m')
    .option('--rules <folder>', 'also run the rule files of this folder (or file); may be repeated', collect)
    .option('--disable <rule-id>', 'turn a rule off (comma-separated or repeated; writeback-doctor rules list shows the ids)', collect)
    .option('--format <formats>', `report formats, comma-separated or repeated: ${ANALYZE_FORMATS.join(', ')} (default text; csv writes three files: findings, chains, events)`, collect)
    .option('--out <file>', 'write the report to this file instead of standard output (one format that makes one file)')
    .option('--out-dir <folder>', 'write one file per format into this folder (created if missing), named by --name')
    .option('--name <template>', `file name of --out-dir reports, without extension: {host} the server's short name, {date} the day of the log's last event (the run's day for an empty log), {time} that event's hour and minute, {today} the day of the run (default "${DEFAULT_NAME}")`)
    .option('--quiet', 'print nothing but errors (for scheduled tasks; the exit code still tells)')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR does the same)')
    .option('--redact', `replace user names, UPNs, DNs, e-mail addresses, anchors and computer names by pseudonyms in every format; tracking ids stay (key from ${REDACT_KEY_VARIABLE} when set)`)
    .option('--redact-key <key>', 'keep pseudonyms stable across runs: the same key gives the same pseudonym (implies --redact)')
    .option('--lang <lang>', LANG_HELP)
    .addHelpText('after', `${INPUT_HELP}

Writes are atomic: each file is written under a temporary name in its folder, then renamed.

Exit codes: 0 no finding at or above --fail-on, 1 a finding is, 2 usage error (a bad option or rule file, a report that cannot be written), 3 an input could not be read.`)
    .action(async (files: string[], options: AnalyzeOptions) => setExit(await (await import('./analyze.js')).runAnalyze(files, options, tool, io)));

  const events = program
    .command('events')
    .summary('print the normalized event records (JSON Lines, CSV or XML)')
    .description('Prints every record read from the exports, normalized: one JSON object per line, or CSV; or each whole event as XML (.evtx inputs as read, other inputs rebuilt from their fields).')
    .argument('<files...>', FILES_HELP)
    .addOption(new Option('--format <format>', 'output format').choices([...EVENT_FORMATS]).default('jsonl'))
    .option('--all', 'every provider (the same as --source all)')
    .option('--id <ids>', 'only these event ids, comma-separated or repeated (e.g. 31001,31002)', collect);
  addInputOptions(events, 'add each record\'s time in this IANA zone as localTime (time stays UTC)');
  events
    .addHelpText('after', INPUT_HELP)
    .action(async (files: string[], options: EventsOptions) => setExit(await (await import('./events.js')).runEvents(files, options, io)));

  const chains = program
    .command('chains')
    .summary('list the writeback operations (start → outcome) and service incidents')
    .description(
      'Pairs each operation\'s start with its outcome (by tracking id, else by user and time, else by time), with the errors that explain it, and lists them oldest first. Several exports are merged in time order; an event found in more than one is counted once.',
    )
    .argument('<files...>', FILES_HELP)
    .addOption(new Option('--format <format>', 'output format').choices([...CHAIN_FORMATS]).default('table'))
    .option('--outcome <outcomes>', 'only these outcomes, comma-separated or repeated: success, failure, incomplete, orphan-outcome', collect)
    .option('--kind <kinds>', 'only these kinds, comma-separated or repeated: reset, change, adminReset, onboarding, offboarding, service', collect)
    .option('--user <name>', 'only operations of users whose UPN, DN or cloud anchor contains this text')
    .option('--window <duration>', WINDOW_HELP, '10m')
    .option('--lang <lang>', `language of the table's words (column labels, kinds, outcomes, the closing count): ${LANGS_HELP}`);
  addInputOptions(chains, DISPLAY_TZ_HELP);
  chains
    .addHelpText('after', INPUT_HELP)
    .action(async (files: string[], options: ChainsOptions) => setExit(await (await import('./chains.js')).runChains(files, options, io)));

  const rules = program
    .command('rules')
    .summary('list, validate and test rule files')
    .description('Diagnosis rules are YAML files (schema/rule.schema.json); each ships positive and negative examples.');
  rules
    .command('list')
    .summary('list the rules analyze runs')
    .option('--rules <folder>', 'also list the rule files of this folder (or file); may be repeated', collect)
    .option('--lang <lang>', LANG_HELP)
    .action(async (options: RulesListOptions) => setExit(await (await import('./rules.js')).runRulesList(options, io)));
  rules
    .command('validate')
    .summary('check rule files: YAML, schema, fields, conditions, regular expressions, examples')
    .argument('<folders...>', 'folders (searched for .yaml files) or rule files')
    .addHelpText('after', '\nExit codes: 0 every file is valid, 1 a file has a problem (printed with its file and line), 2 a folder does not exist.')
    .action(async (paths: string[]) => setExit(await (await import('./rules.js')).runRulesValidate(paths, io)));
  rules
    .command('test')
    .summary("run the rules' own examples (the built-in rules when no folder is given)")
    .argument('[folders...]', 'folders or rule files whose examples to run, with the built-in rules loaded beside them')
    .addHelpText('after', '\nExit codes: 0 every positive example fires and no negative one does, 1 an example misbehaves, 2 a rule file does not load.')
    .action(async (paths: string[]) => setExit(await (await import('./rules.js')).runRulesTest(paths, io)));

  program
    .command('explain')
    .summary('what an event id, error code, SSPR error or diagnosis means, and what to do')
    .description('Explains a code from the log or from a user: an event id (31003, 6329), an HRESULT (0x80230619, hr=80230402, 800700CE), a Win32 error (1722, ERROR_ACCESS_DENIED), an SSPR error (SSPR_0029, OnPremisesAdminActionRequired, 29) or a diagnosis (password-policy-violation).')
    .argument('<code>', 'the code to explain')
    .option('--lang <lang>', LANG_HELP)
    .option('--rules <folder>', "also use this folder's rules for diagnoses", collect)
    .action(async (code: string, options: ExplainOptions) => setExit(await (await import('./explain.js')).runExplain(code, options, io)));

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
