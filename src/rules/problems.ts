// Rules stage: what is wrong with a rule file, said with the file, the line and the field.

export interface RuleProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** Dotted path of the field, e.g. `detection.selection.eventId`; empty for the file as a whole. */
  field: string;
  message: string;
}

/** Thrown while one rule file is read; the loader turns it into a `RuleProblem` and goes on with the next file. */
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleFileError';
  }

  toProblem(): RuleProblem {
    return { file: this.file, line: this.line, field: this.field, message: this.message };
  }
}

/** `rules/account/x.yaml:12: detection.selection.eventId: must be a number` — one line, as compilers print errors. */
export function formatProblem(problem: RuleProblem): string {
  const field = problem.field === '' ? '' : `${problem.field}: `;
  return `${problem.file}:${problem.line}: ${field}${problem.message}`;
}

/** `detection.selection.eventId`, `remediation[2].ja` */
export function fieldPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}
