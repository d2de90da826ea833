/**
 * The one error type of the backend. Every failure a person can meet carries a code from
 * {@link ErrorCode}, a Chinese message a resident understands, and, when one input is to blame,
 * the field it came from.
 *
 * @example
 * throw new AppError('VALIDATION', '请填写联系电话', 'phone');
 */
import type { ErrorBody, ErrorCode } from '../../shared/errors';

export type { ErrorBody, ErrorCode };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toBody(): ErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** HTTP status the local gateway answers with for each code. */
export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_ACTION: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLOT_FULL: 409,
  NOT_ELIGIBLE: 422,
  RATE_LIMITED: 429,
  BUSY: 503,
  INTERNAL: 500,
};

/** Turns anything thrown into an error body that is safe to show: never a stack trace. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof AppError) return err.toBody();
  return { code: 'INTERNAL', message: '系统繁忙，请稍后再试；急事请拨打 0791-83280001' };
}
