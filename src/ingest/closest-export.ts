// Ingest: names the export a file's first line comes closest to, for the one-line error about a file we cannot read.

import { LOCALES } from './locales.js';

/** The first line of every export shape we read, as Windows writes it. */
const GET_WINEVENT_HEADER =
  '"Message","Id","Version","Qualifiers","Level","Task","Opcode","Keywords","RecordId","ProviderName","ProviderId","LogName","ProcessId","ThreadId","MachineName","UserId","TimeCreated","ActivityId","RelatedActivityId","ContainerLog","MatchedQueryIds","Bookmark","LevelDisplayName","OpcodeDisplayName","TaskDisplayName","KeywordsDisplayNames","Properties"';
const GET_EVENTLOG_HEADER =
  '"EventID","MachineName","Data","Index","Category","CategoryNumber","EntryType","Message","Source","ReplacementStrings","InstanceId","TimeGenerated","TimeWritten","UserName","Site","Container"';

interface KnownFirstLine {
  name: string;
  line: string;
}

const KNOWN: readonly KnownFirstLine[] = [
  ...LOCALES.map((locale) => ({ name: `Event Viewer CSV (${locale.name})`, line: locale.csvHeader.join(',') })),
  ...LOCALES.map((locale) => ({ name: `Event Viewer details text (${locale.name})`, line: `${locale.details.logName}:      Application` })),
  { name: 'PowerShell Get-WinEvent | Export-Csv', line: GET_WINEVENT_HEADER },
  { name: 'PowerShell Get-EventLog | Export-Csv', line: GET_EVENTLOG_HEADER },
  { name: 'wevtutil qe /f:text', line: 'Event[0]:' },
  { name: 'PowerShell Get-WinEvent | Format-List', line: 'TimeCreated  : 3/5/2024 9:07:11 AM' },
];

/** Edit distance, the classic two-row form; the lines compared are a few hundred characters at most. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const QUOTES = /"/g;

/** The known first line most like `line` (case, quotes and surrounding space ignored). */
export function closestExport(line: string): KnownFirstLine {
  const plain = (text: string): string => text.replace(QUOTES, '').trim().toLowerCase().slice(0, 400);
  const wanted = plain(line);
  let best = KNOWN[0] as KnownFirstLine;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const known of KNOWN) {
    const candidate = plain(known.line);
    const score = distance(wanted, candidate) / Math.max(wanted.length, candidate.length, 1);
    if (score < bestScore) {
      best = known;
      bestScore = score;
    }
  }
  return best;
}
