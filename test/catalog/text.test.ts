import { describe, expect, it } from 'vitest';

import type { Lang } from '../../src/i18n/lang.js';
import { catalogCodes, catalogEvents, ssprCodes } from '../../src/catalog/index.js';
import type { CatalogText, SsprText } from '../../src/catalog/index.js';

interface Texts {
  label: string;
  text: Record<Lang, CatalogText | SsprText>;
}

const allTexts: Texts[] = [
  ...catalogEvents.map((event) => ({ label: `${event.source} ${event.eventId}`, text: event.text })),
  ...catalogCodes.map((entry) => ({ label: entry.code, text: entry.text })),
  ...ssprCodes.map((entry) => ({ label: entry.code, text: entry.text })),
];

function fieldsOf(text: CatalogText | SsprText): string[] {
  return 'whatToDo' in text ? [text.title, text.meaning, text.whatToDo] : [text.title, text.meaning];
}

const JAPANESE_KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;
// A half-width comma, period, semicolon or parenthesis touching a CJK character: in ja and zh-TW
// prose those are written full-width. Colons are left out because localized Windows policy names
// keep a half-width one ("網路存取: …").
const CJK = '[\\u3040-\\u30ff\\u4e00-\\u9fff]';
const HALF_WIDTH_PUNCTUATION_BY_CJK = new RegExp(`${CJK}[,.;()]|[,.;()]${CJK}`);

describe('catalog wording', () => {
  it.each(allTexts)('$label reads as Japanese in ja', ({ text }) => {
    for (const value of fieldsOf(text.ja)) {
      expect(value).toMatch(JAPANESE_KANA);
      expect(value).not.toMatch(HALF_WIDTH_PUNCTUATION_BY_CJK);
    }
  });

  it.each(allTexts)('$label reads as Traditional Chinese in zh-TW', ({ text }) => {
    for (const value of fieldsOf(text['zh-TW'])) {
      expect(value).toMatch(HAN);
      expect(value).not.toMatch(JAPANESE_KANA);
      expect(value).not.toMatch(HALF_WIDTH_PUNCTUATION_BY_CJK);
    }
  });

  it.each(allTexts)('$label has an English text with no CJK in it', ({ text }) => {
    for (const value of fieldsOf(text.en)) {
      expect(value).not.toMatch(HAN);
      expect(value).not.toMatch(JAPANESE_KANA);
    }
  });

  it('gives every entry its own title in each language', () => {
    for (const lang of ['en', 'ja', 'zh-TW'] as const) {
      const titles = allTexts.map(({ text }) => text[lang].title);
      const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
      expect(repeated, lang).toEqual([]);
    }
  });
});
