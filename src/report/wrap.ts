// Report: wraps prose to the terminal's width, Latin text at spaces and Japanese or Chinese between characters.

// Wide characters take two columns in a terminal: CJK ideographs, kana, Hangul, full-width forms.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

// A line may not start with closing punctuation (Japanese and Chinese line-breaking rules, kinsoku).
const NO_LINE_START = /^[、。，．：；？！）」』】〕ー・）］｝,.:;?!)\]}]/;

// Nor may a line end with opening punctuation.
const NO_LINE_END = /^[（「『【〔［｛(\[{]$/;

const SPACE = /\s/;

/** How many terminal columns `text` takes. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

interface Token {
  text: string;
  /** Whether a space precedes it. */
  space: boolean;
}

function joinTokens(list: readonly Token[]): string {
  return list.map((token, index) => (index > 0 && token.space ? ` ${token.text}` : token.text)).join('');
}

/** Words of Latin text, and single wide characters, each with whether a space precedes it. */
function tokens(text: string): Token[] {
  const result: Token[] = [];
  let word = '';
  let spaceBefore = false;
  const push = (token: string): void => {
    result.push({ text: token, space: spaceBefore && result.length > 0 });
    spaceBefore = false;
  };
  for (const char of text) {
    if (SPACE.test(char)) {
      if (word !== '') push(word);
      word = '';
      spaceBefore = true;
    } else if (WIDE.test(char)) {
      if (word !== '') push(word);
      word = '';
      push(char);
    } else word += char;
  }
  if (word !== '') push(word);
  return result;
}

/** `text` as lines of at most `width` columns (a longer word gets a line of its own), each prefixed by `prefix`. */
export function wrap(text: string, prefix: string, width = 96): string {
  const room = Math.max(20, width - columns(prefix));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let onLine: Token[] = [];
  for (const token of tokens(text)) {
    const gap = token.space && line !== '' ? 1 : 0;
    const size = columns(token.text);
    if (line !== '' && used + gap + size > room) {
      // Closing punctuation may not start a line, nor opening punctuation end one: the character before moves down.
      const last = onLine[onLine.length - 1];
      const carried = NO_LINE_START.test(token.text) || (last !== undefined && NO_LINE_END.test(last.text)) ? onLine.pop() : undefined;
      if (carried === undefined || onLine.length === 0) {
        if (carried !== undefined) onLine.push(carried);
        lines.push(line);
        line = token.text;
        used = size;
        onLine = [token];
        continue;
      }
      lines.push(joinTokens(onLine));
      onLine = [{ text: carried.text, space: false }, token];
      line = joinTokens(onLine);
      used = columns(line);
      continue;
    }
    line += gap === 1 ? ` ${token.text}` : token.text;
    used += gap + size;
    onLine.push(token);
  }
  if (line !== '') lines.push(line);
  return lines.map((part) => prefix + part).join('\n');
}

/** `text` padded with spaces to `width` terminal columns (wide characters count twice). */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

/** `text` cut to `width` columns, with an ellipsis where it was cut. */
export function fitColumns(text: string, width: number): string {
  if (columns(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (columns(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}
