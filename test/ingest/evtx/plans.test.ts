import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { writeEvtx, type EvtxEvent } from '../../support/evtx-writer.js';
import { firstDifference, normalizeTree, parseRenderedXml } from '../../support/rendered-events.js';

// A template is planned once per pattern of its values' types (NULL, empty or not): records of one
// template whose values leave elements out, close them empty or fill them must each come out as
// their own values say, whichever record came first.

const hasEvtxexport = spawnSync('evtxexport', ['-h'], { encoding: 'utf8' }).error === undefined;
const scratch = mkdtempSync(join(tmpdir(), 'evtx-plans-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const base: EvtxEvent = {
  provider: { name: 'PasswordResetService' },
  eventId: 31001,
  version: 0,
  level: 4,
  task: 0,
  opcode: 0,
  keywords: 0x80000000000000n,
  time: 133_540_000_000_000_000n,
  recordId: 1,
  processId: 4312,
  threadId: 0,
  channel: 'Application',
  computer: 'AADC01.fabrikam.local',
};

/** The same provider and event each time; only what the values hold changes, back and forth. */
const variants: Partial<EvtxEvent>[] = [
  { qualifiers: 0, userSid: 'S-1-5-18', eventData: { data: [{ value: 'TrackingId: 1, first' }] } },
  { eventData: { data: [{ value: '' }] } },
  { qualifiers: 16384, eventData: { data: [{ value: 'a & b <c>' }, { value: '' }, { value: 'third' }] } },
  { userSid: 'S-1-5-21-1-2-3-500', computer: '', eventData: { data: [{ value: 'x' }] } },
  { qualifiers: 0, userSid: 'S-1-5-18', eventData: { data: [{ value: 'TrackingId: 5, back to the first shape' }] } },
  { eventData: { data: [] } },
];
const events: EvtxEvent[] = Array.from({ length: 3 }, () => variants)
  .flat()
  .map((variant, i) => ({ ...base, ...variant, recordId: i + 1, time: base.time + BigInt(i) * 10_000_000n }));

async function ours(file: string): Promise<string> {
  const { code, stdout, stderr } = await runCli('events', '--all', '--format', 'xml', file);
  expect(code).toBe(0);
  expect(stderr, stderr).toBe('');
  return stdout;
}

describe('records of one template with values of other shapes', () => {
  const file = join(scratch, 'shapes.evtx');
  writeFileSync(file, writeEvtx(events, { recordsPerChunk: 7 }));

  it('render each as its own values say, whichever came first', async () => {
    const xml = await ours(file);
    const rendered = xml.split(/(?<=<\/Event>\n)\n/).filter((part) => part !== '');
    expect(rendered).toHaveLength(events.length);
    for (const [i, event] of rendered.entries()) {
      const variant = variants[i % variants.length]!;
      expect(event.includes('Qualifiers='), `event ${i + 1}`).toBe(variant.qualifiers !== undefined);
      expect(event.includes('<Security/>'), `event ${i + 1}`).toBe(variant.userSid === undefined);
      expect(event.includes('<Computer/>'), `event ${i + 1}`).toBe(variant.computer === '');
    }
    expect(rendered[2]).toContain('<Data>a &amp; b &lt;c&gt;</Data>');
    // The same shape renders the same, later in the file too.
    expect(rendered[4]!.replace(/TrackingId: \d+.*<\/Data>|SystemTime="[^"]*"|<EventRecordID>\d+/g, '')).toBe(
      rendered[0]!.replace(/TrackingId: \d+.*<\/Data>|SystemTime="[^"]*"|<EventRecordID>\d+/g, ''),
    );
  });

  it.skipIf(!hasEvtxexport)('render as evtxexport renders them, field by field', async () => {
    const theirs = spawnSync('evtxexport', ['-f', 'xml', file], { encoding: 'utf8' });
    expect(theirs.status).toBe(0);
    const trees = (xml: string) => parseRenderedXml(xml).filter((tree) => tree.name === 'Event').map(normalizeTree);
    const mine = trees(await ours(file));
    const reference = trees(theirs.stdout);
    expect(mine).toHaveLength(events.length);
    expect(mine.flatMap((event, i) => firstDifference(event, reference[i]!) ?? [])).toEqual([]);
  });
});
