// The ingest bench's yardstick: how fast this Node process reads a file sequentially in 1 MiB
// chunks, doing nothing with them. Prints the milliseconds the reading took (start-up excluded).

import { createReadStream } from 'node:fs';

const started = process.hrtime.bigint();
let bytes = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1024 * 1024 })) bytes += chunk.length;
process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - started) / 1e6, bytes })}\n`);
