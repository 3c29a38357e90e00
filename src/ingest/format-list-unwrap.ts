// Ingest: joins the lines PowerShell's Format-List wrapped at the console width back into the value it printed.

/**
 * East Asian wide and full-width characters of the BMP take two console cells and one UTF-16
 * unit; PowerShell wraps by cells. Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
 * compatibility, vertical and full-width forms. (Supplementary ideographs are two units and two
 * cells: `length` already counts them right.)
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Console cells a text takes. */
export function displayCells(text: string): number {
  let wide = 0;
  WIDE.lastIndex = 0;
  while (WIDE.exec(text) !== null) wide++;
  return text.length + wide;
}

/** How PowerShell broke long lines: by words in en, fr, de, it, pt and es, by cells in every other language. */
export type WrapMode = 'words' | 'cells';

/** The first word of a line with the space after it: what PowerShell's word wrap tried to fit. */
const FIRST_WORD = /^[^ \t]*[ \t]?/;
const LEADING_WORD = /^[^ \t]*/;
const TRAILING_WORD = /[^ \t]*$/;

/**
 * What joins `next` to `previous` when `next` only continues it because PowerShell (ListWriter →
 * GenerateLines) broke a line too long for `width` cells: '' for a cut or a word wrap that kept
 * its space, ' ' for a word wrap whose space a paste stripped; undefined when the value itself
 * had a line break there.
 *
 * - By cells, the line was cut where the next character no longer fit.
 * - By words, the line was broken before the first word that no longer fit, the space staying at
 *   the end of the broken line; a word longer than a line was cut where it filled the line.
 *   A line exactly `width` long that was not cut inside a word is a line of its own: PowerShell
 *   leaves such a line whole.
 */
function joinOf(previous: string, next: string, width: number, mode: WrapMode, spacesKept: boolean): '' | ' ' | undefined {
  const used = displayCells(previous);
  const firstPoint = next.codePointAt(0);
  const nextChar = firstPoint === undefined ? 0 : displayCells(String.fromCodePoint(firstPoint));
  if (mode === 'cells') return nextChar > 0 && used + nextChar > width ? '' : undefined;
  if (previous.endsWith(' ') || previous.endsWith('\t')) return used + displayCells(FIRST_WORD.exec(next)?.[0] ?? '') > width ? '' : undefined;
  if (used + nextChar > width) {
    const spanning = (TRAILING_WORD.exec(previous)?.[0] ?? '') + (LEADING_WORD.exec(next)?.[0] ?? '');
    return displayCells(spanning) > width ? '' : undefined;
  }
  // A paste dropped the space a word wrap leaves: the next word would have overfilled the line.
  return !spacesKept && used + 1 + displayCells(FIRST_WORD.exec(next)?.[0] ?? '') > width ? ' ' : undefined;
}

/**
 * The value PowerShell printed, from the lines of its value column (indent removed): lines
 * joined where a wrap broke them, kept apart with `\n` where the value had its own line break.
 */
export function unwrapValue(lines: readonly string[], width: number, mode: WrapMode, spacesKept: boolean): string {
  let value = lines[0] ?? '';
  let previous = value;
  for (let at = 1; at < lines.length; at++) {
    const next = lines[at] ?? '';
    const join = previous === '' ? undefined : joinOf(previous, next, width, mode, spacesKept);
    value += join === undefined ? `\n${next}` : join + next;
    previous = next;
  }
  return value.trimEnd();
}
