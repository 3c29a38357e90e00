// CLI: the exit codes of DESIGN.md's contract; schedulers and scripts rely on them.

export const EXIT = {
  /** Nothing at or above the --fail-on severity. */
  clean: 0,
  /** Findings at or above the --fail-on severity. */
  findings: 1,
  /** Bad option, missing file: the command could not run as asked. */
  usage: 2,
  /** An input could not be read at all. */
  unreadable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown for a usage problem found after option parsing (a bad date, an unknown severity). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
