/** The one error type of the shared model: a code a caller can branch on, a message a person can read. */
export class QkgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "QkgError";
  }
}
