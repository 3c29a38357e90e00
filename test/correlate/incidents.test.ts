import { beforeAll, describe, expect, it } from 'vitest';
import type { Chain } from '../../src/correlate/types.js';
import type { EventRecord } from '../../src/record.js';
import { correlateFixtures } from '../support/correlate.js';

// fixtures/correlate/service-incidents.xml: three episodes of service-level errors, hours apart.
let chains: Chain[];
let records: EventRecord[];

beforeAll(async () => {
  ({ chains, records } = await correlateFixtures(['fixtures/correlate/service-incidents.xml']));
});

const SERVICE_LEVEL = [32001, 32002, 32014, 31034, 31044, 6800];

describe('service incidents', () => {
  it('groups service-level errors into incidents instead of user operations', () => {
    expect(chains.every((chain) => chain.kind === 'service')).toBe(true);
    expect(chains).toHaveLength(3);
    const grouped = chains.flatMap((chain) => chain.events);
    expect(grouped).toEqual(records.filter((record) => SERVICE_LEVEL.includes(record.eventId)));
  });

  it('gives each incident its span, its events and its first error', () => {
    for (const incident of chains) {
      const first = incident.events[0] as EventRecord;
      const last = incident.events[incident.events.length - 1] as EventRecord;
      expect(incident).toMatchObject({ outcome: 'failure', start: first.time, end: last.time, cause: first, computer: 'AADC01.fabrikam.local' });
      expect(incident.durationMs).toBe(last.time.getTime() - first.time.getTime());
      expect(incident.user).toBeUndefined();
    }
    expect(chains.map((chain) => chain.events.map((event) => event.eventId))).toEqual([
      [6800, 32002, 31044, 32002, 32002, 32001, 31034],
      [32002, 32002, 32002, 31044],
      [32014, 32014, 32014],
    ]);
  });

  it('keeps events that share a tracking id in one incident', () => {
    const byId = new Map<string, Set<string>>();
    for (const incident of chains) {
      for (const event of incident.events) {
        if (event.trackingId === undefined) continue;
        const holders = byId.get(event.trackingId) ?? new Set();
        holders.add(incident.id);
        byId.set(event.trackingId, holders);
      }
    }
    const shared = [...byId].filter(([id]) => records.filter((record) => record.trackingId === id).length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const [, holders] of shared) expect(holders.size).toBe(1);
  });

  it('starts a new incident when the service was quiet for longer than the window', async () => {
    const wide = await correlateFixtures(['fixtures/correlate/service-incidents.xml'], { windowMs: 3 * 3_600_000 });
    expect(wide.chains).toHaveLength(1);
    const narrow = await correlateFixtures(['fixtures/correlate/service-incidents.xml'], { windowMs: 3 * 60_000 });
    expect(narrow.chains.length).toBeGreaterThan(3);
  });

  it('keeps the incidents of the active and the staging server apart', async () => {
    const both = await correlateFixtures(['fixtures/correlate/overlap-midday.newest-first.xml', 'fixtures/correlate/staging-aadc02.xml']);
    const incidents = both.chains.filter((chain) => chain.kind === 'service');
    expect(incidents.map((chain) => chain.computer)).toEqual(['AADC01.fabrikam.local', 'AADC02.fabrikam.local']);
    expect((incidents[1]?.start.getTime() ?? 0) - (incidents[0]?.start.getTime() ?? 0)).toBeLessThan(60_000);
  });
});
