import { AppError } from '../../core/errors';

/** What the SDK throws for an error answer: a TcbError with the server's `code` and `message`. */
interface SdkError {
  code?: unknown;
  message?: unknown;
}

const text = (err: unknown) => {
  const e = (err ?? {}) as SdkError;
  return `${String(e.code ?? '')} ${String(e.message ?? '')}`;
};

/**
 * True when CloudBase refused an insert because the `_id` exists (MongoDB E11000 underneath).
 *
 * @example
 * isDuplicateKey({ code: 'DATABASE_REQUEST_FAILED', message: '… E11000 duplicate key …' }); // true
 */
export function isDuplicateKey(err: unknown): boolean {
  return /E11000|duplicate key|DUPLICATE_WRITE/i.test(text(err));
}

/**
 * True when CloudBase aborted a transaction because another one wrote the same document.
 *
 * @example
 * isTransactionConflict({ code: 'DATABASE_TRANSACTION_CONFLICT' }); // true
 */
export function isTransactionConflict(err: unknown): boolean {
  return err instanceof TransactionConflict || /DATABASE_TRANSACTION_CONFLICT|TransactionConflict|WriteConflict/i.test(text(err));
}

/** Raised inside a transaction attempt that lost a write conflict; the store retries it. */
export class TransactionConflict extends AppError {
  constructor() {
    super('CONFLICT', '同时办理的人较多，请稍后再试');
  }
}

/** The error a caller sees when every retry of a transaction lost its conflict. @example throw busy(); */
export const busy = () => new AppError('CONFLICT', '同时办理的人较多，请稍后再试');

/**
 * Leaves AppErrors as they are and turns SDK failures into Errors that name the operation and
 * the server's code (shown to people only as the generic message).
 *
 * @example
 * throw sdkFailure(err, 'find content');
 */
export function sdkFailure(err: unknown, what: string): Error {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as SdkError;
  return new Error(`CloudBase ${what} failed: ${String(e.code ?? '')} ${String(e.message ?? err)}`.trim());
}
