#!/usr/bin/env node
// Benchmark of the .evtx reader, on the built code (dist/): our full XML dump (`events --all --format
// xml`) and our filtered analysis (`analyze`) on the real files of ../shared/samples/evtx and on the
// 32 MiB workload in its perf/ folder (gunzipped to a temporary folder), against libevtx's
// `evtxexport -f xml` and python-evtx's `evtx_dump.py` on the same files in the same run, when they
// are installed (Debian: apt-get install libevtx-utils python3-evtx). Prints records/s, MB/s and
// peak RSS, and our ratios to theirs.
//
//   npm run build && node scripts/bench-evtx.mjs [--runs 3] [--no-python] [--python-on-workload]
//
// Each measurement runs in a fresh process. For ours, two times: the whole command as a user runs
// it (`end to end`: Node's start, the CLI's module loading, rule loading and the report included),
// and the reading of the file (the same command called in the process, after one call on a log
// without records has paid what the command costs whatever the log; output to /dev/null). The
// ratios to the peers are of the reading; the end-to-end ratios are printed beside them. The peers
// are native (evtxexport) or start in tens of milliseconds (Python): their whole run is their
// reading. Peak RSS is the process's maximum resident set.

import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'samples', 'evtx');
const WORKLOAD = join(CORPUS, 'perf', 'application-big-32m.evtx.gz');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

const COMMANDS = {
  xml: (file) => ['events', '--all', '--format', 'xml', file],
  analyze: (file) => ['analyze', '--fail-on', 'none', file],
};

// ---------------------------------------------------------------------------
// The child: runs one command in process and reports its own time and peak RSS.

