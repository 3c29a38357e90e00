// Test support: runs `analyze` into a folder and reads back every report file; writes small logs with chosen messages.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { runCli, type CliResult } from './cli.js';

export const ALL_FORMATS = 'text,json,csv,md,html';

export interface ReportFiles extends CliResult {
  folder: string;
  /** File name → content, as written. */
  files: Map<string, string>;
}

export function scratchFolder(prefix = 'wd-report-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `analyze` of `inputs` into a new folder, every format unless `args` names some; `args` adds options. */
export async function analyzeToFolder(inputs: readonly string[], ...args: string[]): Promise<ReportFiles> {
  const folder = scratchFolder();
  const formats = args.includes('--format') ? [] : ['--format', ALL_FORMATS];
  const result = await runCli('analyze', ...inputs, ...formats, '--out-dir', folder, '--name', 'report', ...args);
  const files = new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
  return { ...result, folder, files };
}

export function fileOf(report: ReportFiles, name: string): string {
  const content = report.files.get(name);
  if (content === undefined) throw new Error(`${name} was not written; the folder holds ${[...report.files.keys()].join(', ')}`);
  return content;
}

export interface LogEvent {
  source?: string;
  eventId: number;
  /** 2 error, 3 warning, 4 information. */
  level?: number;
  time: string;
  recordId: number;
  computer?: string;
  message: string;
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A `wevtutil qe Application /f:xml` export of `events`, as fixtures/xml/wevtutil.xml is laid out. */
export function writeWevtutilLog(events: readonly LogEvent[], folder = scratchFolder('wd-log-')): string {
  const lines = events.map(
    (event) =>
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${event.source ?? 'PasswordResetService'}'/><EventID Qualifiers='0'>${event.eventId}</EventID><Version>0</Version><Level>${event.level ?? 4}</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='${event.time}'/><EventRecordID>${event.recordId}</EventRecordID><Correlation/><Execution ProcessID='4012' ThreadID='0'/><Channel>Application</Channel><Computer>${escapeXml(event.computer ?? 'AADC01.fabrikam.local')}</Computer><Security/></System><EventData><Data>${escapeXml(event.message)}</Data></EventData></Event>`,
  );
  const path = join(folder, 'Application.xml');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

let reportSchema: Ajv | undefined;

/** The validator of schema/report.schema.json, or of one of its definitions (`chain`, `record`). */
export function reportValidator(definition?: string): ValidateFunction {
  if (reportSchema === undefined) {
    reportSchema = new Ajv({ allErrors: true, strict: true });
    reportSchema.addSchema(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object, 'report');
  }
  const validate = reportSchema.getSchema(definition === undefined ? 'report' : `report#/definitions/${definition}`);
  if (validate === undefined) throw new Error(`schema/report.schema.json has no definition ${definition ?? ''}`);
  return validate;
}

/** Ajv's errors in one line each, so a failing test says which field is wrong. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** The CSV rows of one file, without its BOM, split the way csv-parse reads them. */
export function csvRows(text: string): string[][] {
  // Small files of our own making: a minimal RFC 4180 reader keeps the test independent of the writer's library.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let at = 0; at < body.length; at++) {
    const char = body[at] as string;
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        cell += '"';
        at++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[at + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      at++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * A log whose text tries to be markup, a formula and a link: a user name that is a script, a
 * computer name with a tag, a message that starts with `=`. Reports must show all of it as text.
 */
export const HOSTILE_EVENTS: readonly LogEvent[] = [
  {
    eventId: 31001,
    time: '2024-03-05T09:00:00.0000000Z',
    recordId: 1,
    computer: 'AADC<b>01</b>.fabrikam.local',
    message: 'TrackingId: 11111111-2222-4333-8444-555555555555, PasswordResetRequestStart, Details: <script>alert(1)</script>@fabrikam.com',
  },
  {
    eventId: 33008,
    level: 2,
    time: '2024-03-05T09:00:02.0000000Z',
    recordId: 2,
    computer: 'AADC<b>01</b>.fabrikam.local',
    message:
      'TrackingId: 11111111-2222-4333-8444-555555555555, Reason: Synchronization Engine returned an error hr=80230619, message=A restriction prevents the password from being changed to the current one specified., Context: cloudAnchor: User_5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f, SourceAnchorValue: V1j2fxgSZj52wYUt8l85kg==, UserPrincipalName: <script>alert(1)</script>@fabrikam.com, Details: <img src=x onerror=alert(2)> | **bold** [link](http://evil.example/) ```',
  },
  { eventId: 32000, level: 2, time: '2024-03-05T09:05:00.0000000Z', recordId: 3, computer: 'AADC<b>01</b>.fabrikam.local', message: "=cmd|' /C calc'!A0" },
  { eventId: 32002, level: 2, time: '2024-03-05T09:06:00.0000000Z', recordId: 4, computer: 'AADC<b>01</b>.fabrikam.local', message: '+SUM(1,2), @foo, -1' },
];
