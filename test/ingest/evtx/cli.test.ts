import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { CORPUS, corpusFiles } from '../../support/evtx-corpus.js';

const scratch = mkdtempSync(join(tmpdir(), 'evtx-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The JSON records of `events`, without where they were read. */
async function records(...argv: string[]): Promise<Record<string, unknown>[]> {
  const { code, stdout } = await runCli('events', ...argv);
  expect(code).toBe(0);
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const { origin: _origin, ...record } = JSON.parse(line) as Record<string, unknown>;
      return record;
    });
}

describe('writeback-doctor events on .evtx files', () => {
  it('prints every event as XML with --all --format xml, laid out as evtxexport lays it out', async () => {
    const { code, stdout, stderr } = await runCli('events', '--all', '--format', 'xml', 'fixtures/evtx/canonical.evtx');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const events = stdout.split('\n\n').filter((part) => part !== '');
    expect(events).toHaveLength(18);
    expect(events[3]).toBe(
      [
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
        '  <System>',
        '    <Provider Name="PasswordResetService"/>',
        '    <EventID Qualifiers="0">31019</EventID>',
        '    <Version>0</Version>',
        '    <Level>4</Level>',
        '    <Task>0</Task>',
        '    <Opcode>0</Opcode>',
        '    <Keywords>0x0080000000000000</Keywords>',
        '    <TimeCreated SystemTime="2024-03-05T00:05:02.2511528Z"/>',
        '    <EventRecordID>88211</EventRecordID>',
        '    <Correlation/>',
        '    <Execution ProcessID="4312" ThreadID="0"/>',
        '    <Channel>Application</Channel>',
        '    <Computer>AADC01.fabrikam.local</Computer>',
        '    <Security/>',
        '  </System>',
        '  <EventData>',
        '    <Data>TrackingId: cf3ae805-5ed3-4f1a-abdd-77be75ec3aec, ServiceBusHeartBeat, Details: Version: 5.0.0.686</Data>',
        '  </EventData>',
        '</Event>',
      ].join('\n'),
    );
  });

  it('writes each event whole and in order when a filter leaves gaps between them, and among events of other inputs', async () => {
    const events = async (...argv: string[]): Promise<string[]> => {
      const { code, stdout } = await runCli('events', '--format', 'xml', ...argv);
      expect(code).toBe(0);
      expect(stdout.endsWith('</Event>\n\n')).toBe(true);
      // An event's text may hold an empty line itself: the empty line after `</Event>` parts them.
      return stdout.split(/(?<=<\/Event>\n)\n/).filter((part) => part !== '');
    };
    // A filter keeps some events of a chunk: what lies between them is not written.
    const all = await events('--all', 'fixtures/evtx/canonical.evtx');
    const kept = await events('--all', '--id', '31019', 'fixtures/evtx/canonical.evtx');
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept).toEqual(all.filter((event) => event.includes('>31019</EventID>')));

    // Events of an .evtx file among events rebuilt from an XML export, in the order of the records.
    const files = ['fixtures/evtx/Application.evtx', 'fixtures/xml/wevtutil.xml'];
    const alone = new Map<string, string[]>();
    for (const file of files) alone.set(file, await events('--all', file));
    const order = (await runCli('events', '--all', '--format', 'jsonl', ...files)).stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { origin: { file: string } }).origin.file);
    expect(new Set(order)).toEqual(new Set(files));
    const next = new Map(files.map((file) => [file, 0]));
    const expected = order.map((file) => {
      const at = next.get(file)!;
      next.set(file, at + 1);
      return alone.get(file)![at]!;
    });
    expect(await events('--all', ...files)).toEqual(expected);
  });

  it('--all is --source all', async () => {
    expect(await records('--all', 'fixtures/evtx/canonical.evtx')).toEqual(await records('--source', 'all', 'fixtures/evtx/canonical.evtx'));
  });

  it('writes XML that reads back as an export into the same records', async () => {
    const { stdout } = await runCli('events', '--all', '--format', 'xml', 'fixtures/evtx/Application.evtx');
    const exported = join(scratch, 'from-evtx.xml');
    writeFileSync(exported, stdout);
    expect(await records('--all', exported)).toEqual(await records('--all', 'fixtures/evtx/Application.evtx'));
  });

  it('rebuilds XML events for inputs that are not .evtx, from their fields', async () => {
    const { stdout } = await runCli('events', '--format', 'xml', 'fixtures/xml/wevtutil.xml');
    expect(stdout.split('\n\n').filter((part) => part !== '')).toHaveLength(11);
    const rebuilt = join(scratch, 'rebuilt.xml');
    writeFileSync(rebuilt, stdout);
    expect(await records(rebuilt)).toEqual(await records('fixtures/xml/wevtutil.xml'));
  });

  it.skipIf(!corpusFiles().includes('bad-chunk-magic.evtx'))('warns with the file and the byte offset of each skipped part, no line', async () => {
    const { code, stderr } = await runCli('events', join(CORPUS, 'bad-chunk-magic.evtx'));
    expect(code).toBe(0);
    expect(stderr.split('\n')).toContain(`warning: ${join(CORPUS, 'bad-chunk-magic.evtx')} (byte 397312): chunk 6 has no chunk signature; its 65536 bytes were skipped`);
  });
});
