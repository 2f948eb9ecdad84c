/**
 * Typed errors. Each names the input it concerns and says what to do, so the CLI can print one line
 * (`isnad: <what>: <why>`) and choose the exit code without a stack trace.
 */

/** A problem with what the user gave us (a file, a line, a field): exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError'
  /** The file, line or item the problem is in, e.g. `articles.jsonl:12`. */
  readonly input: string

  constructor(input: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.input = input
  }
}

/** A command line that cannot be run as written: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export const isInputError = (error: unknown): error is InputError => error instanceof InputError
export const isUsageError = (error: unknown): error is UsageError => error instanceof UsageError

/** A feature declared in an interface and not built yet for this implementation: exit code 1. */
export class NotImplementedError extends Error {
  override readonly name = 'NotImplementedError'
  /** What is missing, e.g. `PostgresStore.events`. */
  readonly feature: string

  constructor(feature: string) {
    super(`${feature} is not implemented yet`)
    this.feature = feature
  }
}
