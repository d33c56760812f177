/**
 * The one error type of the shared model: a code a caller can branch on, a message a person can read.
 * It carries no HTTP status: the worker maps codes to statuses (src/api-error.ts), the CLI to exit codes.
 */
export class QkgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "QkgError";
  }
}
