// Rules stage: what a code a person types means — an event, an error code, an SSPR error or a diagnosis — and the diagnoses that look for it.

import { catalogCodes, lookupCode } from '../catalog/codes.js';
import { catalogEvents } from '../catalog/events.js';
import { lookupSsprCode } from '../catalog/sspr.js';
import type { CatalogCode, CatalogEvent, CatalogSsprCode } from '../catalog/types.js';
import type { Rule } from './types.js';

export type Explanation =
  | { kind: 'diagnosis'; rules: Rule[] }
  | { kind: 'event'; event: CatalogEvent; related: Rule[] }
  | { kind: 'code'; code: CatalogCode; related: Rule[] }
  | { kind: 'sspr'; sspr: CatalogSsprCode };

// An event id or a Win32 error number as a person types it (`31003`, `6329`, `1722`); longer runs of
// digits are HRESULTs written without `0x` (`80230402`).
const SHORT_NUMBER = /^\d{1,5}$/;

/** Rules that look for this event: by id in a selection, or chain rules about the operation it ends or starts. */
function rulesForEvent(event: CatalogEvent, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => {
    if (rule.mentions.eventIds.includes(event.eventId)) return true;
    if (rule.kind !== 'chain' || event.operation === undefined) return false;
    if (rule.chainKinds !== undefined && !rule.chainKinds.has(event.operation)) return false;
    if (event.role === 'operation-failure') return rule.outcomes?.has('failure') ?? false;
    if (event.role === 'operation-start') return rule.outcomes?.has('incomplete') ?? false;
    return false;
  });
}

function rulesForCode(code: CatalogCode, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => rule.mentions.errorCodes.some((mentioned) => mentioned === code.code || lookupCode(mentioned) === code));
}

/**
 * Everything `input` can name, most specific first: a diagnosis code or rule id, an event (by id or by
 * Microsoft's name), an error code (`0x80230619`, `hr=80230402`, `800700CE`, `ERROR_ACCESS_DENIED`,
 * a Win32 number such as `1722`), an SSPR error (`SSPR_0029`, `OnPremisesAdminActionRequired`, `29`).
 * Empty when it names nothing known.
 */
export function explainCode(input: string, rules: readonly Rule[]): Explanation[] {
  const text = input.trim();
  const lower = text.toLowerCase();
  const found: Explanation[] = [];

  const diagnosed = rules.filter((rule) => rule.diagnosis === lower || rule.id === lower);
  if (diagnosed.length > 0) found.push({ kind: 'diagnosis', rules: diagnosed });

  const events = SHORT_NUMBER.test(text)
    ? catalogEvents.filter((event) => event.eventId === Number(text))
    : catalogEvents.filter((event) => event.name.toLowerCase() === lower);
  for (const event of events) found.push({ kind: 'event', event, related: rulesForEvent(event, rules) });

  const codes = SHORT_NUMBER.test(text) ? catalogCodes.filter((code) => code.win32 === Number(text)) : [lookupCode(text)].filter((code) => code !== undefined);
  for (const code of codes) found.push({ kind: 'code', code, related: rulesForCode(code, rules) });

  const sspr = lookupSsprCode(text);
  if (sspr !== undefined) found.push({ kind: 'sspr', sspr });
  return found;
}
