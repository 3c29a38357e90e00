// Report: keeps CSV cells from being run as formulas when the file is opened in a spreadsheet.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet would evaluate (`=HYPERLINK(…)`, `@SUM(…)`) gets a leading apostrophe. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
