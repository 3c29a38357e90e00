// CLI: where `analyze` writes its report: standard output, one file (--out), or a folder of named files (--out-dir).

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { rendererOf, REPORT_FORMATS, SEVERAL_FILE_FORMATS, type ReportFormat } from '../report/formats.js';
import type { Report } from '../report/model.js';
import { writeFileAtomic } from './atomic-write.js';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { checkNameTemplate, DEFAULT_NAME, fileBaseName } from './name-template.js';
import { FILE_LAYOUT, stdoutLayout } from './terminal.js';

export interface ReportOutputOptions {
  /** `--format html,json`, comma-separated or repeated. */
  format?: string[] | string;
  out?: string;
  outDir?: string;
  name?: string;
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export type Destination = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; folder: string; template: string };

export interface OutputPlan {
  formats: ReportFormat[];
  destination: Destination;
  quiet: boolean;
  color: boolean;
}

export function parseFormats(value: string[] | string | undefined): ReportFormat[] {
  const parts = (value === undefined ? ['text'] : Array.isArray(value) ? value : [value]).flatMap((item) => item.split(','));
  const formats: ReportFormat[] = [];
  for (const part of parts) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    const format = REPORT_FORMATS.find((candidate) => candidate === name || (candidate === 'md' && name === 'markdown'));
    if (format === undefined) throw new UsageError(`--format "${part.trim()}" is not one of: ${REPORT_FORMATS.join(', ')}`);
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw new UsageError(`--format needs at least one of: ${REPORT_FORMATS.join(', ')}`);
  return formats;
}

/** Checked before any input is read: a report that could not be written would waste the analysis. */
export function planOutput(options: ReportOutputOptions): OutputPlan {
  const formats = parseFormats(options.format);
  const common = { formats, quiet: options.quiet === true, color: options.color !== false };
  if (options.out !== undefined && options.outDir !== undefined) throw new UsageError('--out and --out-dir exclude each other: --out names one file, --out-dir a folder for several');
  if (options.name !== undefined && options.outDir === undefined) throw new UsageError('--name names the files written to --out-dir; give --out-dir too');
  if (options.outDir !== undefined) {
    if (options.outDir === '') throw new UsageError('--out-dir needs a folder');
    const template = options.name ?? DEFAULT_NAME;
    checkNameTemplate(template);
    return { ...common, destination: { kind: 'folder', folder: options.outDir, template } };
  }
  const where = options.out === undefined ? 'standard output' : '--out';
  if (formats.length > 1) throw new UsageError(`${formats.length} formats make ${formats.length} files: give --out-dir <folder> instead of ${where}`);
  const [format] = formats;
  if (format !== undefined && SEVERAL_FILE_FORMATS.has(format)) throw new UsageError(`--format ${format} writes several files (findings, chains, events): give --out-dir <folder>`);
  if (options.out !== undefined) {
    if (options.out === '') throw new UsageError('--out needs a file name');
    return { ...common, destination: { kind: 'file', path: options.out } };
  }
  return { ...common, destination: { kind: 'stdout' } };
}

export interface WrittenReport {
  /** Paths written, in order; empty for standard output. */
  paths: string[];
}

function describeError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return `${error.code}: ${error.message.replace(/^\w+: /, '')}`;
  return error instanceof Error ? error.message : String(error);
}

/** Renders every format and writes it where the plan says; a file that cannot be written is a usage error (exit 2). */
export async function writeReport(report: Report, plan: OutputPlan, settings: { lang: Lang; zone: string }, io: Io): Promise<WrittenReport> {
  const { destination } = plan;
  if (destination.kind === 'stdout') {
    if (plan.quiet) return { paths: [] };
    const layout = stdoutLayout(io, plan.color);
    for (const format of plan.formats) {
      const render = await rendererOf(format);
      for (const file of render(report, { ...settings, ...layout })) await io.out(file.content);
    }
    return { paths: [] };
  }
  const targets: { path: string; content: string }[] = [];
  for (const format of plan.formats) {
    const render = await rendererOf(format);
    for (const file of render(report, { ...settings, ...FILE_LAYOUT })) {
      if (destination.kind === 'file') targets.push({ path: destination.path, content: file.content });
      else {
        const base = fileBaseName(destination.template, { host: report.hosts[0], last: report.events.last, now: report.generatedAt, zone: settings.zone });
        targets.push({ path: join(destination.folder, `${base}${file.part === undefined ? '' : `-${file.part}`}.${file.extension}`), content: file.content });
      }
    }
  }
  if (destination.kind === 'folder') {
    try {
      await mkdir(destination.folder, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create the folder ${destination.folder}: ${describeError(error)}`);
    }
  }
  for (const target of targets) {
    try {
      await writeFileAtomic(target.path, target.content);
    } catch (error) {
      throw new UsageError(`cannot write ${target.path}: ${describeError(error)}`);
    }
    if (!plan.quiet) await io.out(`wrote ${target.path}\n`);
  }
  return { paths: targets.map((target) => target.path) };
}
