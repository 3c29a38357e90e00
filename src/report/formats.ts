// Report: the formats `analyze` writes, by name; each is the module of the same name in this folder.

import { render as csv } from './csv.js';
import { render as html } from './html.js';
import { render as json } from './json.js';
import { render as md } from './md.js';
import type { Renderer } from './render.js';
import { render as text } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const RENDERERS: Record<ReportFormat, Renderer> = { text, json, csv, md, html };

/** Formats whose report is several files (one per table); they need a folder, not one stream or file. */
export const SEVERAL_FILE_FORMATS: ReadonlySet<ReportFormat> = new Set(['csv']);
