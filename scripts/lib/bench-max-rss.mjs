// Preloaded (node --import) into a process the ingest bench measures: writes the process's peak
// resident set (KiB) to $BENCH_RSS_FILE when it exits.

import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file !== undefined && file !== '') process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
