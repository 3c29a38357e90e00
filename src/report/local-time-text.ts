// Report: says how an input's local times were read, so a reader of the report can check the assumptions.

import type { LocalTimeFacts } from '../ingest/types.js';

const ORDER: Readonly<Record<string, string>> = { mdy: 'month/day/year', dmy: 'day/month/year' };
const ORDER_FROM: Readonly<Record<string, string>> = {
  option: 'as --date-order says',
  locale: 'as the language writes them',
  file: 'settled by a day above 12 in the file',
  guess: 'a guess: no day above 12 settles it; see --date-order',
};

/** `language ja-JP; local times read as Asia/Tokyo (assumed …); dates year/month/day (…)`, or undefined for UTC inputs. */
export function describeLocalTime(facts: LocalTimeFacts | undefined): string | undefined {
  if (facts === undefined) return undefined;
  const parts = [`language ${facts.locale ?? 'not shown by this export'}`];
  if (facts.zone !== undefined) {
    parts.push(`local times read as ${facts.zone}${facts.zoneAssumed === true ? ' (assumed; give --tz if the export was made elsewhere)' : ' (--tz)'}`);
  }
  if (facts.dateOrder === 'ymd') parts.push('dates year/month/day');
  else if (facts.dateOrder !== undefined) parts.push(`dates ${ORDER[facts.dateOrder] ?? facts.dateOrder} (${ORDER_FROM[facts.dateOrderFrom ?? 'locale'] ?? ''})`);
  return parts.join('; ');
}
