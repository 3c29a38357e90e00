// Report: keeps log text inert in Markdown: no emphasis, links, HTML or broken tables from what a message happens to hold.

// Characters that start Markdown syntax inside a line (CommonMark, GitHub, Azure DevOps): emphasis, code,
// links, tables, strikethrough. Line-start syntax (`#`, `-`, `1.`) never meets log text: it sits in cells and code.
const INLINE_SPECIAL = /[\\`*_[\]|~]/g;

/** Text for a paragraph or a table cell: syntax characters escaped, HTML turned into text, line breaks kept as `<br>`. */
export function escapeMarkdown(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    .replace(/\r?\n/g, '<br>');
}

/** A fenced code block that no backtick run inside `text` can close early. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\r\n/g, '\n')}\n${fence}`;
}

/** A pipe table; cells are escaped here. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `| ${header.map((_, index) => (numeric[index] === true ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}
