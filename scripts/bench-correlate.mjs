#!/usr/bin/env node
// Benchmark of the correlate stage, on the built code (dist/): generates a realistic writeback log
// of up to 1,000,000 records in time order, streamed (never held as a whole), and times correlation
// at several sizes to show that its cost is linear in the number of records and that what it holds
// does not grow with the log.
//
//   npm run build && node --expose-gc scripts/bench-correlate.mjs [--sizes 100000,250000,500000,1000000]

import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(ROOT, 'dist', path)).href;

export const DEFAULT_SIZES = [100_000, 250_000, 500_000, 1_000_000];

// ---------------------------------------------------------------------------
// A realistic log: a large tenant's writeback server, records in time order

/** mulberry32: the same log on every run. */
function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(rng) {
  const hex = (n) => Math.floor(rng() * 16 ** n).toString(16).padStart(n, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rng() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

const COMPUTER = 'AADC01.fabrikam.local';
const USERS = 20_000;
const START_MS = Date.parse('2024-05-01T00:00:00Z');
const OPERATION_GAP_MS = 2_000; // on average one operation every two seconds
const ORIGIN = { file: 'generated', line: 0, offset: 0 };
const POLICY = 'A restriction prevents the password from being changed to the current one specified.';

/** A min-heap on time: the events of operations under way, released once time passes them. */
function eventQueue() {
  const items = [];
  const before = (a, b) => a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
  return {
    get size() {
      return items.length;
    },
    peek: () => items[0],
    push(item) {
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(items[i], items[parent])) break;
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
    },
    pop() {
      const top = items[0];
      const last = items.pop();
      if (items.length > 0) {
        items[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < items.length && before(items[l], items[m])) m = l;
          if (r < items.length && before(items[r], items[m])) m = r;
          if (m === i) break;
          [items[i], items[m]] = [items[m], items[i]];
          i = m;
        }
      }
      return top;
    },
  };
}

/**
 * `count` records of the writeback sources as the extract stage yields them: resets, changes and admin
 * resets of 20,000 users (some far busier than others), 88 % written, 9 % refused by Active Directory
 * (ADSync 6329 and a 33xxx in the same second, a 31003 after some), 3 % without outcome, one in fifty
 * from an older build without tracking ids; password hash sync after most successes, the heartbeat
 * every five minutes, and a Service Bus outage now and then.
 */
