// Report: rows of cells as CSV the way Excel reads it: CRLF between rows, and any cell that breaks a line quoted.

import { stringify } from 'csv-stringify/sync';

/**
 * csv-stringify quotes a cell holding the row delimiter (CRLF) but not a bare LF, and messages and
 * fix steps hold bare LFs: unquoted, Excel would start a new row at each.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
