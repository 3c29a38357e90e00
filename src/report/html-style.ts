// Report: the HTML report's only style sheet, inline: system fonts (CJK included), severity colours, a clean printout.

export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --critical: #b71c1c; --error: #d32f2f; --warning: #e37400; --info: #1565c0;
  --success: #2e7d32; --failure: #d32f2f; --incomplete: #f9a825; --orphan: #78909c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--fg); background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Yu Gothic UI", Meiryo, "Microsoft JhengHei UI", "Microsoft JhengHei",
    "Hiragino Sans", "PingFang TC", "Noto Sans CJK JP", "Noto Sans CJK TC", sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
p { margin: 6px 0; }
a { color: var(--info); }
code, pre, .mono { font-family: ui-monospace, Consolas, "Cascadia Mono", "MS Gothic", monospace; font-size: 12.5px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--panel); padding: 8px; border-radius: 4px; margin: 4px 0; }
.meta { color: var(--muted); }
.badge { display: inline-block; min-width: 5.5em; padding: 1px 6px; border-radius: 3px; color: #fff; font-size: 12px; font-weight: 600; text-align: center; }
.badge.critical { background: var(--critical); } .badge.error { background: var(--error); }
.badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.verdict { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; background: var(--panel); }
.verdict.clean { border-left: 6px solid var(--success); }
.verdict.problems { border-left: 6px solid var(--critical); }
.redacted { border-left: 4px solid var(--info); padding-left: 10px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td details summary { cursor: pointer; color: var(--muted); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.finding.critical { border-left-color: var(--critical); } .finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.outcome-success { color: var(--success); } .outcome-failure { color: var(--failure); font-weight: 600; }
.outcome-incomplete { color: var(--warning); } .outcome-orphan-outcome { color: var(--orphan); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.filters input, .filters select { font: inherit; padding: 3px 6px; }
svg.timeline { width: 100%; height: auto; display: block; }
svg.timeline text { font-size: 11px; fill: var(--muted); }
svg.timeline .grid, svg.timeline .day { stroke: var(--line); stroke-width: 1; }
svg.timeline .day { stroke-dasharray: 3 3; }
svg.timeline .baseline { stroke: var(--muted); }
svg.timeline .bar.success { fill: var(--success); } svg.timeline .bar.failure { fill: var(--failure); }
svg.timeline .bar.incomplete { fill: var(--incomplete); } svg.timeline .bar.orphan-outcome { fill: var(--orphan); }
svg.timeline .band.critical { fill: var(--critical); } svg.timeline .band.error { fill: var(--error); }
svg.timeline .band.warning { fill: var(--warning); } svg.timeline .band.info { fill: var(--info); }
svg.timeline .band-label { fill: var(--fg); }
svg.timeline .band-label.inside { fill: #fff; }
td.time, td.nowrap { white-space: nowrap; }
.scroll { overflow-x: auto; }
#chains-table td { font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #f3f3f3; --line: #bbb; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, .no-print { display: none !important; }
  .finding, svg.timeline, .verdict { break-inside: avoid; }
  .scroll { overflow: visible; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg.timeline { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
