// Ingest: notices when an export lost its non-ASCII text to "?" (Windows PowerShell 5.1's Export-Csv default).

import type { IngestNotice, ReaderContext } from './types.js';

/**
 * Windows PowerShell 5.1's `Export-Csv` writes ASCII unless told otherwise, and every other
 * character becomes `?`: `情報` → `??`, `Müller` → `M?ller`. A question mark inside a word, or
 * two in a row, does not occur in the messages or level names of a Windows export that kept
 * its text. The look-behind keeps URLs (`page.aspx?id=1`) out.
 */
const LOST_TEXT = /\?\?|(?<![\w./=&?-])[A-Za-z]+\?[A-Za-z]/;

const ADVICE =
  'this export lost its non-ASCII text: Windows PowerShell 5.1 wrote it as ASCII and turned every other character into "?" ' +
  '(export again with Export-Csv -Encoding UTF8, or from PowerShell 7); names and messages with such characters will not match';

/**
 * A checker for one file. Only a file without a byte-order mark can be such an export (PowerShell
 * writes a BOM with -Encoding UTF8 or Unicode); it checks rows until the first loss, then says so once.
 */
export function lossyTextCheck(context: ReaderContext): (line: number, ...texts: string[]) => void {
  let done = context.sniffed.bomLength > 0 || context.sniffed.encoding !== 'utf-8';
  return (line, ...texts) => {
    if (done) return;
    for (const text of texts) {
      if (!text.includes('?')) continue;
      const lost = LOST_TEXT.exec(text);
      if (lost === null) continue;
      done = true;
      const notice: IngestNotice = { file: context.file, line, severity: 'warning', message: `${ADVICE} (first seen: "${lost[0]}")` };
      context.onNotice?.(notice);
      return;
    }
  };
}
