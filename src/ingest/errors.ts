// Ingest: the errors that stop a whole input (as opposed to issues, which skip a part of it).

/** `missing`: the path does not name a readable file (a usage error); `unreadable`: it is no export we can read. */
export type InputErrorKind = 'missing' | 'unreadable';

export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly kind: InputErrorKind,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
