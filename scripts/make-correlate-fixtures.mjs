#!/usr/bin/env node
// Generates the correlation fixtures (fixtures/correlate): Application-log exports of an Azure AD
// Connect server in which each file tells a few operations' stories (start → outcome, with their
// errors), written in the same shapes and bytes as scripts/make-fixtures.mjs (see fixtures/README.md).
// Deterministic: seeded PRNG, fixed times; two runs give identical files.
//
//   node scripts/make-correlate-fixtures.mjs

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PROVIDERS, assignRecordIds, encode, event, eventViewerXml, fixtureWriter, makeRng, powershellToXml, stamp,
  wevtutilRootXml, wevtutilXml,
} from './lib/eventxml.mjs';
import {
  SYNC_ERRORS, TENANT, adsync6329, adsync6800, makeUser, phsRequest, phsResult, prs, prsMore, redacted, withoutTrackingId,
} from './lib/writeback-messages.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeFixture, written } = fixtureWriter(ROOT);

const STAGING = 'AADC02.fabrikam.local';
const HELPDESK = `helpdesk@${TENANT}`;
const GLOBAL_ADMIN = `aadc-admin@${TENANT}`;
const MIIS = 3840; // miiserver.exe, which hosts the writeback service and the sync engine

/**
 * One file's event list. `rewrite` turns each writeback message into what that log holds (an older build
 * without tracking ids, a ticket's redacted copy); `computer` is the server that logged it.
 */
function makeLog(label, { rewrite = (message) => message, computer } = {}) {
  const rng = makeRng(label);
  const events = [];
  let seq = 0;
  const add = (spec) => {
    const ev = event({ pid: MIIS, computer, ...spec });
    ev.seq = seq++;
    events.push(ev);
    return ev;
  };
  const log = {
    rng,
    events,
    /** A time with its own 100 ns digits, so that no two events look stamped by one clock tick. */
    at: (iso) => stamp(iso, rng),
    after: (t, ms) => ({ ms: t.ms + ms, ticks: rng.int(0, 9999) }),
    user: (upn, cn) => makeUser(rng, upn, cn),
    prs: (time, id, message, level = 4) => add({ provider: PROVIDERS.prs, id, level, time, message: rewrite(message) }),
    adsync: (time, id, message) => add({ provider: PROVIDERS.adsync, id, level: 2, task: 3, time, message }),
    phs: (time, users) => {
      add({ provider: PROVIDERS.dirsync, id: 656, time, message: phsRequest(users, time) });
      add({ provider: PROVIDERS.dirsync, id: 657, time: log.after(time, rng.int(300, 1500)), message: phsResult(users) });
    },
    /** The listener's 5-minute heartbeat from `fromIso` to `toIso`. */
    heartbeats(fromIso, toIso) {
      const to = Date.parse(toIso);
      for (let ms = Date.parse(fromIso); ms < to; ms += 300_000 + rng.int(-40, 60)) {
        log.prs({ ms, ticks: rng.int(0, 9999) }, 31019, prs.heartbeat(rng.guid()));
      }
    },
    /** A reset or change: start, then success after `ms`; the hash sync picks the password up later. */
    ok(kind, startIso, u, ms = rng.int(900, 3600)) {
      const tid = rng.guid();
      const start = log.at(startIso);
      log.prs(start, kind === 'change' ? 31006 : 31001, kind === 'change' ? prs.changeStart(tid, u) : prs.resetStart(tid, u));
      const done = log.after(start, ms);
      log.prs(done, kind === 'change' ? 31007 : 31002, kind === 'change' ? prs.changeSuccess(tid, u) : prs.resetSuccess(tid, u));
      return { tid, start, done };
    },
    /** A reset rejected by Active Directory: 6329 and the 33xxx in the same second, then 31003 if `failEvent`. */
    rejected(startIso, u, why, { failEvent = false, syncAfterMs = 0 } = {}) {
      const tid = rng.guid();
      const start = log.at(startIso);
      log.prs(start, 31001, prs.resetStart(tid, u));
      const fail = log.after(start, rng.int(1200, 2600));
      const error = why === 'policy' ? { id: 33008, e: SYNC_ERRORS.policy } : { id: 33004, e: SYNC_ERRORS.denied };
      const errorTime = log.after(fail, rng.int(5, 40));
      log.adsync(syncAfterMs > 0 ? log.after(errorTime, syncAfterMs) : fail, 6329, adsync6329(rng.int(3000, 7999), why));
      log.prs(errorTime, error.id, prs.syncError(tid, u, error.e, 'reset'), 2);
      if (failEvent) log.prs(log.after(errorTime, rng.int(20, 90)), 31003, prsMore.resetFail(tid, u), 2);
      return { tid, start };
    },
    write(path, shape, encoding, order = 'oldest-first') {
      assignRecordIds(events, log.firstRecordId);
      const list = order === 'newest-first' ? [...events].reverse() : events;
      const text =
        shape === 'eventviewer' ? eventViewerXml(list, 'en-US').text
        : shape === 'wevtutil' ? wevtutilXml(list, null).text
        : shape === 'wevtutil-root' ? wevtutilRootXml(list).text
        : powershellToXml(list).text;
      writeFixture(join('correlate', path), encode(text, encoding));
    },
    firstRecordId: 0,
  };
  return log;
}

