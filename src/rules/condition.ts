// Rules stage, loading: Sigma's condition language over named selections, parsed once into a predicate.

import type { EventRecord } from '../record.js';
import { bothIds, eitherIds, pinEventIds, pinnedEventIds, type RecordPredicate } from './selection.js';

export class ConditionError extends Error {}

// Grammar (Sigma's, without aggregations):
//   or-expr  := and-expr ("or" and-expr)*
//   and-expr := unary ("and" unary)*
//   unary    := "not" unary | "(" or-expr ")" | ("1" | "all") "of" (name-pattern | "them") | name
// A name pattern may end in `*` (`1 of selection_*`).
const TOKEN = /\s*(\(|\)|[A-Za-z_][A-Za-z0-9_]*\*?|\*|\d+|\S)/y;

function tokenize(condition: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < condition.length) {
    const match = TOKEN.exec(condition);
    if (match === null) break;
    const token = match[1];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

/** Compiles `condition` over the named predicates; throws `ConditionError` naming what is wrong. */
export function compileCondition(condition: string, selections: ReadonlyMap<string, RecordPredicate>): RecordPredicate {
  const tokens = tokenize(condition);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const take = (): string | undefined => tokens[at++];
  const keyword = (token: string | undefined, word: string): boolean => token?.toLowerCase() === word;

  const named = (pattern: string): RecordPredicate[] => {
    if (pattern.toLowerCase() === 'them') return [...selections.values()];
    if (pattern.endsWith('*')) {
      const prefix = pattern.slice(0, -1);
      const found = [...selections].filter(([name]) => name.startsWith(prefix)).map(([, predicate]) => predicate);
      if (found.length === 0) throw new ConditionError(`no selection is named like "${pattern}"`);
      return found;
    }
    const predicate = selections.get(pattern);
    if (predicate === undefined) {
      throw new ConditionError(`"${pattern}" is not a selection of this detection (selections: ${[...selections.keys()].join(', ') || 'none'})`);
    }
    return [predicate];
  };

  function unary(): RecordPredicate {
    const token = take();
    if (token === undefined) throw new ConditionError('ends where a selection name was expected');
    if (keyword(token, 'not')) {
      const inner = unary();
      return (record) => !inner(record);
    }
    if (token === '(') {
      const inner = orExpression();
      if (take() !== ')') throw new ConditionError('a parenthesis is not closed');
      return inner;
    }
    if ((token === '1' || keyword(token, 'all')) && keyword(peek(), 'of')) {
      take();
      const pattern = take();
      if (pattern === undefined) throw new ConditionError(`"${token} of" needs a selection name, a name ending in *, or "them"`);
      const predicates = named(pattern);
      const ids = predicates.map(pinnedEventIds);
      return token === '1'
        ? pinEventIds((record: EventRecord) => predicates.some((predicate) => predicate(record)), eitherIds(ids))
        : pinEventIds((record: EventRecord) => predicates.every((predicate) => predicate(record)), ids.reduce(bothIds, undefined));
    }
    if (!/^[A-Za-z_]/.test(token) || ['and', 'or', 'of'].includes(token.toLowerCase())) {
      throw new ConditionError(`"${token}" is out of place`);
    }
    if (token.endsWith('*')) throw new ConditionError(`"${token}" needs "1 of" or "all of" before it`);
    const [predicate] = named(token) as [RecordPredicate];
    return predicate;
  }

  function andExpression(): RecordPredicate {
    let left = unary();
    while (keyword(peek(), 'and')) {
      take();
      const a = left;
      const b = unary();
      left = pinEventIds((record) => a(record) && b(record), bothIds(pinnedEventIds(a), pinnedEventIds(b)));
    }
    return left;
  }

  function orExpression(): RecordPredicate {
    let left = andExpression();
    while (keyword(peek(), 'or')) {
      take();
      const a = left;
      const b = andExpression();
      left = pinEventIds((record) => a(record) || b(record), eitherIds([pinnedEventIds(a), pinnedEventIds(b)]));
    }
    return left;
  }

  const predicate = orExpression();
  if (at < tokens.length) throw new ConditionError(`"${tokens[at] ?? ''}" is out of place`);
  return predicate;
}
