// The ingest bench's measure of reading several files at once: the ingest and extract stages of
// every file given, one file after another in this thread ("sequential"), or each in a worker
// thread of its own that hands its records back in batches ("workers"), as analyze would have to.
// Prints the milliseconds and the records read.
//
//   node scripts/lib/bench-concurrent.mjs sequential|workers <file>…

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const dist = (path) => pathToFileURL(join(DIST, path)).href;
const [{ openInput }, { DEFAULT_SOURCES, sourceFilter }, { extract }] = await Promise.all([
  import(dist('ingest/read.js')),
  import(dist('ingest/types.js')),
  import(dist('extract/extract.js')),
]);

const BATCH = 512;

async function readFile(file, onBatch) {
  const input = await openInput(file, { filter: sourceFilter(DEFAULT_SOURCES) });
  let batch = [];
  let records = 0;
  for await (const record of extract(input.records)) {
    records++;
    if (onBatch === undefined) continue;
    batch.push(record);
    if (batch.length === BATCH) {
      onBatch(batch);
      batch = [];
    }
  }
  if (onBatch !== undefined && batch.length > 0) onBatch(batch);
  return records;
}

if (!isMainThread) {
  await readFile(workerData.file, (batch) => parentPort.postMessage(batch));
  parentPort.postMessage('done');
} else {
  const [mode, ...files] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  let records = 0;
  if (mode === 'sequential') {
    for (const file of files) records += await readFile(file);
  } else {
    await Promise.all(files.map((file) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { file } });
      worker.on('message', (message) => (message === 'done' ? resolve() : (records += message.length)));
      worker.on('error', reject);
    })));
  }
  process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - started) / 1e6, records })}\n`);
}
