import type { ErrorBody } from './errors';

/** What every cloud function returns: the contract of the design brief. */
export type FnResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ok = <T>(data: T): FnResult<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): FnResult<never> => ({ ok: false, error });
