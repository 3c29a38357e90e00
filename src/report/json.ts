// Report: `--format json`, the report of DESIGN.md's contract for schedulers and other tools (schema/report.schema.json).

import { reportToJson } from './json-report.js';
import type { Report } from './model.js';
import type { RenderedFile, RenderOptions } from './render.js';

/** Times stay ISO 8601 UTC whatever the display zone; words (titles, fixes) follow the language. */
export function render(report: Report, options: RenderOptions): RenderedFile[] {
  return [{ extension: 'json', content: `${JSON.stringify(reportToJson(report, options.lang), null, 2)}\n` }];
}
