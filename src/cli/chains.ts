// CLI: `writeback-doctor chains` lists the operations (start → outcome) and service incidents of the exports.

import type { Chain } from '../correlate/types.js';
import { chainCsvHeader, chainTableFooter, chainTableHeader, chainToCsvRow, chainToJson, chainToTableRow } from '../report/chains.js';
import { CHAIN_FORMATS } from './choices.js';
import { matchesChain, parseChainFilter, parseWindow } from './correlate-options.js';
import { correlateInputs } from './correlation.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { openInputs } from './inputs.js';
import type { Io } from './io.js';
import { parseLang } from './lang-option.js';
import { defaultDisplayZone } from './display-zone.js';
import { parseLocalTime, parseMaxUncompressed, parseRecordFilter, parseSources, parseZone } from './options.js';
import { showProgress } from './progress.js';

export interface ChainsOptions {
  format: string;
  source?: string[];
  since?: string;
  until?: string;
  kind?: string[];
  outcome?: string[];
  user?: string;
  window: string;
  /** --tz, --display-tz, --date-order: how local times of CSV and text exports are read and shown. */
  tz?: string;
  displayTz?: string;
  dateOrder?: string;
  /** --max-uncompressed: the most a .gz or .zip input may expand to. */
  maxUncompressed?: string;
  /** --lang: the words of the table (column labels, kinds, outcomes, the closing count). */
  lang?: string;
}

/** Output is written in batches: one write per chain would make long listings slow. */
const BATCH_CHARS = 256 * 1024;

export async function runChains(files: string[], options: ChainsOptions, io: Io): Promise<ExitCode> {
  const format = CHAIN_FORMATS.find((candidate) => candidate === options.format.toLowerCase());
  if (format === undefined) throw new UsageError(`--format "${options.format}" is not one of: ${CHAIN_FORMATS.join(', ')}`);
  const windowMs = parseWindow(options.window);
  const lang = parseLang(options.lang);
  const chainFilter = parseChainFilter(options);
  const filter = parseRecordFilter(options);
  const localTime = parseLocalTime(options);
  const displayZone = parseZone('--display-tz', options.displayTz);
  const inputs = await openInputs(files, parseSources(options.source), io, { localTime, maxUncompressed: parseMaxUncompressed(options.maxUncompressed) });
  if (inputs.opened.length === 0) return EXIT.unreadable;

  const progress = showProgress(inputs.opened.map((input) => input.progress), io.statusLine);
  const { chains, duplicates } = await correlateInputs(inputs, filter, { windowMs });
  progress.stop();
  inputs.finish();
  const shown = chains.filter((chain) => matchesChain(chain, chainFilter));
  // Known once the inputs are read: the zone their local times were read in.
  const zone = displayZone ?? defaultDisplayZone(inputs.opened.map((input) => input.summary));

  let batch = format === 'csv' ? chainCsvHeader() : format === 'table' ? chainTableHeader(zone, lang) : '';
  for (const chain of shown) {
    batch += format === 'csv' ? chainToCsvRow(chain) : format === 'jsonl' ? `${JSON.stringify(chainToJson(chain))}\n` : chainToTableRow(chain, zone, lang);
    if (batch.length >= BATCH_CHARS) {
      await io.out(batch);
      batch = '';
    }
  }
  if (format === 'table') batch += chainTableFooter(shown, duplicates, lang);
  if (batch !== '') await io.out(batch);
  return inputs.unreadable.length > 0 ? EXIT.unreadable : EXIT.clean;
}
