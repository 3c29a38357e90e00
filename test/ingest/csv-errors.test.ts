import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { readFixture } from '../support/read.js';
import { readExpected } from '../support/same-records.js';

const { broken } = readExpected<{ broken: { file: string; badRows?: { line: number; why: string }[] }[] }>('fixtures/csv/expected.json');

async function rejection(path: string): Promise<InputError> {
  try {
    await readFixture(path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${path} was read, but should have been refused`);
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'wbd-')), name);
  writeFileSync(path, text);
  return path;
}

describe('bad rows and files no export writes', () => {
  it('skips each bad row with one warning naming its line, counts it, and reads every good row', async () => {
    const bad = broken.find((set) => set.file === 'broken/bad-rows.csv')?.badRows ?? [];
    const { records, summary } = await readFixture('fixtures/csv/broken/bad-rows.csv', ['PasswordResetService', 'ADSync', 'Directory Synchronization'], { zone: 'America/New_York' });
    expect(records).toHaveLength(11);
    expect(summary.skipped).toBe(4);
    expect(summary.issues.map((issue) => [issue.line, issue.file])).toEqual(bad.map((row) => [row.line, 'fixtures/csv/broken/bad-rows.csv']));
    expect(summary.issues.map((issue) => issue.message)).toEqual([
      'a row of 4 fields was skipped (Event Viewer writes 6)',
      expect.stringContaining('an event with an unreadable date was skipped: "13/45/2024 7:09:00 PM"'),
      'a row whose level "Informational" is no level name of English (United States) was skipped',
      'a second header line was skipped (two exports joined into one file?)',
    ]);
  });

  it('refuses a file whose header no export writes, in one line naming the closest known header', async () => {
    const error = await rejection('fixtures/csv/broken/unknown-header.csv');
    expect(error.kind).toBe('unreadable');
    expect(error.message).toBe(
      'line 1: not an export this tool reads: its first line "Level,Date,Source,EventID,Task" matches none; the closest is Event Viewer CSV (English (United States)), whose first line is "Level,Date and Time,Source,Event ID,Task Category"',
    );
  });

  it('names the closest header in the file\'s own language', async () => {
    const error = await rejection(tempFile('de.csv', 'Ebene;Datum;Quelle;Ereignis;Kategorie\r\nFehler;05.03.2024 01:13:07;PasswordResetService;32002;Keine\r\n'));
    expect(error.message).toContain('the closest is Event Viewer CSV (German (Germany))');
  });

  it('refuses a PowerShell export that lacks a column it needs, naming the column', async () => {
    const error = await rejection('fixtures/csv/broken/selected-columns.csv');
    expect(error.message).toBe('line 2: a PowerShell Get-WinEvent | Export-Csv file without the column ProviderName it needs (export without Select-Object, or select them too)');
  });

  it('refuses prose with the same one line, still naming the closest shape', async () => {
    const error = await rejection(tempFile('notes.txt', 'The customer says resets fail since Monday.\nPlease check.\n'));
    expect(error.message).toMatch(/^line 1: not an export this tool reads: its first line "The customer says resets fail since Monday\." matches none; the closest is /);
  });
});
