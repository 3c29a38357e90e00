// CLI: the --lang option of the commands that explain things to people.

import { LANGS, type Lang } from '../i18n/lang.js';
import { UsageError } from './exit-codes.js';

export const LANG_HELP = `language of titles, explanations and fixes: ${LANGS.join(', ')}`;

/** `en`, `ja`, `zh-TW` (any case; `zh-tw`, `ja-JP` and `zh-Hant-TW` are understood). */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  const lower = value.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'ja' || lower === 'ja-jp') return 'ja';
  if (lower === 'zh-tw' || lower === 'zh-hant' || lower === 'zh-hant-tw') return 'zh-TW';
  throw new UsageError(`--lang "${value}" is not one of: ${LANGS.join(', ')}`);
}
