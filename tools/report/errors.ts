/**
 * What the report CLI tells the user when it cannot do its job: one line on stderr, no stack trace.
 * Anything else that is thrown is a bug of the CLI and keeps its stack.
 */

/** A bad flag or flag value (exit code 2). */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file that cannot be read or loaded, or an output that cannot be written (exit code 1). */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The add-on refused to build the report: it showed an alert or threw (exit code 1). */
export class ReportError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

/** The errors the CLI prints as one line. */
export type CliError = UsageError | InputError | ReportError;

export function isCliError(error: unknown): error is CliError {
  return error instanceof UsageError || error instanceof InputError || error instanceof ReportError;
}

/** A message on one line: the CLI promises one line per failure, whatever the add-on's alert held. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
