import { send } from './transport';
import { trackPending } from './pending';
import { NETWORK_MESSAGE, type ApiResult, type FnEvent } from './types';

/** How the call reaches the server; tests pass their own. */
export interface CallOptions {
  transport?: (name: string, event: FnEvent) => Promise<unknown>;
  /** Wait before the one automatic retry. */
  retryDelayMs?: number;
  /** Give up on one attempt after this long (weak rural networks hang rather than fail). */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (err) => { clearTimeout(timer); reject(err); },
    );
  });
}

function isResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Calls a cloud function (weapp) or the gateway (H5) and returns its `{ ok, data | error }`.
 * A call that never gets an answer is tried once more, then reported as
 * `{ ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } }`. Never throws.
 * Counted as pending from the moment it is called (src/api/pending.ts), so a tap shows feedback at once.
 *
 * @example
 * const res = await callFunction<Overview>('info', { action: 'overview' });
 * if (res.ok) show(res.data); else toast(res.error.message);
 */
export function callFunction<T>(name: string, event: FnEvent, options: CallOptions = {}): Promise<ApiResult<T>> {
  return trackPending(attempt<T>(name, event, options));
}

/** The call with its one retry (see callFunction). */
async function attempt<T>(name: string, event: FnEvent, options: CallOptions): Promise<ApiResult<T>> {
  const { transport = send, retryDelayMs = 800, timeoutMs = 12000 } = options;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (attempt > 0) await sleep(retryDelayMs);
    try {
      const answer = await withTimeout(transport(name, event), timeoutMs);
      if (isResult(answer)) return answer as ApiResult<T>;
    } catch {
      // fall through to the retry
    }
  }
  return { ok: false, error: { code: 'NETWORK', message: NETWORK_MESSAGE } };
}
