import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runCliWithInput } from '../support/cli.js';

interface JsonRecord {
  eventId: number;
  source: string;
  time: string;
  localTime?: string;
  message: string;
  origin: { file: string; line: number; offset: number };
}
const jsonLines = (stdout: string): JsonRecord[] => stdout.trimEnd().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as JsonRecord);
const toSecond = (records: JsonRecord[]) => records.map((record) => `${record.time.slice(0, 19)} ${record.source} ${record.eventId}`).sort();

describe('CSV and text exports on the command line', () => {
  it('events: reads a Japanese Event Viewer CSV in Asia/Tokyo when no --tz is given, and says so in one note', async () => {
    const { code, stdout, stderr } = await runCli('events', 'fixtures/csv/eventviewer-ja-JP.utf8bom.csv');
    expect(code).toBe(0);
    const fromXml = jsonLines((await runCli('events', 'fixtures/xml/wevtutil.xml')).stdout);
    expect(toSecond(jsonLines(stdout))).toEqual(toSecond(fromXml));
    expect(stderr).toBe(
      'note: fixtures/csv/eventviewer-ja-JP.utf8bom.csv:2: times in this export are local, with no zone; they are read as Asia/Tokyo, the usual zone of a Japanese (Japan) Windows (give --tz <IANA zone> if the export was made elsewhere)',
    );
  });

  it('events: --display-tz adds each record\'s time in that zone, and time stays UTC', async () => {
    const { stdout, stderr } = await runCli('events', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--tz', 'America/New_York', '--display-tz', 'Asia/Tokyo', '--id', '31001');
    expect(stderr).toBe('');
    expect(jsonLines(stdout).map((record) => [record.time, record.localTime])).toEqual([
      ['2024-03-05T00:11:02.000Z', '2024-03-05T09:11:02.000+09:00'],
      ['2024-03-05T00:07:11.000Z', '2024-03-05T09:07:11.000+09:00'],
    ]);
    const csv = await runCli('events', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--tz', 'America/New_York', '--display-tz', 'UTC', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^time,localTime,source,/);
  });

  it('analyze: names the export, its language and the zone its times were read in, and shows times in that zone', async () => {
    const { code, stdout } = await runCli('analyze', 'fixtures/csv/eventviewer-de-DE.utf8bom.csv');
    expect(code).toBe(1);
    expect(stdout).toContain('Input   fixtures/csv/eventviewer-de-DE.utf8bom.csv\n        Event Viewer CSV (Save All Events As… → CSV), UTF-8 with BOM\n');
    // Wrapped to the width under the input's name: read as one sentence.
    expect(stdout.replace(/\n {8}/g, ' ')).toContain('language de-DE; local times read as Europe/Berlin (assumed; give --tz if the export was made elsewhere); dates day/month/year (as the language writes them)');
    expect(stdout).toContain('Period  2024-03-05 01:05:02 Europe/Berlin → 2024-03-05 01:15:02 Europe/Berlin');
    const inUtc = await runCli('analyze', 'fixtures/csv/eventviewer-de-DE.utf8bom.csv', '--display-tz', 'UTC');
    expect(inUtc.stdout).toContain('Period  2024-03-05 00:05:02 UTC → 2024-03-05 00:15:02 UTC');
  });

  it('reads XML, CSV and text exports in one call, and they agree', async () => {
    const files = ['fixtures/xml/wevtutil.xml', 'fixtures/csv/getwinevent-de-DE.ps51-utf8-useculture.csv', 'fixtures/text/details-de-DE.txt', 'fixtures/text/format-list-de-DE.txt'];
    const { code, stdout } = await runCli('events', ...files, '--tz', 'Europe/Berlin');
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    const perFile = files.map((file) => toSecond(records.filter((record) => record.origin.file === file)));
    expect(perFile.map((list) => list.length)).toEqual([11, 11, 11, 11]);
    for (const list of perFile) expect(list).toEqual(perFile[0]);

    const analyzed = await runCli('analyze', ...files, '--tz', 'Europe/Berlin', '--fail-on', 'none');
    for (const file of files) expect(analyzed.stdout).toMatch(new RegExp(`Input   ${file}\\n(?: {8}.*\\n)*? {8}18 events read, 11 from the writeback sources, nothing skipped`));
    expect(analyzed.stdout).toMatch(/\n {2}WARNING {3}×1 {2}03-05 01:11 {2}The new password does not meet the on-premises password policy\n/);
    expect(analyzed.stdout).toMatch(/\n {4}33008  ADPasswordPolicyError +ERROR +2  03-05 01:11\n/);
  });

  it('reads text pasted on standard input (-), named <stdin>, alone or with files', async () => {
    const pasted = readFileSync('fixtures/text/details-en-US.txt');
    const { code, stdout, stderr } = await runCliWithInput(pasted, 'events', '-', '--tz', 'America/New_York');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const records = jsonLines(stdout);
    expect(records).toHaveLength(11);
    expect(records.every((record) => record.origin.file === '<stdin>')).toBe(true);

    const mixed = await runCliWithInput(readFileSync('fixtures/csv/eventviewer-fr-FR.utf8bom.csv'), 'analyze', 'fixtures/xml/wevtutil.xml', '-', '--fail-on', 'none');
    expect(mixed.stdout).toContain('Input   fixtures/xml/wevtutil.xml');
    expect(mixed.stdout).toContain('Input   <stdin>\n        Event Viewer CSV');
    expect(mixed.stderr).toContain('note: <stdin>:2: times in this export are local, with no zone; they are read as Europe/Paris');
  });

  it('reads standard input in the installed executable too', () => {
    const result = spawnSync(process.execPath, ['dist/cli/main.js', 'events', '-', '--tz', 'Asia/Taipei'], { input: readFileSync('fixtures/text/wevtutil-zh-TW.txt'), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(11);
  });

  it('exits 3 with one line naming the closest known header for a file no export writes, and reads the other files', async () => {
    const { code, stdout, stderr } = await runCli('analyze', 'fixtures/csv/broken/unknown-header.csv', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--tz', 'America/New_York');
    expect(code).toBe(3);
    expect(stderr.split('\n')).toEqual([
      'writeback-doctor: fixtures/csv/broken/unknown-header.csv: line 1: not an export this tool reads: its first line "Level,Date,Source,EventID,Task" matches none; the closest is Event Viewer CSV (English (United States)), whose first line is "Level,Date and Time,Source,Event ID,Task Category"',
    ]);
    expect(stdout).toContain('Input   fixtures/csv/eventviewer-en-US.utf8bom.csv');
  });

  it('warns about each bad row with file and line, and counts the skipped rows in the verdict', async () => {
    const { stdout, stderr } = await runCli('analyze', 'fixtures/csv/broken/bad-rows.csv', '--tz', 'America/New_York', '--fail-on', 'none');
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^warning: fixtures\/csv\/broken\/bad-rows\.csv:5 \(byte \d+\): a row of 4 fields was skipped/),
      expect.stringMatching(/^warning: fixtures\/csv\/broken\/bad-rows\.csv:59 \(byte \d+\): an event with an unreadable date was skipped/),
      expect.stringMatching(/^warning: fixtures\/csv\/broken\/bad-rows\.csv:68 \(byte \d+\): a row whose level "Informational"/),
      expect.stringMatching(/^warning: fixtures\/csv\/broken\/bad-rows\.csv:73 \(byte \d+\): a second header line was skipped/),
    ]);
    expect(stdout).toContain('4 parts skipped');
  });

  it('exits 2 with one line for an unknown zone or date order', async () => {
    const zone = await runCli('events', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--tz', 'Mars/Olympus');
    expect(zone.code).toBe(2);
    expect(zone.stderr).toBe('writeback-doctor: --tz "Mars/Olympus" is not a time zone: use an IANA name such as Asia/Tokyo, Europe/Berlin, America/New_York or UTC');
    expect((await runCli('analyze', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--display-tz', 'CEST+1')).code).toBe(2);
    expect((await runCli('analyze', 'fixtures/csv/eventviewer-en-US.utf8bom.csv', '--date-order', 'ydm')).code).toBe(2);
  });

  it('explains the CSV and text inputs and the time options in --help', async () => {
    for (const command of ['analyze', 'events']) {
      const { stdout } = await runCli(command, '--help');
      expect(stdout).toContain('--tz <zone>');
      expect(stdout).toContain('--display-tz <zone>');
      expect(stdout).toContain('--date-order <order>');
      expect(stdout).toContain('Get-EventLog | Export-Csv');
      expect(stdout).toContain('"-" reads standard input');
    }
  });
});