// ---------------------------------------------------------------------------
// operations.xml: every kind and outcome, keyed by tracking id (a current build)

function operations() {
  const log = makeLog('correlate-operations-2024-04-02');
  log.firstRecordId = 140_112;
  const kim = log.user('kim.lee', 'Kim Lee');
  const priya = log.user('priya.nair', 'Priya Nair');
  const tomasz = log.user('tomasz.nowak', 'Tomasz Nowak');
  const hana = log.user('hana.sato', 'Hana Sato');
  const lukas = log.user('lukas.weber', 'Lukas Weber');
  const sam = log.user('sam.ortiz', 'Sam Ortiz');
  const diego = log.user('diego.ramos', 'Diego Ramos');
  const chloe = log.user('chloe.martin', 'Chloe Martin');
  const omar = log.user('omar.haddad', 'Omar Haddad');
  const day = '2024-04-02T';

  log.heartbeats(`${day}08:00:41.518Z`, `${day}10:30:00Z`);
  const kimReset = log.ok('reset', `${day}08:02:10.337Z`, kim, 2310);
  log.phs(log.after(kimReset.done, 61_000), [kim]);
  log.rejected(`${day}08:10:05.804Z`, priya, 'policy', { failEvent: true });
  // The sync engine's 6329 stamped 3.4 s after the service's 33004: within the clock skew.
  log.rejected(`${day}08:20:30.129Z`, tomasz, 'denied', { syncAfterMs: 3400 });
  const hanaChange = log.ok('change', `${day}08:31:00.472Z`, hana, 1850);
  log.phs(log.after(hanaChange.done, 74_000), [hana]);
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}08:40:12.915Z`);
    log.prs(start, 31006, prs.changeStart(tid, lukas));
    const error = log.after(start, 1630);
    log.prs(error, 33007, prsMore.adError(tid, lukas, 'The current password of the user is incorrect.'), 2);
    log.prs(log.after(error, 48), 31008, prsMore.changeFail(tid, lukas), 2);
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}08:50:44.061Z`);
    log.prs(start, 31009, prs.adminStart(tid, sam));
    log.prs(log.after(start, 1420), 31010, prs.adminSuccess(tid, sam, HELPDESK));
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}09:01:20.388Z`);
    log.prs(start, 31009, prs.adminStart(tid, diego));
    const fail = log.after(start, 1980);
    log.adsync(fail, 6329, adsync6329(5120, 'denied'));
    const error = log.after(fail, 22);
    log.prs(error, 33004, prs.syncError(tid, diego, SYNC_ERRORS.denied, 'reset'), 2);
    log.prs(log.after(error, 61), 31011, prsMore.adminFail(tid, diego, HELPDESK), 2);
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}09:10:00.250Z`);
    log.prs(start, 31004, prsMore.onboardingStart(tid));
    log.prs(log.after(start, 6_210), 31017, prsMore.authTokenSuccess(tid));
    log.prs(log.after(start, 9_870), 31018, prsMore.keyPairSuccess(tid));
    log.prs(log.after(start, 21_400), 31005, prsMore.onboardingSuccess(tid));
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}09:20:00.733Z`);
    log.prs(start, 31012, prsMore.offboardingStart(tid));
    log.prs(log.after(start, 7_300), 31013, prsMore.offboardingSuccess(tid));
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}09:30:00.118Z`);
    log.prs(start, 31012, prsMore.offboardingStart(tid));
    const error = log.after(start, 5_950);
    log.prs(error, 32013, prsMore.offboardingError(tid), 2);
    log.prs(log.after(error, 35), 31014, prsMore.offboardingFail(tid), 2);
  }
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}09:40:00.902Z`);
    log.prs(start, 31004, prsMore.onboardingStart(tid));
    log.prs(log.after(start, 4_480), 32009, prsMore.authTokenError(tid, GLOBAL_ADMIN), 2);
  }
  // A 6329 of the sync engine's own password export, far from any writeback failure: it belongs to none.
  log.adsync(log.at(`${day}09:44:17.560Z`), 6329, adsync6329(7311, 'policy'));
  // A start that gets no outcome while the log goes on for 40 minutes, and one the log ends after.
  log.prs(log.at(`${day}09:50:00.642Z`), 31001, prs.resetStart(log.rng.guid(), chloe));
  log.prs(log.at(`${day}10:29:40.077Z`), 31001, prs.resetStart(log.rng.guid(), omar));
  log.write('operations.xml', 'eventviewer', 'utf8bom');
  return log.events;
}

// ---------------------------------------------------------------------------
// older-build-interleaved.xml (+ newest-first): no tracking ids; several users at the same moment

function olderBuild() {
  const log = makeLog('correlate-older-build-2024-04-03', { rewrite: withoutTrackingId });
  log.firstRecordId = 52_907;
  const ava = log.user('ava.stone', 'Ava Stone');
  const ben = log.user('ben.okafor', 'Ben Okafor');
  const carla = log.user('carla.diaz', 'Carla Diaz');
  const dan = log.user('dan.kowalski', 'Dan Kowalski');
  const eli = log.user('eli.cohen', 'Eli Cohen');
  const fay = log.user('fay.lind', 'Fay Lind');
  const day = '2024-04-03T';
  const none = 'n/a';
  log.heartbeats(`${day}08:58:12.204Z`, `${day}10:05:00Z`);

  // Four requests within one second; their outcomes come back in another order.
  log.prs(log.at(`${day}09:00:00.112Z`), 31001, prs.resetStart(none, ava));
  log.prs(log.at(`${day}09:00:00.409Z`), 31001, prs.resetStart(none, ben));
  log.prs(log.at(`${day}09:00:00.731Z`), 31001, prs.resetStart(none, carla));
  log.prs(log.at(`${day}09:00:01.020Z`), 31006, prs.changeStart(none, dan));
  log.prs(log.at(`${day}09:00:02.236Z`), 31002, prs.resetSuccess(none, carla));
  log.prs(log.at(`${day}09:00:02.518Z`), 31007, prs.changeSuccess(none, dan));
  log.adsync(log.at(`${day}09:00:02.904Z`), 6329, adsync6329(4924, 'policy'));
  log.prs(log.at(`${day}09:00:02.931Z`), 33008, prs.syncError(none, ava, SYNC_ERRORS.policy, 'reset'), 2);
  log.prs(log.at(`${day}09:00:03.644Z`), 31002, prs.resetSuccess(none, ben));
  // Ava tries again five minutes later, while her first attempt is still inside the window: it succeeds.
  log.prs(log.at(`${day}09:05:10.385Z`), 31001, prs.resetStart(none, ava));
  log.prs(log.at(`${day}09:05:12.770Z`), 31002, prs.resetSuccess(none, ava));

  // Onboarding names no user: paired by time alone; the first run fails (32011), the second works.
  log.prs(log.at(`${day}09:20:00.506Z`), 31004, prsMore.onboardingStart(none));
  log.prs(log.at(`${day}09:20:15.841Z`), 32011, prsMore.onboardingServiceError(none), 2);
  log.prs(log.at(`${day}09:30:00.377Z`), 31004, prsMore.onboardingStart(none));
  log.prs(log.at(`${day}09:30:20.659Z`), 31005, prsMore.onboardingSuccess(none));

  // Five operations in three seconds, outcomes shuffled; Eli changes and resets at once.
  log.prs(log.at(`${day}09:40:00.081Z`), 31001, prs.resetStart(none, eli));
  log.prs(log.at(`${day}09:40:00.093Z`), 31006, prs.changeStart(none, fay));
  log.prs(log.at(`${day}09:40:00.540Z`), 31006, prs.changeStart(none, eli));
  log.prs(log.at(`${day}09:40:01.166Z`), 31001, prs.resetStart(none, ben));
  log.prs(log.at(`${day}09:40:01.802Z`), 31007, prs.changeSuccess(none, eli));
  log.prs(log.at(`${day}09:40:02.045Z`), 31002, prs.resetSuccess(none, ben));
  log.prs(log.at(`${day}09:40:02.617Z`), 33004, prs.syncError(none, fay, SYNC_ERRORS.denied, 'change'), 2);
  log.prs(log.at(`${day}09:40:03.390Z`), 31002, prs.resetSuccess(none, eli));
  log.prs(log.at(`${day}09:40:03.911Z`), 31008, prsMore.changeFail(none, fay), 2);
  log.write('older-build-interleaved.xml', 'wevtutil', 'utf8');
  log.write('older-build-interleaved.newest-first.xml', 'wevtutil', 'utf8', 'newest-first');
  return log.events;
}

// ---------------------------------------------------------------------------
// ticket-redacted.xml: a customer's export attached to a ticket, every id blanked

function ticket() {
  const log = makeLog('correlate-ticket-2024-04-04', { rewrite: redacted });
  log.firstRecordId = 8_801_455;
  const gus = log.user('gus.moreau', 'Gus Moreau');
  const ines = log.user('ines.varga', 'Ines Varga');
  const day = '2024-04-04T';
  log.heartbeats(`${day}13:57:30.660Z`, `${day}14:20:00Z`);
  const gusTid = log.rng.guid();
  const inesTid = log.rng.guid();
  log.prs(log.at(`${day}14:00:04.215Z`), 31001, prs.resetStart(gusTid, gus));
  log.prs(log.at(`${day}14:00:04.650Z`), 31001, prs.resetStart(inesTid, ines));
  log.adsync(log.at(`${day}14:00:06.118Z`), 6329, adsync6329(6120, 'denied'));
  log.prs(log.at(`${day}14:00:06.141Z`), 33004, prs.syncError(gusTid, gus, SYNC_ERRORS.denied, 'reset'), 2);
  log.prs(log.at(`${day}14:00:06.902Z`), 31002, prs.resetSuccess(inesTid, ines));
  log.ok('change', `${day}14:09:31.544Z`, ines, 1720);
  log.write('ticket-redacted.xml', 'powershell', 'utf16le');
  return log.events;
}

// ---------------------------------------------------------------------------
// service-incidents.xml: service-level errors that belong to no user's request

function serviceIncidents() {
  const log = makeLog('correlate-service-2024-04-05');
  log.firstRecordId = 230_040;
  const day = '2024-04-05T';
  log.heartbeats(`${day}05:50:20.116Z`, `${day}06:10:00Z`);
  // Incident 1: ADSync restarts and the writeback endpoint does not come up; the listener cannot connect.
  log.adsync(log.at(`${day}06:10:02.480Z`), 6800, adsync6800());
  const a1 = log.rng.guid();
  log.prs(log.at(`${day}06:10:40.305Z`), 32002, prs.serviceBusError(a1), 2);
  log.prs(log.at(`${day}06:10:42.771Z`), 31044, prs.unhealthy(a1), 2);
  const a2 = log.rng.guid();
  log.prs(log.at(`${day}06:13:30.012Z`), 32002, prs.serviceBusError(a2), 2);
  log.prs(log.at(`${day}06:13:31.436Z`), 32002, prs.serviceBusError(a2), 2);
  log.prs(log.at(`${day}06:16:05.903Z`), 32001, prsMore.serviceError(log.rng.guid()), 2);
  log.prs(log.at(`${day}06:19:40.552Z`), 31034, prs.connectionLost(log.rng.guid()), 3);
  log.prs(log.at(`${day}06:25:11.190Z`), 31015, prs.started(log.rng.guid()));
  log.heartbeats(`${day}06:30:11.402Z`, `${day}08:30:00Z`);
  // Incident 2, two hours later: the firewall blocks Service Bus for a quarter of an hour.
  log.prs(log.at(`${day}08:30:00.630Z`), 32002, prs.serviceBusError(log.rng.guid()), 2);
  const b2 = log.rng.guid();
  log.prs(log.at(`${day}08:34:30.087Z`), 32002, prs.serviceBusError(b2), 2);
  log.prs(log.at(`${day}08:34:31.245Z`), 32002, prs.serviceBusError(b2), 2);
  log.prs(log.at(`${day}08:38:02.718Z`), 31044, prs.unhealthy(b2), 2);
  log.prs(log.at(`${day}08:45:47.364Z`), 31015, prs.started(log.rng.guid()));
  log.heartbeats(`${day}08:50:47.500Z`, `${day}10:00:00Z`);
  // Incident 3: Service Bus warnings only, a few minutes apart.
  log.prs(log.at(`${day}10:00:09.821Z`), 32014, prsMore.serviceBusWarning(log.rng.guid()), 3);
  log.prs(log.at(`${day}10:03:12.448Z`), 32014, prsMore.serviceBusWarning(log.rng.guid()), 3);
  log.prs(log.at(`${day}10:07:40.066Z`), 32014, prsMore.serviceBusWarning(log.rng.guid()), 3);
  log.heartbeats(`${day}10:10:02.913Z`, `${day}10:30:00Z`);
  log.write('service-incidents.xml', 'wevtutil-root', 'utf8');
  return log.events;
}

// ---------------------------------------------------------------------------
// overlap-*.xml and staging-aadc02.xml: two exports of the same server, and the staging server

function overlap() {
  const log = makeLog('correlate-overlap-2024-04-08');
  log.firstRecordId = 311_720;
  const users = Object.fromEntries(
    [['jonas.berg', 'Jonas Berg'], ['aisha.khan', 'Aisha Khan'], ['raj.patel', 'Raj Patel'], ['sofia.rossi', 'Sofia Rossi'], ['liam.brennan', 'Liam Brennan'], ['mei.chen', 'Mei Chen']]
      .map(([upn, cn]) => [upn, log.user(upn, cn)]),
  );
  const day = '2024-04-08T';
  log.heartbeats(`${day}07:01:55.317Z`, `${day}14:00:00Z`);
  log.ok('reset', `${day}08:14:27.660Z`, users['jonas.berg']);
  log.ok('change', `${day}09:32:05.118Z`, users['aisha.khan']);
  log.ok('reset', `${day}10:20:41.903Z`, users['raj.patel']);
  {
    const tid = log.rng.guid();
    const start = log.at(`${day}10:40:18.226Z`);
    log.prs(start, 31006, prs.changeStart(tid, users['sofia.rossi']));
    const fail = log.after(start, 1540);
    log.adsync(fail, 6329, adsync6329(4924, 'policy'));
    log.prs(log.after(fail, 19), 33008, prs.syncError(tid, users['sofia.rossi'], SYNC_ERRORS.policy, 'change'), 2);
  }
  // The morning export was taken at 11:00:00: this reset's start is in both files, its outcome only in the second.
  log.ok('reset', `${day}10:59:58.512Z`, users['liam.brennan'], 2704);
  log.ok('reset', `${day}12:02:36.480Z`, users['mei.chen']);
  log.prs(log.at(`${day}12:30:04.771Z`), 32002, prs.serviceBusError(log.rng.guid()), 2);
  assignRecordIds(log.events, log.firstRecordId);
  const all = log.events;
  const inPeriod = (from, to) => all.filter((ev) => ev.time.ms >= Date.parse(from) && ev.time.ms < Date.parse(to));
  writeShape('overlap-morning.xml', inPeriod(`${day}07:00:00Z`, `${day}11:00:00Z`), 'eventviewer', 'utf8bom');
  const midday = inPeriod(`${day}10:00:00Z`, `${day}14:00:00Z`);
  writeShape('overlap-midday.newest-first.xml', [...midday].reverse(), 'wevtutil', 'utf8');

  // The staging server logs its own heartbeats and, at the same minute, its own Service Bus error.
  const staging = makeLog('correlate-staging-2024-04-08', { computer: STAGING });
  staging.firstRecordId = 97_310;
  staging.heartbeats(`${day}10:02:48.009Z`, `${day}13:00:00Z`);
  staging.prs(staging.at(`${day}12:30:21.338Z`), 32002, prs.serviceBusError(staging.rng.guid()), 2);
  staging.write('staging-aadc02.xml', 'powershell', 'utf8');
  return all;
}

/** Writes events whose record ids are already assigned (a part of a larger log), in the order given. */
function writeShape(path, list, shape, encoding) {
  const text = shape === 'eventviewer' ? eventViewerXml(list, 'en-US').text : wevtutilXml(list, null).text;
  writeFixture(join('correlate', path), encode(text, encoding));
}

// ---------------------------------------------------------------------------
// mid-operation.xml: an export that begins while operations are under way

function midOperation() {
  const log = makeLog('correlate-mid-operation-2024-04-09');
  log.firstRecordId = 402_268;
  const kim = log.user('kim.lee', 'Kim Lee');
  const priya = log.user('priya.nair', 'Priya Nair');
  const tomasz = log.user('tomasz.nowak', 'Tomasz Nowak');
  const grace = log.user('grace.obi', 'Grace Obi');
  const day = '2024-04-09T';
  // Their starts were logged before 12:00:00, where the export begins.
  log.prs(log.at(`${day}12:00:00.804Z`), 31002, prs.resetSuccess(log.rng.guid(), kim));
  const priyaTid = log.rng.guid();
  log.adsync(log.at(`${day}12:00:01.507Z`), 6329, adsync6329(5516, 'denied'));
  log.prs(log.at(`${day}12:00:01.529Z`), 33004, prs.syncError(priyaTid, priya, SYNC_ERRORS.denied, 'reset'), 2);
  log.prs(log.at(`${day}12:00:01.603Z`), 31003, prsMore.resetFail(priyaTid, priya), 2);
  log.prs(log.at(`${day}12:00:03.118Z`), 33008, prs.syncError(log.rng.guid(), tomasz, SYNC_ERRORS.policy, 'reset'), 2);
  log.heartbeats(`${day}12:02:30.419Z`, `${day}12:30:00Z`);
  log.ok('reset', `${day}12:05:42.937Z`, grace);
  log.write('mid-operation.xml', 'wevtutil', 'utf8');
  return log.events;
}

// ---------------------------------------------------------------------------
// repeated-resets.xml: the statistics' stories (frequent users, admins, the slowest operation)

function repeatedResets() {
  const log = makeLog('correlate-repeated-2024-04-10');
  log.firstRecordId = 512_004;
  const noah = log.user('noah.fischer', 'Noah Fischer');
  const emma = log.user('emma.dubois', 'Emma Dubois');
  const sam = log.user('sam.ortiz', 'Sam Ortiz');
  const ivan = log.user('ivan.petrov', 'Ivan Petrov');
  log.heartbeats('2024-04-10T07:55:30.112Z', '2024-04-10T17:00:00Z');
  // Noah: six resets in 44 minutes; the password policy rejects the first four.
  log.rejected('2024-04-10T08:01:12.330Z', noah, 'policy');
  log.rejected('2024-04-10T08:09:48.705Z', noah, 'policy');
  log.rejected('2024-04-10T08:17:03.512Z', noah, 'policy');
  log.rejected('2024-04-10T08:26:40.081Z', noah, 'policy');
  log.ok('reset', '2024-04-10T08:38:22.946Z', noah, 3120);
  log.ok('reset', '2024-04-10T08:45:10.224Z', noah, 2480);
  // Emma: four operations in an hour, then a fifth much later: never five within one hour.
  log.ok('reset', '2024-04-10T09:00:05.418Z', emma, 1210);
  log.ok('change', '2024-04-10T09:20:44.701Z', emma, 1990);
  log.ok('reset', '2024-04-10T09:41:17.063Z', emma, 1480);
  log.ok('change', '2024-04-10T09:58:59.850Z', emma, 2040);
  log.ok('reset', '2024-04-10T11:30:02.399Z', emma, 1730);
  // The help desk resets two users, another admin one; one of them is slow.
  for (const [iso, u, admin, ms] of [
    ['2024-04-10T13:15:20.664Z', sam, HELPDESK, 1510],
    ['2024-04-10T14:42:08.173Z', ivan, HELPDESK, 9870],
    ['2024-04-10T15:03:51.926Z', sam, GLOBAL_ADMIN, 1320],
  ]) {
    const tid = log.rng.guid();
    const start = log.at(iso);
    log.prs(start, 31009, prs.adminStart(tid, u));
    log.prs(log.after(start, ms), 31010, prs.adminSuccess(tid, u, admin));
  }
  log.rejected('2024-04-10T16:20:33.590Z', ivan, 'denied', { failEvent: true });
  log.write('repeated-resets.xml', 'wevtutil', 'utf8');
  return log.events;
}

// ---------------------------------------------------------------------------

const stories = {
  operations: operations(),
  olderBuild: olderBuild(),
  ticket: ticket(),
  serviceIncidents: serviceIncidents(),
  overlap: overlap(),
  midOperation: midOperation(),
  repeatedResets: repeatedResets(),
};

for (const f of written) console.log(`${String(f.bytes).padStart(9)}  ${f.path}`);
for (const [name, events] of Object.entries(stories)) {
  const ops = events.filter((ev) => ev.provider.name !== 'Directory Synchronization' && ev.eventId !== 31019);
  console.log(`${name}: ${events.length} events, records ${events[0].recordId}–${events[events.length - 1].recordId}`);
  for (const ev of ops) console.log(`  ${ev.recordId}  ${new Date(ev.time.ms).toISOString()}  ${ev.provider.name} ${ev.eventId}${ev.computer === STAGING ? ' (AADC02)' : ''}`);
}
