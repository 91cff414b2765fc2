import { ERROR_STATUS, type ErrorCode } from '@tuijin/shared';

/** The one error type of the server: a code (mapped to an HTTP status), a message, details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'record') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'not allowed') => new AppError('forbidden', message);
export const validation = (path: (string | number)[], message: string) =>
  new AppError('validation_failed', 'validation failed', [{ path, message }]);