export function* writebackLog(count, seed = 20240501) {
  const rng = makeRng(seed);
  const queue = eventQueue();
  let seq = 0;
  let recordId = 1_000_000;
  let emitted = 0;
  let nextOperationMs = START_MS;
  let nextHeartbeatMs = START_MS + 137_000;
  let nextOutageMs = START_MS + 6 * 3_600_000;
  const users = Array.from({ length: USERS }, (_, n) => {
    const upn = `user${n}@fabrikam.com`;
    return { start: { upn }, full: { upn, cloudAnchor: `User_${guid(rng)}` } };
  });

  const add = (ms, source, eventId, level, message, fields) => {
    queue.push({ ms, seq: seq++, source, eventId, level, message, fields });
  };
  const op = () => {
    const ms = nextOperationMs;
    nextOperationMs += Math.floor(-Math.log(1 - rng()) * OPERATION_GAP_MS);
    // A skewed choice of user: a few users come back often, as in real tenants.
    const user = users[Math.floor(USERS * rng() ** 3)];
    const roll = rng();
    const kind = roll < 0.7 ? 0 : roll < 0.92 ? 1 : 2;
    const [startId, successId, failId, startWord, successWord] = [
      [31001, 31002, 31003, 'PasswordResetRequestStart', 'PasswordResetSuccess'],
      [31006, 31007, 31008, 'ChangePasswordStart', 'ChangePasswordSuccess'],
      [31009, 31010, 31011, 'ResetUserPasswordByAdminStart', 'ResetUserPasswordByAdminSuccess'],
    ][kind];
    const older = rng() < 0.02;
    const tid = older ? undefined : guid(rng);
    const head = tid === undefined ? '' : `TrackingId: ${tid}, `;
    const ids = tid === undefined ? {} : { trackingId: tid };
    add(ms, 'PasswordResetService', startId, 'information', `${head}${startWord}, Details: ${user.start.upn}`, { ...ids, operation: startWord, user: user.start });
    const outcome = rng();
    const doneMs = ms + 900 + Math.floor(rng() * 2_900);
    if (outcome < 0.88) {
      add(doneMs, 'PasswordResetService', successId, 'information', `${head}${successWord}, Details: Context: cloudAnchor: ${user.full.cloudAnchor}, UserPrincipalName: ${user.full.upn}`, { ...ids, operation: successWord, user: user.full, ...(kind === 2 ? { adminUpn: 'helpdesk@fabrikam.com' } : {}) });
      if (rng() < 0.6) {
        const syncMs = doneMs + 40_000 + Math.floor(rng() * 70_000);
        add(syncMs, 'Directory Synchronization', 656, 'information', `Password Change Request - Anchor : x, Dn : CN=${user.full.upn}, Change Date : …`, { user: { dn: `CN=${user.full.upn}` } });
        add(syncMs + 600, 'Directory Synchronization', 657, 'information', `Password Change Result - Anchor : x, Dn : CN=${user.full.upn}, Result : Success.`, { user: { dn: `CN=${user.full.upn}` } });
      }
    } else if (outcome < 0.97) {
      add(doneMs, 'ADSync', 6329, 'error', 'An unexpected error has occurred during a password set operation.\n"BAIL: MMS(4924): admaexport.cpp(2939): 0x80230619 …"', { errorCodes: ['0x80230619'], mmsCodes: [4924] });
      add(doneMs + 20, 'PasswordResetService', 33008, 'error', `${head}Reason: Synchronization Engine returned an error hr=80230619, message=${POLICY}, Context: cloudAnchor: ${user.full.cloudAnchor}, UserPrincipalName: ${user.full.upn}`, { ...ids, user: user.full, errorCodes: ['0x80230619'], exceptionType: 'Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException' });
      if (rng() < 0.4) add(doneMs + 80, 'PasswordResetService', failId, 'error', `${head}Fail, Details: Context: UserPrincipalName: ${user.full.upn}`, { ...ids, user: user.full });
    }
  };
  const heartbeat = () => {
    add(nextHeartbeatMs, 'PasswordResetService', 31019, 'information', `TrackingId: ${guid(rng)}, ServiceBusHeartBeat, Details: Version: 5.0.0.686`, {});
    nextHeartbeatMs += 300_000;
  };
  const outage = () => {
    // Ten minutes of Service Bus errors, a 31044 sharing the id of one of them.
    for (let t = nextOutageMs, n = 0; n < 5; n++, t += 120_000) {
      const tid = guid(rng);
      add(t, 'PasswordResetService', 32002, 'error', `TrackingId: ${tid}, Couldn't connect to any service bus endpoint(s), Details:`, { trackingId: tid });
      if (n === 2) add(t + 1_500, 'PasswordResetService', 31044, 'error', `TrackingId: ${tid}, Password writeback service is not in a healthy state., Details:`, { trackingId: tid });
    }
    nextOutageMs += 12 * 3_600_000;
  };

  while (emitted < count) {
    const horizon = Math.min(nextOperationMs, nextHeartbeatMs, nextOutageMs);
    if (queue.size === 0 || queue.peek().ms > horizon) {
      if (horizon === nextOperationMs) op();
      else if (horizon === nextHeartbeatMs) heartbeat();
      else outage();
      continue;
    }
    const next = queue.pop();
    const record = {
      source: next.source,
      eventId: next.eventId,
      level: next.level,
      time: new Date(next.ms),
      recordId: recordId++,
      computer: COMPUTER,
      message: next.message,
      data: {},
      origin: ORIGIN,
      errorCodes: [],
      mmsCodes: [],
      ...next.fields,
    };
    emitted++;
    yield record;
  }
}

// ---------------------------------------------------------------------------
// Measuring

function gc() {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
}

function heapMb() {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
}

async function* asAsync(records) {
  yield* records;
}

/**
 * The quickest of `runs` runs, in CPU time of this process (user + system): on a busy machine the wall
 * clock also counts the time other processes had the CPU, and the machine's other work only ever adds.
 */
async function quickest(runs, run) {
  let best = Number.POSITIVE_INFINITY;
  let result;
  for (let i = 0; i < runs; i++) {
    gc();
    const start = process.cpuUsage();
    result = await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result };
}

