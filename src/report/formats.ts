// Report: the formats `analyze` writes, by name; each is the module of the same name in this folder.

import type { Renderer } from './render.js';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

// Each renderer is loaded when its format is asked for: a run writes one or two formats, and
// loading the other modules would only slow its start.
const LOADERS: Record<ReportFormat, () => Promise<{ render: Renderer }>> = {
  text: () => import('./text.js'),
  json: () => import('./json.js'),
  csv: () => import('./csv.js'),
  md: () => import('./md.js'),
  html: () => import('./html.js'),
};

export async function rendererOf(format: ReportFormat): Promise<Renderer> {
  return (await LOADERS[format]()).render;
}

/** Formats whose report is several files (one per table); they need a folder, not one stream or file. */
export const SEVERAL_FILE_FORMATS: ReadonlySet<ReportFormat> = new Set(['csv']);
