// Extract stage, exception: the .NET exception type a PasswordResetService error carries.

// `Details: Microsoft.CredentialManagement.OnPremisesPasswordReset.Shared.PasswordResetException: Synchronization
// Engine returned an error hr=80230619, …` (33008 and other 33xxx), `System.ServiceModel.EndpointNotFoundException:
// Unable to reach …` (32002), `---> System.UnauthorizedAccessException: …` in a stack. A type is taken only when
// fully qualified (at least one namespace) and when its last segment ends in `Exception`; it must start a token
// and must not itself be a namespace (`…Exception.Foo`). Each segment ends at a literal dot its class excludes,
// so the repetition cannot backtrack into itself.
const EXCEPTION_TYPE =
  /(?<![\w.])(?:[A-Za-z_][A-Za-z0-9_]{0,127}\.){1,15}[A-Za-z_][A-Za-z0-9_]{0,127}Exception(?![A-Za-z0-9_]|\.[A-Za-z_])/;

/** The first fully qualified .NET exception type of the message. */
export function readExceptionType(message: string): string | undefined {
  if (!message.includes('Exception')) return undefined;
  return EXCEPTION_TYPE.exec(message)?.[0];
}
