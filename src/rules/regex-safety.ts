// Rules stage, loading: refuses regular expressions of rule files that could backtrack catastrophically.
//
// JavaScript's regex engine backtracks, so a pattern such as `(\w+\s?)+$` takes exponential time on a
// long message that almost matches. Rules run on every record of logs that may hold hostile text, so
// patterns are checked when a rule is loaded, never at match time. The check is conservative: it
// refuses every pattern with
//  - a repeated group that contains an unbounded repetition (star height above one: `(a+)+`, `(a*b)*`),
//    or an unbounded group around a variable one (`(a{1,3})*`);
//  - a repeated group whose alternatives can start with the same character (`(a|ab)*`, `(\w|\d)+`);
//  - two unbounded repetitions in a row, with only optional parts between them, that can match the
//    same character (`\d+\.?\d+`, `.*.*`): polynomial, but still hours on a megabyte of text;
//  - a backreference, which no linear-time bound covers.
// Rule authors rarely need any of these: `contains`, `startswith` and `endswith` cover most tests.

/** Characters the analysis tries each character set against: ASCII and a few of the scripts logs carry. */
const SAMPLE = [
  ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
  'é', 'ß', 'Ü', 'Ω', 'Ж', '山', 'ア', '。', '，', '\u00a0', '\u3000', '\u2028', '\ud83d',
];

type CharSet = readonly boolean[];

interface Term {
  atom: Atom;
  min: number;
  max: number;
}

type Atom =
  | { type: 'chars'; set: CharSet }
  | { type: 'group'; alternatives: Term[][] }
  | { type: 'assertion' };

export class UnsafeRegexError extends Error {}

const EMPTY: CharSet = SAMPLE.map(() => false);

function union(a: CharSet, b: CharSet): CharSet {
  return a.map((value, index) => value || (b[index] ?? false));
}

function overlaps(a: CharSet, b: CharSet): boolean {
  return a.some((value, index) => value && (b[index] ?? false));
}

/** Which sample characters the single-character pattern `source` matches. */
function charSet(source: string, ignoreCase: boolean): CharSet {
  const single = new RegExp(`^(?:${source})$`, ignoreCase ? 'is' : 's');
  return SAMPLE.map((char) => single.test(char));
}

interface Cursor {
  pattern: string;
  at: number;
  ignoreCase: boolean;
}

function parseClass(cursor: Cursor): string {
  const start = cursor.at;
  cursor.at++; // [
  if (cursor.pattern[cursor.at] === '^') cursor.at++;
  while (cursor.at < cursor.pattern.length && cursor.pattern[cursor.at] !== ']') {
    cursor.at += cursor.pattern[cursor.at] === '\\' ? 2 : 1;
  }
  if (cursor.at >= cursor.pattern.length) throw new UnsafeRegexError('a character class is not closed');
  cursor.at++; // ]
  return cursor.pattern.slice(start, cursor.at);
}

function parseEscape(cursor: Cursor): Atom {
  const next = cursor.pattern[cursor.at + 1];
  if (next === undefined) throw new UnsafeRegexError('the pattern ends with a backslash');
  if (/[1-9]/.test(next) || (next === 'k' && cursor.pattern[cursor.at + 2] === '<')) {
    throw new UnsafeRegexError('backreferences are not allowed');
  }
  if (next === 'b' || next === 'B') {
    cursor.at += 2;
    return { type: 'assertion' };
  }
  let length = 2;
  if (next === 'x') length = 4;
  else if (next === 'u') length = 6;
  else if (next === 'c') length = 3;
  const source = cursor.pattern.slice(cursor.at, cursor.at + length);
  cursor.at += length;
  return { type: 'chars', set: charSet(source, cursor.ignoreCase) };
}

function parseQuantifier(cursor: Cursor): { min: number; max: number } {
  const char = cursor.pattern[cursor.at];
  let bounds = { min: 1, max: 1 };
  if (char === '*') bounds = { min: 0, max: Infinity };
  else if (char === '+') bounds = { min: 1, max: Infinity };
  else if (char === '?') bounds = { min: 0, max: 1 };
  else if (char === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(cursor.pattern.slice(cursor.at));
    if (braces === null) return bounds; // a literal `{`, as JavaScript reads it without the u flag
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    cursor.at += braces[0].length;
    if (cursor.pattern[cursor.at] === '?') cursor.at++;
    return { min, max };
  } else return bounds;
  cursor.at++;
  if (cursor.pattern[cursor.at] === '?') cursor.at++; // lazy: the same backtracking, in another order
  return bounds;
}

