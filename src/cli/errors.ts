/** Errors at the CLI edge carry a stable code; `exitCodeOf` maps each to one exit status. */
export type CliErrorCode = 'usage' | 'input' | 'dictionary' | 'internal';

export class CliError extends Error {
  constructor(readonly code: CliErrorCode, message: string) {
    super(message);
    this.name = 'CliError';
  }
}

const EXIT: Record<CliErrorCode, number> = { usage: 2, input: 1, dictionary: 3, internal: 70 };

export function exitCodeOf(error: unknown): number {
  return error instanceof CliError ? EXIT[error.code] : EXIT.internal;
}
