// CLI: the values some options accept, apart from the commands, so that defining the command line
// does not load every command (each is loaded when it runs).

export { REPORT_FORMATS as ANALYZE_FORMATS } from '../report/formats.js';

/** DESIGN.md's severities, most severe first; `none` never fails. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info', 'none'] as const;

export const EVENT_FORMATS = ['jsonl', 'csv', 'xml'] as const;

export const CHAIN_FORMATS = ['table', 'jsonl', 'csv'] as const;