/** One size: the generator alone, then the generator feeding correlation (chains counted, not kept). */
async function measure(size, api, runs) {
  const { createCorrelator, correlate, mergeInputs } = api;
  const generate = await quickest(runs, () => {
    let generated = 0;
    for (const record of writebackLog(size)) generated += record.eventId > 0 ? 1 : 0;
    return generated;
  });

  let peakHeld = 0;
  const correlated = await quickest(runs, () => {
    const counts = { chains: 0, success: 0, failure: 0, incidents: 0 };
    const correlator = createCorrelator((chain) => {
      counts.chains++;
      if (chain.kind === 'service') counts.incidents++;
      else if (chain.outcome === 'success' || chain.outcome === 'failure') counts[chain.outcome]++;
    });
    let n = 0;
    for (const record of writebackLog(size)) {
      correlator.add(record);
      // Sampled, so that the measuring stays out of the figure.
      if ((++n & 1023) === 0) peakHeld = Math.max(peakHeld, correlator.held());
    }
    correlator.end();
    return counts;
  });

  // The same through the async stages the CLI runs: time order, duplicates, correlate.
  const pipeline = await quickest(runs, async () => {
    let streamed = 0;
    for await (const chain of correlate(mergeInputs([asAsync(writebackLog(size))]))) streamed += chain.kind === '' ? 0 : 1;
    return streamed;
  });
  if (pipeline.result !== correlated.result.chains) throw new Error(`the async stages built ${pipeline.result} chains, the correlator ${correlated.result.chains}`);

  // Not timed: the heap while correlating, sampled ten times, chains handed on and dropped.
  let peakHeapMb = 0;
  const baseline = heapMb();
  const sampled = createCorrelator(() => undefined);
  let n = 0;
  const every = Math.floor(size / 10);
  for (const record of writebackLog(size)) {
    sampled.add(record);
    if (++n % every === 0) peakHeapMb = Math.max(peakHeapMb, heapMb() - baseline);
  }
  sampled.end();

  return {
    size: generate.result,
    generateMs: generate.ms,
    correlateMs: correlated.ms - generate.ms,
    pipelineMs: pipeline.ms - generate.ms,
    peakHeld,
    peakHeapMb,
    ...correlated.result,
  };
}

const number = new Intl.NumberFormat('en-US');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const micro = (ms, n) => `${((ms * 1000) / n).toFixed(2)} µs`;

export async function runCorrelateBench(sizes = DEFAULT_SIZES, runs = 3) {
  const [{ createCorrelator, correlate }, { mergeInputs }] = await Promise.all([import(dist('correlate/correlate.js')), import(dist('correlate/merge.js'))]);
  const api = { createCorrelator, correlate, mergeInputs };
  console.log('correlate: a generated writeback log (resets, changes, admin resets of 20,000 users; failures, hash sync, heartbeats, outages)');
  console.log(`  times: CPU time, the quickest of ${runs} runs; "correlate" and "async stages" are net of generating the records`);
  if (typeof globalThis.gc !== 'function') console.log('  (run with node --expose-gc for heap figures)');
  await measure(50_000, api, 1); // warm-up: let the JIT settle before the figures count

  const rows = [];
  for (const size of sizes) rows.push(await measure(size, api, runs));
  const header = ['records', 'chains', 'generate', 'correlate', 'per record', 'async stages', 'per record', 'held (peak)', 'heap (peak)'];
  const lines = rows.map((row) => [
    number.format(row.size),
    number.format(row.chains),
    seconds(row.generateMs),
    seconds(row.correlateMs),
    micro(row.correlateMs, row.size),
    seconds(row.pipelineMs),
    micro(row.pipelineMs, row.size),
    number.format(row.peakHeld),
    typeof globalThis.gc === 'function' ? `+${row.peakHeapMb.toFixed(1)} MB` : 'n/a',
  ]);
  const widths = header.map((word, at) => Math.max(word.length, ...lines.map((line) => line[at].length)));
  const format = (cells) => `  ${cells.map((cell, at) => cell.padStart(widths[at])).join('  ')}`;
  console.log(format(header));
  for (const line of lines) console.log(format(line));

  const perRecord = rows.map((row) => row.correlateMs / row.size);
  const spread = (Math.max(...perRecord) / Math.min(...perRecord) - 1) * 100;
  const first = rows[0];
  const last = rows[rows.length - 1];
  console.log(
    `  ${number.format(last.size)} records took ${(last.correlateMs / first.correlateMs).toFixed(1)}× the time of ${number.format(first.size)} ` +
      `(${(last.size / first.size).toFixed(1)}× the records); time per record varies by ${spread.toFixed(0)} % across sizes.`,
  );
  console.log(
    `  Held at once: at most ${number.format(Math.max(...rows.map((row) => row.peakHeld)))} chains and records in flight, whatever the size; ` +
      'the heap peak is measured with each chain handed on and dropped, as a consumer that only counts them.',
  );
  console.log(`  Last run: ${number.format(last.success)} written, ${number.format(last.failure)} failed, ${number.format(last.incidents)} service incidents.`);
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at === -1 ? DEFAULT_SIZES : process.argv[at + 1].split(',').map(Number);
  await runCorrelateBench(sizes);
}