async function child(kind, file, empty) {
  const { run } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'program.js')).href);
  const sink = openSync('/dev/null', 'w');
  const io = {
    out: async (text) => {
      writeSync(sink, text);
    },
    err: () => undefined,
  };
  // The command once on a log without records: what it costs whatever the log (options, rules,
  // report) is paid here, so that the timed run below is the reading of the file.
  let started = process.hrtime.bigint();
  await run(COMMANDS[kind](empty), io);
  const fixedMs = Number(process.hrtime.bigint() - started) / 1e6;
  started = process.hrtime.bigint();
  const code = await run(COMMANDS[kind](file), io);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(`${JSON.stringify({ ms, fixedMs, code, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
}

/** Records in the file, every provider: the count behind every records/s figure. */
async function countRecords(file) {
  const { openInput } = await import(pathToFileURL(join(ROOT, 'dist', 'ingest', 'read.js')).href);
  const { sourceFilter } = await import(pathToFileURL(join(ROOT, 'dist', 'ingest', 'types.js')).href);
  const input = await openInput(file, { filter: sourceFilter('all') });
  for await (const _record of input.records);
  return input.summary.records;
}

// ---------------------------------------------------------------------------
// The parent

const hasTime = existsSync('/usr/bin/time');
const which = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();

/** Runs a command with its output written to /dev/null; wall time and, with /usr/bin/time, peak RSS. */
function timed(command, args) {
  const discard = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', stdio: ['ignore', discard, 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', discard, 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(discard);
  const rss = hasTime ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms, rssKiB: rss, status: result.status };
}

function best(runs, measure) {
  let min;
  for (let i = 0; i < runs; i++) {
    const one = measure();
    if (min === undefined || one.ms < min.ms) min = { ...one, rssKiB: Math.max(one.rssKiB, min?.rssKiB ?? 0) };
  }
  return min;
}

function ours(kind, file, empty, runs) {
  return best(runs, () => {
    const endToEnd = timed(process.execPath, [CLI, ...COMMANDS[kind](file)]);
    const inProcess = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, file, empty], { encoding: 'utf8' });
    if (inProcess.status !== 0) throw new Error(`bench-evtx: ${kind} on ${file} failed: ${inProcess.stderr}`);
    const report = JSON.parse(inProcess.stdout.trim().split('\n').pop());
    return { ms: report.ms, endToEndMs: endToEnd.ms, rssKiB: Math.max(report.maxRssKiB, endToEnd.rssKiB || 0) };
  });
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const perSecond = (count, ms) => (count * 1000) / ms;
const mib = (bytes) => bytes / 1048576;

async function gunzipWorkload(folder) {
  const target = join(folder, 'application-big-32m.evtx');
  await pipeline(createReadStream(WORKLOAD), createGunzip(), createWriteStream(target));
  return target;
}

export async function runEvtxBench(options = {}) {
  const runs = options.runs ?? 3;
  if (!existsSync(CLI)) throw new Error('bench-evtx: dist/ is missing; run "npm run build" first');
  if (!existsSync(CORPUS)) throw new Error(`bench-evtx: ${CORPUS} is missing`);
  const evtxexport = which('evtxexport');
  const pyevtx = options.python === false ? '' : which('evtx_dump.py');
  const folder = mkdtempSync(join(tmpdir(), 'bench-evtx-'));
  try {
    const files = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.evtx'))
      .sort()
      .map((name) => ({ name, path: join(CORPUS, name), workload: false }));
    if (existsSync(WORKLOAD)) files.push({ name: 'perf/application-big-32m.evtx', path: await gunzipWorkload(folder), workload: true });
    // A log with a header and no chunk: what a command costs before it reads anything.
    const empty = join(folder, 'empty.evtx');
    const header = Buffer.alloc(4096);
    const first = files[0] === undefined ? Buffer.alloc(0) : readFileSync(files[0].path).subarray(0, 4096);
    first.copy(header);
    writeFileSync(empty, header);

    console.log(`bench-evtx: node ${process.version}, best of ${runs} runs; peers: ${evtxexport || 'evtxexport not installed'}, ${pyevtx || 'evtx_dump.py not installed'}`);
    const rows = [];
    for (const file of files) {
      const bytes = statSync(file.path).size;
      const records = await countRecords(file.path);
      const xml = ours('xml', file.path, empty, runs);
      const analyze = ours('analyze', file.path, empty, runs);
      const lx = evtxexport === '' ? undefined : best(runs, () => timed(evtxexport, ['-f', 'xml', file.path]));
      const py = pyevtx === '' || (file.workload && options.pythonOnWorkload !== true) ? undefined : timed(pyevtx, [file.path]);
      rows.push({ file: file.name, bytes, records, xml, analyze, lx, py });
      const line = [
        file.name.padEnd(38),
        `${fmt(records).padStart(7)} rec`,
        `xml ${fmt(perSecond(records, xml.ms)).padStart(9)} rec/s ${fmt(mib(bytes) / (xml.ms / 1000), 1).padStart(6)} MB/s (end to end ${fmt(xml.endToEndMs)} ms)`,
        `analyze ${fmt(perSecond(records, analyze.ms)).padStart(10)} rec/s (end to end ${fmt(analyze.endToEndMs)} ms)`,
        lx === undefined ? '' : `evtxexport ${fmt(perSecond(records, lx.ms)).padStart(7)} rec/s`,
        py === undefined ? '' : `evtx_dump.py ${fmt(perSecond(records, py.ms)).padStart(6)} rec/s`,
        `peak RSS ours ${fmt(xml.rssKiB / 1024)}/${fmt(analyze.rssKiB / 1024)} MiB${lx === undefined ? '' : `, evtxexport ${fmt(lx.rssKiB / 1024)} MiB`}${py === undefined ? '' : `, python ${fmt(py.rssKiB / 1024)} MiB`}`,
      ];
      console.log(line.filter((part) => part !== '').join('  '));
    }

    const total = (pick, filter = () => true) => rows.filter(filter).reduce((sum, row) => sum + (pick(row) ?? 0), 0);
    const report = (label, filter) => {
      const records = total((row) => row.records, filter);
      const bytes = total((row) => row.bytes, filter);
      const xmlMs = total((row) => row.xml.ms, filter);
      const analyzeMs = total((row) => row.analyze.ms, filter);
      const xmlEndMs = total((row) => row.xml.endToEndMs, filter);
      const analyzeEndMs = total((row) => row.analyze.endToEndMs, filter);
      console.log(`\n${label}: ${fmt(records)} records, ${fmt(mib(bytes), 1)} MiB`);
      console.log(`  ours, full XML dump    ${fmt(perSecond(records, xmlMs)).padStart(9)} rec/s  ${fmt(mib(bytes) / (xmlMs / 1000), 1).padStart(6)} MB/s   (end to end ${fmt(perSecond(records, xmlEndMs))} rec/s)`);
      console.log(`  ours, analyze          ${fmt(perSecond(records, analyzeMs)).padStart(9)} rec/s  ${fmt(mib(bytes) / (analyzeMs / 1000), 1).padStart(6)} MB/s   (end to end ${fmt(perSecond(records, analyzeEndMs))} rec/s)`);
      for (const [name, pick] of [['evtxexport -f xml', (row) => row.lx?.ms], ['evtx_dump.py', (row) => row.py?.ms]]) {
        const measured = rows.filter(filter).filter((row) => pick(row) !== undefined);
        if (measured.length === 0) continue;
        const theirMs = measured.reduce((sum, row) => sum + pick(row), 0);
        const theirRecords = measured.reduce((sum, row) => sum + row.records, 0);
        const ourXmlMs = measured.reduce((sum, row) => sum + row.xml.ms, 0);
        const ourAnalyzeMs = measured.reduce((sum, row) => sum + row.analyze.ms, 0);
        const ourXmlEndMs = measured.reduce((sum, row) => sum + row.xml.endToEndMs, 0);
        const ourAnalyzeEndMs = measured.reduce((sum, row) => sum + row.analyze.endToEndMs, 0);
        console.log(
          `  ${name.padEnd(22)} ${fmt(perSecond(theirRecords, theirMs)).padStart(9)} rec/s  ${fmt(mib(total((row) => row.bytes, (row) => filter(row) && pick(row) !== undefined)) / (theirMs / 1000), 1).padStart(6)} MB/s` +
            `   ours ÷ theirs: XML dump ${fmt(theirMs / ourXmlMs, 1)}× (end to end ${fmt(theirMs / ourXmlEndMs, 1)}×), analyze ${fmt(theirMs / ourAnalyzeMs, 1)}× (end to end ${fmt(theirMs / ourAnalyzeEndMs, 1)}×)`,
        );
      }
      const rss = rows.filter(filter).map((row) => Math.max(row.xml.rssKiB, row.analyze.rssKiB) / 1024);
      console.log(`  ours, peak RSS         ${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))} MiB over files of ${fmt(mib(Math.min(...rows.filter(filter).map((row) => row.bytes))), 2)}–${fmt(mib(Math.max(...rows.filter(filter).map((row) => row.bytes))), 1)} MiB`);
    };
    report('the real files', (row) => !row.file.startsWith('perf/'));
    if (rows.some((row) => row.file.startsWith('perf/'))) report('the 32 MiB workload', (row) => row.file.startsWith('perf/'));
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1], args[2], args[3]);
  } else {
    const runsAt = args.indexOf('--runs');
    await runEvtxBench({
      runs: runsAt === -1 ? 3 : Number(args[runsAt + 1]),
      python: !args.includes('--no-python'),
      pythonOnWorkload: args.includes('--python-on-workload'),
    });
  }
}
