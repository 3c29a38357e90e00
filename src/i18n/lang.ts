// The languages the tool speaks; every user-facing text is keyed by them.

export type Lang = 'en' | 'ja' | 'zh-TW';

export const LANGS: readonly Lang[] = ['en', 'ja', 'zh-TW'];

/** A text in every language the tool speaks. */
export type Localized = Record<Lang, string>;
