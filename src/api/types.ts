import type { ErrorBody } from '../shared/errors';
import type { ContentItem } from '../shared/content';
import type { PublishedCalendar } from '../shared/calendar';

/** What every cloud function answers (the contract of the design brief). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** An error a person can read; `code` adds 'NETWORK' for calls that never reached the server. */
export type ApiError = Omit<ErrorBody, 'code'> & { code: ErrorBody['code'] | 'NETWORK' };

/** A function's event: the action plus its payload. */
export type FnEvent = { action: string } & Record<string, unknown>;

/** `info.overview`: everything the residents' pages show. */
export interface Overview {
  items: ContentItem[];
  calendar: PublishedCalendar;
  serverNow: number;
}

/** `info.me`: who is calling. */
export interface Me {
  kind: 'anonymous' | 'resident' | 'staff';
  name?: string;
  roles?: string[];
}

/** The message shown when the phone cannot reach the server. */
export const NETWORK_MESSAGE = '网络不太好，请稍后重试';
