import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { writeEvtx } from '../../support/evtx-writer.js';
import { DEFAULT_SOURCES } from '../../../src/ingest/types.js';
import { readFixture } from '../../support/read.js';
import { firstDifference, normalizeTree, parseRenderedXml, recordIdOf, type EventTree } from '../../support/rendered-events.js';
import { eventsOfXmlExport } from '../../support/xml-to-evtx.js';

/**
 * No public .evtx holds writeback events, so these are written by the test writer from our XML
 * fixtures: every field the export shows goes into the log. Regenerate after a fixture change with
 * UPDATE_EVTX_FIXTURES=1 npx vitest run test/ingest/evtx/fixture.test.ts
 */
const FIXTURES = [
  { evtx: 'fixtures/evtx/canonical.evtx', xml: 'fixtures/xml/wevtutil.xml' },
  { evtx: 'fixtures/evtx/Application.evtx', xml: 'fixtures/demo/Application.xml' },
];

const hasEvtxexport = spawnSync('evtxexport', ['-h'], { encoding: 'utf8' }).error === undefined;
const scratch = mkdtempSync(join(tmpdir(), 'evtx-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fields an export's `<System>` and event data show; RenderingInfo is Event Viewer's, not the log's. */
function withoutRendering(event: EventTree): EventTree {
  return { ...event, children: event.children.filter((child) => child.name !== 'RenderingInfo') };
}

describe('the .evtx fixtures written from the XML fixtures', () => {
  it.each(FIXTURES)('$evtx is what the writer makes of $xml', ({ evtx, xml }) => {
    const written = writeEvtx(eventsOfXmlExport(xml));
    if (process.env.UPDATE_EVTX_FIXTURES === '1') writeFileSync(evtx, written);
    expect(readFileSync(evtx).equals(written), `${evtx} is stale: UPDATE_EVTX_FIXTURES=1 npx vitest run test/ingest/evtx/fixture.test.ts`).toBe(true);
  });

  it.skipIf(!hasEvtxexport).each(FIXTURES)('$evtx renders in evtxexport as $xml shows its events', ({ evtx, xml }) => {
    // libevtx's evtxexport (Debian libevtx-utils) is the independent check that the writer writes valid .evtx.
    const rendered = spawnSync('evtxexport', ['-f', 'xml', evtx], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(rendered.status).toBe(0);
    const theirs = parseRenderedXml(rendered.stdout).filter((tree) => tree.name === 'Event').map(normalizeTree);
    const exported = parseRenderedXml(readFileSync(xml, 'utf8')).flatMap((tree) => (tree.name === 'Events' ? tree.children : [tree]));
    const expected = exported.filter((tree) => tree.name === 'Event').map((tree) => normalizeTree(withoutRendering(tree)));
    expect(theirs.length).toBe(expected.length);
    const differences = theirs.flatMap((event, i) => firstDifference(event, expected[i]!) ?? []);
    expect(differences).toEqual([]);
    expect(theirs.map(recordIdOf)).toEqual(expected.map(recordIdOf));
  });

  // The demo is an Event Viewer export: its other providers' messages come from RenderingInfo,
  // which Windows renders from message files and no .evtx holds. The writeback providers' message
  // is their one <Data> string either way.
  it.each([
    { ...FIXTURES[0]!, sources: 'all' as const },
    { ...FIXTURES[1]!, sources: DEFAULT_SOURCES },
  ])('$evtx yields the records of $xml, field by field', async ({ evtx, xml, sources }) => {
    const fields = ({ source, eventId, level, time, recordId, computer, message, data }: { source: string; eventId: number; level: string; time: Date; recordId?: number; computer?: string; message: string; data: Record<string, string> }) =>
      ({ source, eventId, level, time, recordId, computer, message, data });
    const fromEvtx = await readFixture(evtx, sources);
    const fromXml = await readFixture(xml, sources);
    expect(fromEvtx.records.length).toBeGreaterThan(10);
    expect(fromEvtx.summary.format).toBe('evtx');
    expect(fromEvtx.summary.issues).toEqual([]);
    expect(fromEvtx.records.map(fields)).toEqual(fromXml.records.map(fields));
  });

  it('analyze gives the same verdict for Application.evtx as for the same events exported as XML', async () => {
    const fromXml = await runCli('analyze', 'fixtures/demo/Application.xml');
    const fromEvtx = await runCli('analyze', 'fixtures/evtx/Application.evtx');
    // Everything but where each input and each piece of evidence sits in its file (line and byte).
    const verdict = (stdout: string): string =>
      stdout
        .replace(/^Input .*\n(?: {8}.*\n)*/m, '')
        .replace(/fixtures\/(demo\/Application\.xml|evtx\/Application\.evtx)(:\d+)? \(byte \d+\)/g, 'FILE');
    expect(fromEvtx.code).toBe(fromXml.code);
    expect(fromEvtx.stderr).toBe('');
    expect(verdict(fromEvtx.stdout)).toBe(verdict(fromXml.stdout));
    expect(fromEvtx.stdout).toMatch(/binary \(\.evtx\)\n\s+1,185 events read, 1,009 from the writeback sources, nothing skipped/);
  });

  it('is read as .evtx by its signature, whatever the file is called', async () => {
    const renamed = join(scratch, 'Application.xml');
    copyFileSync('fixtures/evtx/canonical.evtx', renamed);
    const { records, summary } = await readFixture(renamed);
    expect(summary.format).toBe('evtx');
    expect(records.map((record) => record.eventId)).toEqual([31019, 31001, 31002, 656, 657, 31019, 31001, 6329, 33008, 32002, 31019]);
  });
});
