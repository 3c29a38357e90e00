#!/usr/bin/env node
// Benchmark of reading large exports end to end, on the built code (dist/): generates logs of
// 100 MB, 500 MB and 1 GB in the shapes customers send (Event Viewer XML in UTF-8 and UTF-16,
// wevtutil XML, Event Viewer CSV, each with ~1 % writeback events among other providers, and an
// Event Viewer XML of writeback events only), runs the full `analyze` on each in a fresh process,
// and prints MB/s, records/s, wanted records/s and peak RSS beside the raw read speed of the same
// file in the same run (a Node process streaming it in 1 MiB chunks, and `cat`), and the obvious
// implementation (the whole file through one parser at once) as a baseline.
//
//   npm run build && node scripts/bench-ingest.mjs [--sizes 100,500,1000] [--shapes eventviewer-xml-utf8,…]
//     [--runs 1] [--naive-seconds 60] [--no-naive] [--no-concurrency] [--dir /tmp]
//
// MB are 10^6 bytes. Each log is written to a temporary folder, measured, and removed before the
// next is written, so the disk needs room for the largest one only.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDemo, SHAPES, writeBenchLog } from './lib/bench-logs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const LIB = join(ROOT, 'scripts', 'lib');
const PRELOAD = pathToFileURL(join(LIB, 'bench-max-rss.mjs')).href;
const MB = 1e6;

export const DEFAULT_SIZES = [100, 500, 1000];
const DEFAULT_SHAPES = Object.keys(SHAPES);

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');

