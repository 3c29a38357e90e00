// Report: says how an input's local times were read, so a reader of the report can check the assumptions.

import type { Lang } from '../i18n/lang.js';
import { INPUT_WORDS } from '../i18n/input-words.js';
import type { LocalTimeFacts } from '../ingest/types.js';

/** `language ja-JP; local times read as Asia/Tokyo (assumed …); dates year/month/day (…)`, or undefined for UTC inputs. */
export function describeLocalTime(facts: LocalTimeFacts | undefined, lang: Lang = 'en'): string | undefined {
  if (facts === undefined) return undefined;
  const words = INPUT_WORDS[lang];
  const parts = [words.language(facts.locale)];
  if (facts.zone !== undefined) parts.push(words.zoneRead(facts.zone, facts.zoneAssumed === true));
  if (facts.dateOrder === 'ymd') parts.push(words.datesYmd);
  else if (facts.dateOrder !== undefined) parts.push(words.dates(facts.dateOrder, facts.dateOrderFrom ?? 'locale'));
  return parts.join(words.joiner);
}
