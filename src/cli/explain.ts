// CLI: `writeback-doctor explain <code>` says what an event id, error code, SSPR error or diagnosis means and what to do.

import { renderExplanations } from '../report/explain-text.js';
import { explainCode } from '../rules/explain.js';
import { WORDS } from '../i18n/words.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { parseLang } from './lang-option.js';
import { loadRuleSet } from './rule-set.js';

export interface ExplainOptions {
  lang?: string;
  rules?: string[];
}

export async function runExplain(code: string, options: ExplainOptions, io: Io): Promise<ExitCode> {
  const lang = parseLang(options.lang);
  const explanations = explainCode(code, loadRuleSet(options, io));
  if (explanations.length === 0) throw new UsageError(WORDS[lang].unknownCode(code));
  await io.out(renderExplanations(explanations, lang));
  return EXIT.clean;
}