function machine() {
  const free = spawnSync('free', ['-g'], { encoding: 'utf8' }).stdout?.split('\n')[1]?.trim().replace(/\s+/g, ' ') ?? '';
  return `${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM${free === '' ? '' : ` (free -g: ${free})`}, Node ${process.version}`;
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

/** Free bytes where the logs go. */
function freeBytes(dir) {
  const stats = statfsSync(dir);
  return Number(stats.bavail) * Number(stats.bsize);
}

/** Runs `node args` with its peak RSS written by the preload; wall time from here. */
function nodeRun(args, folder, options = {}) {
  const rssFile = join(folder, 'rss');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
  return { ms, rssKiB, status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

function best(runs, measure) {
  let chosen;
  for (let i = 0; i < runs; i++) {
    const one = measure();
    if (chosen === undefined || one.ms < chosen.ms) chosen = { ...one, rssKiB: Math.max(one.rssKiB, chosen?.rssKiB ?? 0) };
  }
  return chosen;
}

function catMs(file) {
  const started = process.hrtime.bigint();
  spawnSync('sh', ['-c', 'cat "$1" > /dev/null', 'sh', file]);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function rawReadMs(file, folder) {
  const run = nodeRun([join(LIB, 'bench-raw-read.mjs'), file], folder);
  return JSON.parse(run.stdout.trim()).ms;
}

/** The full analyze, as a user runs it (report to a pipe that is discarded). */
function analyze(file, folder) {
  const run = nodeRun([CLI, 'analyze', file, '--fail-on', 'none'], folder);
  if (run.status !== 0) throw new Error(`bench-ingest: analyze ${file} exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
  // The input summary says what was read; the bench checks it against what it wrote, when it can read it.
  const read = /([\d,]+) events read, ([\d,]+) from the writeback sources/.exec(run.stdout);
  return { ...run, events: read === null ? undefined : Number(read[1].replace(/,/g, '')), kept: read === null ? undefined : Number(read[2].replace(/,/g, '')) };
}

function naive(file, kind, folder, seconds) {
  const run = nodeRun(['--max-old-space-size=4096', join(LIB, 'bench-naive.mjs'), file, kind], folder, { timeout: seconds * 1000, killSignal: 'SIGKILL' });
  if (run.status === 0) return { ok: true, ms: JSON.parse(run.stdout.trim()).ms, rssKiB: run.rssKiB, events: JSON.parse(run.stdout.trim()).events };
  const why = run.signal === 'SIGKILL' ? `stopped at the ${seconds} s cap`
    : /Cannot create a string longer|ERR_STRING_TOO_LONG/.test(run.stderr) ? 'failed: the file is longer than the longest string V8 allows'
    : /heap out of memory|Allocation failed/.test(run.stderr) ? 'failed: out of memory (4 GiB heap)'
    : `failed (${/^\w*Error: .*$/m.exec(run.stderr)?.[0] ?? `exit ${run.status}`})`;
  return { ok: false, ms: run.ms, why };
}

function parseArgs(argv) {
  const value = (name) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const list = (name) => value(name)?.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return {
    sizes: list('--sizes')?.map(Number) ?? DEFAULT_SIZES,
    shapes: list('--shapes') ?? DEFAULT_SHAPES,
    runs: Number(value('--runs') ?? 1),
    naiveSeconds: Number(value('--naive-seconds') ?? 60),
    naive: !argv.includes('--no-naive'),
    dir: value('--dir') ?? tmpdir(),
    concurrency: !argv.includes('--no-concurrency'),
  };
}

export async function runIngestBench(argv = []) {
  const options = parseArgs(argv);
  for (const shape of options.shapes) if (!(shape in SHAPES)) throw new Error(`bench-ingest: no shape "${shape}"; shapes: ${DEFAULT_SHAPES.join(', ')}`);
  if (!existsSync(CLI)) throw new Error('bench-ingest: dist/ is missing; run "npm run build" first');
  const folder = mkdtempSync(join(options.dir, 'wbd-bench-'));
  try {
    // One log at a time is on disk: the largest must fit, with room to spare.
    const free = freeBytes(folder);
    const fits = options.sizes.filter((size) => size * MB * 1.1 + 512 * MB < free);
    if (fits.length < options.sizes.length) {
      const largest = Math.max(100, Math.floor((free - 512 * MB) / 1.1 / MB / 100) * 100);
      console.log(`ingest: only ${fmt(free / MB)} MB free in ${options.dir}: sizes above ${fmt(largest)} MB are scaled down to ${fmt(largest)} MB`);
      options.sizes = [...new Set(options.sizes.map((size) => Math.min(size, largest)))];
    }
    console.log(`ingest: full analyze of generated logs; ${machine()}`);
    console.log(`  load average at start: ${load()}; best of ${options.runs} run${options.runs === 1 ? '' : 's'}; MB = 10^6 bytes; raw read = a Node process streaming the file in 1 MiB chunks`);
    const demo = loadDemo(ROOT);
    const rows = [];
    // What analyze costs whatever the log (start-up, rule loading, the report): a 0.2 MB log of each shape.
    const startup = {};
    for (const shape of options.shapes) {
      const small = join(folder, `${shape}.small`);
      writeBenchLog(demo, shape, 0.2 * MB, small);
      startup[shape] = best(3, () => analyze(small, folder)).ms;
      rmSync(small, { force: true });
    }
    console.log(`  start-up (analyze of a 0.2 MB log): ${options.shapes.map((shape) => `${shape} ${fmt(startup[shape] / 1000, 2)} s`).join(', ')}`);
    console.log('  "reading" figures leave that start-up out; "of raw" compares our reading MB/s with the raw read of the same file');
    const header = ['input', 'MB', 'records', 'wanted', 'analyze', 'MB/s', 'reading', 'records/s', 'wanted/s', 'peak RSS', 'raw read', 'cat', 'of raw', 'naive (whole file)'];
    const widths = [26, 6, 10, 8, 8, 6, 12, 10, 9, 9, 10, 10, 6, 0];
    const line = (cells) => `  ${cells.map((cell, at) => (at === 0 ? cell.padEnd(widths[at]) : cell.padStart(widths[at]))).join('  ')}`;
    console.log(line(header));
    for (const size of options.sizes) {
      for (const shape of options.shapes) {
        const file = join(folder, `${shape}.${size}`);
        const written = writeBenchLog(demo, shape, size * MB, file);
        const cat = Math.min(catMs(file), catMs(file));
        const raw = Math.min(rawReadMs(file, folder), rawReadMs(file, folder));
        const ours = best(options.runs, () => analyze(file, folder));
        if (ours.events !== undefined && (ours.events !== written.events || ours.kept !== written.wanted)) {
          console.log(`  (analyze read ${ours.events} events, ${ours.kept} wanted; the generator wrote ${written.events}, ${written.wanted})`);
        }
        const kind = shape.includes('csv') ? 'csv' : 'xml';
        const baseline = options.naive ? naive(file, kind, folder, options.naiveSeconds) : undefined;
        rmSync(file, { force: true });
        const seconds = ours.ms / 1000;
        const reading = Math.max(1, ours.ms - startup[shape]) / 1000;
        const row = {
          shape, size, bytes: written.bytes, events: written.events, wanted: written.wanted, ms: ours.ms, startupMs: startup[shape], rssMiB: ours.rssKiB / 1024,
          mbps: written.bytes / MB / seconds, readingMbps: written.bytes / MB / reading,
          recordsPerSecond: written.events / seconds, readingRecordsPerSecond: written.events / reading, wantedPerSecond: written.wanted / seconds,
          rawMbps: written.bytes / MB / (raw / 1000), catMbps: written.bytes / MB / (cat / 1000), naive: baseline,
        };
        row.ofRaw = row.readingMbps / row.rawMbps;
        rows.push(row);
        const naiveText = baseline === undefined ? '' : baseline.ok ? `${fmt(baseline.ms / 1000, 1)} s, ${fmt(baseline.rssKiB / 1024)} MiB (ours ${fmt(baseline.ms / ours.ms, 1)}× faster)` : `${baseline.why} after ${fmt(baseline.ms / 1000, 1)} s`;
        console.log(line([
          shape, fmt(written.bytes / MB), fmt(written.events), fmt(written.wanted), `${fmt(seconds, 2)} s`, fmt(row.mbps), `${fmt(row.readingMbps)} MB/s`, fmt(row.recordsPerSecond), fmt(row.wantedPerSecond),
          `${fmt(row.rssMiB)} MiB`, `${fmt(row.rawMbps)} MB/s`, `${fmt(row.catMbps)} MB/s`, `${fmt(row.ofRaw * 100)} %`, naiveText,
        ]));
      }
    }
    if (options.concurrency) await concurrency(demo, folder, Math.min(...options.sizes), options.runs);
    console.log(`  load average at end: ${load()}`);
    summarize(rows);
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Two files of the smallest size read one after the other in one thread, and at once in two
 * worker threads (their records sent back, as analyze would need them): does it pay on this machine?
 */
async function concurrency(demo, folder, size, runs) {
  console.log(`  several files: two ${size} MB logs, ingest and extract, one after the other vs. two worker threads (best of ${Math.max(runs, 3)})`);
  for (const shape of ['eventviewer-xml-utf8', 'eventviewer-xml-writeback']) {
    const files = [join(folder, `${shape}.a`), join(folder, `${shape}.b`)];
    for (const file of files) writeBenchLog(demo, shape, size * MB, file);
    const time = (mode) => best(Math.max(runs, 3), () => {
      const run = nodeRun([join(LIB, 'bench-concurrent.mjs'), mode, ...files], folder);
      return { ...JSON.parse(run.stdout.trim()), rssKiB: run.rssKiB };
    });
    const sequential = time('sequential');
    const workers = time('workers');
    for (const file of files) rmSync(file, { force: true });
    console.log(
      `    ${shape.padEnd(26)} sequential ${fmt(sequential.ms / 1000, 2)} s (${fmt(sequential.rssKiB / 1024)} MiB), workers ${fmt(workers.ms / 1000, 2)} s (${fmt(workers.rssKiB / 1024)} MiB): ` +
        `${fmt(sequential.ms / workers.ms, 2)}× (${fmt(sequential.records)} records)`,
    );
  }
}

/** The issue's targets, each with the figures that decide it. */
function summarize(rows) {
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  const xml = rows.filter((row) => row.shape !== 'eventviewer-csv' && row.shape !== 'eventviewer-xml-writeback');
  if (xml.length > 0) {
    const worst = xml.reduce((a, b) => (a.ofRaw < b.ofRaw ? a : b));
    console.log(`  target XML (~1 % writeback) ≥ 50 % of raw read: ${verdict(worst.ofRaw >= 0.5)} (lowest ${fmt(worst.ofRaw * 100)} % reading, ${fmt((worst.mbps / worst.rawMbps) * 100)} % end to end; ${worst.shape} ${worst.size} MB)`);
  }
  const all = rows.filter((row) => row.shape === 'eventviewer-xml-writeback');
  if (all.length > 0) {
    const worst = all.reduce((a, b) => (a.recordsPerSecond < b.recordsPerSecond ? a : b));
    console.log(`  target all-writeback XML ≥ 30,000 records/s: ${verdict(worst.recordsPerSecond >= 30_000)} end to end (lowest ${fmt(worst.recordsPerSecond)} records/s at ${worst.size} MB; reading ${fmt(worst.readingRecordsPerSecond)} records/s)`);
  }
  const csv = rows.filter((row) => row.shape === 'eventviewer-csv');
  if (csv.length > 0) {
    const worst = csv.reduce((a, b) => (a.mbps < b.mbps ? a : b));
    console.log(`  target Event Viewer CSV ≥ 50 MB/s: ${verdict(worst.mbps >= 50)} end to end (lowest ${fmt(worst.mbps)} MB/s at ${worst.size} MB; reading ${fmt(worst.readingMbps)} MB/s)`);
  }
  const sizes = [...new Set(rows.map((row) => row.size))].sort((a, b) => a - b);
  if (sizes.length > 1) {
    const small = sizes[0];
    const large = sizes[sizes.length - 1];
    for (const shape of [...new Set(rows.map((row) => row.shape))]) {
      const a = rows.find((row) => row.shape === shape && row.size === small);
      const b = rows.find((row) => row.shape === shape && row.size === large);
      if (a === undefined || b === undefined) continue;
      console.log(
        `  ${shape}: ${large} MB took ${fmt(b.ms / a.ms, 1)}× the time of ${small} MB, ${fmt((b.ms - b.startupMs) / (a.ms - a.startupMs), 1)}× without start-up ` +
          `(${fmt(b.bytes / a.bytes, 1)}× the bytes); peak RSS ${fmt(a.rssMiB)} → ${fmt(b.rssMiB)} MiB${b.rssMiB <= 200 ? '' : ' (above 200 MiB)'}`,
      );
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runIngestBench(process.argv.slice(2));
}