function parseAlternatives(cursor: Cursor): Term[][] {
  const alternatives: Term[][] = [[]];
  while (cursor.at < cursor.pattern.length) {
    const char = cursor.pattern[cursor.at] ?? '';
    if (char === ')') break;
    if (char === '|') {
      alternatives.push([]);
      cursor.at++;
      continue;
    }
    let atom: Atom;
    if (char === '(') {
      const rest = cursor.pattern.slice(cursor.at);
      const opener = /^\((\?(:|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>))?/.exec(rest)?.[0] ?? '(';
      cursor.at += opener.length;
      const inner = parseAlternatives(cursor);
      if (cursor.pattern[cursor.at] !== ')') throw new UnsafeRegexError('a group is not closed');
      cursor.at++;
      atom = { type: 'group', alternatives: inner };
    } else if (char === '[') atom = { type: 'chars', set: charSet(parseClass(cursor), cursor.ignoreCase) };
    else if (char === '\\') atom = parseEscape(cursor);
    else if (char === '^' || char === '$') {
      cursor.at++;
      atom = { type: 'assertion' };
    } else {
      cursor.at++;
      atom = { type: 'chars', set: char === '.' ? charSet('.', false) : charSet(char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), cursor.ignoreCase) };
    }
    const { min, max } = parseQuantifier(cursor);
    alternatives[alternatives.length - 1]?.push({ atom, min, max });
  }
  return alternatives;
}

/** Every character a term can consume. */
function charsOf(term: Term): CharSet {
  const { atom } = term;
  if (atom.type === 'chars') return atom.set;
  if (atom.type === 'assertion') return EMPTY;
  return atom.alternatives.flat().reduce((set, inner) => union(set, charsOf(inner)), EMPTY);
}

function nullable(term: Term): boolean {
  if (term.min === 0 || term.atom.type === 'assertion') return true;
  if (term.atom.type === 'chars') return false;
  return term.atom.alternatives.some((sequence) => sequence.every(nullable));
}

/** The characters a sequence can start with. */
function firstOf(sequence: readonly Term[]): CharSet {
  let set = EMPTY;
  for (const term of sequence) {
    set = union(set, term.atom.type === 'group' ? term.atom.alternatives.reduce((acc, alt) => union(acc, firstOf(alt)), EMPTY) : charsOf(term));
    if (!nullable(term)) break;
  }
  return set;
}

function innerTerms(term: Term): Term[] {
  if (term.atom.type !== 'group') return [];
  return term.atom.alternatives.flat().flatMap((inner) => [inner, ...innerTerms(inner)]);
}

function checkSequence(sequence: readonly Term[]): void {
  for (const [index, term] of sequence.entries()) {
    if (term.atom.type === 'group') {
      const inner = innerTerms(term);
      if (term.max > 1 && inner.some((candidate) => candidate.max === Infinity)) {
        throw new UnsafeRegexError('a repeated group contains an unbounded repetition (nested quantifiers)');
      }
      if (term.max === Infinity && inner.some((candidate) => candidate.min !== candidate.max)) {
        throw new UnsafeRegexError('an unbounded group contains a repetition of variable length (nested quantifiers)');
      }
      const alternatives = term.atom.alternatives;
      if (term.max > 1 && alternatives.length > 1) {
        for (let a = 0; a < alternatives.length; a++) {
          for (let b = a + 1; b < alternatives.length; b++) {
            const left = alternatives[a] ?? [];
            const right = alternatives[b] ?? [];
            if (left.every(nullable) || right.every(nullable) || overlaps(firstOf(left), firstOf(right))) {
              throw new UnsafeRegexError('a repeated group has alternatives that can match the same text');
            }
          }
        }
      }
      for (const alternative of alternatives) checkSequence(alternative);
    }
    if (term.max !== Infinity) continue;
    // Look ahead past optional parts for another unbounded repetition over the same characters.
    for (let next = index + 1; next < sequence.length; next++) {
      const candidate = sequence[next];
      if (candidate === undefined) break;
      if (candidate.max === Infinity && overlaps(charsOf(term), charsOf(candidate))) {
        throw new UnsafeRegexError('two unbounded repetitions in a row can match the same text');
      }
      if (!nullable(candidate)) break;
    }
  }
}

/** The longest pattern a rule may hold; longer ones are hard to review and to analyze. */
export const MAX_PATTERN_LENGTH = 500;

/**
 * Compiles a rule's pattern once, at load. Throws `UnsafeRegexError` (or the engine's `SyntaxError`)
 * for a pattern that does not compile or could backtrack catastrophically.
 */
export function compileSafeRegex(pattern: string, ignoreCase: boolean): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new UnsafeRegexError(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  const compiled = new RegExp(pattern, ignoreCase ? 'i' : ''); // throws SyntaxError first for a broken pattern
  const cursor: Cursor = { pattern, at: 0, ignoreCase };
  const alternatives = parseAlternatives(cursor);
  if (cursor.at < pattern.length) throw new UnsafeRegexError('unbalanced parenthesis');
  checkSequence([{ atom: { type: 'group', alternatives }, min: 1, max: 1 }]);
  return compiled;
}
