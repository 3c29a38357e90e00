// Report: counts with thousands separators (12,345), written the same in every language of the reports.

// Made on first use: building a number format loads ICU data, which a run that prints no count skips.
let counts: Intl.NumberFormat | undefined;

export function formatCount(value: number): string {
  counts ??= new Intl.NumberFormat('en-US');
  return counts.format(value);
}
