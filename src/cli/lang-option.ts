// CLI: the --lang option of the commands that explain things to people, and its default from the environment.

import { LANGS, langOfLocale, type Lang } from '../i18n/lang.js';
import { UsageError } from './exit-codes.js';

/** The languages and where the default comes from, for the help of each --lang. */
export const LANGS_HELP = `${LANGS.join(', ')} (default: from LC_ALL, LC_MESSAGES or LANG, e.g. ja_JP.UTF-8 gives ja, zh_TW gives zh-TW; else en)`;

export const LANG_HELP = `language of every word the report says (titles, explanations, fixes, headings, dates): ${LANGS_HELP}`;

/**
 * POSIX order: the first of LC_ALL, LC_MESSAGES and LANG that is set decides, even for a language the
 * tool does not speak (then English). Windows sets none of them: there the user's display language,
 * as the runtime reports it, decides.
 */
export function langFromEnvironment(env: Readonly<Record<string, string | undefined>>, systemLocale?: string): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return langOfLocale(value) ?? 'en';
  }
  const locale = systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return langOfLocale(locale) ?? 'en';
}

/** `en`, `ja`, `zh-TW` (any case; `zh-tw`, `ja-JP` and `zh-Hant-TW` are understood); undefined: from the environment. */
export function parseLang(value: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  if (value === undefined) return langFromEnvironment(env);
  const lower = value.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'ja' || lower === 'ja-jp') return 'ja';
  if (lower === 'zh-tw' || lower === 'zh-hant' || lower === 'zh-hant-tw') return 'zh-TW';
  throw new UsageError(`--lang "${value}" is not one of: ${LANGS.join(', ')}`);
}
