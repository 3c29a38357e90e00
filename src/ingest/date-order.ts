// Ingest: settles whether an export writes day or month first, from its dates, when its language cannot tell.

import { orderEvidence, readDateText } from './local-date.js';
import type { SurveyedOrder } from './local-clock.js';

export interface DateSurvey {
  order: SurveyedOrder;
  /** Whether the dates carry AM/PM (en-US writes it; most day-first cultures do not). */
  twelveHour: boolean;
}

/**
 * Reads date texts until one settles the order: a leading year needs no decision, a number above
 * 12 can only be a day. Stops there, so only a file of ambiguous dates is read to its end.
 */
export async function surveyDateOrder(dates: AsyncIterable<string>): Promise<DateSurvey> {
  let twelveHour = false;
  let seen = false;
  for await (const text of dates) {
    const date = readDateText(text);
    if (date === undefined) continue;
    if (!seen) {
      seen = true;
      twelveHour = date.meridiem !== undefined;
    }
    if (date.yearFirst) return { order: 'ymd', twelveHour };
    const evidence = orderEvidence(date);
    if (evidence !== undefined) return { order: evidence, twelveHour };
  }
  return { order: seen ? 'ambiguous' : 'not-needed', twelveHour };
}
