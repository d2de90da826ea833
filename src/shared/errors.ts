/**
 * The error contract every cloud function answers with (design brief: `{ code, message, field? }`),
 * shared by the pages and the functions. The server's `AppError` (src/server/core/errors.ts)
 * produces these bodies.
 *
 * @example const e: ErrorBody = { code: 'VALIDATION', message: '「联系电话」格式不对', field: 'phone' };
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNKNOWN_ACTION'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SLOT_FULL'
  | 'NOT_ELIGIBLE'
  | 'RATE_LIMITED'
  /** The database is held by another process (a backup, the sqlite3 shell): nothing was written; try again. */
  | 'BUSY'
  | 'INTERNAL';

/** What a failed call carries: a Chinese message to show as is, and the field to blame when one is. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
}
