// The languages the tool speaks; every user-facing text is keyed by them.

export type Lang = 'en' | 'ja' | 'zh-TW';

export const LANGS: readonly Lang[] = ['en', 'ja', 'zh-TW'];

/** A text in every language the tool speaks. */
export type Localized = Record<Lang, string>;

/**
 * The language of a POSIX or BCP 47 locale name (`ja_JP.UTF-8`, `zh_TW`, `zh-Hant-TW`, `en-US`),
 * or undefined for a language the tool does not speak. Traditional Chinese of Hong Kong and Macao
 * reads zh-TW: it is the script its readers know, unlike English.
 */
export function langOfLocale(locale: string): Lang | undefined {
  const name = locale.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (name === '' || name === 'c' || name === 'posix') return undefined;
  const [language, ...rest] = name.split('-');
  if (language === 'en') return 'en';
  if (language === 'ja') return 'ja';
  if (language === 'zh' && rest.some((part) => part === 'tw' || part === 'hant' || part === 'hk' || part === 'mo')) return 'zh-TW';
  return undefined;
}
